package io.github.partyorg.json;

import io.github.partyorg.rating.DecisionFinding;
import io.github.partyorg.rating.Explanation;
import io.github.partyorg.rating.Level;
import io.github.partyorg.rating.LevelCounts;
import io.github.partyorg.rating.MemberRating;
import io.github.partyorg.rating.MissingFact;
import io.github.partyorg.rating.OrganisationKind;
import io.github.partyorg.rating.OrganisationRating;
import io.github.partyorg.rating.QuotaFinding;
import io.github.partyorg.rating.RatingPolicies;
import io.github.partyorg.rating.RatingRule;
import io.github.partyorg.rating.Regime;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.OrganisationId;
import io.github.partyorg.structure.RootId;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@code partyorg.rootRating} document: a rating result, written and read back equal. */
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
          PoliciesFormat.writeRating(policies, o);
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
                  o.enumValue("subject", q.subject());
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
                  o.enumValue("code", d.code());
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

  static void counts(LevelCounts counts, Output o) {
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

  // ---------------------------------------------------------------------------------------------
  // Reading

  static RootRating read(Input in) {
    RootId[] rootId = new RootId[1];
    Year[] year = new Year[1];
    Regime[] regime = new Regime[1];
    RatingPolicies[] policies = new RatingPolicies[1];
    List<MemberRating> members = new ArrayList<>();
    List<OrganisationRating> organisations = new ArrayList<>();
    Map<EntityId, Level> decided = new LinkedHashMap<>();
    List<QuotaFinding> quotaFindings = new ArrayList<>();
    List<DecisionFinding> decisionFindings = new ArrayList<>();
    Map<OrganisationId, LevelCounts> memberCounts = new LinkedHashMap<>();
    Map<OrganisationId, LevelCounts> subCounts = new LinkedHashMap<>();
    LevelCounts[] rootCounts = new LevelCounts[2];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "rootId" -> {
                    String value = in.string();
                    rootId[0] = in.value("root id", () -> RootId.of(value));
                    yield true;
                  }
                  case "year" -> {
                    year[0] =
                        Year.of(in.integer(YearFactsFormat.MIN_YEAR, YearFactsFormat.MAX_YEAR));
                    yield true;
                  }
                  case "regime" -> {
                    regime[0] = in.enumValue(Regime.class);
                    yield true;
                  }
                  case "policies" -> {
                    policies[0] = PoliciesFormat.rating(in);
                    yield true;
                  }
                  case "members" -> {
                    Set<EntityId> seen = new HashSet<>();
                    in.array(() -> members.add(member(in, seen)));
                    yield true;
                  }
                  case "organisations" -> {
                    Set<EntityId> seen = new HashSet<>();
                    in.array(() -> organisations.add(organisation(in, seen)));
                    yield true;
                  }
                  case "decided" -> {
                    in.array(() -> decision(in, decided));
                    yield true;
                  }
                  case "quotaFindings" -> {
                    in.array(() -> quotaFindings.add(quotaFinding(in)));
                    yield true;
                  }
                  case "decisionFindings" -> {
                    in.array(() -> decisionFindings.add(decisionFinding(in)));
                    yield true;
                  }
                  case "memberCounts" -> {
                    in.array(() -> organisationCounts(in, memberCounts));
                    yield true;
                  }
                  case "subOrganisationCounts" -> {
                    in.array(() -> organisationCounts(in, subCounts));
                    yield true;
                  }
                  case "rootMemberCounts" -> {
                    rootCounts[0] = counts(in);
                    yield true;
                  }
                  case "rootBaseOrganisationCounts" -> {
                    rootCounts[1] = counts(in);
                    yield true;
                  }
                  default -> Header.read(in, name, DocumentKind.ROOT_RATING);
                });
    obj.require(
        "format",
        "version",
        "rootId",
        "year",
        "regime",
        "policies",
        "rootMemberCounts",
        "rootBaseOrganisationCounts");
    return obj.build(
        "root rating",
        () ->
            RootRating.of(
                rootId[0],
                year[0],
                regime[0],
                policies[0],
                members,
                organisations,
                decided,
                quotaFindings,
                decisionFindings,
                memberCounts,
                subCounts,
                rootCounts[0],
                rootCounts[1]));
  }

  /** The id of an entry that must appear once in its list; a second time is an error. */
  private static <T extends EntityId> T once(Input in, T id, Set<EntityId> seen) {
    if (!seen.add(id)) {
      throw in.fail("Duplicate entry: this entity is listed twice.");
    }
    return id;
  }

  private static MemberRating member(Input in, Set<EntityId> seen) {
    MemberId[] id = new MemberId[1];
    Regime[] regime = new Regime[1];
    Level[] levels = new Level[2];
    List<Explanation> explanation = new ArrayList<>();
    List<MissingFact> missing = new ArrayList<>();
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "memberId" -> {
                    String value = in.string();
                    id[0] = once(in, in.value("member id", () -> MemberId.of(value)), seen);
                    yield true;
                  }
                  case "regime" -> {
                    regime[0] = in.enumValue(Regime.class);
                    yield true;
                  }
                  case "proposed" -> {
                    levels[0] = in.enumValue(Level.class);
                    yield true;
                  }
                  case "ceiling" -> {
                    levels[1] = in.enumValue(Level.class);
                    yield true;
                  }
                  case "explanation" -> {
                    in.array(() -> explanation.add(explanation(in)));
                    yield true;
                  }
                  case "missingFacts" -> {
                    in.array(() -> missing.add(missingFact(in)));
                    yield true;
                  }
                  default -> false;
                });
    obj.require("memberId", "regime", "ceiling", "explanation");
    return obj.build(
        "member rating",
        () ->
            new MemberRating(
                id[0], regime[0], Optional.ofNullable(levels[0]), levels[1], explanation, missing));
  }

  private static OrganisationRating organisation(Input in, Set<EntityId> seen) {
    OrganisationId[] id = new OrganisationId[1];
    OrganisationKind[] kind = new OrganisationKind[1];
    Regime[] regime = new Regime[1];
    Level[] levels = new Level[3];
    List<Explanation> explanation = new ArrayList<>();
    List<MissingFact> missing = new ArrayList<>();
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "organisation" -> {
                    id[0] = once(in, (OrganisationId) YearFactsFormat.entity(in, true), seen);
                    yield true;
                  }
                  case "kind" -> {
                    kind[0] = in.enumValue(OrganisationKind.class);
                    yield true;
                  }
                  case "regime" -> {
                    regime[0] = in.enumValue(Regime.class);
                    yield true;
                  }
                  case "proposed" -> {
                    levels[0] = in.enumValue(Level.class);
                    yield true;
                  }
                  case "ceiling" -> {
                    levels[1] = in.enumValue(Level.class);
                    yield true;
                  }
                  case "leadershipCollective" -> {
                    levels[2] = in.enumValue(Level.class);
                    yield true;
                  }
                  case "explanation" -> {
                    in.array(() -> explanation.add(explanation(in)));
                    yield true;
                  }
                  case "missingFacts" -> {
                    in.array(() -> missing.add(missingFact(in)));
                    yield true;
                  }
                  default -> false;
                });
    obj.require("organisation", "kind", "regime", "ceiling", "explanation");
    return obj.build(
        "organisation rating",
        () ->
            new OrganisationRating(
                id[0],
                kind[0],
                regime[0],
                Optional.ofNullable(levels[0]),
                levels[1],
                explanation,
                missing,
                Optional.ofNullable(levels[2])));
  }

  private static Explanation explanation(Input in) {
    RatingRule[] rule = new RatingRule[1];
    Regime[] regime = new Regime[1];
    LocalizedText[] text = new LocalizedText[1];
    Map<String, String> facts = new LinkedHashMap<>();
    Level[] ceiling = new Level[1];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "rule" -> {
                    rule[0] = in.enumValue(RatingRule.class);
                    yield true;
                  }
                  case "regime" -> {
                    regime[0] = in.enumValue(Regime.class);
                    yield true;
                  }
                  case "text" -> {
                    text[0] = YearReportFormat.text(in);
                    yield true;
                  }
                  case "facts" -> {
                    in.object(
                        fact -> {
                          facts.put(fact, in.string());
                          return true;
                        });
                    yield true;
                  }
                  case "ceiling" -> {
                    ceiling[0] = in.enumValue(Level.class);
                    yield true;
                  }
                  default -> false;
                });
    obj.require("rule", "regime", "text", "facts");
    return obj.build(
        "explanation",
        () -> new Explanation(rule[0], regime[0], text[0], facts, Optional.ofNullable(ceiling[0])));
  }

  private static MissingFact missingFact(Input in) {
    EntityId[] entity = new EntityId[1];
    Regime[] regime = new Regime[1];
    RatingRule[] rule = new RatingRule[1];
    String[] fact = new String[1];
    LocalizedText[] message = new LocalizedText[1];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "entity" -> {
                    entity[0] = YearFactsFormat.entity(in, false);
                    yield true;
                  }
                  case "regime" -> {
                    regime[0] = in.enumValue(Regime.class);
                    yield true;
                  }
                  case "rule" -> {
                    rule[0] = in.enumValue(RatingRule.class);
                    yield true;
                  }
                  case "fact" -> {
                    fact[0] = in.string();
                    yield true;
                  }
                  case "message" -> {
                    message[0] = YearReportFormat.text(in);
                    yield true;
                  }
                  default -> false;
                });
    obj.require("entity", "regime", "rule", "fact", "message");
    return obj.build(
        "missing fact", () -> new MissingFact(entity[0], regime[0], rule[0], fact[0], message[0]));
  }

  private static void decision(Input in, Map<EntityId, Level> decided) {
    EntityId[] entity = new EntityId[1];
    Level[] level = new Level[1];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "entity" -> {
                    entity[0] = YearFactsFormat.entity(in, false);
                    if (decided.containsKey(entity[0])) {
                      throw in.fail("Duplicate entry: this entity already has a decided level.");
                    }
                    yield true;
                  }
                  case "level" -> {
                    level[0] = in.enumValue(Level.class);
                    yield true;
                  }
                  default -> false;
                });
    obj.require("entity", "level");
    decided.put(entity[0], level[0]);
  }

  private static int anyInt(Input in) {
    return in.integer(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  private static QuotaFinding quotaFinding(Input in) {
    EntityId[] scope = new EntityId[1];
    QuotaFinding.Subject[] subject = new QuotaFinding.Subject[1];
    int[] numbers = new int[4];
    List<EntityId> demoted = new ArrayList<>();
    LocalizedText[] message = new LocalizedText[1];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "scope" -> {
                    scope[0] = YearFactsFormat.entity(in, false);
                    yield true;
                  }
                  case "subject" -> {
                    subject[0] = in.enumValue(QuotaFinding.Subject.class);
                    yield true;
                  }
                  case "excellent" -> {
                    numbers[0] = anyInt(in);
                    yield true;
                  }
                  case "base" -> {
                    numbers[1] = anyInt(in);
                    yield true;
                  }
                  case "allowed" -> {
                    numbers[2] = anyInt(in);
                    yield true;
                  }
                  case "surplus" -> {
                    numbers[3] = anyInt(in);
                    yield true;
                  }
                  case "demoted" -> {
                    in.array(() -> demoted.add(YearFactsFormat.entity(in, false)));
                    yield true;
                  }
                  case "message" -> {
                    message[0] = YearReportFormat.text(in);
                    yield true;
                  }
                  default -> false;
                });
    obj.require("scope", "excellent", "base", "allowed", "surplus", "message");
    return obj.build(
        "quota finding",
        () ->
            new QuotaFinding(
                scope[0],
                // Documents written before the subject was recorded: a root counts organisations.
                subject[0] != null
                    ? subject[0]
                    : scope[0] instanceof RootId
                        ? QuotaFinding.Subject.ORGANISATIONS
                        : QuotaFinding.Subject.MEMBERS,
                numbers[0],
                numbers[1],
                numbers[2],
                numbers[3],
                demoted,
                message[0]));
  }

  private static DecisionFinding decisionFinding(Input in) {
    EntityId[] entity = new EntityId[1];
    Level[] levels = new Level[2];
    RatingRule[] rule = new RatingRule[1];
    DecisionFinding.Code[] code = new DecisionFinding.Code[1];
    LocalizedText[] message = new LocalizedText[1];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "entity" -> {
                    entity[0] = YearFactsFormat.entity(in, false);
                    yield true;
                  }
                  case "code" -> {
                    code[0] = in.enumValue(DecisionFinding.Code.class);
                    yield true;
                  }
                  case "decided" -> {
                    levels[0] = in.enumValue(Level.class);
                    yield true;
                  }
                  case "proposed" -> {
                    levels[1] = in.enumValue(Level.class);
                    yield true;
                  }
                  case "rule" -> {
                    rule[0] = in.enumValue(RatingRule.class);
                    yield true;
                  }
                  case "message" -> {
                    message[0] = YearReportFormat.text(in);
                    yield true;
                  }
                  default -> false;
                });
    obj.require("entity", "decided", "code", "message");
    return obj.build(
        "decision finding",
        () ->
            new DecisionFinding(
                entity[0],
                levels[0],
                Optional.ofNullable(levels[1]),
                code[0],
                Optional.ofNullable(rule[0]),
                message[0]));
  }

  private static void organisationCounts(Input in, Map<OrganisationId, LevelCounts> into) {
    OrganisationId[] id = new OrganisationId[1];
    Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
    int[] others = new int[2];
    Input.Obj obj =
        in.object(
            name -> {
              if (name.equals("organisation")) {
                id[0] = (OrganisationId) YearFactsFormat.entity(in, true);
                if (into.containsKey(id[0])) {
                  throw in.fail("Duplicate entry: this organisation's counts are listed twice.");
                }
                return true;
              }
              return countField(in, name, byLevel, others);
            });
    obj.require("organisation", "byLevel", "notRated", "incomplete");
    into.put(id[0], obj.build("counts", () -> new LevelCounts(byLevel, others[0], others[1])));
  }

  static LevelCounts counts(Input in) {
    Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
    int[] others = new int[2];
    Input.Obj obj = in.object(name -> countField(in, name, byLevel, others));
    obj.require("byLevel", "notRated", "incomplete");
    return obj.build("counts", () -> new LevelCounts(byLevel, others[0], others[1]));
  }

  /** Reads a field of a counts object: {@code byLevel}, {@code notRated} or {@code incomplete}. */
  static boolean countField(Input in, String name, Map<Level, Integer> byLevel, int[] others) {
    switch (name) {
      case "byLevel" ->
          in.object(
              key -> {
                byLevel.put(in.enumKey(key, Level.class), in.integer(0, Integer.MAX_VALUE));
                return true;
              });
      case "notRated" -> others[0] = in.integer(0, Integer.MAX_VALUE);
      case "incomplete" -> others[1] = in.integer(0, Integer.MAX_VALUE);
      default -> {
        return false;
      }
    }
    return true;
  }
}
