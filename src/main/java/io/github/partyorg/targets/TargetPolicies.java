package io.github.partyorg.targets;

import java.math.RoundingMode;
import java.util.Objects;

/**
 * The declared choices of target evaluation (domain reference, section 10), each with a documented
 * default; nothing is silently hard-coded.
 *
 * @param rangeDivisor T2: which bound of a range "percent of target" and the difference are counted
 *     against; default {@link RangeDivisor#LOWER_BOUND} [INF]
 * @param percentScale T4: the digits after the decimal point of every percentage; default 2
 * @param percentRounding T4: how percentages are rounded; default {@link RoundingMode#HALF_UP}
 *     (165/160 = 103.125 gives 103.13)
 * @param reductionRounding T5: how the allowed count of a reduction is found; default {@link
 *     ReductionRounding#EXACT}
 * @param zeroPrevious T5: a reduction from a previous value of 0; default {@link
 *     ZeroPrevious#ONLY_ZERO_MEETS}
 * @param rateOfBaseRounding T6: how the required count of a rate of a base is rounded; default
 *     {@link RateOfBaseRounding#CEILING} (3% of 5,356 = 160.68 gives 161)
 * @param aboveThreshold T1, REFERENCE 6a [INF]: what a share strictly above the threshold of an
 *     "above" target is; default {@link AboveThreshold#EXCEEDED} ("trên 90%" with 94,39% is "vượt
 *     chỉ tiêu", as an "at least" target strictly above its threshold always is)
 */
