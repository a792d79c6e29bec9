package io.github.partyorg.rating;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * C0 (R2018, R2023): the candidate level read from the four criterion grades. This grade-to-level
 * mapping is the library's reading of 132-QĐ/TW and 124-QĐ/TW [INF]: every criterion Tốt or better
 * and task results Xuất sắc give HTXSNV; every criterion Tốt or better HTTNV; every criterion Trung
 * bình or better HTNV; otherwise KHTNV.
 */
final class C0GradeLevel {
  private C0GradeLevel() {}

  /** The candidate level, or empty (with a missing fact per criterion) if a grade is missing. */
  static Optional<Level> candidate(Ledger ledger) {
    Map<Criterion, Grade> grades = ledger.facts.grades();
    boolean complete = true;
    for (Criterion c : Criterion.values()) {
      if (!grades.containsKey(c)) {
        complete = false;
        ledger.missing(
            RatingRule.C0,
            "grades." + c.name(),
            "mức đánh giá tiêu chí " + c.label().vi(),
            "the grade of the criterion " + c.label().en());
      }
    }
    if (!complete) {
      return Optional.empty();
    }
    Grade worst = Grade.XUAT_SAC;
    StringJoiner vi = new StringJoiner("; ", "mức đánh giá (", ")");
    StringJoiner en = new StringJoiner("; ", "grades (", ")");
    Map<String, String> facts = Words.facts();
    for (Criterion c : Criterion.values()) {
      Grade g = Objects.requireNonNull(grades.get(c), "checked complete above");
      if (!g.isAtLeast(worst)) {
        worst = g;
      }
      vi.add(c.label().vi() + " " + g.label().vi());
      en.add(c.label().en() + " " + g.label().en());
      facts.put("grades." + c.name(), g.name());
    }
    Level level;
    String whyVi;
    String whyEn;
    if (worst.isAtLeast(Grade.TOT) && grades.get(Criterion.TASK_RESULTS) == Grade.XUAT_SAC) {
      level = Level.HTXSNV;
      whyVi = "mọi tiêu chí từ Tốt trở lên, kết quả thực hiện nhiệm vụ Xuất sắc";
      whyEn = "every criterion Good or better, task results Excellent";
    } else if (worst.isAtLeast(Grade.TOT)) {
      level = Level.HTTNV;
      whyVi = "mọi tiêu chí từ Tốt trở lên";
      whyEn = "every criterion Good or better";
    } else if (worst.isAtLeast(Grade.TRUNG_BINH)) {
      level = Level.HTNV;
      whyVi = "mọi tiêu chí từ Trung bình trở lên";
      whyEn = "every criterion Average or better";
    } else {
      level = Level.KHTNV;
      whyVi = "có tiêu chí Kém";
      whyEn = "a criterion is Poor";
    }
    ledger.add(
        RatingRule.C0,
        vi + ", " + whyVi + ": " + level.name(),
        en + ", " + whyEn + ": " + level.name(),
        facts,
        Optional.empty());
    return Optional.of(level);
  }
}
