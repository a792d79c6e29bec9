package io.github.partyorg.report;

import io.github.partyorg.structure.LocalizedText;
import java.math.BigDecimal;

/**
 * A count set against the year's target, as the report prints it: "kết nạp 165/160 đảng viên mới,
 * đạt 103,13% chỉ tiêu".
 *
 * <p>This is the seam for the targets package (io.github.partyorg.targets): the report needs only
 * the label, the actual count and the figure it is compared with. Until a target evaluation feeds
 * it, callers build it from plain numbers; the percentage is {@code actual / target × 100} (T2,
 * against the lower bound for a range).
 *
 * @param label what is counted, in Vietnamese and English ("đảng viên mới", "new members")
 * @param actual the count achieved
 * @param target the figure of the target, above zero
 */
public record CountAgainstTarget(LocalizedText label, long actual, long target) {

  /**
   * Creates the comparison.
   *
   * @param label what is counted
   * @param actual the count achieved, 0 or more
   * @param target the target, above zero
   * @throws NullPointerException if {@code label} is null
   * @throws IllegalArgumentException if {@code actual} is negative or {@code target} is not above
   *     zero
   */
  public CountAgainstTarget {
    Checks.notNull(label, "label");
    if (actual < 0) {
      throw new IllegalArgumentException(
          "The field actual is negative (" + actual + "); give a count of 0 or more.");
    }
    if (target <= 0) {
      throw new IllegalArgumentException(
          "The field target is " + target + "; a target to compare with must be above zero.");
    }
  }

  /**
   * Returns the actual count as a percentage of the target, rounded by the formatting (T2, T4).
   *
   * @param numbers the formatting whose precision and rounding apply
   * @return the percentage, for example 103.13 for 165/160
   */
  public BigDecimal percentOfTarget(VietnameseNumbers numbers) {
    return numbers.percentOf(actual, target);
  }

  /**
   * Tells whether the count reached the target.
   *
   * @return true if {@code actual >= target}
   */
  public boolean reached() {
    return actual >= target;
  }
}
