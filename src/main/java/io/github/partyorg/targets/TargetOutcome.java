package io.github.partyorg.targets;

import io.github.partyorg.structure.Catalogue;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Message;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one target for the year (T1-T7).
 *
 * <p>The explanation is data (a key of the library's {@link Catalogue} and its arguments), rendered
 * in the register of REFERENCE section 6a when {@link #explanation()} is read. A value: equal when
 * every component is equal (an explanation given as text, for example read back from JSON, is
 * compared by its text; the hash code leaves the explanation out, so it never renders).
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
 * @param sentence what was compared and the result, as a message of the catalogue: "Chỉ tiêu
 *     T2023-04 (...): tỷ lệ đạt 95,1% (97/102), chỉ tiêu từ 80% trở lên, vượt chỉ tiêu. [T1, T2,
 *     T3, T4, T7]"
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
    Message sentence,
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
   * @param sentence the explanation, as a message of the catalogue
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
    Objects.requireNonNull(sentence, "sentence");
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
   * Creates an outcome whose explanation is given as text (for example read back from JSON).
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
   * @param explanation the explanation in Vietnamese and English
   * @param findings the findings
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as the canonical constructor
   */
  public TargetOutcome(
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
    this(
        target,
        status,
        actual,
        previous,
        targetValue,
        percentOfTarget,
        difference,
        change,
        rules,
        Verbatim.of(Objects.requireNonNull(explanation, "explanation")),
        findings);
  }

  /**
   * Returns what was compared and the result, rendered with the library's catalogue, for example
   * "Chỉ tiêu T2023-10 (...): kết quả 08 (năm 2022: 09), giảm 11,11% so với năm 2022 (chỉ tiêu giảm
   * 5%), vượt chỉ tiêu. [T1, T3, T5, T7]".
   *
   * @return the explanation in Vietnamese and English
   */
  public LocalizedText explanation() {
    return sentence.text();
  }

  /**
   * Returns the explanation rendered with a catalogue, for example one with an application's own
   * words ({@link Catalogue#withOverrides}).
   *
   * @param catalogue the catalogue
   * @return the explanation in Vietnamese and English
   */
  public LocalizedText explanation(Catalogue catalogue) {
    return catalogue.text(sentence);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TargetOutcome t
        && target.equals(t.target)
        && status == t.status
        && actual.equals(t.actual)
        && previous.equals(t.previous)
        && targetValue.equals(t.targetValue)
        && percentOfTarget.equals(t.percentOfTarget)
        && difference.equals(t.difference)
        && change.equals(t.change)
        && rules.equals(t.rules)
        && findings.equals(t.findings)
        && Verbatim.same(sentence, t.sentence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        target,
        status,
        actual,
        previous,
        targetValue,
        percentOfTarget,
        difference,
        change,
        rules,
        findings);
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
