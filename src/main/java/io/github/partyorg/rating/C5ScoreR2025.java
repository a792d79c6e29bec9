package io.github.partyorg.rating;

import static io.github.partyorg.structure.Language.VI;

import io.github.partyorg.structure.Language;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * C5 (R2025): the level by a score out of 100 [SEC]. A score of 90 or more gives HTXSNV if also
 * 100% of tasks are on time, at least 30% exceeded, there is no discipline in the year and 100% of
 * the shortcomings found earlier were remedied; 70 to under 90 gives HTTNV if 100% on time; 50 to
 * under 70 gives HTNV if 100% done (targets completed) and at most 20% late; under 50 gives KHTNV.
 * When a level's conditions fail, the member falls to the next level whose conditions hold, the
 * library's reading [INF], labelled so in the explanation. Each percentage is needed only when a
 * level that reads it is tried; the score is always needed. A missing fact is reported and no level
 * is given.
 */
final class C5ScoreR2025 {
  static final BigDecimal EXCELLENT = BigDecimal.valueOf(90);
  static final BigDecimal GOOD = BigDecimal.valueOf(70);
  static final BigDecimal PASS = BigDecimal.valueOf(50);
  static final BigDecimal MINIMUM_EXCEEDED = BigDecimal.valueOf(30);
  static final BigDecimal MAXIMUM_LATE = BigDecimal.valueOf(20);

  // The conditions a tried level can fail, as bits of a mask per level (see failures below).
  private static final int ON_TIME = 1;
  private static final int EXCEEDED = 2;
  private static final int DISCIPLINED = 4;
  private static final int DONE = 8;
  private static final int LATE = 16;
  private static final int NOT_REMEDIED = 32;
  private static final int BITS = 6;

  private C5ScoreR2025() {}

  static Optional<Level> candidate(Ledger ledger) {
    MemberFacts facts = ledger.facts;
    BigDecimal score = facts.score().orElse(null);
    if (score == null) {
      ledger.missing(RatingRule.C5, "score", "điểm đánh giá (thang 100)", "the score out of 100");
      return Optional.empty();
    }
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
    // Room for the facts the band reads: the score, then 3, 0, 2 or 1 percentages and counts.
    FactMap used =
        FactMap.withRoom(
                switch (band) {
                  case HTXSNV -> 5;
                  case HTTNV -> 2;
                  case HTNV -> 3;
                  case KHTNV -> 1;
                })
            .with("score", s);
    // The failed conditions of each level tried, BITS bits per level (shift); the levels tried and
    // failed run from the band down to the level given.
    int failures = 0;
    Level level = band;
    while (level != Level.KHTNV) {
      int failed = conditions(level, ledger, used);
      if (failed < 0) {
        return Optional.empty();
      }
      if (failed == 0) {
        break;
      }
      failures |= failed << shift(level);
      level = level.below();
    }
    Level given = level;
    int failedMasks = failures;
    ledger.add(
        RatingRule.C5,
        lang -> sentence(lang, s, band, given, failedMasks, used),
        used,
        Optional.empty());
    return Words.some(level);
  }

  /** "score 92, band HTXSNV; not HTXSNV: 25% of tasks exceeded, under 30%: HTTNV". */
  private static String sentence(
      Language lang, String score, Level band, Level given, int failures, FactMap used) {
    boolean vi = lang == VI;
    StringBuilder text =
        new StringBuilder(vi ? "điểm " : "score ")
            .append(score)
            .append(vi ? ", khung " : ", band ")
            .append(band.name());
    for (Level tried = band; tried != given; tried = tried.below()) {
      int failed = (failures >>> shift(tried)) & ((1 << BITS) - 1);
      text.append(vi ? "; không đạt " : "; not ").append(tried.name()).append(": ");
      StringJoiner reasons = new StringJoiner(", ");
      if ((failed & ON_TIME) != 0) {
        String t = used.get("tasksOnTimePercent");
        reasons.add(
            vi ? t + "% nhiệm vụ đúng hạn, dưới 100%" : t + "% of tasks on time, under 100%");
      }
      if ((failed & EXCEEDED) != 0) {
        String x = used.get("tasksExceededPercent");
        reasons.add(
            vi ? x + "% nhiệm vụ vượt mức, dưới 30%" : x + "% of tasks exceeded, under 30%");
      }
      if ((failed & DISCIPLINED) != 0) {
        reasons.add(vi ? "bị kỷ luật trong năm" : "disciplined in the year");
      }
      if ((failed & DONE) != 0) {
        String d = used.get("targetsCompletedPercent");
        reasons.add(
            vi ? d + "% nhiệm vụ hoàn thành, dưới 100%" : d + "% of tasks done, under 100%");
      }
      if ((failed & LATE) != 0) {
        String l = used.get("tasksLatePercent");
        reasons.add(vi ? l + "% nhiệm vụ chậm tiến độ, trên 20%" : l + "% of tasks late, over 20%");
      }
      if ((failed & NOT_REMEDIED) != 0) {
        String r = used.get("shortcomingsRemediedPercent");
        reasons.add(
            vi
                ? "khắc phục " + r + "% hạn chế, khuyết điểm đã chỉ ra, dưới 100%"
                : r + "% of the shortcomings found earlier remedied, under 100%");
      }
      text.append(reasons);
    }
    if (given != band) {
      text.append(vi ? FALL_VI : FALL_EN);
    }
    return text.append(": ").append(given.name()).toString();
  }

