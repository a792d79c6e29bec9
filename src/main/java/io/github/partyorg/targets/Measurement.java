package io.github.partyorg.targets;

import java.util.Objects;

/**
 * A metric's value for a year and where it comes from (T7).
 *
 * @param metric the metric
 * @param value the value
 * @param provenance computed by the library or reported by the caller
 */
public record Measurement(Metric metric, MetricValue value, Provenance provenance) {

  /**
   * Creates a measurement.
   *
   * @param metric the metric
   * @param value the value
   * @param provenance where it comes from
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a computed metric gets a value of another kind than it
   *     computes
   */
  public Measurement {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(provenance, "provenance");
    if (metric instanceof ComputedMetric computed && computed.valueKind() != value.kind()) {
      throw new IllegalArgumentException(
          "The metric "
              + computed.key()
              + " is a "
              + computed.valueKind()
              + ", not a "
              + value.kind()
              + ".");
    }
  }

  /**
   * Tells whether the value was computed by the library.
   *
   * @return true if computed, false if reported
   */
  public boolean isComputed() {
    return provenance == Provenance.COMPUTED;
  }
}
