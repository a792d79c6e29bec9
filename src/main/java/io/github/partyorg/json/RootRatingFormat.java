package io.github.partyorg.json;

import io.github.partyorg.rating.Explanation;
import io.github.partyorg.rating.Level;
import io.github.partyorg.rating.LevelCounts;
import io.github.partyorg.rating.MemberRating;
import io.github.partyorg.rating.MissingFact;
import io.github.partyorg.rating.OrganisationRating;
import io.github.partyorg.rating.RatingPolicies;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.structure.OrganisationId;
import java.util.List;
import java.util.Map;

/** The {@code partyorg.rootRating} document: a rating result, written only in version 1. */
final class RootRatingFormat {
  private RootRatingFormat() {}

  static void write(RootRating rating, Output o) {
    o.string("rootId", rating.rootId().value());
    o.integer("year", rating.year().getValue());
    o.enumValue("regime", rating.regime());
    RatingPolicies policies = rating.policies();
    o.object(
        "policies",
        () -> {
          o.enumValue("disciplineEffect", policies.disciplineEffect());
          o.enumValue("quotaHandling", policies.quotaHandling());
          o.enumValue("quotaRounding", policies.quotaRounding());
          o.enumValue("quotaBase", policies.quotaBase());
          o.bool("o9Enabled", policies.o9Enabled());
        });
    o.array("members", rating.members().values(), false, m -> o.object(() -> member(m, o)));
    o.array(
        "organisations",
        rating.organisations().values(),
        false,
        r -> o.object(() -> organisation(r, o)));
    o.array(
        "decided",
        rating.decided().entrySet(),
        false,
        e ->
            o.object(
                () -> {
                  o.entity("entity", e.getKey());
                  o.enumValue("level", e.getValue());
                }));
    o.array(
        "quotaFindings",
        rating.quotaFindings(),
        false,
        q ->
            o.object(
                () -> {
                  o.entity("scope", q.scope());
                  o.integer("excellent", q.excellent());
                  o.integer("base", q.base());
                  o.integer("allowed", q.allowed());
                  o.integer("surplus", q.surplus());
                  o.array("demoted", q.demoted(), false, id -> o.object(() -> entityFields(id, o)));
                  o.text("message", q.message());
                }));
    o.array(
        "decisionFindings",
        rating.decisionFindings(),
        false,
        d ->
            o.object(
                () -> {
                  o.entity("entity", d.entityId());
                  o.enumValue("decided", d.decided());
                  o.enumValue("proposed", d.proposed());
                  o.enumValue("rule", d.rule());
                  o.text("message", d.message());
                }));
    counts("memberCounts", rating, rating.organisations().keySet(), true, o);
    counts("subOrganisationCounts", rating, rating.organisations().keySet(), false, o);
    o.object("rootMemberCounts", () -> counts(rating.memberCounts(), o));
    o.object("rootBaseOrganisationCounts", () -> counts(rating.baseOrganisationCounts(), o));
  }

  private static void entityFields(io.github.partyorg.structure.EntityId id, Output o) {
    o.string("kind", EntityKind.of(id).name());
    o.string("id", id.value());
  }

  private static void counts(
      String name,
      RootRating rating,
      java.util.Collection<OrganisationId> ids,
      boolean members,
      Output o) {
    List<Map.Entry<OrganisationId, LevelCounts>> entries =
        ids.stream()
            .flatMap(
                id ->
                    (members ? rating.memberCounts(id) : rating.subOrganisationCounts(id))
                        .map(c -> Map.entry(id, c)).stream())
            .toList();
    o.array(
        name,
        entries,
        false,
        e ->
            o.object(
                () -> {
                  o.entity("organisation", e.getKey());
                  counts(e.getValue(), o);
                }));
  }

  private static void counts(LevelCounts counts, Output o) {
    o.object(
        "byLevel",
        () -> {
          for (Level level : Level.values()) {
            o.integer(level.name(), counts.count(level));
          }
        });
    o.integer("notRated", counts.notRated());
    o.integer("incomplete", counts.incomplete());
  }

  private static void member(MemberRating m, Output o) {
    o.string("memberId", m.memberId().value());
    o.enumValue("regime", m.regime());
    o.enumValue("proposed", m.proposed());
    o.enumValue("ceiling", m.ceiling());
    explanation(m.explanation(), o);
    missing(m.missingFacts(), o);
  }

  private static void organisation(OrganisationRating r, Output o) {
    o.entity("organisation", r.organisationId());
    o.enumValue("kind", r.kind());
    o.enumValue("regime", r.regime());
    o.enumValue("proposed", r.proposed());
    o.enumValue("ceiling", r.ceiling());
    o.enumValue("leadershipCollective", r.leadershipCollective());
    explanation(r.explanation(), o);
    missing(r.missingFacts(), o);
  }

  private static void explanation(List<Explanation> explanation, Output o) {
    o.array(
        "explanation",
        explanation,
        false,
        e ->
            o.object(
                () -> {
                  o.enumValue("rule", e.rule());
                  o.enumValue("regime", e.regime());
                  o.text("text", e.text());
                  o.object("facts", () -> e.facts().forEach(o::string));
                  o.enumValue("ceiling", e.ceiling());
                }));
  }

  private static void missing(List<MissingFact> missing, Output o) {
    o.array(
        "missingFacts",
        missing,
        false,
        m ->
            o.object(
                () -> {
                  o.entity("entity", m.entityId());
                  o.enumValue("regime", m.regime());
                  o.enumValue("rule", m.rule());
                  o.string("fact", m.fact());
                  o.text("message", m.message());
                }));
  }
}
