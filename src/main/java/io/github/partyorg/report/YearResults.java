package io.github.partyorg.report;

import io.github.partyorg.fourgood.FourGoodResult;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.targets.MetricValues;
import io.github.partyorg.targets.ResolutionEvaluation;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link YearJob} returns: the year's rating, and as far as the job's inputs allow, the
 * four-good results, the year's figures (computed and reported), the evaluation of the year's
 * resolution and the year-end report.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rating the rating of the root for the year
 * @param fourGood the four-good results, when the job had the four-good profile and records
 * @param figures the year's figures (computed, with the reported ones replacing them), when the job
 *     had the year-report data
 * @param targets the evaluation of the year's resolution, when the job had the year-report data
 * @param report the year-end report, when the job had the year-report data
 */
public record YearResults(
    RootRating rating,
    Optional<FourGoodResult> fourGood,
    Optional<MetricValues> figures,
    Optional<ResolutionEvaluation> targets,
    Optional<YearEndReport> report) {

  /**
   * Creates the results.
   *
   * @param rating the rating
   * @param fourGood the four-good results, or empty
   * @param figures the figures, or empty
   * @param targets the targets' evaluation, or empty
   * @param report the report, or empty
   * @throws NullPointerException if an argument is null
   */
  public YearResults {
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(fourGood, "fourGood");
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(report, "report");
  }

  /**
   * Returns the year of the results.
   *
   * @return the rating's year
   */
  public Year year() {
    return rating.year();
  }
}
