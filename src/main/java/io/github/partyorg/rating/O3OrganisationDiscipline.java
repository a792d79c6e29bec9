package io.github.partyorg.rating;

import io.github.partyorg.structure.Message;
import java.util.Optional;

/**
 * O3 (R2018, Quy định 132-QĐ/TW): HTNV needs every criterion at least Trung bình (in O0) and no
 * discipline of the organisation in the year, unless it found and fixed the fault itself; a
 * disciplined organisation is otherwise KHTNV.
 */
final class O3OrganisationDiscipline {
  private O3OrganisationDiscipline() {}

  static void apply(OrgContext ctx) {
    Optional<Discipline> discipline = ctx.facts.discipline();
    if (discipline.isEmpty()) {
      ctx.add(
          RatingRule.O3,
          Message.of("rating.O3.none"),
          Words.facts("discipline", "none"),
          Optional.empty());
      return;
    }
    Discipline d = discipline.get();
    var used =
        Words.facts(
            "discipline",
            d.form().name(),
            "selfDetectedAndRemedied",
            Boolean.toString(d.selfDetectedAndRemedied()));
    if (d.selfDetectedAndRemedied()) {
      ctx.add(RatingRule.O3, Message.of("rating.O3.remedied", d.form()), used, Optional.empty());
    } else {
      ctx.add(
          RatingRule.O3,
          Message.of("rating.O3.disciplined", d.form()),
          used,
          Words.some(Level.KHTNV));
    }
  }
}
