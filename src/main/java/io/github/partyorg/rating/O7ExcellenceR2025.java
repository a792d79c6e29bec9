package io.github.partyorg.rating;

import io.github.partyorg.structure.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * O7 (R2025, Quy định 366-QĐ/TW art. 11 [SEC]): the collective's conditions besides its score.
 * HTXSNV only with 100% of tasks done on time, at least 30% exceeded, no discipline of a sub-unit
 * or a leadership member, and 100% of the shortcomings found earlier remedied; HTTNV only with 100%
 * of tasks done on time; HTNV only with 100% of tasks done and at most 20% of them late. A
 * collective whose band's conditions fail falls to the highest level whose conditions hold, the
 * library's reading [INF], labelled so. Each share is needed only when a band that reads it is
 * tried; a missing one is a {@link MissingFact}.
 */
final class O7ExcellenceR2025 {
  static final BigDecimal MINIMUM_EXCEEDED = BigDecimal.valueOf(30);
  static final BigDecimal MAXIMUM_LATE = BigDecimal.valueOf(20);

  private O7ExcellenceR2025() {}

  static void apply(OrgContext ctx, Level band) {
    if (band == Level.KHTNV) {
      return;
    }
    FactMap used = FactMap.withRoom(6);
    List<Object> failures = new ArrayList<>(3);
    Level level = band;
    while (level != Level.KHTNV) {
      List<Object> failed = conditions(ctx, level, used);
      if (failed == null) {
        return;
      }
      if (failed.isEmpty()) {
        break;
      }
      failures.add(
          Message.of("rating.O7.notLevel", level.name(), new Message.Joined(", ", failed)));
      level = level.below();
    }
    Level given = level;
    ctx.add(
        RatingRule.O7,
        failures.isEmpty()
            ? Message.of("rating.O7.met", band.name())
            : Message.of(
                "rating.O7.fallen",
                new Message.Joined("; ", failures),
                C5ScoreR2025.FALL,
                given.name()),
        used,
        given == band ? Optional.empty() : Words.some(given));
  }

  /** The failed conditions of a level (empty if it holds); null if a needed share is missing. */
  private static @Nullable List<Object> conditions(OrgContext ctx, Level level, FactMap used) {
    OrganisationFacts f = ctx.facts;
    List<Object> failed = new ArrayList<>(4);
    if (level == Level.HTNV) {
      BigDecimal done =
          need(
              ctx,
              f.tasksDonePercent(),
              "tasksDonePercent",
              Message.of("rating.fact.tasksDone"),
              used);
      BigDecimal late =
          need(
              ctx,
              f.tasksLatePercent(),
              "tasksLatePercent",
              Message.of("rating.fact.tasksLate"),
              used);
      if (done == null || late == null) {
        return null;
      }
      if (done.compareTo(Words.HUNDRED) < 0) {
        failed.add(Message.of("rating.O7.notAllDone", done));
      }
      if (late.compareTo(MAXIMUM_LATE) > 0) {
        failed.add(Message.of("rating.C5.late", late));
      }
      return failed;
    }
    BigDecimal onTime =
        need(
            ctx,
            f.tasksOnTimePercent(),
            "tasksOnTimePercent",
            Message.of("rating.fact.tasksOnTime"),
            used);
    if (onTime == null) {
      return null;
    }
    if (onTime.compareTo(Words.HUNDRED) < 0) {
      failed.add(Message.of("rating.O7.onTime", onTime));
    }
    if (level == Level.HTXSNV) {
      BigDecimal exceeded =
          need(
              ctx,
              f.tasksExceededPercent(),
              "tasksExceededPercent",
              Message.of("rating.fact.tasksExceeded"),
              used);
      BigDecimal remedied =
          need(
              ctx,
              f.shortcomingsRemediedPercent(),
              "shortcomingsRemediedPercent",
              Message.of("rating.fact.shortcomingsRemedied"),
              used);
      if (exceeded == null || remedied == null) {
        return null;
      }
      if (exceeded.compareTo(MINIMUM_EXCEEDED) < 0) {
        failed.add(Message.of("rating.C5.exceeded", exceeded));
      }
      int around = ctx.subOrganisationDisciplines.size() + ctx.leadershipMemberDisciplines.size();
      used.with("disciplinesAround", Integer.toString(around));
      if (around > 0) {
        failed.add(Message.of("rating.O7.disciplined"));
      }
      if (remedied.compareTo(Words.HUNDRED) < 0) {
        failed.add(Message.of("rating.C5.notRemedied", remedied));
      }
    }
    return failed;
  }

  private static @Nullable BigDecimal need(
      OrgContext ctx, Optional<BigDecimal> value, String fact, Message what, FactMap used) {
    if (value.isEmpty()) {
      if (!ctx.missing.has(fact)) {
        ctx.missing(RatingRule.O7, fact, what);
      }
      return null;
    }
    used.with(fact, Words.plain(value.get()));
    return value.get();
  }
}
