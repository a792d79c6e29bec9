package io.github.partyorg.structure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact share {@code part / whole} (tỷ lệ), compared to percentage thresholds without rounding:
 * "80% of 79 members" is decided as {@code 100 × part >= 80 × whole}, never through a rounded
 * percentage. Used by the rating (O1, O2, O5, O9), the four-good titles and the targets.
 *
 * <p>A share with {@code whole == 0} is empty (nothing was counted): it is neither above nor at
 * least any threshold, and its percentage is zero.
 *
 * @param part the count of the entities that have the property
 * @param whole the count of all the entities considered
 */
public record Share(long part, long whole) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Creates a share.
   *
   * @param part the count that have the property; {@code 0 <= part <= whole}
   * @param whole the count considered; not negative
   * @throws IllegalArgumentException if {@code part} is negative or above {@code whole}
   */
  public Share {
    if (whole < 0 || part < 0 || part > whole) {
      throw new IllegalArgumentException(
          "A share needs 0 <= part <= whole; give counts that satisfy it.");
    }
  }

  /**
   * Returns the share {@code part / whole}.
   *
   * @param part the count that have the property
   * @param whole the count considered
   * @return the share
   * @throws IllegalArgumentException if {@code part} is negative or above {@code whole}
   */
  public static Share of(long part, long whole) {
    return new Share(part, whole);
  }

  /**
   * Checks that a percentage threshold lies in 0-100%.
   *
   * @param percent the threshold
   * @param what what the threshold is about, for the message
   * @return {@code percent}
   * @throws IllegalArgumentException naming {@code what} if the percentage is outside 0-100
   */
  public static BigDecimal requirePercent(BigDecimal percent, String what) {
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(what, "what");
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException(
          "The share of " + what + " is outside 0-100%; give a percentage from 0 to 100.");
    }
    return percent;
  }

  /**
   * Tells whether nothing was counted.
   *
   * @return true if {@code whole} is zero
   */
  public boolean isEmpty() {
    return whole == 0;
  }

  /**
   * Compares the share with a percentage, exactly.
   *
   * @param percent the percentage
   * @return negative, zero or positive as the share is below, equal to or above it
   * @throws IllegalStateException if the share is empty
   */
  public int compareToPercent(BigDecimal percent) {
    if (isEmpty()) {
      throw new IllegalStateException("An empty share has no percentage to compare");
    }
    BigDecimal left = BigDecimal.valueOf(part).multiply(HUNDRED);
    BigDecimal right = percent.multiply(BigDecimal.valueOf(whole));
    return left.compareTo(right);
  }

  /**
   * Tells whether the share is strictly above a percentage; an empty share is not.
   *
   * @param percent the threshold in percent
   * @return true if {@code 100 × part > percent × whole} and the share is not empty
   */
  public boolean isAbove(BigDecimal percent) {
    return !isEmpty() && compareToPercent(percent) > 0;
  }

  /**
   * Tells whether the share is at least a percentage; an empty share is not.
   *
   * @param percent the threshold in percent
   * @return true if {@code 100 × part >= percent × whole} and the share is not empty
   */
  public boolean isAtLeast(BigDecimal percent) {
    return !isEmpty() && compareToPercent(percent) >= 0;
  }

  /**
   * Tells whether every entity counted has the property (100%); an empty share does not.
   *
   * @return true if {@code part == whole} and the share is not empty
   */
  public boolean isWhole() {
    return !isEmpty() && part == whole;
  }

  /**
   * Returns the percentage rounded half up to two places, without trailing zeros (80, 85.01).
   *
   * @return the percentage; zero for an empty share
   */
  public BigDecimal percent() {
    BigDecimal value = percent(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /**
   * Returns the percentage, rounded.
   *
   * @param scale the digits after the decimal point
   * @param rounding how to round
   * @return the percentage; zero for an empty share
   */
  public BigDecimal percent(int scale, RoundingMode rounding) {
    if (isEmpty()) {
      return BigDecimal.ZERO.setScale(scale);
    }
    return BigDecimal.valueOf(part)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(whole), scale, rounding);
  }

  @Override
  public String toString() {
    return part + "/" + whole;
  }
}
