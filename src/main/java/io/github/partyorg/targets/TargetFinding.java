package io.github.partyorg.targets;

import io.github.partyorg.structure.LocalizedText;
import java.util.Objects;

/**
 * Why a target could not be decided: its figure is missing, of the wrong kind, empty, or the
 * previous year's figure a reduction needs is missing. Names the target and the metric.
 *
 * @param targetId the target's id
 * @param metric the metric concerned
 * @param rule the rule that could not be applied
 * @param message what is wrong and what to supply, in Vietnamese and English
 */
public record TargetFinding(
    String targetId, Metric metric, TargetRule rule, LocalizedText message) {

  /**
   * Creates a finding.
   *
   * @param targetId the target's id
   * @param metric the metric
   * @param rule the rule
   * @param message the message
   * @throws NullPointerException if an argument is null
   */
  public TargetFinding {
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return rule + " [" + targetId + ", " + metric.key() + "]: " + message.en();
  }
}
