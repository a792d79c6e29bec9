package io.github.partyorg.report;

import io.github.partyorg.targets.Resolution;
import io.github.partyorg.targets.ResolutionEvaluation;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a year-end report compares with that neither the tree nor the year's facts hold: the
 * evaluation of the year's own resolution (package {@code targets}), the previous year's count of
 * members disciplined, and next year's resolution, whose targets the report lists.
 *
 * <p>The report does not compute targets itself: the admissions sentence and the evaluation section
 * take the outcomes (T1-T7) as the evaluation gives them. Immutable.
 *
 * @param evaluation the evaluation of the report year's resolution, or empty
 * @param previousYearDisciplined the members disciplined in the previous year, or empty
 * @param nextYear next year's resolution, or empty
 */
public record ReportInputs(
    Optional<ResolutionEvaluation> evaluation,
    OptionalLong previousYearDisciplined,
    Optional<Resolution> nextYear) {

  /**
   * Creates the inputs.
   *
   * @param evaluation the evaluation of the year's resolution, or empty
   * @param previousYearDisciplined the previous year's count, 0 or more, or empty
   * @param nextYear next year's resolution, or empty
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the count is negative, or next year's resolution is not for
   *     the year after the evaluated one
   */
  public ReportInputs {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(previousYearDisciplined, "previousYearDisciplined");
    Objects.requireNonNull(nextYear, "nextYear");
    if (previousYearDisciplined.isPresent() && previousYearDisciplined.getAsLong() < 0) {
      throw new IllegalArgumentException(
          "The field previousYearDisciplined is negative; give a count of 0 or more, or none.");
    }
    if (evaluation.isPresent() && nextYear.isPresent()) {
      var evaluated = evaluation.get().resolution().year();
      var next = nextYear.get().year();
      if (!next.equals(evaluated.plusYears(1))) {
        throw new IllegalArgumentException(
            "The field nextYear is the resolution for "
                + next
                + ", not for "
                + evaluated.plusYears(1)
                + ", the year after the evaluated resolution.");
      }
    }
  }

  /**
   * Returns inputs with nothing to compare with.
   *
   * @return the empty inputs
   */
  public static ReportInputs none() {
    return new ReportInputs(Optional.empty(), OptionalLong.empty(), Optional.empty());
  }
}
