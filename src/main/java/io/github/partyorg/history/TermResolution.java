package io.github.partyorg.history;

import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.targets.Resolution;
import io.github.partyorg.targets.Target;
import io.github.partyorg.targets.TargetEvaluator;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A congress resolution's targets for a term (Y4; nghị quyết đại hội nhiệm kỳ): yearly targets that
 * every year of the term must meet (for example admit at least 3% of the membership at the start of
 * the term each year, T6), and targets for the whole term, counted over its years (for example a
 * total of new members). A whole-term target reads a count metric; its figure is the sum of the
 * term's yearly figures.
 *
 * <p>Immutable and thread-safe.
 *
 * @param issuer the committee that adopted the resolution
 * @param firstYear the first year of the term
 * @param lastYear the last year of the term, the one whose report evaluates the term
 * @param theme the resolution's title or theme
 * @param yearlyTargets the targets for each year of the term
 * @param termTargets the targets for the whole term, over count metrics
 */
public record TermResolution(
    LocalizedText issuer,
    Year firstYear,
    Year lastYear,
    LocalizedText theme,
    List<Target> yearlyTargets,
    List<Target> termTargets) {

  /**
   * Creates the resolution; the lists are copied.
   *
   * @param issuer the committee
   * @param firstYear the first year of the term
   * @param lastYear the last year of the term
   * @param theme the title or theme
   * @param yearlyTargets the targets of each year
   * @param termTargets the targets of the whole term
   * @throws NullPointerException if an argument or a target is null
   * @throws IllegalArgumentException if the last year is before the first, or a target id appears
   *     twice
   */
  public TermResolution {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(firstYear, "firstYear");
    Objects.requireNonNull(lastYear, "lastYear");
    Objects.requireNonNull(theme, "theme");
    yearlyTargets = List.copyOf(yearlyTargets);
    termTargets = List.copyOf(termTargets);
    if (lastYear.isBefore(firstYear)) {
      throw new IllegalArgumentException(
          "The term runs from "
              + firstYear
              + " to "
              + lastYear
              + "; its last year is before its first.");
    }
    Set<String> ids = new HashSet<>();
    for (Target target : yearlyTargets) {
      requireNew(ids, target);
    }
    for (Target target : termTargets) {
      requireNew(ids, target);
    }
  }

  private static void requireNew(Set<String> ids, Target target) {
    if (!ids.add(target.id())) {
      throw new IllegalArgumentException(
          "Target "
              + target.id()
              + " appears twice in the term resolution; give each target its own id.");
    }
  }

  /**
   * Tells whether a year is in the term.
   *
   * @param year the year
   * @return true if between the first and the last year, both included
   */
  public boolean covers(Year year) {
    return !year.isBefore(firstYear) && !year.isAfter(lastYear);
  }

  /**
   * Returns the resolution of one year of the term: its yearly targets.
   *
   * @param year a year of the term
   * @return the year's resolution
   * @throws IllegalArgumentException if the year is outside the term
   */
  public Resolution yearly(Year year) {
    requireCovers(year);
    return new Resolution(issuer, year, theme, yearlyTargets);
  }

  /**
   * Evaluates the term in a year: the yearly targets of each year of the term the history holds up
   * to {@code year}, and the whole-term targets on the figures added up so far (progress), or over
   * the whole term when {@code year} is the last year (outcome).
   *
   * @param history the root's history
   * @param year the year of the report
   * @param evaluator the target evaluator (T1-T7 policies)
   * @return the evaluation
   * @throws IllegalArgumentException if the year is outside the term or not in the history
   */
  public TermEvaluation evaluate(RootHistory history, Year year, TargetEvaluator evaluator) {
    requireCovers(year);
    return TermEvaluation.of(this, history, year, evaluator);
  }

  /**
   * Evaluates the term in a year under the default target policies.
   *
   * @param history the root's history
   * @param year the year of the report
   * @return the evaluation
   * @throws IllegalArgumentException if the year is outside the term or not in the history
   */
  public TermEvaluation evaluate(RootHistory history, Year year) {
    return evaluate(history, year, TargetEvaluator.withDefaults());
  }

  private void requireCovers(Year year) {
    Objects.requireNonNull(year, "year");
    if (!covers(year)) {
      throw new IllegalArgumentException(
          "The term runs from " + firstYear + " to " + lastYear + "; " + year + " is outside it.");
    }
  }
}
