package io.github.partyorg.rating;

import io.github.partyorg.structure.Message;
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
      ctx.add(RatingRule.O6, Message.of("rating.O6.none"), used, Optional.empty());
    } else if (notRemedied > 0) {
      ctx.add(
          RatingRule.O6,
          Message.of("rating.O6.notRemedied", count, notRemedied),
          used,
          Words.some(Level.KHTNV));
    } else {
      ctx.add(
          RatingRule.O6, Message.of("rating.O6.remedied", count), used, Words.some(Level.HTTNV));
    }
  }
}
