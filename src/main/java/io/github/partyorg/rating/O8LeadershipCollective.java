package io.github.partyorg.rating;

import io.github.partyorg.charter.DisciplineForm;
import io.github.partyorg.structure.Message;
import java.util.Optional;

/**
 * O8 (R2018, Quy định 132-QĐ/TW): the leadership collective (cấp ủy, chi ủy) is rated no higher
 * than its organisation, and is KHTNV if one of its members was disciplined at warning or above
 * (warning, dismissal from post, expulsion) in the year.
 */
final class O8LeadershipCollective {
  private O8LeadershipCollective() {}

  static Level level(OrgContext ctx, Level organisationLevel) {
    long warned =
        ctx.leadershipMemberDisciplines.stream()
            .filter(d -> d.form() != DisciplineForm.REPRIMAND)
            .count();
    var used =
        Words.facts(
            "organisationLevel",
            organisationLevel.name(),
            "leadershipMembersWarnedOrAbove",
            Long.toString(warned));
    if (warned > 0) {
      ctx.add(RatingRule.O8, Message.of("rating.O8.warned", warned), used, Optional.empty());
      return Level.KHTNV;
    }
    ctx.add(
        RatingRule.O8,
        Message.of("rating.O8.notAbove", organisationLevel.name()),
        used,
        Optional.empty());
    return organisationLevel;
  }
}
