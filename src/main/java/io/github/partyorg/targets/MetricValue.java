package io.github.partyorg.targets;

import io.github.partyorg.structure.Share;
import java.util.Objects;

/** A metric's value for a year: a count, an exact share, or work done out of a plan. */
public sealed interface MetricValue
    permits MetricValue.Count, MetricValue.Proportion, MetricValue.Completion {

  /**
   * Returns the kind of this value.
   *
   * @return the kind
   */
  ValueKind kind();

  /**
   * Returns a count.
   *
   * @param value the count; not negative
   * @return the value
   * @throws IllegalArgumentException if the count is negative
   */
  static Count count(long value) {
    return new Count(value);
  }

  /**
   * Returns a share {@code part / whole}.
   *
   * @param part the count with the property
   * @param whole the count considered
   * @return the value
   * @throws IllegalArgumentException unless {@code 0 <= part <= whole}
   */
  static Proportion share(long part, long whole) {
    return new Proportion(Share.of(part, whole));
  }

  /**
   * Returns work done out of a plan.
   *
   * @param done the items done
   * @param total the items planned
   * @return the value
   * @throws IllegalArgumentException unless {@code 0 <= done <= total}
   */
  static Completion completion(long done, long total) {
    return new Completion(done, total);
  }

  /**
   * A whole count (số lượng).
   *
   * @param value the count
   */
  record Count(long value) implements MetricValue {
    /**
     * Creates a count.
     *
     * @param value the count; not negative
     * @throws IllegalArgumentException if the count is negative
     */
    public Count {
      if (value < 0) {
        throw new IllegalArgumentException("A count cannot be negative; got " + value + ".");
      }
    }

    @Override
    public ValueKind kind() {
      return ValueKind.COUNT;
    }

    @Override
    public String toString() {
      return Long.toString(value);
    }
  }

  /**
   * An exact share (tỷ lệ).
   *
   * @param share the share
   */
  record Proportion(Share share) implements MetricValue {
    /**
     * Creates the value.
     *
     * @param share the share
     * @throws NullPointerException if {@code share} is null
     */
    public Proportion {
      Objects.requireNonNull(share, "share");
    }

    @Override
    public ValueKind kind() {
      return ValueKind.SHARE;
    }

    @Override
    public String toString() {
      return share.toString();
    }
  }

  /**
   * Work done out of a plan (23/23 đầu việc).
   *
   * @param done the items done
   * @param total the items planned
   */
  record Completion(long done, long total) implements MetricValue {
    /**
     * Creates the value.
     *
     * @param done the items done
     * @param total the items planned
     * @throws IllegalArgumentException unless {@code 0 <= done <= total}
     */
    public Completion {
      if (done < 0 || done > total) {
        throw new IllegalArgumentException(
            "Work done needs 0 <= done <= total; got " + done + "/" + total + ".");
      }
    }

    /**
     * Returns the work done as an exact share of the plan.
     *
     * @return {@code done / total}
     */
    public Share share() {
      return Share.of(done, total);
    }

    @Override
    public ValueKind kind() {
      return ValueKind.COMPLETION;
    }

    @Override
    public String toString() {
      return done + "/" + total;
    }
  }
}
