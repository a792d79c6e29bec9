package io.github.partyorg.targets;

import io.github.partyorg.structure.Labelled;

/**
 * What a target measures: a {@link ComputedMetric} the library computes from the model, or a {@link
 * ReportedMetric} whose value the caller supplies (T7). Metrics are looked up by {@link #key()}.
 */
public sealed interface Metric extends Labelled permits ComputedMetric, ReportedMetric {

  /**
   * Returns the metric's stable key, unique among metrics.
   *
   * @return the key
   */
  String key();

  /**
   * Returns where the metric's value normally comes from (T7).
   *
   * @return {@link Provenance#COMPUTED} for a computed metric, else {@link Provenance#REPORTED}
   */
  Provenance source();
}
