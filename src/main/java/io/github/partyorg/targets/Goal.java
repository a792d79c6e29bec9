package io.github.partyorg.targets;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a target asks of its metric: one record per {@link TargetKind}, with the kind's parameters.
 * The parameters are checked when the {@link Target} is built, so the error names the target.
 */
public sealed interface Goal
    permits Goal.ShareAtLeast,
        Goal.ShareExactly100,
        Goal.ShareAbove,
        Goal.CountAtLeast,
        Goal.CountRange,
        Goal.RateOfBase,
        Goal.Reduction,
        Goal.None,
        Goal.PlanCompletion {

  /**
   * Returns the kind of target.
   *
   * @return the kind
   */
  TargetKind kind();

  /**
   * A share of at least {@code percent}% ("80% ... trở lên").
   *
   * @param percent the threshold, 0 to 100
   * @return the goal
   */
  static Goal shareAtLeast(long percent) {
    return new ShareAtLeast(BigDecimal.valueOf(percent));
  }

  /**
   * A share of at least {@code percent}%, for a threshold with decimals ("92,5%").
   *
   * @param percent the threshold, 0 to 100
   * @return the goal
   * @throws NullPointerException if {@code percent} is null
   */
  static Goal shareAtLeast(BigDecimal percent) {
    return new ShareAtLeast(percent);
  }

  /**
   * A share of exactly 100% ("100% cơ quan ...").
   *
   * @return the goal
   */
  static Goal shareExactly100() {
    return new ShareExactly100();
  }

  /**
   * A share strictly above {@code percent}% ("trên 90%").
   *
   * @param percent the threshold, 0 to 100
   * @return the goal
   */
  static Goal shareAbove(long percent) {
    return new ShareAbove(BigDecimal.valueOf(percent));
  }

  /**
   * A count of at least {@code minimum} ("kết nạp 160 đảng viên").
   *
   * @param minimum the least count, not negative
   * @return the goal
   */
  static Goal countAtLeast(long minimum) {
    return new CountAtLeast(minimum);
  }

  /**
   * A count from {@code min} to {@code max} inclusive ("từ 180 - 200").
   *
   * @param min the lower bound, not negative
   * @param max the upper bound, not below {@code min}
   * @return the goal
   */
  static Goal range(long min, long max) {
    return new CountRange(min, max);
  }

  /**
   * A count of at least {@code percent}% of a base value, such as the members at the start of the
   * term (T6).
   *
   * @param percent the rate, 0 to 100
   * @param base the base value, not negative
   * @return the goal
   */
  static Goal rateOfBase(long percent, long base) {
    return new RateOfBase(BigDecimal.valueOf(percent), base);
  }

  /**
   * A count cut by {@code percent}% against the previous year ("giảm 5%", T5).
   *
   * @param percent the reduction, 0 to 100
   * @return the goal
   */
  static Goal reduction(long percent) {
    return new Reduction(BigDecimal.valueOf(percent));
  }

  /**
   * None at all: a count of zero ("không có ...").
   *
   * @return the goal
   */
  static Goal none() {
    return new None();
  }

  /**
   * The completion of a plan of work items.
   *
   * @return the goal
   */
  static Goal planCompletion() {
    return new PlanCompletion();
  }

  /**
   * A share of at least {@code percent}% ("80% ... trở lên").
   *
   * @param percent the threshold, 0 to 100
   */
  record ShareAtLeast(BigDecimal percent) implements Goal {
    /**
     * Creates the goal.
     *
     * @param percent the threshold
     * @throws NullPointerException if {@code percent} is null
     */
    public ShareAtLeast {
      Objects.requireNonNull(percent, "percent");
    }

    @Override
    public TargetKind kind() {
      return TargetKind.SHARE_AT_LEAST;
    }
  }

  /** A share of exactly 100% ("100% cơ quan ..."). */
  record ShareExactly100() implements Goal {
    @Override
    public TargetKind kind() {
      return TargetKind.SHARE_EXACTLY_100;
    }
  }

  /**
   * A share strictly above {@code percent}% ("trên 90%").
   *
   * @param percent the threshold, 0 to 100
   */
  record ShareAbove(BigDecimal percent) implements Goal {
    /**
     * Creates the goal.
     *
     * @param percent the threshold
     * @throws NullPointerException if {@code percent} is null
     */
    public ShareAbove {
      Objects.requireNonNull(percent, "percent");
    }

    @Override
    public TargetKind kind() {
      return TargetKind.SHARE_ABOVE;
    }
  }

  /**
   * A count of at least {@code minimum} ("kết nạp 160 đảng viên").
   *
   * @param minimum the least count, not negative
   */
  record CountAtLeast(long minimum) implements Goal {
    @Override
    public TargetKind kind() {
      return TargetKind.COUNT_AT_LEAST;
    }
  }

  /**
   * A count from {@code min} to {@code max} inclusive ("từ 180 - 200").
   *
   * @param min the lower bound, not negative
   * @param max the upper bound, not below {@code min}
   */
  record CountRange(long min, long max) implements Goal {
    @Override
    public TargetKind kind() {
      return TargetKind.COUNT_RANGE;
    }
  }

  /**
   * A count of at least {@code percent}% of a base value, such as the members at the start of the
   * term (T6); the required count is rounded by {@link TargetPolicies#rateOfBaseRounding()}.
   *
   * @param percent the rate, 0 to 100
   * @param base the base value, not negative
   */
  record RateOfBase(BigDecimal percent, long base) implements Goal {
    /**
     * Creates the goal.
     *
     * @param percent the rate
     * @param base the base value
     * @throws NullPointerException if {@code percent} is null
     */
    public RateOfBase {
      Objects.requireNonNull(percent, "percent");
    }

    @Override
    public TargetKind kind() {
      return TargetKind.RATE_OF_BASE;
    }
  }

  /**
   * A count cut by {@code percent}% against the previous year (T5).
   *
   * @param percent the reduction, 0 to 100
   */
  record Reduction(BigDecimal percent) implements Goal {
    /**
     * Creates the goal.
     *
     * @param percent the reduction
     * @throws NullPointerException if {@code percent} is null
     */
    public Reduction {
      Objects.requireNonNull(percent, "percent");
    }

    @Override
    public TargetKind kind() {
      return TargetKind.REDUCTION;
    }
  }

  /** None at all: a count of zero ("không có ..."). */
  record None() implements Goal {
    @Override
    public TargetKind kind() {
      return TargetKind.NONE;
    }
  }

  /** The whole plan done (100% of the plan; 23/23 work items). */
  record PlanCompletion() implements Goal {
    @Override
    public TargetKind kind() {
      return TargetKind.PLAN_COMPLETION;
    }
  }
}
