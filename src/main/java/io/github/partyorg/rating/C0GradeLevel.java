package io.github.partyorg.rating;

import static io.github.partyorg.structure.Language.VI;

import io.github.partyorg.structure.Language;
import java.util.EnumMap;
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

  /** The four criteria, in order (one array for every member: {@code values()} copies). */
  static final Criterion[] CRITERIA = Criterion.values();

  /** The fact name of each criterion's grade: {@code grades.POLITICS}. */
  private static final Map<Criterion, String> FACT_NAMES = new EnumMap<>(Criterion.class);

  static {
    for (Criterion c : CRITERIA) {
      FACT_NAMES.put(c, "grades." + c.name());
    }
  }

  /** The candidate level, or empty (with a missing fact per criterion) if a grade is missing. */
  static Optional<Level> candidate(Ledger ledger) {
    Map<Criterion, Grade> grades = ledger.facts.grades();
    boolean complete = true;
    for (Criterion c : CRITERIA) {
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
    FactMap facts = FactMap.withRoom(CRITERIA.length);
    for (Criterion c : CRITERIA) {
      Grade g = Objects.requireNonNull(grades.get(c), "checked complete above");
      if (!g.isAtLeast(worst)) {
        worst = g;
      }
      facts.with(Objects.requireNonNull(FACT_NAMES.get(c)), g.name());
    }
    Level level;
    if (worst.isAtLeast(Grade.TOT) && grades.get(Criterion.TASK_RESULTS) == Grade.XUAT_SAC) {
      level = Level.HTXSNV;
    } else if (worst.isAtLeast(Grade.TOT)) {
      level = Level.HTTNV;
    } else if (worst.isAtLeast(Grade.TRUNG_BINH)) {
      level = Level.HTNV;
    } else {
      level = Level.KHTNV;
    }
    ledger.add(
        RatingRule.C0,
        lang -> grades(grades, lang) + ", " + why(level, lang) + ": " + level.name(),
        facts,
        Optional.empty());
    return Words.some(level);
  }

  /** "mức đánh giá (Chính trị tư tưởng Tốt; ...)", the grades in the order of the criteria. */
  private static String grades(Map<Criterion, Grade> grades, Language lang) {
    StringJoiner text =
        lang == VI
            ? new StringJoiner("; ", "mức đánh giá (", ")")
            : new StringJoiner("; ", "grades (", ")");
    for (Criterion c : CRITERIA) {
      Grade g = Objects.requireNonNull(grades.get(c), "checked complete");
      text.add(c.label().in(lang) + " " + g.label().in(lang));
    }
    return text.toString();
  }

  /** Why the grades give the level. */
  private static String why(Level level, Language lang) {
    boolean vi = lang == VI;
    return switch (level) {
      case HTXSNV ->
          vi
              ? "mọi tiêu chí từ Tốt trở lên, kết quả thực hiện nhiệm vụ Xuất sắc"
              : "every criterion Good or better, task results Excellent";
      case HTTNV -> vi ? "mọi tiêu chí từ Tốt trở lên" : "every criterion Good or better";
      case HTNV -> vi ? "mọi tiêu chí từ Trung bình trở lên" : "every criterion Average or better";
      case KHTNV -> vi ? "có tiêu chí Kém" : "a criterion is Poor";
    };
  }
}
