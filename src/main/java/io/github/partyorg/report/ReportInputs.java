package io.github.partyorg.report;

import io.github.partyorg.structure.LocalizedText;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The figures a year-end report compares with that neither the tree nor the year's facts hold: the
 * year's admission target, the previous year's count of members disciplined, and next year's
 * targets as text lines.
 *
 * <p>Plain values for now; a target evaluation (package {@code targets}) can compute them instead.
 * Immutable.
 *
 * @param admissionTarget the count of new members the year's resolution asked for, or empty
 * @param previousYearDisciplined the members disciplined in the previous year, or empty
 * @param nextYearTargets next year's targets, one line each, in the resolution's order
 */
public record ReportInputs(
    OptionalLong admissionTarget,
    OptionalLong previousYearDisciplined,
    List<LocalizedText> nextYearTargets) {

  /**
   * Creates the inputs.
   *
   * @param admissionTarget the admission target, above zero, or empty
   * @param previousYearDisciplined the previous year's count, 0 or more, or empty
   * @param nextYearTargets next year's targets
   * @throws NullPointerException if an argument or a line is null
   * @throws IllegalArgumentException if the target is not above zero or the count is negative
   */
  public ReportInputs {
    Objects.requireNonNull(admissionTarget, "admissionTarget");
    Objects.requireNonNull(previousYearDisciplined, "previousYearDisciplined");
    nextYearTargets = List.copyOf(Objects.requireNonNull(nextYearTargets, "nextYearTargets"));
    if (admissionTarget.isPresent() && admissionTarget.getAsLong() <= 0) {
      throw new IllegalArgumentException(
          "The field admissionTarget is "
              + admissionTarget.getAsLong()
              + "; give a target above zero or none.");
    }
    if (previousYearDisciplined.isPresent() && previousYearDisciplined.getAsLong() < 0) {
      throw new IllegalArgumentException(
          "The field previousYearDisciplined is negative; give a count of 0 or more, or none.");
    }
  }

  /**
   * Returns inputs with nothing to compare with.
   *
   * @return the empty inputs
   */
  public static ReportInputs none() {
    return new ReportInputs(OptionalLong.empty(), OptionalLong.empty(), List.of());
  }
}
