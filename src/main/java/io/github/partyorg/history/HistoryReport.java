package io.github.partyorg.history;

import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.report.ReportInputs;
import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.report.YearReportData;
import io.github.partyorg.targets.Change;
import io.github.partyorg.targets.Measurement;
import io.github.partyorg.targets.MetricValue;
import io.github.partyorg.targets.MetricValues;
import io.github.partyorg.targets.Resolution;
import io.github.partyorg.targets.ResolutionEvaluation;
import io.github.partyorg.targets.TargetEvaluator;
import io.github.partyorg.targets.ValueKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A year-end report made from a history (Y5): its "so với cùng kỳ" comparisons (the previous year's
 * figures for reductions and changes, and the previous year's disciplined count) are computed from
 * the history's previous year where it holds it, and taken from the year's report data otherwise;
 * {@link #previousSource()} says which, and {@link #comparisons()} lists each count compared.
 *
 * @param report the year-end report
 * @param previousSource where the previous year's figures came from
 * @param comparisons each count metric present in both years, with its change
 */
public record HistoryReport(
    YearEndReport report, ComparisonSource previousSource, List<Comparison> comparisons) {

  /**
   * One figure compared with the year before.
   *
   * @param current this year's measurement
   * @param previous the previous year's measurement
   * @param change the change (absolute, and in percent of the previous value when it is not 0)
   * @param source where the previous figure came from
   */
  public record Comparison(
      Measurement current, Measurement previous, Change change, ComparisonSource source) {
    /**
     * Creates the comparison.
     *
     * @param current this year's measurement
     * @param previous the previous year's measurement
     * @param change the change
     * @param source where the previous figure came from
     * @throws NullPointerException if an argument is null
     */
    public Comparison {
      Objects.requireNonNull(current, "current");
      Objects.requireNonNull(previous, "previous");
      Objects.requireNonNull(change, "change");
      Objects.requireNonNull(source, "source");
    }
  }

  /**
   * Creates the report; the list is copied.
   *
   * @param report the year-end report
   * @param previousSource where the previous year's figures came from
   * @param comparisons the figures compared
   * @throws NullPointerException if an argument is null
   */
  public HistoryReport {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(previousSource, "previousSource");
    comparisons = List.copyOf(comparisons);
  }

  /**
   * Makes the report of a year held in the history, from its tree, facts, rating and report data,
   * with the default target policies.
   *
   * @param history the history
   * @param year the year, held with report data
   * @return the report
   * @throws IllegalArgumentException if the year is not held or has no report data
   */
  public static HistoryReport of(RootHistory history, Year year) {
    return of(history, year, TargetEvaluator.withDefaults());
  }

  /**
   * Makes the report of a year held in the history.
   *
   * @param history the history
   * @param year the year, held with report data
   * @param evaluator the target evaluator
   * @return the report
   * @throws IllegalArgumentException if the year is not held or has no report data
   */
  public static HistoryReport of(RootHistory history, Year year, TargetEvaluator evaluator) {
    Objects.requireNonNull(evaluator, "evaluator");
    HistoryYear current = history.get(year);
    YearReportData data =
        current
            .reportData()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "The year "
                            + year
                            + " of "
                            + history.rootId().value()
                            + " has no report data; add it with HistoryYear.withReportData."));
    Optional<HistoryYear> previous = history.previous(year);
    MetricValues figures = current.figures();
    Optional<MetricValues> previousFigures;
    OptionalLong previousDisciplined;
    ComparisonSource source;
    if (previous.isPresent()) {
      previousFigures = Optional.of(previous.get().figures());
      previousDisciplined = OptionalLong.of(YearEndReport.disciplinedIn(previous.get().facts()));
      source = ComparisonSource.HISTORY;
    } else {
      previousFigures = data.previousFigures();
      previousDisciplined = data.previousYearDisciplined();
      source =
          previousFigures.isPresent() || previousDisciplined.isPresent()
              ? ComparisonSource.REPORTED
              : ComparisonSource.NONE;
    }
    Resolution resolution = data.resolution();
    ResolutionEvaluation evaluation =
        previousFigures.isPresent()
            ? evaluator.evaluate(resolution, figures, previousFigures.get())
            : evaluator.evaluate(resolution, figures);
    YearFacts facts = current.facts();
    YearEndReport report =
        YearEndReport.of(
            current.root(),
            current.rating(),
            facts,
            data.record(),
            new ReportInputs(Optional.of(evaluation), previousDisciplined, data.nextYear()));
    List<Comparison> comparisons = new ArrayList<>();
    if (previousFigures.isPresent()) {
      for (Measurement now : figures.measurements()) {
        Optional<Measurement> then = previousFigures.get().get(now.metric());
        if (then.isPresent()
            && now.value() instanceof MetricValue.Count c
            && then.get().value() instanceof MetricValue.Count p) {
          comparisons.add(new Comparison(now, then.get(), change(p.value(), c.value()), source));
        }
      }
    }
    return new HistoryReport(report, source, comparisons);
  }

  private static Change change(long previous, long current) {
    BigDecimal absolute = BigDecimal.valueOf(current - previous);
    Optional<BigDecimal> percent =
        previous == 0
            ? Optional.empty()
            : Optional.of(
                absolute
                    .multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(previous), 2, RoundingMode.HALF_UP));
    return new Change(ValueKind.COUNT, absolute, percent);
  }
}
