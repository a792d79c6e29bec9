package io.github.partyorg.rating;

import io.github.partyorg.structure.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * O0: the organisation's candidate level, before the caps of O1-O9. Under R2018 and R2023 from the
 * grades of every criterion, each required (a missing grade is a {@link MissingFact}, never "met"):
 * the task criterion Xuất sắc and every other criterion at least Tốt gives HTXSNV; the task
 * criterion at least Tốt and the others at least Trung bình, HTTNV (21-HD; 124 for collectives);
 * every criterion at least Trung bình, HTNV; a Kém, KHTNV. Under R2025 from the score out of 100
 * with the bands of C5 (90, 70, 50). Both are the library's reading of the regulations [INF],
 * stated as such in the explanation.
 */
final class O0OrganisationLevel {
  private static final OrganisationCriterion[] CRITERIA = OrganisationCriterion.values();

  /** The fact name of each criterion's grade: {@code grades.POLITICAL_TASK}. */
  private static final Map<OrganisationCriterion, String> FACT_NAMES =
      new EnumMap<>(OrganisationCriterion.class);

  static {
    for (OrganisationCriterion c : CRITERIA) {
      FACT_NAMES.put(c, "grades." + c.name());
    }
  }

  private O0OrganisationLevel() {}

  static Optional<Level> candidate(OrgContext ctx) {
    return ctx.regime == Regime.R2025 ? byScore(ctx) : byGrades(ctx);
  }

  private static Optional<Level> byScore(OrgContext ctx) {
    Optional<BigDecimal> score = ctx.facts.score();
    if (score.isEmpty()) {
      ctx.missing(RatingRule.O0, "score", Message.of("rating.fact.score"));
      return Optional.empty();
    }
    BigDecimal s = score.get();
    Level level;
    if (s.compareTo(C5ScoreR2025.EXCELLENT) >= 0) {
      level = Level.HTXSNV;
    } else if (s.compareTo(C5ScoreR2025.GOOD) >= 0) {
      level = Level.HTTNV;
    } else if (s.compareTo(C5ScoreR2025.PASS) >= 0) {
      level = Level.HTNV;
    } else {
      level = Level.KHTNV;
    }
    String plain = Words.plain(s);
    ctx.add(
        RatingRule.O0,
        Message.of(
            "rating.O0.score", s, level.name(), Message.of("rating.C5.band." + level.name())),
        Words.facts("score", plain),
        Optional.empty());
    return Words.some(level);
  }

  private static Optional<Level> byGrades(OrgContext ctx) {
    Map<OrganisationCriterion, Grade> grades = ctx.facts.grades();
    boolean complete = true;
    for (OrganisationCriterion c : CRITERIA) {
      if (!grades.containsKey(c)) {
        complete = false;
        ctx.missing(
            RatingRule.O0,
            Objects.requireNonNull(FACT_NAMES.get(c)),
            Message.of("rating.fact.grade", c));
      }
    }
    if (!complete) {
      return Optional.empty();
    }
    Grade task = Objects.requireNonNull(grades.get(OrganisationCriterion.POLITICAL_TASK));
    Grade worst = Grade.XUAT_SAC;
    Grade worstOther = Grade.XUAT_SAC;
    FactMap used = FactMap.withRoom(CRITERIA.length);
    for (OrganisationCriterion c : CRITERIA) {
      Grade g = Objects.requireNonNull(grades.get(c), "checked complete");
      if (!g.isAtLeast(worst)) {
        worst = g;
      }
      if (c != OrganisationCriterion.POLITICAL_TASK && !g.isAtLeast(worstOther)) {
        worstOther = g;
      }
      used.with(Objects.requireNonNull(FACT_NAMES.get(c)), g.name());
    }
    Level level;
    if (task == Grade.XUAT_SAC && worstOther.isAtLeast(Grade.TOT)) {
      level = Level.HTXSNV;
    } else if (task.isAtLeast(Grade.TOT) && worst.isAtLeast(Grade.TRUNG_BINH)) {
      level = Level.HTTNV;
    } else if (worst.isAtLeast(Grade.TRUNG_BINH)) {
      level = Level.HTNV;
    } else {
      level = Level.KHTNV;
    }
    ctx.add(
        RatingRule.O0,
        Message.of("rating.O0.grades", grades(grades), level.name()),
        used,
        Optional.empty());
    return Words.some(level);
  }

  /** The grades given, in the order of the criteria. */
  private static Message.Joined grades(Map<OrganisationCriterion, Grade> grades) {
    List<Object> items = new ArrayList<>(CRITERIA.length);
    for (OrganisationCriterion c : CRITERIA) {
      Grade g = Objects.requireNonNull(grades.get(c), "checked complete");
      items.add(Message.of("rating.C0.grade", c, g));
    }
    return new Message.Joined("; ", items);
  }
}
