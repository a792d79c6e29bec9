package io.github.partyorg.fourgood;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact share {@code numerator / denominator} (for example 17 of 20 members present), compared
 * with percentage thresholds without rounding.
 *
 * @param numerator the part, from 0 to {@code denominator}
 * @param denominator the whole, at least 1
 */
public record Share(long numerator, long denominator) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Creates the share.
   *
   * @param numerator the part
   * @param denominator the whole
   * @throws IllegalArgumentException if {@code denominator} is below 1 or {@code numerator} is
   *     outside 0 to {@code denominator}
   */
  public Share {
    if (denominator < 1 || numerator < 0 || numerator > denominator) {
      throw new IllegalArgumentException(
          "A share needs 0 <= part <= whole and a whole of at least 1; got "
              + numerator
              + "/"
              + denominator
              + ".");
    }
  }

  /**
   * Returns the share.
   *
   * @param numerator the part
   * @param denominator the whole
   * @return the share
   * @throws IllegalArgumentException as {@link #Share(long, long)}
   */
  public static Share of(long numerator, long denominator) {
    return new Share(numerator, denominator);
  }

  /**
   * Checks that a percentage is from 0 to 100 and returns it.
   *
   * @param percent the percentage
   * @param what what the percentage is for, named in the error (an id, never personal data)
   * @return {@code percent}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code percent} is below 0 or above 100
   */
  public static BigDecimal requirePercent(BigDecimal percent, String what) {
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(what, "what");
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException(
          "The share "
              + percent.toPlainString()
              + "% of "
              + what
              + " is outside 0-100%; give a percentage from 0 to 100.");
    }
    return percent;
  }

  /**
   * Compares this share with a percentage, exactly.
   *
   * @param percent the percentage, for example 85 or 85.01
   * @return negative, zero or positive as this share is below, equal to or above {@code percent}
   */
  public int compareToPercent(BigDecimal percent) {
    BigDecimal left = BigDecimal.valueOf(numerator).multiply(HUNDRED);
    BigDecimal right = percent.multiply(BigDecimal.valueOf(denominator));
    return left.compareTo(right);
  }

  /**
   * Tells whether this share is strictly above a percentage ("trên 85%").
   *
   * @param percent the percentage
   * @return true if strictly above
   */
  public boolean isAbove(BigDecimal percent) {
    return compareToPercent(percent) > 0;
  }

  /**
   * Tells whether this share is at least a percentage ("từ 80% trở lên").
   *
   * @param percent the percentage
   * @return true if equal or above
   */
  public boolean isAtLeast(BigDecimal percent) {
    return compareToPercent(percent) >= 0;
  }

  /**
   * Tells whether the part is the whole.
   *
   * @return true for 100%
   */
  public boolean isWhole() {
    return numerator == denominator;
  }

  /**
   * Returns the percentage for display, rounded half-up to two decimals, trailing zeros removed.
   * Never compare it with a threshold: use {@link #compareToPercent(BigDecimal)}.
   *
   * @return the percentage, for example 85.05
   */
  public BigDecimal percent() {
    BigDecimal value =
        BigDecimal.valueOf(numerator)
            .multiply(HUNDRED)
            .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP)
            .stripTrailingZeros();
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