public record TargetPolicies(
    RangeDivisor rangeDivisor,
    int percentScale,
    RoundingMode percentRounding,
    ReductionRounding reductionRounding,
    ZeroPrevious zeroPrevious,
    RateOfBaseRounding rateOfBaseRounding,
    AboveThreshold aboveThreshold) {

  private static final TargetPolicies DEFAULTS =
      new TargetPolicies(
          RangeDivisor.LOWER_BOUND,
          2,
          RoundingMode.HALF_UP,
          ReductionRounding.EXACT,
          ZeroPrevious.ONLY_ZERO_MEETS,
          RateOfBaseRounding.CEILING,
          AboveThreshold.EXCEEDED);

  /**
   * Creates the policies.
   *
   * @param rangeDivisor T2 range divisor
   * @param percentScale T4 digits after the point, 0 to 10
   * @param percentRounding T4 rounding; not {@link RoundingMode#UNNECESSARY}
   * @param reductionRounding T5 rounding
   * @param zeroPrevious T5 zero-previous rule
   * @param rateOfBaseRounding T6 rounding
   * @param aboveThreshold T1, 6a: a share strictly above an "above" target's threshold
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the scale is outside 0-10 or the rounding is UNNECESSARY
   */
  public TargetPolicies {
    Objects.requireNonNull(rangeDivisor, "rangeDivisor");
    Objects.requireNonNull(aboveThreshold, "aboveThreshold");
    Objects.requireNonNull(percentRounding, "percentRounding");
    Objects.requireNonNull(reductionRounding, "reductionRounding");
    Objects.requireNonNull(zeroPrevious, "zeroPrevious");
    Objects.requireNonNull(rateOfBaseRounding, "rateOfBaseRounding");
    if (percentScale < 0 || percentScale > 10) {
      throw new IllegalArgumentException(
          "The percentage precision must be 0 to 10 places; got " + percentScale + ".");
    }
    if (percentRounding == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException(
          "Percentages such as 165/160 need rounding; choose a rounding other than UNNECESSARY.");
    }
  }

  /**
   * Creates the policies with the default {@link AboveThreshold} (the six policies before REFERENCE
   * 6a).
   *
   * @param rangeDivisor T2 range divisor
   * @param percentScale T4 digits after the point, 0 to 10
   * @param percentRounding T4 rounding; not {@link RoundingMode#UNNECESSARY}
   * @param reductionRounding T5 rounding
   * @param zeroPrevious T5 zero-previous rule
   * @param rateOfBaseRounding T6 rounding
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the scale is outside 0-10 or the rounding is UNNECESSARY
   */
  public TargetPolicies(
      RangeDivisor rangeDivisor,
      int percentScale,
      RoundingMode percentRounding,
      ReductionRounding reductionRounding,
      ZeroPrevious zeroPrevious,
      RateOfBaseRounding rateOfBaseRounding) {
    this(
        rangeDivisor,
        percentScale,
        percentRounding,
        reductionRounding,
        zeroPrevious,
        rateOfBaseRounding,
        AboveThreshold.EXCEEDED);
  }

  /**
   * Returns the defaults: lower bound, 2 places half up, exact reduction, only 0 meets a reduction
   * from 0, rate of base rounded up, a share above an "above" target's threshold exceeds it.
   *
   * @return the default policies
   */
  public static TargetPolicies defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another range divisor (T2).
   *
   * @param value the divisor
   * @return the copy
   */
  public TargetPolicies withRangeDivisor(RangeDivisor value) {
    return new TargetPolicies(
        value,
        percentScale,
        percentRounding,
        reductionRounding,
        zeroPrevious,
        rateOfBaseRounding,
        aboveThreshold);
  }

  /**
   * Returns a copy with another percentage precision and rounding (T4).
   *
   * @param scale the digits after the point, 0 to 10
   * @param rounding the rounding
   * @return the copy
   * @throws IllegalArgumentException if the scale is outside 0-10 or the rounding is UNNECESSARY
   */
  public TargetPolicies withPercentPrecision(int scale, RoundingMode rounding) {
    return new TargetPolicies(
        rangeDivisor,
        scale,
        rounding,
        reductionRounding,
        zeroPrevious,
        rateOfBaseRounding,
        aboveThreshold);
  }

  /**
   * Returns a copy with another reduction rounding (T5).
   *
   * @param value the rounding
   * @return the copy
   */
  public TargetPolicies withReductionRounding(ReductionRounding value) {
    return new TargetPolicies(
        rangeDivisor,
        percentScale,
        percentRounding,
        value,
        zeroPrevious,
        rateOfBaseRounding,
        aboveThreshold);
  }

  /**
   * Returns a copy with another zero-previous rule (T5).
   *
   * @param value the rule
   * @return the copy
   */
  public TargetPolicies withZeroPrevious(ZeroPrevious value) {
    return new TargetPolicies(
        rangeDivisor,
        percentScale,
        percentRounding,
        reductionRounding,
        value,
        rateOfBaseRounding,
        aboveThreshold);
  }

  /**
   * Returns a copy with another rate-of-base rounding (T6).
   *
   * @param value the rounding
   * @return the copy
   */
  public TargetPolicies withRateOfBaseRounding(RateOfBaseRounding value) {
    return new TargetPolicies(
        rangeDivisor,
        percentScale,
        percentRounding,
        reductionRounding,
        zeroPrevious,
        value,
        aboveThreshold);
  }

  /**
   * Returns a copy with another reading of a share above an "above" target's threshold (T1, 6a).
   *
   * @param value the reading
   * @return the copy
   */
  public TargetPolicies withAboveThreshold(AboveThreshold value) {
    return new TargetPolicies(
        rangeDivisor,
        percentScale,
        percentRounding,
        reductionRounding,
        zeroPrevious,
        rateOfBaseRounding,
        value);
  }

  /** T2: the value of a range that "percent of target" and the difference are counted against. */
  public enum RangeDivisor {
    /** The minimum (default, [INF]): 180-200 with 190 is 105.56% of target. */
    LOWER_BOUND,
    /** The maximum: 180-200 with 190 is 95% of target. */
    UPPER_BOUND,
    /** The midpoint: 180-200 with 190 is 100% of target. */
    MIDPOINT
  }

  /**
   * T5: how the largest count that meets a p% reduction from {@code previous} is found. Whatever
   * the rounding, a count below the exact {@code previous × (1 − p)} exceeds the target (REFERENCE
   * 6a: exceeded vs met is decided on the exact change, not a rounded limit): 8 against 9 with a 5%
   * cut (8.55) is "vượt chỉ tiêu"; only a count from the exact limit up to the allowed count meets
   * it.
   */
  public enum ReductionRounding {
    /**
     * Default: {@code actual <= previous × (1 − p)} exactly, so 9 × 0.95 = 8.55 allows 8, not 9
     * (and 8 exceeds the target: it is below 8.55).
     */
    EXACT,
    /** {@code previous × (1 − p)} rounded half up is allowed: 8.55 allows 9, which meets it. */
    HALF_UP
  }

  /**
   * T1, REFERENCE 6a [INF]: what a share strictly above the threshold of an "above" target ("trên
   * 90%") is. A share strictly above an "at least" target's threshold always exceeds it; a share at
   * or under an "above" target's threshold never meets it.
   */
  public enum AboveThreshold {
    /**
     * Default (6a: "a share target is exceeded when strictly above its threshold, for 'at least'
     * and 'above' alike"): 94,39% against "trên 90%" is "vượt chỉ tiêu".
     */
    EXCEEDED,
    /** The reading before 6a: being above is what an "above" target asks, so it is met. */
    MET
  }

  /** T5: a reduction target when the previous year's count is 0. */
  public enum ZeroPrevious {
    /** Default: 0 cannot be cut further, so only 0 meets it (met, never exceeded). */
    ONLY_ZERO_MEETS,
    /** The target cannot be decided: the outcome is UNKNOWN with a finding. */
    UNDECIDED
  }

  /** T6: how the required count {@code base × p} of a rate of a base is rounded to a whole. */
  public enum RateOfBaseRounding {
    /** Default: up, so 3% of 5,356 = 160.68 requires 161. */
    CEILING,
    /** Half up: 160.68 requires 161, 160.5 requires 161, 160.49 requires 160. */
    HALF_UP,
    /** Down: 160.68 requires 160. */
    FLOOR
  }
}
