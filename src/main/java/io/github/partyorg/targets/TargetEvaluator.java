package io.github.partyorg.targets;

import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Message;
import io.github.partyorg.structure.Share;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates a resolution's targets against a year's figures (T1-T7), under declared {@link
 * TargetPolicies}.
 *
 * <p>Thresholds are compared exactly: a share against a percentage as {@code 100 × part} against
 * {@code percent × whole}, a reduction as {@code actual} against {@code previous × (100 − p) /
 * 100}. Only the reported percentages are rounded (T4). A target is never "met" on a missing
 * figure: a missing or ill-fitting figure, an empty share, a reduction without the previous year's
 * figure give {@link TargetStatus#UNKNOWN} with a {@link TargetFinding} naming the target and the
 * metric.
 *
 * <p>Each outcome's explanation is a {@link Message} of the library's catalogue in the register of
 * REFERENCE section 6a, rendered only when read: a share as the share itself against its threshold
 * ("tỷ lệ đạt 95,1% (97/102), chỉ tiêu từ 80% trở lên, vượt chỉ tiêu", never a ratio of two
 * percentages), a range with both its bounds, a reduction with the change first and the target
 * after, "none" and zero counts in words, "chưa đạt chỉ tiêu" for a target not met.
 *
 * <p>Immutable and thread-safe.
 */
public final class TargetEvaluator {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final TargetPolicies policies;

  private TargetEvaluator(TargetPolicies policies) {
    this.policies = policies;
  }

  /**
   * Returns an evaluator with the default policies.
   *
   * @return the evaluator
   */
  public static TargetEvaluator withDefaults() {
    return new TargetEvaluator(TargetPolicies.defaults());
  }

  /**
   * Returns an evaluator with the given policies.
   *
   * @param policies the policies
   * @return the evaluator
   */
  public static TargetEvaluator of(TargetPolicies policies) {
    return new TargetEvaluator(Objects.requireNonNull(policies, "policies"));
  }

  /**
   * Returns the policies applied.
   *
   * @return the policies
   */
  public TargetPolicies policies() {
    return policies;
  }

  /**
   * Evaluates a resolution with no previous year on record (reduction targets are then unknown).
   *
   * @param resolution the resolution
   * @param figures the figures of the resolution's year
   * @return one outcome per target
   * @throws IllegalArgumentException if the figures are for another year than the resolution
   */
  public ResolutionEvaluation evaluate(Resolution resolution, MetricValues figures) {
    return evaluate(resolution, figures, MetricValues.empty(resolution.year().minusYears(1)));
  }

  /**
   * Evaluates a resolution.
   *
   * @param resolution the resolution
   * @param figures the figures of the resolution's year
   * @param previous the figures of the year before
   * @return one outcome per target, in the resolution's order
   * @throws IllegalArgumentException if the figures are for another year than the resolution, or
   *     the previous figures are not for the year before
   */
  public ResolutionEvaluation evaluate(
      Resolution resolution, MetricValues figures, MetricValues previous) {
    requireYears(resolution.year(), figures, previous);
    List<TargetOutcome> outcomes = new ArrayList<>();
    for (Target target : resolution.targets()) {
      outcomes.add(evaluate(target, figures, previous));
    }
    return new ResolutionEvaluation(resolution, policies, outcomes);
  }

  /**
   * Evaluates one target.
   *
   * @param target the target
   * @param figures the figures of the year evaluated
   * @param previous the figures of the year before
   * @return the outcome
   * @throws IllegalArgumentException if the previous figures are not for the year before
   */
  public TargetOutcome evaluate(Target target, MetricValues figures, MetricValues previous) {
    requireYears(figures.year(), figures, previous);
    return new Evaluation(target, figures, previous).run();
  }

  private static void requireYears(Year year, MetricValues figures, MetricValues previous) {
    if (!figures.year().equals(year)) {
      throw new IllegalArgumentException(
          "The figures are for "
              + figures.year()
              + ", not for the resolution's year "
              + year
              + ".");
    }
    if (!previous.year().equals(year.minusYears(1))) {
      throw new IllegalArgumentException(
          "The previous figures are for "
              + previous.year()
              + ", not for "
              + year.minusYears(1)
              + ".");
    }
  }

  private BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
    return numerator.divide(denominator, policies.percentScale(), policies.percentRounding());
  }

  /** The working state of one target's evaluation. */
  private final class Evaluation {
    private final Target target;
    private final Year year;
    private final Optional<Measurement> actual;
    private final Optional<Measurement> previous;
    private final Set<TargetRule> rules = EnumSet.of(TargetRule.T1, TargetRule.T7);
    private TargetStatus status = TargetStatus.UNKNOWN;
    private Optional<BigDecimal> targetValue = Optional.empty();
    private Optional<BigDecimal> percentOfTarget = Optional.empty();
    private Optional<BigDecimal> difference = Optional.empty();
    private final List<TargetFinding> findings = new ArrayList<>();

    Evaluation(Target target, MetricValues figures, MetricValues previousFigures) {
      this.target = target;
      this.year = figures.year();
      this.actual = figures.get(target.metric());
      this.previous = previousFigures.get(target.metric());
    }

    TargetOutcome run() {
      Metric metric = target.metric();
      if (actual.isEmpty()) {
        unknown(TargetRule.T7, Message.of("targets.finding.missing", metric, year));
      } else if (!Target.fits(target.kind(), actual.get().value().kind())) {
        unknown(TargetRule.T7, Message.of("targets.finding.kind", metric, target.kind()));
      } else {
        decide(actual.get().value());
      }
      Optional<Change> change = actual.flatMap(a -> previous.flatMap(p -> change(a, p)));
      return new TargetOutcome(
          target,
          status,
          actual,
          previous,
          targetValue,
          percentOfTarget,
          difference,
          change,
          List.copyOf(rules),
          explanation(change),
          findings);
    }

    private void decide(MetricValue value) {
      Goal goal = target.goal();
      if (goal instanceof Goal.CountAtLeast g) {
        atLeast(count(value), g.minimum());
      } else if (goal instanceof Goal.RateOfBase g) {
        rules.add(TargetRule.T6);
        atLeast(count(value), required(g));
      } else if (goal instanceof Goal.CountRange g) {
        range(count(value), g);
      } else if (goal instanceof Goal.Reduction g) {
        reduction(count(value), g);
      } else if (goal instanceof Goal.None) {
        none(value);
      } else {
        share(value, goal);
      }
    }

    private void atLeast(long count, long minimum) {
      status = compare(count, minimum);
      countAgainst(count, BigDecimal.valueOf(minimum));
    }

    private void range(long count, Goal.CountRange g) {
      if (count < g.min()) {
        status = TargetStatus.NOT_MET;
      } else if (count > g.max()) {
        status = TargetStatus.EXCEEDED;
      } else {
        status = TargetStatus.MET;
      }
      BigDecimal reference =
          switch (policies.rangeDivisor()) {
            case LOWER_BOUND -> BigDecimal.valueOf(g.min());
            case UPPER_BOUND -> BigDecimal.valueOf(g.max());
            case MIDPOINT ->
                BigDecimal.valueOf(g.min())
                    .add(BigDecimal.valueOf(g.max()))
                    .divide(BigDecimal.valueOf(2));
          };
      countAgainst(count, reference);
    }

    private void countAgainst(long count, BigDecimal reference) {
      BigDecimal actualCount = BigDecimal.valueOf(count);
      targetValue = Optional.of(reference);
      difference = Optional.of(actualCount.subtract(reference));
      rules.add(TargetRule.T3);
      if (reference.signum() > 0) {
        percentOfTarget = Optional.of(ratio(actualCount.multiply(HUNDRED), reference));
        rules.add(TargetRule.T2);
        rules.add(TargetRule.T4);
      }
    }

    private long required(Goal.RateOfBase g) {
      BigDecimal exact = BigDecimal.valueOf(g.base()).multiply(g.percent()).divide(HUNDRED);
      RoundingMode mode =
          switch (policies.rateOfBaseRounding()) {
            case CEILING -> RoundingMode.CEILING;
            case HALF_UP -> RoundingMode.HALF_UP;
            case FLOOR -> RoundingMode.FLOOR;
          };
      return exact.setScale(0, mode).longValueExact();
    }

    private void reduction(long count, Goal.Reduction g) {
      rules.add(TargetRule.T5);
      Optional<Long> before =
          previous
              .map(Measurement::value)
              .filter(v -> v instanceof MetricValue.Count)
              .map(v -> ((MetricValue.Count) v).value());
      if (before.isEmpty()) {
        unknown(
            TargetRule.T5,
            Message.of("targets.finding.noPrevious", target.metric(), year.minusYears(1)));
        return;
      }
      long previousCount = before.get();
      if (previousCount == 0 && policies.zeroPrevious() == TargetPolicies.ZeroPrevious.UNDECIDED) {
        unknown(TargetRule.T5, Message.of("targets.finding.zeroPrevious", year.minusYears(1)));
        return;
      }
      BigDecimal bound =
          BigDecimal.valueOf(previousCount).multiply(HUNDRED.subtract(g.percent())).divide(HUNDRED);
      RoundingMode mode =
          switch (policies.reductionRounding()) {
            case EXACT -> RoundingMode.FLOOR;
            case HALF_UP -> RoundingMode.HALF_UP;
          };
      long allowed = bound.setScale(0, mode).longValueExact();
      // REFERENCE 6a: exceeded vs met on the exact change, not on the rounded limit: with 9 and 5%
      // (8.55), 8 is below the exact limit and exceeds the target; the rounding only decides how
      // far above the exact limit a count still meets it.
      if (count > allowed) {
        status = TargetStatus.NOT_MET;
      } else if (BigDecimal.valueOf(count).compareTo(bound) < 0) {
        status = TargetStatus.EXCEEDED;
      } else {
        status = TargetStatus.MET;
      }
      targetValue = Optional.of(BigDecimal.valueOf(allowed));
      difference = Optional.of(BigDecimal.valueOf(count - allowed));
      rules.add(TargetRule.T3);
    }

    private void none(MetricValue value) {
      long part = value instanceof MetricValue.Count c ? c.value() : shareOf(value).part();
      status = part == 0 ? TargetStatus.MET : TargetStatus.NOT_MET;
      targetValue = Optional.of(BigDecimal.ZERO);
      difference = Optional.of(BigDecimal.valueOf(part));
      rules.add(TargetRule.T3);
    }

    private void share(MetricValue value, Goal goal) {
      Share share = shareOf(value);
      if (share.isEmpty()) {
        unknown(TargetRule.T2, Message.of("targets.finding.emptyShare", target.metric()));
        return;
      }
      BigDecimal threshold;
      if (goal instanceof Goal.ShareAtLeast g) {
        threshold = g.percent();
        status = compare(share.compareToPercent(threshold), 0);
      } else if (goal instanceof Goal.ShareAbove g) {
        threshold = g.percent();
        TargetStatus above =
            policies.aboveThreshold() == TargetPolicies.AboveThreshold.EXCEEDED
                ? TargetStatus.EXCEEDED
                : TargetStatus.MET;
        status = share.isAbove(threshold) ? above : TargetStatus.NOT_MET;
      } else {
        threshold = HUNDRED;
        status = share.isWhole() ? TargetStatus.MET : TargetStatus.NOT_MET;
      }
      targetValue = Optional.of(threshold);
      BigDecimal part = BigDecimal.valueOf(share.part());
      BigDecimal whole = BigDecimal.valueOf(share.whole());
      rules.add(TargetRule.T3);
      rules.add(TargetRule.T4);
      if (goal instanceof Goal.PlanCompletion && value instanceof MetricValue.Completion c) {
        difference = Optional.of(BigDecimal.valueOf(c.done() - c.total()));
      } else {
        difference =
            Optional.of(ratio(part.multiply(HUNDRED).subtract(threshold.multiply(whole)), whole));
      }
      if (threshold.signum() > 0) {
        rules.add(TargetRule.T2);
        percentOfTarget =
            Optional.of(ratio(part.multiply(HUNDRED).multiply(HUNDRED), whole.multiply(threshold)));
      }
    }

    private Optional<Change> change(Measurement now, Measurement before) {
      MetricValue a = now.value();
      MetricValue b = before.value();
      if (a instanceof MetricValue.Count ca && b instanceof MetricValue.Count cb) {
        long delta = ca.value() - cb.value();
        Optional<BigDecimal> percent =
            cb.value() == 0
                ? Optional.empty()
                : Optional.of(
                    ratio(
                        BigDecimal.valueOf(delta).multiply(HUNDRED),
                        BigDecimal.valueOf(cb.value())));
        return Optional.of(new Change(ValueKind.COUNT, BigDecimal.valueOf(delta), percent));
      }
      if (a.kind() != b.kind()
          || a instanceof MetricValue.Count
          || b instanceof MetricValue.Count) {
        return Optional.empty();
      }
      Share sa = shareOf(a);
      Share sb = shareOf(b);
      if (sa.isEmpty() || sb.isEmpty()) {
        return Optional.empty();
      }
      BigDecimal numerator =
          BigDecimal.valueOf(sa.part())
              .multiply(BigDecimal.valueOf(sb.whole()))
              .subtract(BigDecimal.valueOf(sb.part()).multiply(BigDecimal.valueOf(sa.whole())))
              .multiply(HUNDRED);
      BigDecimal points =
          ratio(numerator, BigDecimal.valueOf(sa.whole()).multiply(BigDecimal.valueOf(sb.whole())));
      return Optional.of(new Change(a.kind(), points, Optional.empty()));
    }

    private void unknown(TargetRule rule, Message why) {
      status = TargetStatus.UNKNOWN;
      rules.add(rule);
      findings.add(
          new TargetFinding(
              target.id(), target.metric(), rule, Message.of("targets.finding", target.id(), why)));
    }

    /** The outcome in the register of REFERENCE 6a, with the rules applied. */
    private Message explanation(Optional<Change> change) {
      List<String> ruleIds = rules.stream().map(Enum::name).toList();
      if (status == TargetStatus.UNKNOWN) {
        return Message.of("targets.outcome.unknown", findings.get(0).sentence(), ruleIds);
      }
      return Message.of(
          "targets.outcome", target.id(), sentence(target.label()), result(change), ruleIds);
    }

    /** What was compared and the outcome, by the kind of goal. */
    private Message result(Optional<Change> change) {
      MetricValue value = actual.orElseThrow().value();
      Message outcome = Message.of("targets.status." + status.name());
      Goal goal = target.goal();
      if (goal instanceof Goal.None) {
        long n = value instanceof MetricValue.Count c ? c.value() : shareOf(value).part();
        return n == 0
            ? Message.of("targets.outcome.none", outcome)
            : Message.of("targets.outcome.noneNotMet", n, outcome);
      }
      if (goal instanceof Goal.CountRange g) {
        return range(count(value), g, outcome);
      }
      if (goal instanceof Goal.Reduction g) {
        return reductionResult(count(value), g, change, outcome);
      }
      if (value instanceof MetricValue.Completion c
          && (goal instanceof Goal.PlanCompletion || goal instanceof Goal.ShareExactly100)) {
        return c.done() == 0
            ? Message.of("targets.outcome.plan.none", c.total(), outcome)
            : Message.of("targets.outcome.plan", c.done(), c.total(), percent(c.share()), outcome);
      }
      if (value instanceof MetricValue.Count) {
        return countResult(count(value), goal, outcome);
      }
      Share share = shareOf(value);
      Message threshold = threshold(goal);
      return share.part() == 0
          ? Message.of("targets.outcome.share.none", share, threshold, outcome)
          : Message.of("targets.outcome.share", percent(share), share, threshold, outcome);
    }

    private Message countResult(long n, Goal goal, Message outcome) {
      long reference = targetValue.orElseThrow().longValueExact();
      if (n == 0) {
        return Message.of("targets.outcome.count.none", reference, outcome);
      }
      if (percentOfTarget.isEmpty()) {
        return Message.of("targets.outcome.countOnly", n, reference, outcome);
      }
      if (goal instanceof Goal.RateOfBase g) {
        return Message.of(
            "targets.outcome.rateOfBase",
            n,
            reference,
            g.percent(),
            g.base(),
            percentOfTarget.get(),
            outcome);
      }
      return Message.of("targets.outcome.count", n, reference, percentOfTarget.get(), outcome);
    }

    private Message range(long n, Goal.CountRange g, Message outcome) {
      if (n == 0) {
        return Message.of("targets.outcome.range.none", g.min(), g.max(), outcome);
      }
      if (n < g.min()) {
        return Message.of(
            "targets.outcome.range.below",
            n,
            percentOfTarget.orElse(BigDecimal.ZERO),
            Message.of("targets.divisor." + policies.rangeDivisor().name()),
            g.min(),
            g.max(),
            outcome);
      }
      return Message.of(
          n > g.max() ? "targets.outcome.range.above" : "targets.outcome.range.within",
          n,
          g.min(),
          g.max(),
          outcome);
    }

    private Message reductionResult(
        long n, Goal.Reduction g, Optional<Change> change, Message outcome) {
      long before = previous.map(m -> count(m.value())).orElseThrow();
      Year last = year.minusYears(1);
      Object moved;
      Optional<BigDecimal> percent = change.flatMap(Change::percent);
      if (percent.isEmpty()) {
        moved = Message.of("targets.change.fromZero", last);
      } else if (percent.get().signum() < 0) {
        moved = Message.of("targets.change.fell", percent.get().negate(), last);
      } else if (percent.get().signum() > 0) {
        moved = Message.of("targets.change.rose", percent.get(), last);
      } else {
        moved = Message.of("targets.change.unchanged", last);
      }
      return Message.of(
          "targets.outcome.reduction",
          counted("targets.result", n),
          last,
          counted("targets.count", before),
          moved,
          g.percent(),
          outcome);
    }

    private Message threshold(Goal goal) {
      if (goal instanceof Goal.ShareAtLeast g) {
        return Message.of("targets.threshold.atLeast", g.percent());
      } else if (goal instanceof Goal.ShareAbove g) {
        return Message.of("targets.threshold.above", g.percent());
      }
      return Message.of("targets.threshold.exactly", HUNDRED);
    }

    private BigDecimal percent(Share share) {
      return ratio(
          BigDecimal.valueOf(share.part()).multiply(HUNDRED), BigDecimal.valueOf(share.whole()));
    }
  }

  /** A count, or "none" in words for zero (REFERENCE 6a). */
  private static Message counted(String key, long n) {
    return n == 0 ? Message.of(key + ".none") : Message.of(key, n);
  }

  /** A label without its closing full stop, to be set inside a sentence. */
  private static LocalizedText sentence(LocalizedText text) {
    return LocalizedText.of(withoutStop(text.vi()), withoutStop(text.en()));
  }

  private static String withoutStop(String text) {
    String trimmed = text.strip();
    return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }

  private static TargetStatus compare(long actual, long target) {
    if (actual > target) {
      return TargetStatus.EXCEEDED;
    }
    return actual == target ? TargetStatus.MET : TargetStatus.NOT_MET;
  }

  private static long count(MetricValue value) {
    return ((MetricValue.Count) value).value();
  }

  private static Share shareOf(MetricValue value) {
    if (value instanceof MetricValue.Proportion p) {
      return p.share();
    }
    return ((MetricValue.Completion) value).share();
  }
}
