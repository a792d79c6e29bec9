package io.github.partyorg.rating;

import io.github.partyorg.charter.DisciplineForm;
import io.github.partyorg.structure.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * O10, every regime (132-QĐ/TW art. 12 and 21-HD for R2018 [TEXT]; R2023 and R2025 [SEC]): the
 * leadership collective (the executive committee of a base organisation, the cell committee where
 * the cell has one) is rated, never above its organisation's level, and is KHTNV if it was
 * disciplined, if one of its members was disciplined at warning or above, if it was disunited, if
 * one of its members was concluded to show degradation, or if the unit met under 50% of its targets
 * (under R2025 the share of tasks done). Its entry goes to the organisation's explanation and puts
 * no cap on the organisation. (Under R2018 this is also O8, 132's text.)
 */
final class O10LeadershipCollective {
  static final BigDecimal MINIMUM_TARGETS = BigDecimal.valueOf(50);

  private O10LeadershipCollective() {}

  static Level level(OrgContext ctx, Level organisationLevel) {
    long warned =
        ctx.leadershipMemberDisciplines.stream()
            .filter(d -> d.form() != DisciplineForm.REPRIMAND)
            .count();
    boolean disciplined = ctx.facts.leadershipCollectiveDisciplined();
    boolean disunited = ctx.facts.leadershipDisunited();
    int degraded = ctx.leadersDegraded;
    Optional<BigDecimal> met =
        ctx.regime == Regime.R2025 ? ctx.facts.tasksDonePercent() : ctx.facts.targetsMetPercent();
    boolean under = met.isPresent() && met.get().compareTo(MINIMUM_TARGETS) < 0;
    String percent = met.map(Words::plain).orElse("none");
    FactMap used =
        Words.facts(
            "organisationLevel",
            organisationLevel.name(),
            "leadershipCollectiveDisciplined",
            Boolean.toString(disciplined),
            "leadershipMembersWarnedOrAbove",
            Long.toString(warned),
            "leadershipDisunited",
            Boolean.toString(disunited),
            "leadersDegradationConcluded",
            Integer.toString(degraded),
            ctx.regime == Regime.R2025 ? "tasksDonePercent" : "targetsMetPercent",
            percent);
    boolean khtnv = disciplined || warned > 0 || disunited || degraded > 0 || under;
    Level level = khtnv ? Level.KHTNV : organisationLevel;
    ctx.add(
        RatingRule.O10,
        sentence(ctx, level, disciplined, warned, disunited, degraded, under, met),
        used,
        Optional.empty());
    return level;
  }

  private static Message sentence(
      OrgContext ctx,
      Level level,
      boolean disciplined,
      long warned,
      boolean disunited,
      int degraded,
      boolean under,
      Optional<BigDecimal> met) {
    Message who =
        ctx.kind == OrganisationKind.BASE_COMMITTEE
            ? Message.of("rating.O10.executive")
            : Message.of("rating.O10.cellCommittee");
    if (level != Level.KHTNV) {
      return Message.of("rating.O10.notAbove", who, level.name());
    }
    List<Object> reasons = new ArrayList<>(5);
    if (disciplined) {
      reasons.add(Message.of("rating.O10.disciplined"));
    }
    if (warned > 0) {
      reasons.add(Message.of("rating.O10.warned", warned));
    }
    if (disunited) {
      reasons.add(Message.of("rating.O10.disunited"));
    }
    if (degraded > 0) {
      reasons.add(Message.of("rating.O10.degraded", degraded));
    }
    if (under && met.isPresent()) {
      reasons.add(
          ctx.regime == Regime.R2025
              ? Message.of("rating.O10.underTasks", met.get())
              : Message.of("rating.O10.underTargets", met.get()));
    }
    return Message.of("rating.O10.capped", who, new Message.Joined("; ", reasons));
  }
}
