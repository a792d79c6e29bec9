package io.github.partyorg.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random targets of every kind, each decided by the evaluator and by an oracle in plain
 * {@code long} arithmetic (percentages as hundredths): the statuses agree, kinds that cannot be
 * exceeded never are (T1), and a present figure of the right kind is never unknown.
 */
class TargetEvaluatorPropertyTest {
  private static final Year YEAR = Year.of(2023);
  private static final ReportedMetric FIGURE = ReportedMetric.of("FIGURE", "Số liệu", "Figure");

  record Case(
      Goal goal, MetricValue value, Optional<MetricValue> previous, TargetStatus expected) {}

  static Stream<Integer> seeds() {
    return IntStream.range(0, 400).boxed();
  }

  /** A percentage with two decimals, as hundredths 0..10000. */
  static BigDecimal hundredths(long k) {
    return BigDecimal.valueOf(k, 2);
  }

  static TargetStatus sign(long difference) {
    if (difference > 0) {
      return TargetStatus.EXCEEDED;
    }
    return difference == 0 ? TargetStatus.MET : TargetStatus.NOT_MET;
  }

  static Case generate(int seed) {
    Random random = new Random(seed);
    TargetKind kind = TargetKind.values()[seed % TargetKind.values().length];
    long small = random.nextInt(30);
    long whole = 1 + random.nextInt(200);
    long part = random.nextInt((int) whole + 1);
    long k = random.nextInt(10001);
    if (random.nextInt(4) == 0) {
      // a threshold the share hits exactly, when it can
      k = part * 10000 / whole;
    }
    return switch (kind) {
      case COUNT_AT_LEAST -> {
        long n = random.nextInt(30);
        yield new Case(
            new Goal.CountAtLeast(n), MetricValue.count(small), Optional.empty(), sign(small - n));
      }
      case COUNT_RANGE -> {
        long min = random.nextInt(20);
        long max = min + random.nextInt(10);
        TargetStatus expected =
            small < min
                ? TargetStatus.NOT_MET
                : small > max ? TargetStatus.EXCEEDED : TargetStatus.MET;
        yield new Case(
            new Goal.CountRange(min, max), MetricValue.count(small), Optional.empty(), expected);
      }
      case RATE_OF_BASE -> {
        long base = random.nextInt(6000);
        long required = (base * k + 9999) / 10000;
        long actual = Math.max(0, required - 2 + random.nextInt(5));
        yield new Case(
            new Goal.RateOfBase(hundredths(k), base),
            MetricValue.count(actual),
            Optional.empty(),
            sign(actual - required));
      }
      case REDUCTION -> {
        long previous = random.nextInt(40);
        long allowed = previous * (10000 - k) / 10000;
        long actual = Math.max(0, allowed - 2 + random.nextInt(5));
        // T5, 6a: not met above the allowed count; exceeded below the exact limit
        // previous × (1 − p), whatever the rounding; met from the exact limit to the allowed count.
        TargetStatus expected =
            actual > allowed
                ? TargetStatus.NOT_MET
                : actual * 10000 < previous * (10000 - k)
                    ? TargetStatus.EXCEEDED
                    : TargetStatus.MET;
        yield new Case(
            new Goal.Reduction(hundredths(k)),
            MetricValue.count(actual),
            Optional.of(MetricValue.count(previous)),
            expected);
      }
      case SHARE_AT_LEAST ->
          new Case(
              new Goal.ShareAtLeast(hundredths(k)),
              MetricValue.share(part, whole),
              Optional.empty(),
              sign(part * 10000 - k * whole));
      case SHARE_ABOVE ->
          new Case(
              new Goal.ShareAbove(hundredths(k)),
              MetricValue.share(part, whole),
              Optional.empty(),
              // 6a: strictly above the threshold exceeds an "above" target (AboveThreshold
              // default).
              part * 10000 > k * whole ? TargetStatus.EXCEEDED : TargetStatus.NOT_MET);
      case SHARE_EXACTLY_100 -> {
        long p = random.nextBoolean() ? whole : part;
        yield new Case(
            new Goal.ShareExactly100(),
            MetricValue.share(p, whole),
            Optional.empty(),
            p == whole ? TargetStatus.MET : TargetStatus.NOT_MET);
      }
      case NONE -> {
        long v = random.nextBoolean() ? 0 : small;
        yield new Case(
            new Goal.None(),
            MetricValue.count(v),
            Optional.empty(),
            v == 0 ? TargetStatus.MET : TargetStatus.NOT_MET);
      }
      case PLAN_COMPLETION -> {
        long done = random.nextBoolean() ? whole : part;
        yield new Case(
            new Goal.PlanCompletion(),
            MetricValue.completion(done, whole),
            Optional.empty(),
            done == whole ? TargetStatus.MET : TargetStatus.NOT_MET);
      }
    };
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void evaluatorAgreesWithTheOracleAndNeverExceedsTheUnexceedable_T1(int seed) {
    Case c = generate(seed);
    Target target = Target.of("P-" + seed, "Thử", "Test", FIGURE, c.goal());
    MetricValues figures = MetricValues.builder(YEAR).reported(FIGURE, c.value()).build();
    MetricValues.Builder previous = MetricValues.builder(YEAR.minusYears(1));
    c.previous().ifPresent(p -> previous.reported(FIGURE, p));

    TargetOutcome outcome =
        TargetEvaluator.withDefaults().evaluate(target, figures, previous.build());

    assertThat(outcome.status()).as("%s with %s", c.goal(), c.value()).isEqualTo(c.expected());
    assertThat(outcome.findings()).isEmpty();
    if (!c.goal().kind().canBeExceeded()) {
      assertThat(outcome.status()).isNotEqualTo(TargetStatus.EXCEEDED);
    }
    outcome.percentOfTarget().ifPresent(p -> assertThat(p.scale()).isEqualTo(2));
  }
}