  /** The label of a fall to a lower band, the library's reading [INF] (C5, O7). */
  static final String FALL_VI =
      "; xếp mức thấp hơn có điều kiện đạt (cách hiểu của thư viện [INF])";

  static final String FALL_EN =
      "; given the highest lower level whose conditions hold (the library's reading [INF])";

  /** Where a level's failed conditions sit in the mask of the levels tried. */
  private static int shift(Level level) {
    return switch (level) {
      case HTXSNV -> 0;
      case HTTNV -> BITS;
      case HTNV -> 2 * BITS;
      case KHTNV -> 3 * BITS;
    };
  }

  /**
   * The failed conditions of a level as a mask (0 if it holds), recording the facts read; -1 if a
   * needed fact is missing.
   */
  private static int conditions(Level level, Ledger ledger, FactMap used) {
    MemberFacts facts = ledger.facts;
    int failed = 0;
    if (level == Level.HTNV) {
      BigDecimal done =
          need(
              ledger,
              facts.targetsCompletedPercent(),
              "targetsCompletedPercent",
              "tỷ lệ nhiệm vụ hoàn thành",
              "the percentage of tasks done");
      BigDecimal late =
          need(
              ledger,
              facts.tasksLatePercent(),
              "tasksLatePercent",
              "tỷ lệ nhiệm vụ chậm tiến độ",
              "the percentage of tasks late");
      if (done == null || late == null) {
        return -1;
      }
      used.with("targetsCompletedPercent", Words.plain(done));
      used.with("tasksLatePercent", Words.plain(late));
      if (done.compareTo(Words.HUNDRED) < 0) {
        failed |= DONE;
      }
      if (late.compareTo(MAXIMUM_LATE) > 0) {
        failed |= LATE;
      }
      return failed;
    }
    BigDecimal onTime =
        need(
            ledger,
            facts.tasksOnTimePercent(),
            "tasksOnTimePercent",
            "tỷ lệ nhiệm vụ hoàn thành đúng hạn",
            "the percentage of tasks done on time");
    if (onTime == null) {
      return -1;
    }
    used.with("tasksOnTimePercent", Words.plain(onTime));
    if (onTime.compareTo(Words.HUNDRED) < 0) {
      failed |= ON_TIME;
    }
    if (level == Level.HTXSNV) {
      BigDecimal exceeded =
          need(
              ledger,
              facts.tasksExceededPercent(),
              "tasksExceededPercent",
              "tỷ lệ nhiệm vụ vượt mức",
              "the percentage of tasks exceeded");
      if (exceeded == null) {
        return -1;
      }
      used.with("tasksExceededPercent", Words.plain(exceeded));
      if (exceeded.compareTo(MINIMUM_EXCEEDED) < 0) {
        failed |= EXCEEDED;
      }
      int count = facts.disciplines().size();
      used.with("disciplines", Integer.toString(count));
      if (count > 0) {
        failed |= DISCIPLINED;
      }
      BigDecimal remedied =
          need(
              ledger,
              facts.shortcomingsRemediedPercent(),
              "shortcomingsRemediedPercent",
              "tỷ lệ hạn chế, khuyết điểm đã chỉ ra được khắc phục",
              "the percentage of the shortcomings found earlier that were remedied");
      if (remedied == null) {
        return -1;
      }
      used.with("shortcomingsRemediedPercent", Words.plain(remedied));
      if (remedied.compareTo(Words.HUNDRED) < 0) {
        failed |= NOT_REMEDIED;
      }
    }
    return failed;
  }

  private static @Nullable BigDecimal need(
      Ledger ledger, Optional<BigDecimal> value, String fact, String vi, String en) {
    if (value.isEmpty()) {
      ledger.missing(RatingRule.C5, fact, vi, en);
      return null;
    }
    return value.get();
  }
}
