package io.github.partyorg.rating;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * O0: the organisation's candidate level, before the caps of O1-O9. Under R2018 and R2023 from the
 * criterion grades: the task criterion Xuất sắc and every other criterion at least Tốt gives
 * HTXSNV; every criterion at least Tốt, HTTNV; every criterion at least Trung bình, HTNV; else
 * KHTNV. Under R2025 from the score out of 100 with the bands of C5 (90, 70, 50). Both are the
 * library's reading of the regulations [INF], stated as such in the explanation.
 */
final class O0OrganisationLevel {
  private O0OrganisationLevel() {}

  static Optional<Level> candidate(OrgContext ctx) {
    return ctx.regime == Regime.R2025 ? byScore(ctx) : byGrades(ctx);
  }

  private static Optional<Level> byScore(OrgContext ctx) {
    Optional<BigDecimal> score = ctx.facts.score();
    if (score.isEmpty()) {
      ctx.missing(RatingRule.O0, "score", "điểm đánh giá (thang 100)", "the score out of 100");
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
    ctx.add(
        RatingRule.O0,
        "điểm " + Words.plain(s) + ", khung " + level.name(),
        "score " + Words.plain(s) + ", band " + level.name(),
        Words.facts("score", Words.plain(s)),
        Optional.empty());
    return Optional.of(level);
  }

  private static Optional<Level> byGrades(OrgContext ctx) {
    Map<OrganisationCriterion, Grade> grades = ctx.facts.grades();
    Grade task = grades.get(OrganisationCriterion.POLITICAL_TASK);
    if (task == null) {
      ctx.missing(
          RatingRule.O0,
          "grades.POLITICAL_TASK",
          "mức đánh giá tiêu chí lãnh đạo thực hiện nhiệm vụ chính trị",
          "the grade of the criterion of leading the political task");
      return Optional.empty();
    }
    Grade worst = Grade.XUAT_SAC;
    Grade worstOther = Grade.XUAT_SAC;
    StringJoiner vi = new StringJoiner(", ");
    StringJoiner en = new StringJoiner(", ");
    Map<String, String> used = Words.facts();
    for (OrganisationCriterion c : OrganisationCriterion.values()) {
      Grade g = grades.get(c);
      if (g == null) {
        continue;
      }
      if (!g.isAtLeast(worst)) {
        worst = g;
      }
      if (c != OrganisationCriterion.POLITICAL_TASK && !g.isAtLeast(worstOther)) {
        worstOther = g;
      }
      vi.add(c.label().vi() + " " + g.label().vi());
      en.add(c.label().en() + " " + g.label().en());
      used.put("grades." + c.name(), g.name());
    }
    Level level;
    if (task == Grade.XUAT_SAC && worstOther.isAtLeast(Grade.TOT)) {
      level = Level.HTXSNV;
    } else if (worst.isAtLeast(Grade.TOT)) {
      level = Level.HTTNV;
    } else if (worst.isAtLeast(Grade.TRUNG_BINH)) {
      level = Level.HTNV;
    } else {
      level = Level.KHTNV;
    }
    ctx.add(
        RatingRule.O0, vi + ": " + level.name(), en + ": " + level.name(), used, Optional.empty());
    return Optional.of(level);
  }
}
