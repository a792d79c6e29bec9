package io.github.partyorg.history;

import io.github.partyorg.structure.Catalogue;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Message;
import io.github.partyorg.targets.ComputedMetric;
import io.github.partyorg.targets.Goal;
import io.github.partyorg.targets.Measurement;
import io.github.partyorg.targets.Metric;
import io.github.partyorg.targets.MetricValue;
import io.github.partyorg.targets.MetricValues;
import io.github.partyorg.targets.Provenance;
import io.github.partyorg.targets.ResolutionEvaluation;
import io.github.partyorg.targets.Target;
import io.github.partyorg.targets.TargetEvaluator;
import io.github.partyorg.targets.TargetOutcome;
import io.github.partyorg.targets.TargetStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The evaluation of a {@link TermResolution} in one year of the term (Y4): the yearly targets of
 * each year of the term the history holds up to that year, and each whole-term target on the
 * figures added up over those years, as progress, or as the term's outcome in its last year.
 *
 * @param term the term resolution
 * @param year the year of the report
 * @param yearly the evaluation of the yearly targets, one per year of the term held up to {@code
 *     year}, oldest first
 * @param termTargets one result per whole-term target, in the resolution's order
 * @param missingYears the years of the term up to {@code year} that the history does not hold
 *     (their figures are missing from every total, so a whole-term outcome is unknown)
 */
