package io.github.partyorg.rating;

import io.github.partyorg.structure.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * C4 (R2023): HTXSNV needs 100% of tasks on time, at least 50% exceeded, every criterion Tốt or
 * better and task results Xuất sắc [TEXT]; otherwise the member is at most HTTNV. The two
 * percentages are needed only when the grades allow HTXSNV; a missing one is then reported as a
 * {@link MissingFact}.
 */
final class C4ExcellenceR2023 {
  static final BigDecimal MINIMUM_EXCEEDED = BigDecimal.valueOf(50);

  private C4ExcellenceR2023() {}

  static void apply(Ledger ledger) {
    MemberFacts facts = ledger.facts;
    Map<Criterion, Grade> grades = facts.grades();
    if (grades.size() < C0GradeLevel.CRITERIA.length) {
      return; // C0 reported the missing grades
    }
    boolean gradesOk = grades.get(Criterion.TASK_RESULTS) == Grade.XUAT_SAC;
    for (Criterion c : C0GradeLevel.CRITERIA) {
      Grade g = grades.get(c);
      gradesOk &= g != null && g.isAtLeast(Grade.TOT);
    }
    if (!gradesOk) {
      ledger.add(RatingRule.C4, GRADES_SHORT, NO_FACTS, Words.some(Level.HTTNV));
      return;
    }
    BigDecimal onTime = facts.tasksOnTimePercent().orElse(null);
    BigDecimal exceeded = facts.tasksExceededPercent().orElse(null);
    if (onTime == null) {
      ledger.missing(RatingRule.C4, "tasksOnTimePercent", Message.of("rating.fact.tasksOnTime"));
    }
    if (exceeded == null) {
      ledger.missing(
          RatingRule.C4, "tasksExceededPercent", Message.of("rating.fact.tasksExceeded"));
    }
    if (onTime == null || exceeded == null) {
      return;
    }
    String t = Words.plain(onTime);
    String x = Words.plain(exceeded);
    FactMap used = Words.facts("tasksOnTimePercent", t, "tasksExceededPercent", x);
    boolean late = onTime.compareTo(Words.HUNDRED) < 0;
    boolean few = exceeded.compareTo(MINIMUM_EXCEEDED) < 0;
    if (!late && !few) {
      ledger.add(
          RatingRule.C4, Message.of("rating.C4.met", onTime, exceeded), used, Optional.empty());
      return;
    }
    List<Object> reasons = new ArrayList<>(2);
    if (late) {
      reasons.add(Message.of("rating.C4.late", onTime));
    }
    if (few) {
      reasons.add(Message.of("rating.C4.few", exceeded));
    }
    ledger.add(
        RatingRule.C4,
        Message.of("rating.C4.capped", new Message.Joined("; ", reasons)),
        used,
        Words.some(Level.HTTNV));
  }

  private static final FactMap NO_FACTS = Words.facts();
  private static final Message GRADES_SHORT = Message.of("rating.C4.gradesShort");
}
