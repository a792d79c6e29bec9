package io.github.partyorg.targets;

import java.time.Year;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one year, one {@link Measurement} per metric, in the order they were added. Built
 * by {@link MetricSource} for the computed metrics and by the caller for the reported ones.
 *
 * <p>Immutable and thread-safe.
 */
public final class MetricValues {
  private final Year year;
  private final Map<String, Measurement> byKey;

  private MetricValues(Year year, Map<String, Measurement> byKey) {
    this.year = year;
    this.byKey = Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
  }

  /**
   * Returns a builder for a year's figures.
   *
   * @param year the year the figures are for
   * @return a builder
   */
  public static Builder builder(Year year) {
    return new Builder(Objects.requireNonNull(year, "year"));
  }

  /**
   * Returns a year without figures (for example no previous year on record).
   *
   * @param year the year
   * @return the empty figures
   */
  public static MetricValues empty(Year year) {
    return builder(year).build();
  }

  /**
   * Returns the year the figures are for.
   *
   * @return the year
   */
  public Year year() {
    return year;
  }

  /**
   * Finds a metric's measurement.
   *
   * @param metric the metric
   * @return the measurement, or empty if the year has no figure for it
   */
  public Optional<Measurement> get(Metric metric) {
    return Optional.ofNullable(byKey.get(metric.key()));
  }

  /**
   * Returns every measurement, in the order added.
   *
   * @return the measurements
   */
  public Collection<Measurement> measurements() {
    return byKey.values();
  }

  /**
   * Two figures are equal when they are for the same year and hold equal measurements in the same
   * order.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof MetricValues that
        && year.equals(that.year)
        && List.copyOf(byKey.values()).equals(List.copyOf(that.byKey.values()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, List.copyOf(byKey.values()));
  }

  @Override
  public String toString() {
    return "MetricValues{" + year + ", " + byKey.keySet() + "}";
  }

  /** Builds {@link MetricValues}; one figure per metric. */
  public static final class Builder {
    private final Year year;
    private final Map<String, Measurement> byKey = new LinkedHashMap<>();

    private Builder(Year year) {
      this.year = year;
    }

    /**
     * Adds a figure computed by the library.
     *
     * @param metric the metric
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the metric already has a figure, or the value is not of
     *     the kind a computed metric computes
     */
    public Builder computed(Metric metric, MetricValue value) {
      return add(new Measurement(metric, value, Provenance.COMPUTED));
    }

    /**
     * Adds a figure reported by the caller (T7); a computed metric may be reported when the model
     * lacks the records, and the outcome then says "reported".
     *
     * @param metric the metric
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the metric already has a figure, or the value is not of
     *     the kind a computed metric computes
     */
    public Builder reported(Metric metric, MetricValue value) {
      return add(new Measurement(metric, value, Provenance.REPORTED));
    }

    /**
     * Adds every figure of another year's values for the same year.
     *
     * @param values the figures
     * @return this builder
     * @throws IllegalArgumentException if the figures are for another year, or a metric already has
     *     a figure
     */
    public Builder addAll(MetricValues values) {
      if (!values.year().equals(year)) {
        throw new IllegalArgumentException(
            "Figures for " + values.year() + " cannot be added to the figures of " + year + ".");
      }
      values.measurements().forEach(this::add);
      return this;
    }

    /**
     * Adds a measurement.
     *
     * @param measurement the measurement
     * @return this builder
     * @throws IllegalArgumentException if the metric already has a figure
     */
    public Builder add(Measurement measurement) {
      String key = measurement.metric().key();
      if (byKey.containsKey(key)) {
        throw new IllegalArgumentException(
            "The metric " + key + " already has a figure for " + year + ".");
      }
      byKey.put(key, measurement);
      return this;
    }

    /**
     * Returns the figures.
     *
     * @return the figures
     */
    public MetricValues build() {
      return new MetricValues(year, byKey);
    }
  }
}
