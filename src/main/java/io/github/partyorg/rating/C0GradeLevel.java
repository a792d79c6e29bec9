package io.github.partyorg.rating;

import io.github.partyorg.structure.Message;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
        ledger.missing(RatingRule.C0, "grades." + c.name(), Message.of("rating.fact.grade", c));
      }
    }
    if (!complete) {
      return Optional.empty();
    }
    Grade worst = Grade.XUAT_SAC;
    FactMap facts = ledger.facts(CRITERIA.length);
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
        Message.of(
            "rating.C0.grades",
            new Message.Joined("; ", new Grades(grades)),
            level == Level.HTTNV && !strict
                ? WHY_TASK_GOOD
                : Objects.requireNonNull(WHY.get(level), "every level"),
            level.name()),
        facts,
        Optional.empty());
    return Words.some(level);
  }

  /** Why the grades give the level, one message per level. */
  private static final Map<Level, Message> WHY = new EnumMap<>(Level.class);

  static {
    for (Level level : Level.values()) {
      WHY.put(level, Message.of("rating.C0.why." + level.name()));
    }
  }

  /** HTTNV by the default reading: task results Tốt or better, every criterion Trung bình. */
  private static boolean good(Grade task, Grade worst) {
    return task.isAtLeast(Grade.TOT) && worst.isAtLeast(Grade.TRUNG_BINH);
  }

  /** HTTNV by the default reading (the organisations' reading, 21-HD, 124). */
  private static final Message WHY_TASK_GOOD = Message.of("rating.C0.why.HTTNV.taskGood");

  /**
   * The grades of the four criteria in their order, as a message argument: "Chính trị tư tưởng Tốt;
   * ..." (a list of messages, built only when the text is read).
   */
  private static final class Grades extends java.util.AbstractList<Object> {
    private final Map<Criterion, Grade> grades;

    Grades(Map<Criterion, Grade> grades) {
      this.grades = grades;
    }

    @Override
    public Object get(int index) {
      Criterion c = CRITERIA[index];
      return Message.of(
          "rating.C0.grade", c, Objects.requireNonNull(grades.get(c), "checked complete"));
    }

    @Override
    public int size() {
      return CRITERIA.length;
    }
  }
}
