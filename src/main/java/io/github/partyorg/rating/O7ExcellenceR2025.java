package io.github.partyorg.rating;

import io.github.partyorg.structure.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * O7 (R2025, Quy định 366-QĐ/TW): HTXSNV only with 100% of tasks done, at least 30% exceeded, and
 * no discipline of a sub-unit or a leadership member in the year; otherwise at most HTTNV. The task
 * shares are needed only when the candidate is HTXSNV.
 */
final class O7ExcellenceR2025 {
  static final BigDecimal MINIMUM_EXCEEDED = BigDecimal.valueOf(30);

  private O7ExcellenceR2025() {}

  static void apply(OrgContext ctx, Level candidate) {
    if (candidate != Level.HTXSNV) {
      return;
    }
    Optional<BigDecimal> done = ctx.facts.tasksDonePercent();
    Optional<BigDecimal> exceeded = ctx.facts.tasksExceededPercent();
    if (done.isEmpty()) {
      ctx.missing(RatingRule.O7, "tasksDonePercent", Message.of("rating.fact.tasksDone"));
    }
    if (exceeded.isEmpty()) {
      ctx.missing(RatingRule.O7, "tasksExceededPercent", Message.of("rating.fact.tasksExceeded"));
    }
    if (done.isEmpty() || exceeded.isEmpty()) {
      return;
    }
    String d = Words.plain(done.get());
    String x = Words.plain(exceeded.get());
    boolean notAllDone = done.get().compareTo(Words.HUNDRED) < 0;
    boolean few = exceeded.get().compareTo(MINIMUM_EXCEEDED) < 0;
    boolean disciplined = ctx.anyDisciplineAround();
    var used =
        Words.facts(
            "tasksDonePercent",
            d,
            "tasksExceededPercent",
            x,
            "disciplinesAround",
            Integer.toString(
                ctx.subOrganisationDisciplines.size() + ctx.leadershipMemberDisciplines.size()));
    if (!notAllDone && !few && !disciplined) {
      ctx.add(RatingRule.O7, Message.of("rating.O7.met"), used, Optional.empty());
    } else {
      List<Object> reasons = new ArrayList<>(3);
      if (notAllDone) {
        reasons.add(Message.of("rating.O7.notAllDone", done.get()));
      }
      if (few) {
        reasons.add(Message.of("rating.O7.few", exceeded.get()));
      }
      if (disciplined) {
        reasons.add(Message.of("rating.O7.disciplined"));
      }
      ctx.add(
          RatingRule.O7,
          Message.of("rating.O7.capped", new Message.Joined("; ", reasons)),
          used,
          Words.some(Level.HTTNV));
    }
  }
}
