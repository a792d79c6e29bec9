package io.github.partyorg.report;

import io.github.partyorg.fourgood.FourGoodResult;
import io.github.partyorg.rating.RootRater;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.structure.Root;
import io.github.partyorg.targets.MetricValues;
import io.github.partyorg.targets.Resolution;
import io.github.partyorg.targets.TargetEvaluator;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a year-end report needs beyond the root and the year's rating facts (dữ liệu báo cáo năm):
 * the year's records, the year's resolution, the figures reported for it, optionally the previous
 * year's figures and disciplined count, and optionally next year's resolution. The JSON document
 * {@code partyorg.yearReport} holds exactly this.
 *
 * @param record the year's records
 * @param resolution the year's resolution, of the record's year
 * @param reported the figures reported for the year (T7), of the record's year
 * @param previousFigures the previous year's figures (for reductions and changes), or empty
 * @param previousYearDisciplined the members disciplined in the previous year, or empty
 * @param nextYear next year's resolution, or empty
 */
public record YearReportData(
    YearRecord record,
    Resolution resolution,
    MetricValues reported,
    Optional<MetricValues> previousFigures,
    OptionalLong previousYearDisciplined,
    Optional<Resolution> nextYear) {

  /**
   * Creates the data.
   *
   * @param record the year's records
   * @param resolution the year's resolution
   * @param reported the reported figures
   * @param previousFigures the previous year's figures, or empty
   * @param previousYearDisciplined the previous year's disciplined count, or empty
   * @param nextYear next year's resolution, or empty
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming the field if a year does not fit the record's year, or
   *     the disciplined count is negative
   */
  public YearReportData {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(resolution, "resolution");
    Objects.requireNonNull(reported, "reported");
    Objects.requireNonNull(previousFigures, "previousFigures");
    Objects.requireNonNull(previousYearDisciplined, "previousYearDisciplined");
    Objects.requireNonNull(nextYear, "nextYear");
    Year year = record.year();
    check("resolution", resolution.year(), year);
    check("reported", reported.year(), year);
    previousFigures.ifPresent(p -> check("previousFigures", p.year(), year.minusYears(1)));
    nextYear.ifPresent(n -> check("nextYear", n.year(), year.plusYears(1)));
    if (previousYearDisciplined.isPresent() && previousYearDisciplined.getAsLong() < 0) {
      throw new IllegalArgumentException(
          "The field previousYearDisciplined is negative; give a count of 0 or more, or none.");
    }
  }

  private static void check(String field, Year actual, Year expected) {
    if (!actual.equals(expected)) {
      throw new IllegalArgumentException(
          "The field " + field + " is for " + actual + ", not for " + expected + ".");
    }
  }

  /**
   * Returns the year of the report.
   *
   * @return the record's year
   */
  public Year year() {
    return record.year();
  }

  /**
   * Builds the year-end report: rates the root with {@link RootRater#forYear(Year)}, evaluates the
   * resolution with {@link TargetEvaluator#withDefaults()} over the computed and reported figures
   * (and the previous year's figures if given), as the bundled sample does. It has no four-good
   * records, so the four-good metrics have no computed figure: to run the whole year, four-good
   * included, use {@link YearJob}.
   *
   * @param root the root as of the end of the year
   * @param facts the year's rating facts
   * @return the report
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the facts are for another year
   */
  public YearEndReport report(Root root, YearFacts facts) {
    check("facts", Objects.requireNonNull(facts, "facts").year(), year());
    return report(
        root, facts, RootRater.forYear(year()), TargetEvaluator.withDefaults(), Optional.empty());
  }

  /**
   * Builds the year-end report with a chosen rater (another regime, other rating policies) and
   * target evaluator (other target policies), and optionally the year's four-good results, from
   * which the four-good shares ({@code FOUR_GOOD_CELLS}, {@code FOUR_GOOD_BASE_COMMITTEES}) are
   * computed; without them those metrics have no computed figure.
   *
   * @param root the root as of the end of the year
   * @param facts the year's rating facts
   * @param rater the rater, for example {@code RootRater.of(Regime.R2023, policies)}
   * @param evaluator the target evaluator, for example {@code TargetEvaluator.of(policies)}
   * @param fourGood the year's four-good results, or empty
   * @return the report
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the facts or the four-good results are for another year
   */
  public YearEndReport report(
      Root root,
      YearFacts facts,
      RootRater rater,
      TargetEvaluator evaluator,
      Optional<FourGoodResult> fourGood) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(rater, "rater");
    Objects.requireNonNull(evaluator, "evaluator");
    Objects.requireNonNull(fourGood, "fourGood");
    check("facts", facts.year(), year());
    YearJob job = YearJob.of(root, facts).withReportData(this);
    job = job.withRegime(rater.regime()).withRatingPolicies(rater.policies());
    job = job.withTargetPolicies(evaluator.policies());
    YearResults results = fourGood.isPresent() ? job.run(fourGood.get()) : job.run();
    return results.report().orElseThrow();
  }
}
