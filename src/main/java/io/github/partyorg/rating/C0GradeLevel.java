package io.github.partyorg.rating;

import static io.github.partyorg.structure.Language.VI;

import io.github.partyorg.structure.Language;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * C0 (R2018, R2023): the candidate level read from the four criterion grades, every one required.
 * This grade-to-level mapping is the library's reading of 132-QĐ/TW and 124-QĐ/TW [INF], following
 * the organisations' reading (21-HD, 124) by default: every criterion Tốt or better and task
 * results Xuất sắc give HTXSNV; task results Tốt or better and the others Trung bình or better give
 * HTTNV ({@link MemberGradeReading#EVERY_CRITERION_GOOD}: every criterion Tốt or better); every
 * criterion Trung bình or better HTNV; a Kém gives KHTNV.
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
    Grade task = Objects.requireNonNull(grades.get(Criterion.TASK_RESULTS), "checked complete");
    boolean strict =
        ledger.policies.memberGradeReading() == MemberGradeReading.EVERY_CRITERION_GOOD;
    Level level;
    if (worst.isAtLeast(Grade.TOT) && task == Grade.XUAT_SAC) {
      level = Level.HTXSNV;
    } else if (strict ? worst.isAtLeast(Grade.TOT) : good(task, worst)) {
      level = Level.HTTNV;
    } else if (worst.isAtLeast(Grade.TRUNG_BINH)) {
      level = Level.HTNV;
    } else {
      level = Level.KHTNV;
    }
    ledger.add(
        RatingRule.C0,
        lang -> grades(grades, lang) + ", " + why(level, strict, lang) + ": " + level.name(),
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

  /** HTTNV by the default reading: task results Tốt or better, every criterion Trung bình. */
  private static boolean good(Grade task, Grade worst) {
    return task.isAtLeast(Grade.TOT) && worst.isAtLeast(Grade.TRUNG_BINH);
  }

  /** Why the grades give the level. */
  private static String why(Level level, boolean strict, Language lang) {
    boolean vi = lang == VI;
    return switch (level) {
      case HTXSNV ->
          vi
              ? "mọi tiêu chí từ Tốt trở lên, kết quả thực hiện nhiệm vụ Xuất sắc"
              : "every criterion Good or better, task results Excellent";
      case HTTNV ->
          strict
              ? (vi ? "mọi tiêu chí từ Tốt trở lên" : "every criterion Good or better")
              : (vi
                  ? "kết quả thực hiện nhiệm vụ từ Tốt trở lên, các tiêu chí khác từ Trung bình trở"
                      + " lên"
                  : "task results Good or better, the other criteria Average or better");
      case HTNV -> vi ? "mọi tiêu chí từ Trung bình trở lên" : "every criterion Average or better";
      case KHTNV -> vi ? "có tiêu chí Kém" : "a criterion is Poor";
    };
  }
}
