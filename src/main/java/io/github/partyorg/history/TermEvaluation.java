package io.github.partyorg.history;

import io.github.partyorg.report.VietnameseNumbers;
import io.github.partyorg.structure.LocalizedText;
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
   * counted, and the sentence for the report (REFERENCE 6a).
   *
   * @param target the target
   * @param outcome the outcome of the total (T1-T4); {@link TargetStatus#UNKNOWN} with a finding
   *     when a year's figure is missing or not a count
   * @param yearsCounted the years whose figures were added, ascending
   * @param sentence the report's sentence, in Vietnamese and English
   */
  public record TermTargetResult(
      Target target, TargetOutcome outcome, List<Year> yearsCounted, LocalizedText sentence) {
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

  private static LocalizedText sentence(
      TermResolution term, Year year, TargetOutcome outcome, List<Year> missing) {
    boolean last = year.equals(term.lastYear());
    String spanVi =
        last
            ? "Nhiệm kỳ " + term.firstYear() + " - " + term.lastYear()
            : "Lũy kế " + term.firstYear() + " - " + year;
    String spanEn =
        last
            ? "Term " + term.firstYear() + "-" + term.lastYear()
            : "From " + term.firstYear() + " to " + year;
    Target target = outcome.target();
    if (outcome.status() == TargetStatus.UNKNOWN) {
      String years = missing.isEmpty() ? "" : " (" + joinYears(missing) + ")";
      return LocalizedText.of(
          spanVi
              + ", chỉ tiêu nhiệm kỳ “"
              + target.label().vi()
              + "”: chưa đủ số liệu các năm"
              + years
              + " để tính.",
          spanEn
              + ", term target “"
              + target.label().en()
              + "”: the figures of every year"
              + years
              + " are needed to count it.");
    }
    VietnameseNumbers numbers = VietnameseNumbers.defaults();
    long actual = ((MetricValue.Count) outcome.actual().orElseThrow().value()).value();
    boolean admissions = target.metric() == ComputedMetric.MEMBERS_ADMITTED;
    Goal goal = target.goal();
    String goalVi = goalText(goal, true);
    String goalEn = goalText(goal, false);
    String unitVi = admissions ? " đảng viên" : "";
    String unitEn = admissions ? " members" : "";
    StringBuilder vi = new StringBuilder(spanVi);
    StringBuilder en = new StringBuilder(spanEn);
    boolean range = goal instanceof Goal.CountRange;
    if (admissions) {
      vi.append(" kết nạp ").append(VietnameseNumbers.count(actual));
      en.append(": ").append(VietnameseNumbers.countEn(actual));
      if (last && !range) {
        vi.append('/').append(goalVi);
        en.append(" against ").append(goalEn);
      }
      vi.append(" đảng viên mới");
      en.append(" new members admitted");
    } else {
      vi.append(", ")
          .append(lowerFirst(target.metric().label().vi()))
          .append(": ")
          .append(VietnameseNumbers.count(actual));
      en.append(", ")
          .append(lowerFirst(target.metric().label().en()))
          .append(": ")
          .append(VietnameseNumbers.countEn(actual));
    }
    Optional<BigDecimal> percent = outcome.percentOfTarget();
    if (percent.isPresent()) {
      String p = numbers.percent(percent.get());
      String pEn = numbers.percentEn(percent.get());
      if (range) {
        vi.append(", đạt ")
            .append(p)
            .append(" so với mức tối thiểu của chỉ tiêu nhiệm kỳ (")
            .append(goalVi)
            .append(unitVi)
            .append(')');
        en.append(", ")
            .append(pEn)
            .append(" of the minimum of the term target (")
            .append(goalEn)
            .append(unitEn)
            .append(')');
      } else if (last && admissions) {
        vi.append(", đạt ").append(p).append(" chỉ tiêu nhiệm kỳ");
        en.append(", ").append(pEn).append(" of the term target");
      } else {
        vi.append(", đạt ")
            .append(p)
            .append(" chỉ tiêu nhiệm kỳ (")
            .append(goalVi)
            .append(unitVi)
            .append(')');
        en.append(", ")
            .append(pEn)
            .append(" of the term target (")
            .append(goalEn)
            .append(unitEn)
            .append(')');
      }
    } else {
      vi.append(" (chỉ tiêu nhiệm kỳ ").append(goalVi).append(unitVi).append(')');
      en.append(" (term target ").append(goalEn).append(unitEn).append(')');
    }
    TargetStatus status = outcome.status();
    if (last) {
      vi.append(", ").append(statusVi(status));
      en.append(", ").append(statusEn(status));
    } else if (status == TargetStatus.MET || status == TargetStatus.EXCEEDED) {
      vi.append(", đã đạt chỉ tiêu nhiệm kỳ");
      en.append(", the term target already reached");
    }
    return LocalizedText.of(vi.append('.').toString(), en.append('.').toString());
  }

  private static String statusVi(TargetStatus status) {
    return switch (status) {
      case EXCEEDED -> "vượt chỉ tiêu";
      case MET -> "đạt chỉ tiêu";
      default -> "chưa đạt chỉ tiêu";
    };
  }

  private static String statusEn(TargetStatus status) {
    return switch (status) {
      case EXCEEDED -> "exceeded";
      case MET -> "met";
      default -> "not met";
    };
  }

  private static String goalText(Goal goal, boolean vi) {
    if (goal instanceof Goal.CountAtLeast at) {
      return vi ? VietnameseNumbers.count(at.minimum()) : VietnameseNumbers.countEn(at.minimum());
    }
    if (goal instanceof Goal.CountRange r) {
      return vi
          ? VietnameseNumbers.count(r.min()) + " - " + VietnameseNumbers.count(r.max())
          : VietnameseNumbers.countEn(r.min()) + "-" + VietnameseNumbers.countEn(r.max());
    }
    if (goal instanceof Goal.None) {
      return vi ? "không có" : "none";
    }
    return vi ? goal.kind().label().vi() : goal.kind().label().en();
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static String joinYears(List<Year> years) {
    List<String> parts = new ArrayList<>();
    for (Year y : years) {
      parts.add(y.toString());
    }
    return String.join(", ", parts);
  }
}
