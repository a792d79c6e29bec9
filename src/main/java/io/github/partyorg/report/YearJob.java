package io.github.partyorg.report;

import io.github.partyorg.fourgood.CriteriaProfile;
import io.github.partyorg.fourgood.FourGoodEvaluator;
import io.github.partyorg.fourgood.FourGoodResult;
import io.github.partyorg.fourgood.FourGoodYear;
import io.github.partyorg.rating.InvalidFactsException;
import io.github.partyorg.rating.RatingPolicies;
import io.github.partyorg.rating.Regime;
import io.github.partyorg.rating.RootRater;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.structure.Root;
import io.github.partyorg.targets.MetricSource;
import io.github.partyorg.targets.MetricValues;
import io.github.partyorg.targets.ResolutionEvaluation;
import io.github.partyorg.targets.TargetEvaluator;
import io.github.partyorg.targets.TargetPolicies;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The yearly job in one call (công việc tổng kết năm): rates a root with the year's facts, assesses
 * the cells for the four-good title when the four-good profile and records are given, evaluates the
 * year's resolution and builds the year-end report when the year-report data are given, and returns
 * all of it as one {@link YearResults}.
 *
 * <pre>{@code
 * YearResults year =
 *     YearJob.of(root, facts)
 *         .withFourGood(Presets.nationalFrame(), fourGoodYear) // optional
 *         .withReportData(reportData) // optional: targets and report
 *         .run();
 * }</pre>
 *
 * <p>The steps are those of the command line: {@link RootRater} under the regime of the facts' year
 * (or {@link #withRegime}) and {@link #withRatingPolicies the rating policies}; {@link
 * FourGoodEvaluator#evaluate(Root, CriteriaProfile, FourGoodYear)}; the figures computed by {@link
 * MetricSource} from the rating and the four-good results, with the reported figures of the data (a
 * reported figure replaces a computed one, T7); {@link TargetEvaluator} under {@link
 * #withTargetPolicies the target policies}; {@link YearEndReport#of}. A JSON {@code
 * partyorg.yearBundle} gives the same job with {@code YearBundle.job()} in the {@code json}
 * package.
 *
 * <p>Immutable and thread-safe: each {@code with*} method returns a copy, and {@link #run()} may be
 * called any number of times (for example after an update of the root, with {@link
 * #withRoot(Root)}).
 */
public final class YearJob {
  private final Root root;
  private final YearFacts facts;
  private final @Nullable Regime regime;
  private final RatingPolicies ratingPolicies;
  private final TargetPolicies targetPolicies;
  private final @Nullable CriteriaProfile cellProfile;
  private final @Nullable FourGoodYear fourGoodYear;
  private final @Nullable YearReportData data;

  private YearJob(
      Root root,
      YearFacts facts,
      @Nullable Regime regime,
      RatingPolicies ratingPolicies,
      TargetPolicies targetPolicies,
      @Nullable CriteriaProfile cellProfile,
      @Nullable FourGoodYear fourGoodYear,
      @Nullable YearReportData data) {
    this.root = root;
    this.facts = facts;
    this.regime = regime;
    this.ratingPolicies = ratingPolicies;
    this.targetPolicies = targetPolicies;
    this.cellProfile = cellProfile;
    this.fourGoodYear = fourGoodYear;
    this.data = data;
  }

  /**
   * Returns the job of a year: rating only, under the regime of the facts' year and the default
   * policies, until the four-good parts or the year-report data are added.
   *
   * @param root the root as of the end of the year
   * @param facts the year's rating facts
   * @return the job
   * @throws NullPointerException if an argument is null
   * @throws InvalidFactsException if the facts do not fit the root ({@link
   *     YearFacts#problemsWith(Root)}), listing every problem
   */
  public static YearJob of(Root root, YearFacts facts) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(facts, "facts");
    requireFit(root, facts);
    return new YearJob(
        root, facts, null, RatingPolicies.defaults(), TargetPolicies.defaults(), null, null, null);
  }

  private static void requireFit(Root root, YearFacts facts) {
    var problems = facts.problemsWith(root);
    if (!problems.isEmpty()) {
      throw new InvalidFactsException(problems);
    }
  }

  /**
   * Returns the year of the job.
   *
   * @return the facts' year
   */
  public Year year() {
    return facts.year();
  }

  /**
   * Returns a copy on another root, for example the root after an update.
   *
   * @param value the root as of the end of the year
   * @return the copy
   * @throws NullPointerException if {@code value} is null
   * @throws InvalidFactsException if the facts do not fit that root
   */
  public YearJob withRoot(Root value) {
    Objects.requireNonNull(value, "value");
    requireFit(value, facts);
    return new YearJob(
        value, facts, regime, ratingPolicies, targetPolicies, cellProfile, fourGoodYear, data);
  }

  /**
   * Returns a copy that rates under another regime than the facts' year's (a what-if).
   *
   * @param value the regime; by default {@link Regime#forYear(Year)} of the facts' year
   * @return the copy
   * @throws NullPointerException if {@code value} is null
   */
  public YearJob withRegime(Regime value) {
    return new YearJob(
        root,
        facts,
        Objects.requireNonNull(value, "value"),
        ratingPolicies,
        targetPolicies,
        cellProfile,
        fourGoodYear,
        data);
  }

  /**
   * Returns a copy with other rating policies.
   *
   * @param value the policies; by default {@link RatingPolicies#defaults()}
   * @return the copy
   * @throws NullPointerException if {@code value} is null
   */
  public YearJob withRatingPolicies(RatingPolicies value) {
    return new YearJob(
        root,
        facts,
        regime,
        Objects.requireNonNull(value, "value"),
        targetPolicies,
        cellProfile,
        fourGoodYear,
        data);
  }

  /**
   * Returns a copy with other target policies.
   *
   * @param value the policies; by default {@link TargetPolicies#defaults()}
   * @return the copy
   * @throws NullPointerException if {@code value} is null
   */
  public YearJob withTargetPolicies(TargetPolicies value) {
    return new YearJob(
        root,
        facts,
        regime,
        ratingPolicies,
        Objects.requireNonNull(value, "value"),
        cellProfile,
        fourGoodYear,
        data);
  }

  /**
   * Returns a copy that also assesses the cells for the four-good title; the shares of cells and
   * base committees holding it then feed the targets ({@code FOUR_GOOD_CELLS}, {@code
   * FOUR_GOOD_BASE_COMMITTEES}). Without it those metrics have no computed figure.
   *
   * @param cellProfile the criteria profile for cells and base cells, for example {@code
   *     Presets.nationalFrame()}
   * @param records the year's four-good records (meetings, sheets, registrations)
   * @return the copy
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the records are for another year than the facts
   */
  public YearJob withFourGood(CriteriaProfile cellProfile, FourGoodYear records) {
    Objects.requireNonNull(cellProfile, "cellProfile");
    Objects.requireNonNull(records, "records");
    check("records", records.year());
    return new YearJob(
        root, facts, regime, ratingPolicies, targetPolicies, cellProfile, records, data);
  }

  /**
   * Returns a copy that also evaluates the year's resolution and builds the year-end report.
   *
   * @param value the year's records, resolution, reported figures, previous year and next year's
   *     resolution
   * @return the copy
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the data are for another year than the facts
   */
  public YearJob withReportData(YearReportData value) {
    Objects.requireNonNull(value, "value");
    check("reportData", value.year());
    return new YearJob(
        root, facts, regime, ratingPolicies, targetPolicies, cellProfile, fourGoodYear, value);
  }

  private void check(String what, Year year) {
    if (!year.equals(facts.year())) {
      throw new IllegalArgumentException(
          "The " + what + " are for " + year + ", the facts for " + facts.year() + ".");
    }
  }

  /**
   * Runs the job.
   *
   * @return the rating, and the four-good results, the figures, the targets' evaluation and the
   *     report as far as the inputs allow
   * @throws IllegalArgumentException if no regime covers the facts' year and none was chosen, if a
   *     four-good record names a cell the root does not have, or if the inputs do not fit together
   *     for the report (see {@link YearEndReport#of})
   */
  public YearResults run() {
    FourGoodResult fourGood = null;
    CriteriaProfile profile = cellProfile;
    FourGoodYear records = fourGoodYear;
    if (profile != null && records != null) {
      fourGood = FourGoodEvaluator.evaluate(root, profile, records);
    }
    return run(fourGood);
  }

  /**
   * Runs the job with four-good results already evaluated ({@link YearReportData#report(Root,
   * YearFacts, RootRater, TargetEvaluator, Optional)}).
   */
  YearResults run(@Nullable FourGoodResult fourGood) {
    if (fourGood != null) {
      check("four-good results", fourGood.year());
    }
    Regime chosen = regime != null ? regime : Regime.forYear(facts.year());
    RootRating rating = RootRater.of(chosen, ratingPolicies).rate(root, facts);
    YearReportData d = data;
    if (d == null) {
      return new YearResults(
          rating,
          Optional.ofNullable(fourGood),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());
    }
    MetricSource source = MetricSource.of(root, rating, facts);
    if (fourGood != null) {
      source = source.withFourGood(fourGood);
    }
    MetricValues figures = source.valuesWith(d.reported());
    TargetEvaluator evaluator = TargetEvaluator.of(targetPolicies);
    ResolutionEvaluation evaluation =
        d.previousFigures().isPresent()
            ? evaluator.evaluate(d.resolution(), figures, d.previousFigures().get())
            : evaluator.evaluate(d.resolution(), figures);
    YearEndReport report =
        YearEndReport.of(
            root,
            rating,
            facts,
            d.record(),
            new ReportInputs(Optional.of(evaluation), d.previousYearDisciplined(), d.nextYear()));
    return new YearResults(
        rating,
        Optional.ofNullable(fourGood),
        Optional.of(figures),
        Optional.of(evaluation),
        Optional.of(report));
  }

  @Override
  public String toString() {
    return "YearJob{"
        + root.id().value()
        + ", "
        + facts.year()
        + (regime != null ? ", " + regime : "")
        + (cellProfile != null ? ", four-good" : "")
        + (data != null ? ", report" : "")
        + "}";
  }
}
