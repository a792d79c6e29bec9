package io.github.partyorg.rating;

import static io.github.partyorg.structure.Language.VI;

import java.util.List;
import java.util.Optional;

/**
 * O6 (R2023, Quy định 124-QĐ/TW): HTXSNV only if no sub-organisation and no member of the
 * leadership was disciplined in the year; HTTNV and HTNV allow such a discipline only where the
 * fault was found and fixed by the organisation itself. So: any such discipline caps at HTTNV, and
 * one not self-detected and remedied gives KHTNV.
 */
final class O6DisciplineAroundR2023 {
  private O6DisciplineAroundR2023() {}

  static void apply(OrgContext ctx) {
    List<Discipline> all = new java.util.ArrayList<>(ctx.subOrganisationDisciplines);
    all.addAll(ctx.leadershipMemberDisciplines);
    int count = all.size();
    long notRemedied = all.stream().filter(d -> !d.selfDetectedAndRemedied()).count();
    var used =
        Words.facts(
            "subOrganisationsDisciplined",
            Integer.toString(ctx.subOrganisationDisciplines.size()),
            "leadershipMembersDisciplined",
            Integer.toString(ctx.leadershipMemberDisciplines.size()),
            "notSelfDetectedAndRemedied",
            Long.toString(notRemedied));
    if (all.isEmpty()) {
      ctx.add(
          RatingRule.O6,
          lang ->
              lang == VI
                  ? "không có tổ chức đảng trực thuộc nào, thành viên cấp ủy nào bị kỷ luật (kỷ luật"
                      + " của chính tổ chức: O3): không giới hạn"
                  : "no sub-organisation and no member of the leadership disciplined (the"
                      + " organisation's own discipline: O3): no cap",
          used,
          Optional.empty());
    } else if (notRemedied > 0) {
      ctx.add(
          RatingRule.O6,
          lang ->
              lang == VI
                  ? count
                      + " kỷ luật tổ chức trực thuộc, thành viên lãnh đạo, "
                      + notRemedied
                      + " không do tự phát hiện, khắc phục: KHTNV"
                  : count
                      + " disciplines of sub-organisations or leadership members, "
                      + notRemedied
                      + " not self-detected and remedied: KHTNV",
          used,
          Words.some(Level.KHTNV));
    } else {
      ctx.add(
          RatingRule.O6,
          lang ->
              lang == VI
                  ? count
                      + " kỷ luật tổ chức trực thuộc, thành viên lãnh đạo, đều tự phát hiện, khắc phục: tối"
                      + " đa HTTNV"
                  : count
                      + " disciplines of sub-organisations or leadership members, all self-detected and"
                      + " remedied: at most HTTNV",
          used,
          Words.some(Level.HTTNV));
    }
  }
}
