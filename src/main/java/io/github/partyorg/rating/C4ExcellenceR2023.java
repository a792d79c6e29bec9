package io.github.partyorg.rating;

import static io.github.partyorg.structure.Language.VI;

import io.github.partyorg.structure.Language;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

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
      ledger.add(RatingRule.C4, C4ExcellenceR2023::gradesShort, NO_FACTS, Words.some(Level.HTTNV));
      return;
    }
    BigDecimal onTime = facts.tasksOnTimePercent().orElse(null);
    BigDecimal exceeded = facts.tasksExceededPercent().orElse(null);
    if (onTime == null) {
      ledger.missing(
          RatingRule.C4,
          "tasksOnTimePercent",
          "tỷ lệ nhiệm vụ hoàn thành đúng hạn",
          "the percentage of tasks done on time");
    }
    if (exceeded == null) {
      ledger.missing(
          RatingRule.C4,
          "tasksExceededPercent",
          "tỷ lệ nhiệm vụ vượt mức",
          "the percentage of tasks exceeded");
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
          RatingRule.C4,
          lang ->
              lang == VI
                  ? t
                      + "% nhiệm vụ đúng hạn, "
                      + x
                      + "% vượt mức (từ 50%), các tiêu chí đạt: không giới hạn"
                  : t + "% of tasks on time, " + x + "% exceeded (50% or more), grades met: no cap",
          used,
          Optional.empty());
      return;
    }
    ledger.add(
        RatingRule.C4,
        lang -> {
          boolean vi = lang == VI;
          StringJoiner text = new StringJoiner("; ", "", vi ? ": tối đa HTTNV" : ": at most HTTNV");
          if (late) {
            text.add(
                vi ? t + "% nhiệm vụ đúng hạn, dưới 100%" : t + "% of tasks on time, under 100%");
          }
          if (few) {
            text.add(
                vi ? x + "% nhiệm vụ vượt mức, dưới 50%" : x + "% of tasks exceeded, under 50%");
          }
          return text.toString();
        },
        used,
        Words.some(Level.HTTNV));
  }

  private static final FactMap NO_FACTS = Words.facts();

  private static String gradesShort(Language lang) {
    return lang == VI
        ? "mức đánh giá các tiêu chí chưa đạt yêu cầu HTXSNV (mọi tiêu chí từ Tốt, kết quả thực"
            + " hiện nhiệm vụ Xuất sắc): tối đa HTTNV"
        : "the criterion grades do not meet HTXSNV (every criterion Good or better, task results"
            + " Excellent): at most HTTNV";
  }
}
