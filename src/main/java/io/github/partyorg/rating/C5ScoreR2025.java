package io.github.partyorg.rating;

import io.github.partyorg.structure.Message;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
      ledger.missing(RatingRule.C5, "score", Message.of("rating.fact.score"));
      return Optional.empty();
    }
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
        ledger
            .facts(
                switch (band) {
                  case HTXSNV -> 5;
                  case HTTNV -> 2;
                  case HTNV -> 3;
                  case KHTNV -> 1;
                })
            .with("score", score);
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
    if (!ledger.explains()) {
      return Words.some(level);
    }
    ledger.add(
        RatingRule.C5,
        Message.of(
            "rating.C5.score",
            score,
            band.name(),
            Objects.requireNonNull(BANDS.get(band), "every band"),
            new Message.Joined("", new Failures(band, given, failedMasks, used)),
            given.name()),
        used,
        Optional.empty());
    return Words.some(level);
  }

  /** The bounds of each band, in words. */
  private static final Map<Level, Message> BANDS = new EnumMap<>(Level.class);

  static {
    for (Level level : Level.values()) {
      BANDS.put(level, Message.of("rating.C5.band." + level.name()));
    }
  }

  /**
   * The levels tried above the one given, each with the conditions it failed ("; không đủ điều kiện
   * HTXSNV: 25% nhiệm vụ vượt mức, dưới 30%"), as messages made only when the text is read.
   */
  private static final class Failures extends AbstractList<Object> {
    private final Level band;
    private final Level given;
    private final int failures;
    private final FactMap used;

    Failures(Level band, Level given, int failures, FactMap used) {
      this.band = band;
      this.given = given;
      this.failures = failures;
      this.used = used;
    }

    @Override
    public Object get(int index) {
      if (index == size() - 1) {
        return FALL;
      }
      Level tried = band;
      for (int i = 0; i < index; i++) {
        tried = tried.below();
      }
      int failed = (failures >>> shift(tried)) & ((1 << BITS) - 1);
      List<Object> reasons = new ArrayList<>(3);
      if ((failed & ON_TIME) != 0) {
        reasons.add(Message.of("rating.C5.onTime", fact("tasksOnTimePercent")));
      }
      if ((failed & EXCEEDED) != 0) {
        reasons.add(Message.of("rating.C5.exceeded", fact("tasksExceededPercent")));
      }
      if ((failed & DISCIPLINED) != 0) {
        reasons.add(Message.of("rating.C5.disciplined"));
      }
      if ((failed & DONE) != 0) {
        reasons.add(Message.of("rating.C5.done", fact("targetsCompletedPercent")));
      }
      if ((failed & LATE) != 0) {
        reasons.add(Message.of("rating.C5.late", fact("tasksLatePercent")));
      }
      if ((failed & NOT_REMEDIED) != 0) {
        reasons.add(Message.of("rating.C5.notRemedied", fact("shortcomingsRemediedPercent")));
      }
      return Message.of("rating.C5.notLevel", tried.name(), new Message.Joined(", ", reasons));
    }

    private BigDecimal fact(String name) {
      return new BigDecimal(Objects.requireNonNull(used.get(name), name));
    }

    @Override
    public int size() {
      int n = 0;
      for (Level tried = band; tried != given; tried = tried.below()) {
        n++;
      }
      return n == 0 ? 0 : n + 1;
    }
  }

  /** The label of a fall to a lower band, the library's reading [INF] (C5, O7). */
  static final Message FALL = Message.of("rating.C5.fall");

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
              Message.of("rating.fact.tasksDone"));
      BigDecimal late =
          need(
              ledger,
              facts.tasksLatePercent(),
              "tasksLatePercent",
              Message.of("rating.fact.tasksLate"));
      if (done == null || late == null) {
        return -1;
      }
      used.with("targetsCompletedPercent", done);
      used.with("tasksLatePercent", late);
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
            Message.of("rating.fact.tasksOnTime"));
    if (onTime == null) {
      return -1;
    }
    used.with("tasksOnTimePercent", onTime);
    if (onTime.compareTo(Words.HUNDRED) < 0) {
      failed |= ON_TIME;
    }
    if (level == Level.HTXSNV) {
      BigDecimal exceeded =
          need(
              ledger,
              facts.tasksExceededPercent(),
              "tasksExceededPercent",
              Message.of("rating.fact.tasksExceeded"));
      if (exceeded == null) {
        return -1;
      }
      used.with("tasksExceededPercent", exceeded);
      if (exceeded.compareTo(MINIMUM_EXCEEDED) < 0) {
        failed |= EXCEEDED;
      }
      int count = facts.disciplines().size();
      used.with("disciplines", count);
      if (count > 0) {
        failed |= DISCIPLINED;
      }
      BigDecimal remedied =
          need(
              ledger,
              facts.shortcomingsRemediedPercent(),
              "shortcomingsRemediedPercent",
              Message.of("rating.fact.shortcomingsRemedied"));
      if (remedied == null) {
        return -1;
      }
      used.with("shortcomingsRemediedPercent", remedied);
      if (remedied.compareTo(Words.HUNDRED) < 0) {
        failed |= NOT_REMEDIED;
      }
    }
    return failed;
  }

  private static @Nullable BigDecimal need(
      Ledger ledger, Optional<BigDecimal> value, String fact, Message what) {
    if (value.isEmpty()) {
      ledger.missing(RatingRule.C5, fact, what);
      return null;
    }
    return value.get();
  }
}