public record TermEvaluation(
    TermResolution term,
    Year year,
    List<ResolutionEvaluation> yearly,
    List<TermTargetResult> termTargets,
    List<Year> missingYears) {

  /**
   * A whole-term target's result: the outcome of the total so far against the target, the years
   * counted, and the sentence for the report (REFERENCE 6a) as a {@link Message}, rendered when
   * read ({@link #text()}, {@link #text(Catalogue)}).
   *
   * @param target the target
   * @param outcome the outcome of the total (T1-T4); {@link TargetStatus#UNKNOWN} with a finding
   *     when a year's figure is missing or not a count
   * @param yearsCounted the years whose figures were added, ascending
   * @param sentence the report's sentence, a key of the library's catalogue and its arguments
   */
  public record TermTargetResult(
      Target target, TargetOutcome outcome, List<Year> yearsCounted, Message sentence) {
    /**
     * Creates the result; the list is copied.
     *
     * @param target the target
     * @param outcome the outcome of the total
     * @param yearsCounted the years added
     * @param sentence the report's sentence
     * @throws NullPointerException if an argument is null
     */
    public TermTargetResult {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(outcome, "outcome");
      yearsCounted = List.copyOf(yearsCounted);
      Objects.requireNonNull(sentence, "sentence");
    }

    /**
     * Returns the sentence rendered with the library's catalogue.
     *
     * @return the text in Vietnamese and English
     */
    public LocalizedText text() {
      return sentence.text();
    }

    /**
     * Returns the sentence rendered with a caller's catalogue.
     *
     * @param catalogue the catalogue
     * @return the text in Vietnamese and English
     */
    public LocalizedText text(Catalogue catalogue) {
      return catalogue.text(sentence);
    }
  }

  /**
   * Creates the evaluation; the lists are copied.
   *
   * @param term the term resolution
   * @param year the year of the report
   * @param yearly the yearly evaluations
   * @param termTargets the whole-term results
   * @param missingYears the years missing from the history
   * @throws NullPointerException if an argument is null
   */
  public TermEvaluation {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(year, "year");
    yearly = List.copyOf(yearly);
    termTargets = List.copyOf(termTargets);
    missingYears = List.copyOf(missingYears);
  }

  /**
   * Tells whether this is the term's outcome (the report of its last year) rather than progress.
   *
   * @return true in the term's last year
   */
  public boolean isFinal() {
    return year.equals(term.lastYear());
  }

  /**
   * Returns the evaluation of the yearly targets of one year.
   *
   * @param of the year
   * @return the evaluation, or empty if the year is not held or not yet reached
   */
  public Optional<ResolutionEvaluation> yearly(Year of) {
    return yearly.stream().filter(e -> e.resolution().year().equals(of)).findFirst();
  }

  static TermEvaluation of(
      TermResolution term, RootHistory history, Year year, TargetEvaluator evaluator) {
    history.get(year);
    List<ResolutionEvaluation> yearly = new ArrayList<>();
    List<Year> held = new ArrayList<>();
    List<Year> missing = new ArrayList<>();
    List<MetricValues> figures = new ArrayList<>();
    for (Year y = term.firstYear(); !y.isAfter(year); y = y.plusYears(1)) {
      Optional<HistoryYear> data = history.year(y);
      if (data.isEmpty()) {
        missing.add(y);
        continue;
      }
      MetricValues values = data.get().figures();
      Optional<HistoryYear> previous = history.previous(y);
      yearly.add(
          previous.isPresent()
              ? evaluator.evaluate(term.yearly(y), values, previous.get().figures())
              : evaluator.evaluate(term.yearly(y), values));
      held.add(y);
      figures.add(values);
    }
    boolean complete = missing.isEmpty();
    List<TermTargetResult> results = new ArrayList<>();
    for (Target target : term.termTargets()) {
      MetricValues total = total(target.metric(), year, figures, complete);
      TargetOutcome outcome =
          evaluator.evaluate(target, total, MetricValues.empty(year.minusYears(1)));
      results.add(
          new TermTargetResult(target, outcome, held, sentence(term, year, outcome, missing)));
    }
    return new TermEvaluation(term, year, yearly, results, missing);
  }

  /** The sum of a count metric over the years; absent when a year or a year's count is missing. */
  private static MetricValues total(
      Metric metric, Year year, List<MetricValues> figures, boolean complete) {
    MetricValues.Builder builder = MetricValues.builder(year);
    if (!complete || figures.isEmpty()) {
      return builder.build();
    }
    long sum = 0;
    boolean computed = true;
    for (MetricValues values : figures) {
      Optional<Measurement> m = values.get(metric);
      if (m.isEmpty() || !(m.get().value() instanceof MetricValue.Count count)) {
        return builder.build();
      }
      sum += count.value();
      computed &= m.get().provenance() == Provenance.COMPUTED;
    }
    MetricValue value = MetricValue.count(sum);
    return (computed ? builder.computed(metric, value) : builder.reported(metric, value)).build();
  }

  private static Message sentence(
      TermResolution term, Year year, TargetOutcome outcome, List<Year> missing) {
    boolean last = year.equals(term.lastYear());
    Message span =
        last
            ? Message.of("history.Y4.term", term.firstYear(), term.lastYear())
            : Message.of("history.Y4.soFar", term.firstYear(), year);
    Target target = outcome.target();
    if (outcome.status() == TargetStatus.UNKNOWN) {
      return missing.isEmpty()
          ? Message.of("history.Y4.unknown", span, target.label())
          : Message.of("history.Y4.unknownYears", span, target.label(), missing);
    }
    long actual = ((MetricValue.Count) outcome.actual().orElseThrow().value()).value();
    boolean admissions = target.metric() == ComputedMetric.MEMBERS_ADMITTED;
    Goal goal = target.goal();
    boolean range = goal instanceof Goal.CountRange;
    Message goalWithUnit = admissions ? Message.of("history.Y4.members", goal(goal)) : goal(goal);
    Object subject;
    if (admissions && actual == 0) {
      subject = Message.of("history.Y4.admitted.none", span);
    } else if (admissions) {
      subject =
          last && !range
              ? Message.of("history.Y4.admittedOf", span, actual, goal(goal))
              : Message.of("history.Y4.admitted", span, actual);
    } else {
      LocalizedText metric = target.metric().label();
      subject =
          Message.of(
              "history.Y4.figure",
              span,
              LocalizedText.of(lowerFirst(metric.vi()), lowerFirst(metric.en())),
              actual);
    }
    Optional<BigDecimal> percent = outcome.percentOfTarget();
    Object progress = "";
    if (percent.isPresent()) {
      BigDecimal p = percent.get().setScale(2, RoundingMode.HALF_UP);
      if (range) {
        progress = Message.of("history.Y4.ofMinimum", p, goalWithUnit);
      } else if (last && admissions && actual > 0) {
        progress = Message.of("history.Y4.ofTerm", p);
      } else {
        progress = Message.of("history.Y4.ofTermGoal", p, goalWithUnit);
      }
    } else {
      subject =
          new Message.Joined(" ", List.of(subject, Message.of("history.Y4.goal", goalWithUnit)));
    }
    TargetStatus status = outcome.status();
    if (last) {
      return Message.of(
          "history.Y4.outcome",
          subject,
          progress,
          Message.of(
              "report.status."
                  + (status == TargetStatus.EXCEEDED || status == TargetStatus.MET
                          ? status
                          : TargetStatus.NOT_MET)
                      .name()));
    }
    return Message.of(
        status == TargetStatus.MET || status == TargetStatus.EXCEEDED
            ? "history.Y4.progressReached"
            : "history.Y4.progress",
        subject,
        progress);
  }

  /** The goal of a whole-term count target: a count, a range, none, or the kind's label. */
  private static Message goal(Goal goal) {
    if (goal instanceof Goal.CountAtLeast at) {
      return Message.of("history.Y4.goal.count", at.minimum());
    }
    if (goal instanceof Goal.CountRange r) {
      return Message.of("history.Y4.goal.range", r.min(), r.max());
    }
    if (goal instanceof Goal.None) {
      return Message.of("history.Y4.goal.none");
    }
    return Message.of("history.Y4.goal.kind", goal.kind().label());
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
