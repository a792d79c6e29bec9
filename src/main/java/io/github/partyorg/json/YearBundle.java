package io.github.partyorg.json;

import io.github.partyorg.fourgood.CriteriaProfile;
import io.github.partyorg.fourgood.FourGoodYear;
import io.github.partyorg.fourgood.ProfileLevel;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.report.YearJob;
import io.github.partyorg.report.YearReportData;
import io.github.partyorg.structure.Root;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * One year's whole input (hồ sơ năm), as a {@code partyorg.yearBundle} document holds it: the root
 * as of the end of the year, the year's rating facts, what the year-end report needs beyond them,
 * and optionally the policies to apply and the four-good criteria profile and records of the year.
 *
 * <p>Immutable and thread-safe when its parts are (they are, as the library builds them).
 *
 * @param root the root's structure
 * @param yearFacts the year's rating facts
 * @param yearReport the year-report data: records, resolution, reported figures, previous year,
 *     next year's resolution
 * @param policies the policies to apply, or empty for the documented defaults
 * @param fourGoodProfile the four-good criteria profile for cells, or empty (then so is {@code
 *     fourGoodYear})
 * @param fourGoodYear the year's four-good records, or empty (then so is {@code fourGoodProfile})
 */
public record YearBundle(
    Root root,
    YearFacts yearFacts,
    YearReportData yearReport,
    Optional<Policies> policies,
    Optional<CriteriaProfile> fourGoodProfile,
    Optional<FourGoodYear> fourGoodYear) {

  /**
   * Creates a bundle.
   *
   * @param root the root
   * @param yearFacts the year's facts
   * @param yearReport the year-report data
   * @param policies the policies, or empty
   * @param fourGoodProfile the four-good profile for cells, or empty
   * @param fourGoodYear the year's four-good records, or empty
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming the part if the year-report data or the four-good
   *     records are for another year than the facts, if only one of the two four-good parts is
   *     given, or if the profile is not for cells
   */
  public YearBundle {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(yearFacts, "yearFacts");
    Objects.requireNonNull(yearReport, "yearReport");
    Objects.requireNonNull(policies, "policies");
    Objects.requireNonNull(fourGoodProfile, "fourGoodProfile");
    Objects.requireNonNull(fourGoodYear, "fourGoodYear");
    Year year = yearFacts.year();
    check("yearReport", yearReport.year(), year);
    fourGoodYear.ifPresent(y -> check("fourGoodYear", y.year(), year));
    if (fourGoodProfile.isPresent() != fourGoodYear.isPresent()) {
      throw new IllegalArgumentException(
          "The parts fourGoodProfile and fourGoodYear go together; give both or neither.");
    }
    if (fourGoodProfile.isPresent() && fourGoodProfile.get().level() != ProfileLevel.CELL) {
      throw new IllegalArgumentException(
          "The part fourGoodProfile is a "
              + fourGoodProfile.get().level()
              + " profile; a bundle holds a CELL profile.");
    }
  }

  private static void check(String part, Year actual, Year expected) {
    if (!actual.equals(expected)) {
      throw new IllegalArgumentException(
          "The part " + part + " is for " + actual + ", the yearFacts for " + expected + ".");
    }
  }

  /**
   * A bundle of the three required parts, without policies or four-good parts.
   *
   * @param root the root
   * @param yearFacts the year's facts
   * @param yearReport the year-report data
   * @return the bundle
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the year-report data are for another year than the facts
   */
  public static YearBundle of(Root root, YearFacts yearFacts, YearReportData yearReport) {
    return new YearBundle(
        root, yearFacts, yearReport, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Returns the year of the bundle.
   *
   * @return the facts' year, which is also the year-report data's
   */
  public Year year() {
    return yearFacts.year();
  }

  /**
   * Returns the policies to apply: the bundle's, or the documented defaults.
   *
   * @return the policies
   */
  public Policies policiesOrDefaults() {
    return policies.orElseGet(Policies::defaults);
  }

  /**
   * Returns a copy with the given policies.
   *
   * @param value the policies
   * @return the copy
   * @throws NullPointerException if {@code value} is null
   */
  public YearBundle withPolicies(Policies value) {
    return new YearBundle(
        root,
        yearFacts,
        yearReport,
        Optional.of(Objects.requireNonNull(value, "value")),
        fourGoodProfile,
        fourGoodYear);
  }

  /**
   * Returns a copy with a four-good profile for cells and the year's four-good records.
   *
   * @param profile the profile, for cells
   * @param records the year's records
   * @return the copy
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the records are for another year or the profile is not for
   *     cells
   */
  public YearBundle withFourGood(CriteriaProfile profile, FourGoodYear records) {
    return new YearBundle(
        root,
        yearFacts,
        yearReport,
        policies,
        Optional.of(Objects.requireNonNull(profile, "profile")),
        Optional.of(Objects.requireNonNull(records, "records")));
  }

  /**
   * Returns the yearly job of this bundle: the root and facts, the year-report data, the bundle's
   * policies (or the documented defaults) and, when the bundle has them, its four-good profile and
   * records, so that {@code bundle.job().run()} returns the rating, the four-good results, the
   * targets' evaluation and the report, as the command line's {@code report} does.
   *
   * @return the job
   * @throws io.github.partyorg.rating.InvalidFactsException if the facts do not fit the root
   */
  public YearJob job() {
    Policies chosen = policiesOrDefaults();
    YearJob job =
        YearJob.of(root, yearFacts)
            .withRatingPolicies(chosen.rating())
            .withTargetPolicies(chosen.targets())
            .withReportData(yearReport);
    if (fourGoodProfile.isPresent() && fourGoodYear.isPresent()) {
      job = job.withFourGood(fourGoodProfile.get(), fourGoodYear.get());
    }
    return job;
  }
}
