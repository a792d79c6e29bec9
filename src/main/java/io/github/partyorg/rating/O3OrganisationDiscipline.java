package io.github.partyorg.rating;

import io.github.partyorg.structure.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * O3, every regime (132-QĐ/TW; 124-QĐ/TW art. 12 [TEXT]): an organisation itself disciplined in the
 * year is KHTNV, unless it found and remedied the fault itself; so is one with a case of
 * corruption, waste or other violation in it or a sub-unit that was disciplined, with the same
 * exception [SEC]. Under R2025 366's list for collectives was not seen: the rule applies by
 * continuity with 124 while the policy {@link RatingPolicies#o3UnderR2025()} is on (the default),
 * and the entry says it is an inference. (O3's R2018 part, HTNV needs every criterion at least
 * Trung bình, is in O0.)
 */
final class O3OrganisationDiscipline {
  private O3OrganisationDiscipline() {}

  static void apply(OrgContext ctx) {
    boolean inferred = ctx.regime == Regime.R2025;
    if (inferred && !ctx.policies.o3UnderR2025()) {
      return;
    }
    Optional<Discipline> own = ctx.facts.discipline();
    Optional<Discipline> violation = ctx.facts.violationCase();
    FactMap used =
        Words.facts(
            "discipline",
            own.map(d -> d.form().name()).orElse("none"),
            "violationCase",
            violation.map(d -> d.form().name()).orElse("none"));
    own.ifPresent(
        d -> used.with("selfDetectedAndRemedied", Boolean.toString(d.selfDetectedAndRemedied())));
    violation.ifPresent(
        d ->
            used.with(
                "violationCase.selfDetectedAndRemedied",
                Boolean.toString(d.selfDetectedAndRemedied())));
    boolean ownCounts = own.isPresent() && !own.get().selfDetectedAndRemedied();
    boolean caseCounts = violation.isPresent() && !violation.get().selfDetectedAndRemedied();
    boolean khtnv = ownCounts || caseCounts;
    List<Object> parts = new ArrayList<>(2);
    if (own.isEmpty()) {
      parts.add(Message.of("rating.O3.own.none"));
    } else {
      Discipline d = own.get();
      parts.add(
          Message.of(
              d.selfDetectedAndRemedied() ? "rating.O3.own.remedied" : "rating.O3.own.disciplined",
              d.form()));
    }
    if (violation.isPresent()) {
      parts.add(
          Message.of(
              violation.get().selfDetectedAndRemedied()
                  ? "rating.O3.case.remedied"
                  : "rating.O3.case.disciplined"));
    }
    String key;
    if (khtnv) {
      key = inferred ? "rating.O3.capped.R2025" : "rating.O3.capped";
    } else {
      key = inferred ? "rating.O3.noCap.R2025" : "rating.O3.noCap";
    }
    ctx.add(
        RatingRule.O3,
        Message.of(key, new Message.Joined("; ", parts)),
        used,
        khtnv ? Words.some(Level.KHTNV) : Optional.empty());
  }
}
