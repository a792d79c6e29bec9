package io.github.partyorg.rating;

import static io.github.partyorg.structure.Language.VI;

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
          lang ->
              lang == VI
                  ? "tổ chức không bị kỷ luật trong năm: không giới hạn"
                  : "the organisation was not disciplined in the year: no cap",
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
      ctx.add(
          RatingRule.O3,
          lang ->
              lang == VI
                  ? "tổ chức bị kỷ luật "
                      + d.form().label().vi()
                      + " nhưng đã tự phát hiện và khắc phục"
                  : "the organisation was disciplined ("
                      + d.form().label().en()
                      + ") but found and fixed the"
                      + " fault itself",
          used,
          Optional.empty());
    } else {
      ctx.add(
          RatingRule.O3,
          lang ->
              lang == VI
                  ? "tổ chức bị kỷ luật " + d.form().label().vi() + " trong năm: KHTNV"
                  : "the organisation was disciplined ("
                      + d.form().label().en()
                      + ") in the year: KHTNV",
          used,
          Words.some(Level.KHTNV));
    }
  }
}
