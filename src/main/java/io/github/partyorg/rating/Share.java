package io.github.partyorg.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact share {@code part / whole}, compared to thresholds without rounding (80% of 79 members
 * is compared as 100 × part ≥ 80 × whole, never through a rounded percentage).
 *
 * @param part the count of the entities that have the property
 * @param whole the count of all the entities considered; zero gives an empty share
 */
public record Share(long part, long whole) {

  /**
   * Creates a share.
   *
   * @param part the count that have the property; {@code 0 <= part <= whole}
   * @param whole the count considered; not negative
   * @throws IllegalArgumentException if {@code part} is negative or above {@code whole}
   */
  public Share {
    if (whole < 0 || part < 0 || part > whole) {
      throw new IllegalArgumentException("A share needs 0 <= part <= whole: " + part + "/" + whole);
    }
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
   * Tells whether the share is at least a percentage, exactly; an empty share is not.
   *
   * @param percent the threshold in percent
   * @return true if {@code 100 × part >= percent × whole} and the share is not empty
   */
  public boolean isAtLeastPercent(BigDecimal percent) {
    return !isEmpty()
        && BigDecimal.valueOf(part)
                .multiply(Words.HUNDRED)
                .compareTo(percent.multiply(BigDecimal.valueOf(whole)))
            >= 0;
  }

  /**
   * Tells whether the share is strictly above a percentage, exactly; an empty share is not.
   *
   * @param percent the threshold in percent
   * @return true if {@code 100 × part > percent × whole} and the share is not empty
   */
  public boolean isAbovePercent(BigDecimal percent) {
    return !isEmpty()
        && BigDecimal.valueOf(part)
                .multiply(Words.HUNDRED)
                .compareTo(percent.multiply(BigDecimal.valueOf(whole)))
            > 0;
  }

  /**
   * Returns the share in percent, rounded.
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
        .multiply(Words.HUNDRED)
        .divide(BigDecimal.valueOf(whole), scale, rounding);
  }

  @Override
  public String toString() {
    return part + "/" + whole;
  }
}
