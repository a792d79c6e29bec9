package io.github.partyorg.rating;

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
    if (grades.size() < Criterion.values().length) {
      return; // C0 reported the missing grades
    }
    boolean gradesOk =
        grades.values().stream().allMatch(g -> g.isAtLeast(Grade.TOT))
            && grades.get(Criterion.TASK_RESULTS) == Grade.XUAT_SAC;
    Map<String, String> used = Words.facts();
    if (!gradesOk) {
      ledger.add(
          RatingRule.C4,
          "mức đánh giá các tiêu chí chưa đạt yêu cầu HTXSNV (mọi tiêu chí từ Tốt, kết quả thực"
              + " hiện nhiệm vụ Xuất sắc): tối đa HTTNV",
          "the criterion grades do not meet HTXSNV (every criterion Good or better, task results"
              + " Excellent): at most HTTNV",
          used,
          Optional.of(Level.HTTNV));
      return;
    }
    Optional<BigDecimal> onTime = facts.tasksOnTimePercent();
    Optional<BigDecimal> exceeded = facts.tasksExceededPercent();
    if (onTime.isEmpty()) {
      ledger.missing(
          RatingRule.C4,
          "tasksOnTimePercent",
          "tỷ lệ nhiệm vụ hoàn thành đúng hạn",
          "the percentage of tasks done on time");
    }
    if (exceeded.isEmpty()) {
      ledger.missing(
          RatingRule.C4,
          "tasksExceededPercent",
          "tỷ lệ nhiệm vụ vượt mức",
          "the percentage of tasks exceeded");
    }
    if (onTime.isEmpty() || exceeded.isEmpty()) {
      return;
    }
    String t = Words.plain(onTime.get());
    String x = Words.plain(exceeded.get());
    used.put("tasksOnTimePercent", t);
    used.put("tasksExceededPercent", x);
    List<String> vi = new ArrayList<>();
    List<String> en = new ArrayList<>();
    if (onTime.get().compareTo(Words.HUNDRED) < 0) {
      vi.add(t + "% nhiệm vụ đúng hạn, dưới 100%");
      en.add(t + "% of tasks on time, under 100%");
    }
    if (exceeded.get().compareTo(MINIMUM_EXCEEDED) < 0) {
      vi.add(x + "% nhiệm vụ vượt mức, dưới 50%");
      en.add(x + "% of tasks exceeded, under 50%");
    }
    if (vi.isEmpty()) {
      ledger.add(
          RatingRule.C4,
          t + "% nhiệm vụ đúng hạn, " + x + "% vượt mức (từ 50%), các tiêu chí đạt: không giới hạn",
          t + "% of tasks on time, " + x + "% exceeded (50% or more), grades met: no cap",
          used,
          Optional.empty());
      return;
    }
    ledger.add(
        RatingRule.C4,
        String.join("; ", vi) + ": tối đa HTTNV",
        String.join("; ", en) + ": at most HTTNV",
        used,
        Optional.of(Level.HTTNV));
  }
}
