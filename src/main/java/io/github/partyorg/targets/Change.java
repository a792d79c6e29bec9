package io.github.partyorg.targets;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The change of a figure from the previous year ("giảm 06 trường hợp, tương đương giảm 40%").
 *
 * @param kind the kind of the figures compared
 * @param absolute the difference {@code actual − previous}: a count for counts, percentage points
 *     (rounded by the T4 policy) for shares and plans
 * @param percent the relative change {@code (actual − previous) / previous × 100}, rounded by the
 *     T4 policy; only for counts with a previous value above 0
 */
public record Change(ValueKind kind, BigDecimal absolute, Optional<BigDecimal> percent) {

  /**
   * Creates a change.
   *
   * @param kind the kind
   * @param absolute the difference
   * @param percent the relative change
   * @throws NullPointerException if an argument is null
   */
  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(absolute, "absolute");
    Objects.requireNonNull(percent, "percent");
  }

  /**
   * Tells whether the figure went up, down or stayed (tăng, giảm, không đổi).
   *
   * @return 1 for an increase, -1 for a decrease, 0 for no change
   */
  public int direction() {
    return absolute.signum();
  }
}
