package io.github.partyorg.targets;

/** The kind of a metric's value. */
public enum ValueKind {
  /** A whole count ({@link MetricValue.Count}). */
  COUNT,
  /** An exact share ({@link MetricValue.Proportion}). */
  SHARE,
  /** Work done out of a plan ({@link MetricValue.Completion}). */
  COMPLETION
}
