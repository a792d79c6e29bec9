package io.github.partyorg.cli;

import io.github.partyorg.fourgood.CriteriaProfile;
import io.github.partyorg.fourgood.FourGoodEvaluator;
import io.github.partyorg.fourgood.FourGoodResult;
import io.github.partyorg.fourgood.FourGoodYear;
import io.github.partyorg.json.Policies;
import io.github.partyorg.json.YearBundle;
import io.github.partyorg.rating.Regime;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.report.YearJob;
import io.github.partyorg.report.YearReportData;
import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.structure.Message;
import io.github.partyorg.structure.Root;
import java.io.PrintStream;
import java.time.Year;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The inputs of the yearly commands ({@code report}, {@code rate}, {@code targets}, {@code
 * fourgood}): a year's root and facts and, as the command needs them, the year-report data and the
 * four-good parts, from one {@code partyorg.yearBundle} file, from separate files or from the
 * bundled sample; with the policies chosen ({@code --policies FILE}, else the bundle's, else the
 * documented defaults) and the regime ({@code --regime}, else the regime of the facts' year). The
 * year is run by the library's {@link YearJob}, as an embedding application runs it.
 */
final class YearInputs {
  final Root root;
  final YearFacts facts;
  private final @Nullable YearReportData data;
  private final Optional<CriteriaProfile> profile;
  private final Optional<FourGoodYear> fourGoodYear;
  final Policies policies;
  private final String factsSource;
  private final String dataSource;

  private YearInputs(
      Root root,
      YearFacts facts,
      @Nullable YearReportData data,
      Optional<CriteriaProfile> profile,
      Optional<FourGoodYear> fourGoodYear,
      Policies policies,
      String factsSource,
      String dataSource) {
    this.root = root;
    this.facts = facts;
    this.data = data;
    this.profile = profile;
    this.fourGoodYear = fourGoodYear;
    this.policies = policies;
    this.factsSource = factsSource;
    this.dataSource = dataSource;
  }

  /**
   * Reads a {@code partyorg.yearBundle} file, and the policies file if {@code --policies} is given.
   *
   * @param file the bundle file
   * @param options the options
   * @param err where progress goes
   * @return the inputs
   * @throws InvalidInputException if a file is missing, unreadable or invalid
   */
  static YearInputs bundle(String file, Options options, PrintStream err) {
    YearBundle bundle = InputFiles.readYearBundle(file, err);
    return new YearInputs(
        bundle.root(),
        bundle.yearFacts(),
        bundle.yearReport(),
        bundle.fourGoodProfile(),
        bundle.fourGoodYear(),
        policies(options, bundle.policies()),
        file,
        file);
  }

  /**
   * Takes inputs read from separate files, and reads the policies file if {@code --policies} is
   * given.
   *
   * @param root the root
   * @param facts the year's facts
   * @param factsFile the facts' file, named in messages
   * @param data the year-report data, or null when the command needs none
   * @param dataFile the data's file, named in messages
   * @param options the options
   * @return the inputs
   * @throws InvalidInputException if the policies file is missing, unreadable or invalid
   */
  static YearInputs files(
      Root root,
      YearFacts facts,
      String factsFile,
      @Nullable YearReportData data,
      String dataFile,
      Options options) {
    return new YearInputs(
        root,
        facts,
        data,
        Optional.empty(),
        Optional.empty(),
        policies(options, Optional.empty()),
        factsFile,
        dataFile);
  }

  /**
   * The bundled sample's year, with the policies file if {@code --policies} is given.
   *
   * @param year the year, one of {@link BenTreSample#YEARS}
   * @param options the options
   * @return the inputs
   * @throws InvalidInputException if the policies file is missing, unreadable or invalid
   */
  static YearInputs sample(Year year, Options options) {
    BenTreSample s = BenTreSample.get();
    return new YearInputs(
        s.root(year),
        s.facts(year),
        s.reportData(year),
        Optional.empty(),
        Optional.empty(),
        policies(options, Optional.empty()),
        Main.english(Message.of("cli.source.sample")),
        Main.english(Message.of("cli.source.sample")));
  }

  private static Policies policies(Options options, Optional<Policies> bundled) {
    String file = options.policies;
    return file != null ? InputFiles.readPolicies(file) : bundled.orElseGet(Policies::defaults);
  }

  /**
   * The regime to rate with.
   *
   * @param chosen the regime given with {@code --regime}, or null
   * @return the regime chosen, else the regime of the facts' year
   * @throws InvalidInputException if none is chosen and no regime covers the facts' year
   */
  Regime regime(@Nullable Regime chosen) {
    if (chosen != null) {
      return chosen;
    }
    try {
      return Regime.forYear(facts.year());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          factsSource + ": no regime covers the year " + facts.year() + "; give --regime");
    }
  }

  /**
   * The yearly job of the inputs: the regime and the rating and target policies chosen, and, when
   * {@code full}, the year-report data and the four-good parts the inputs hold.
   *
   * @param chosen the regime given with {@code --regime}, or null
   * @param full whether to add the year-report data and the four-good parts
   * @return the job
   * @throws InvalidInputException if none is chosen and no regime covers the facts' year, or the
   *     facts do not fit the root
   */
  private YearJob job(@Nullable Regime chosen, boolean full) {
    Regime regime = regime(chosen);
    YearJob job;
    try {
      job = YearJob.of(root, facts);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(factsSource + ": " + e.getMessage());
    }
    job =
        job.withRegime(regime)
            .withRatingPolicies(policies.rating())
            .withTargetPolicies(policies.targets());
    YearReportData d = data;
    if (full && d != null) {
      job = job.withReportData(d);
    }
    if (full && profile.isPresent() && fourGoodYear.isPresent()) {
      job = job.withFourGood(profile.get(), fourGoodYear.get());
    }
    return job;
  }

  /**
   * Rates the root with the year's facts under the regime and the rating policies.
   *
   * @param chosen the regime given with {@code --regime}, or null
   * @return the rating
   * @throws InvalidInputException if none is chosen and no regime covers the facts' year, or the
   *     facts do not fit the root
   */
  RootRating rating(@Nullable Regime chosen) {
    return job(chosen, false).run().rating();
  }

  /**
   * Whether the inputs hold a four-good profile and year (a bundle with the two parts).
   *
   * @return true if they do
   */
  boolean hasFourGood() {
    return profile.isPresent();
  }

  /**
   * The four-good profile of the bundle.
   *
   * @return the profile
   * @throws InvalidInputException if the bundle has none
   */
  CriteriaProfile fourGoodProfile() {
    return profile.orElseThrow(
        () ->
            new InvalidInputException(
                dataSource + ": the bundle has no fourGoodProfile and fourGoodYear parts"));
  }

  /**
   * Assesses the cells for the four-good title with the bundle's profile and year.
   *
   * @return the results
   * @throws InvalidInputException if the bundle has no four-good parts or the records do not fit
   *     the root (a meeting of a cell the root does not have)
   */
  FourGoodResult fourGood() {
    CriteriaProfile cellProfile = fourGoodProfile();
    FourGoodYear records = fourGoodYear.orElseThrow();
    try {
      return FourGoodEvaluator.evaluate(root, cellProfile, records);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(dataSource + ": " + e.getMessage());
    }
  }

  /**
   * Builds the year-end report: the root rated under the regime and the rating policies, the
   * resolution evaluated under the target policies, the four-good shares computed when the bundle
   * has its four-good parts.
   *
   * @param chosen the regime given with {@code --regime}, or null
   * @return the report
   * @throws InvalidInputException if the inputs do not fit together
   */
  YearEndReport report(@Nullable Regime chosen) {
    if (data == null) {
      throw new IllegalStateException("the command read no year-report data");
    }
    YearJob job = job(chosen, true);
    try {
      return job.run().report().orElseThrow();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          dataSource + ": the report cannot be built: " + e.getMessage());
    }
  }
}
