package io.github.partyorg.targets;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One target (chỉ tiêu) of a resolution: an id, the resolution's wording, the metric it binds to
 * and the goal.
 *
 * <p>Construction checks the goal's parameters and refuses, with an {@link
 * IllegalArgumentException} naming the target's id: a percentage outside 0-100, a negative count or
 * base, a range whose minimum is above its maximum, and a goal that does not fit the kind of value
 * a computed metric gives (a share goal on a count, a count goal on a share).
 *
 * @param id the target's id, unique in its resolution (for example {@code T2023-06})
 * @param label the resolution's wording, in Vietnamese and English
 * @param metric the metric measured
 * @param goal what is asked of the metric
 */
public record Target(String id, LocalizedText label, Metric metric, Goal goal) implements Labelled {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Creates a target.
   *
   * @param id the id; not blank
   * @param label the wording
   * @param metric the metric
   * @param goal the goal
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming the id if the id is blank or the goal is invalid
   */
  public Target {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(goal, "goal");
    if (id.isBlank()) {
      throw new IllegalArgumentException("A target needs an id that is not blank.");
    }
    check(id, metric, goal);
  }

  /**
   * Returns a target.
   *
   * @param id the id
   * @param vi the resolution's wording in Vietnamese
   * @param en the wording in English
   * @param metric the metric
   * @param goal the goal
   * @return the target
   * @throws IllegalArgumentException naming the id if the goal is invalid
   */
  public static Target of(String id, String vi, String en, Metric metric, Goal goal) {
    return new Target(id, LocalizedText.of(vi, en), metric, goal);
  }

  /**
   * Returns the kind of target.
   *
   * @return the goal's kind
   */
  public TargetKind kind() {
    return goal.kind();
  }

  private static void check(String id, Metric metric, Goal goal) {
    if (goal instanceof Goal.ShareAtLeast g) {
      percent(id, g.percent(), "share");
    } else if (goal instanceof Goal.ShareAbove g) {
      percent(id, g.percent(), "share");
    } else if (goal instanceof Goal.RateOfBase g) {
      percent(id, g.percent(), "rate");
      notNegative(id, g.base(), "base");
    } else if (goal instanceof Goal.Reduction g) {
      percent(id, g.percent(), "reduction");
    } else if (goal instanceof Goal.CountAtLeast g) {
      notNegative(id, g.minimum(), "minimum");
    } else if (goal instanceof Goal.CountRange g) {
      notNegative(id, g.min(), "minimum");
      if (g.min() > g.max()) {
        throw new IllegalArgumentException(
            "Target "
                + id
                + ": the range "
                + g.min()
                + "-"
                + g.max()
                + " has its minimum above its maximum.");
      }
    }
    if (metric instanceof ComputedMetric computed && !fits(goal.kind(), computed.valueKind())) {
      throw new IllegalArgumentException(
          "Target "
              + id
              + ": a "
              + goal.kind()
              + " target cannot measure "
              + computed.key()
              + ", which is a "
              + computed.valueKind()
              + ".");
    }
  }

  /** Tells whether a goal can be decided on a value of the given kind. */
  static boolean fits(TargetKind kind, ValueKind value) {
    return switch (kind) {
      case SHARE_AT_LEAST, SHARE_EXACTLY_100, SHARE_ABOVE, PLAN_COMPLETION ->
          value == ValueKind.SHARE || value == ValueKind.COMPLETION;
      case COUNT_AT_LEAST, COUNT_RANGE, RATE_OF_BASE, REDUCTION -> value == ValueKind.COUNT;
      case NONE -> true;
    };
  }

  private static void percent(String id, BigDecimal percent, String what) {
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException(
          "Target "
              + id
              + ": the "
              + what
              + " "
              + percent.toPlainString()
              + "% is outside 0-100%; give a percentage from 0 to 100.");
    }
  }

  private static void notNegative(String id, long value, String what) {
    if (value < 0) {
      throw new IllegalArgumentException(
          "Target " + id + ": the " + what + " " + value + " is negative.");
    }
  }

  @Override
  public String toString() {
    return id + " " + goal;
  }
}
