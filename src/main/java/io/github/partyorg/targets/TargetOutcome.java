package io.github.partyorg.targets;

import io.github.partyorg.structure.LocalizedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one target for the year (T1-T7).
 *
 * @param target the target
 * @param status exceeded, met, not met, or unknown (then {@code findings} say why)
 * @param actual the year's figure, with its provenance (T7); empty if missing
 * @param previous the previous year's figure, if on record
 * @param targetValue the figure compared against: the count, the threshold in percent, the lower
 *     bound of a range (by the T2 policy), the required count of a rate of a base (T6), the largest
 *     count that meets a reduction (T5), 0 for "none", 100 for exact-100% and plans; empty when
 *     unknown
 * @param percentOfTarget actual / target × 100 (T2), rounded by the T4 policy; empty for "none",
 *     reductions, a target of 0 and unknown outcomes
 * @param difference actual − target (T3): a count for counts, percentage points for shares (rounded
 *     by T4), items for a plan given as done/total
 * @param change the change from the previous year, when both years have a figure of the same kind
 * @param rules the rules applied, in order
 * @param explanation a sentence in Vietnamese and English saying what was compared and the result;
 *     numbers are plain (the {@code report} package formats them)
 * @param findings why the outcome is unknown; empty otherwise
 */
public record TargetOutcome(
    Target target,
    TargetStatus status,
    Optional<Measurement> actual,
    Optional<Measurement> previous,
    Optional<BigDecimal> targetValue,
    Optional<BigDecimal> percentOfTarget,
    Optional<BigDecimal> difference,
    Optional<Change> change,
    List<TargetRule> rules,
    LocalizedText explanation,
    List<TargetFinding> findings) {

  /**
   * Creates an outcome.
   *
   * @param target the target
   * @param status the status
   * @param actual the year's figure
   * @param previous the previous year's figure
   * @param targetValue the figure compared against
   * @param percentOfTarget the percent of target
   * @param difference the difference
   * @param change the change from the previous year
   * @param rules the rules applied
   * @param explanation the explanation
   * @param findings the findings
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an unknown outcome has no finding, or a decided one has a
   *     finding or no figure, or a finding is of another target or metric
   */
  public TargetOutcome {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(targetValue, "targetValue");
    Objects.requireNonNull(percentOfTarget, "percentOfTarget");
    Objects.requireNonNull(difference, "difference");
    Objects.requireNonNull(change, "change");
    rules = List.copyOf(rules);
    Objects.requireNonNull(explanation, "explanation");
    findings = List.copyOf(findings);
    if ((status == TargetStatus.UNKNOWN) == findings.isEmpty()) {
      throw new IllegalArgumentException(
          "Target "
              + target.id()
              + ": an outcome is unknown exactly when it has findings; got "
              + status
              + " with "
              + findings.size()
              + " findings.");
    }
    for (TargetFinding finding : findings) {
      if (!finding.targetId().equals(target.id()) || !finding.metric().equals(target.metric())) {
        throw new IllegalArgumentException(
            "Target "
                + target.id()
                + ": a finding of target "
                + finding.targetId()
                + " on metric "
                + finding.metric().key()
                + " does not belong to this outcome.");
      }
    }
    if (status != TargetStatus.UNKNOWN && actual.isEmpty()) {
      throw new IllegalArgumentException(
          "Target " + target.id() + ": a decided outcome needs the year's figure.");
    }
  }

  /**
   * Returns where the year's figure came from (T7).
   *
   * @return computed or reported; empty if the figure is missing
   */
  public Optional<Provenance> provenance() {
    return actual.map(Measurement::provenance);
  }

  /**
   * Tells whether the year's figure was computed by the library (T7).
   *
   * @return true if computed; false if reported or missing
   */
  public boolean isComputed() {
    return actual.map(Measurement::isComputed).orElse(false);
  }
}
