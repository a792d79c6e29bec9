package io.github.partyorg.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * C5 (R2025): the level by a score out of 100 [SEC]. A score of 90 or more gives HTXSNV if also
 * 100% of tasks are on time, at least 30% exceeded and there is no discipline in the year; 70 to
 * under 90 gives HTTNV if 100% on time; 50 to under 70 gives HTNV if 100% done (targets completed)
 * and at most 20% late; under 50 gives KHTNV. When a level's conditions fail, the member falls to
 * the next level whose conditions hold. Each percentage is needed only when a level that reads it
 * is tried; the score is always needed. A missing fact is reported and no level is given.
 */
final class C5ScoreR2025 {
  static final BigDecimal EXCELLENT = BigDecimal.valueOf(90);
  static final BigDecimal GOOD = BigDecimal.valueOf(70);
  static final BigDecimal PASS = BigDecimal.valueOf(50);
  static final BigDecimal MINIMUM_EXCEEDED = BigDecimal.valueOf(30);
  static final BigDecimal MAXIMUM_LATE = BigDecimal.valueOf(20);

  private record Reason(String vi, String en) {}

  private C5ScoreR2025() {}

  static Optional<Level> candidate(Ledger ledger) {
    MemberFacts facts = ledger.facts;
    if (facts.score().isEmpty()) {
      ledger.missing(RatingRule.C5, "score", "điểm đánh giá (thang 100)", "the score out of 100");
      return Optional.empty();
    }
    BigDecimal score = facts.score().get();
    String s = Words.plain(score);
    Level band;
    if (score.compareTo(EXCELLENT) >= 0) {
      band = Level.HTXSNV;
    } else if (score.compareTo(GOOD) >= 0) {
      band = Level.HTTNV;
    } else if (score.compareTo(PASS) >= 0) {
      band = Level.HTNV;
    } else {
      band = Level.KHTNV;
    }
    Map<String, String> used = Words.facts("score", s);
    StringBuilder vi = new StringBuilder("điểm " + s + ", khung " + band.name());
    StringBuilder en = new StringBuilder("score " + s + ", band " + band.name());
    Level level = band;
    while (level != Level.KHTNV) {
      List<Reason> failed = new ArrayList<>();
      if (!conditions(level, ledger, used, failed)) {
        return Optional.empty();
      }
      if (failed.isEmpty()) {
        break;
      }
      vi.append("; không đạt ").append(level.name()).append(": ");
      en.append("; not ").append(level.name()).append(": ");
      vi.append(String.join(", ", failed.stream().map(Reason::vi).toList()));
      en.append(String.join(", ", failed.stream().map(Reason::en).toList()));
      level = level.below();
    }
    ledger.add(
        RatingRule.C5, vi + ": " + level.name(), en + ": " + level.name(), used, Optional.empty());
    return Optional.of(level);
  }

  /** Adds the failed conditions of a level; false if a needed fact is missing. */
  private static boolean conditions(
      Level level, Ledger ledger, Map<String, String> used, List<Reason> failed) {
    MemberFacts facts = ledger.facts;
    if (level == Level.HTNV) {
      Optional<BigDecimal> done =
          need(
              ledger,
              facts.targetsCompletedPercent(),
              "targetsCompletedPercent",
              "tỷ lệ nhiệm vụ hoàn thành",
              "the percentage of tasks done");
      Optional<BigDecimal> late =
          need(
              ledger,
              facts.tasksLatePercent(),
              "tasksLatePercent",
              "tỷ lệ nhiệm vụ chậm tiến độ",
              "the percentage of tasks late");
      if (done.isEmpty() || late.isEmpty()) {
        return false;
      }
      String d = Words.plain(done.get());
      String l = Words.plain(late.get());
      used.put("targetsCompletedPercent", d);
      used.put("tasksLatePercent", l);
      if (done.get().compareTo(Words.HUNDRED) < 0) {
        failed.add(
            new Reason(d + "% nhiệm vụ hoàn thành, dưới 100%", d + "% of tasks done, under 100%"));
      }
      if (late.get().compareTo(MAXIMUM_LATE) > 0) {
        failed.add(
            new Reason(l + "% nhiệm vụ chậm tiến độ, trên 20%", l + "% of tasks late, over 20%"));
      }
      return true;
    }
    Optional<BigDecimal> onTime =
        need(
            ledger,
            facts.tasksOnTimePercent(),
            "tasksOnTimePercent",
            "tỷ lệ nhiệm vụ hoàn thành đúng hạn",
            "the percentage of tasks done on time");
    if (onTime.isEmpty()) {
      return false;
    }
    String t = Words.plain(onTime.get());
    used.put("tasksOnTimePercent", t);
    if (onTime.get().compareTo(Words.HUNDRED) < 0) {
      failed.add(
          new Reason(t + "% nhiệm vụ đúng hạn, dưới 100%", t + "% of tasks on time, under 100%"));
    }
    if (level == Level.HTXSNV) {
      Optional<BigDecimal> exceeded =
          need(
              ledger,
              facts.tasksExceededPercent(),
              "tasksExceededPercent",
              "tỷ lệ nhiệm vụ vượt mức",
              "the percentage of tasks exceeded");
      if (exceeded.isEmpty()) {
        return false;
      }
      String x = Words.plain(exceeded.get());
      used.put("tasksExceededPercent", x);
      if (exceeded.get().compareTo(MINIMUM_EXCEEDED) < 0) {
        failed.add(
            new Reason(x + "% nhiệm vụ vượt mức, dưới 30%", x + "% of tasks exceeded, under 30%"));
      }
      int count = facts.disciplines().size();
      used.put("disciplines", Integer.toString(count));
      if (count > 0) {
        failed.add(new Reason("bị kỷ luật trong năm", "disciplined in the year"));
      }
    }
    return true;
  }

  private static Optional<BigDecimal> need(
      Ledger ledger, Optional<BigDecimal> value, String fact, String vi, String en) {
    if (value.isEmpty()) {
      ledger.missing(RatingRule.C5, fact, vi, en);
    }
    return value;
  }
}
