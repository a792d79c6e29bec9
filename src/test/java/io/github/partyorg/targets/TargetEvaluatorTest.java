package io.github.partyorg.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.structure.LocalizedText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetEvaluatorTest {
  private static final Year YEAR = Year.of(2023);
  private static final ReportedMetric FIGURE = ReportedMetric.of("FIGURE", "Số liệu", "Figure");
  private static final TargetEvaluator DEFAULTS = TargetEvaluator.withDefaults();

  static BigDecimal pct(String value) {
    return new BigDecimal(value);
  }

  static Target target(Goal goal) {
    return Target.of("T2023-01", "Chỉ tiêu thử", "Test target", FIGURE, goal);
  }

  static TargetOutcome evaluate(Goal goal, MetricValue value) {
    return evaluate(DEFAULTS, goal, value, Optional.empty());
  }

  static TargetOutcome evaluate(
      TargetEvaluator evaluator, Goal goal, MetricValue value, Optional<MetricValue> previous) {
    MetricValues figures = MetricValues.builder(YEAR).reported(FIGURE, value).build();
    MetricValues.Builder before = MetricValues.builder(YEAR.minusYears(1));
    previous.ifPresent(p -> before.reported(FIGURE, p));
    return evaluator.evaluate(target(goal), figures, before.build());
  }

  // ---------- COUNT_AT_LEAST: T1, T2, T3, T4 ----------

  @Test
  void admitted165AgainstTarget160_isExceededAt103point13Percent_T1T2T3T4() {
    TargetOutcome outcome = evaluate(new Goal.CountAtLeast(160), MetricValue.count(165));

    assertThat(outcome.status()).isEqualTo(TargetStatus.EXCEEDED);
    assertThat(outcome.percentOfTarget()).contains(pct("103.13"));
    assertThat(outcome.difference()).contains(pct("5"));
    assertThat(outcome.targetValue()).contains(pct("160"));
    assertThat(outcome.rules())
        .containsExactly(TargetRule.T1, TargetRule.T2, TargetRule.T3, TargetRule.T4, TargetRule.T7);
    assertThat(outcome.explanation().vi()).contains("T2023-01", "103,13", "vượt chỉ tiêu");
    assertThat(outcome.explanation().en()).contains("103.13% of target", "exceeded");
  }

  @ParameterizedTest(name = "{0} against at least 160: {1}")
  @CsvSource({"159, NOT_MET, 99.38, -1", "160, MET, 100.00, 0", "161, EXCEEDED, 100.63, 1"})
  void countAtLeastOnBothSidesOfTheTarget_T1T3(
      long actual, TargetStatus status, String percent, String difference) {
    TargetOutcome outcome = evaluate(new Goal.CountAtLeast(160), MetricValue.count(actual));

    assertThat(outcome.status()).isEqualTo(status);
    assertThat(outcome.percentOfTarget()).contains(pct(percent));
    assertThat(outcome.difference()).contains(pct(difference));
  }

  @Test
  void percentPrecisionAndRoundingArePolicies_T4() {
    TargetEvaluator oneDigit =
        TargetEvaluator.of(TargetPolicies.defaults().withPercentPrecision(1, RoundingMode.HALF_UP));
    TargetEvaluator truncated =
        TargetEvaluator.of(TargetPolicies.defaults().withPercentPrecision(2, RoundingMode.DOWN));
    Goal goal = new Goal.CountAtLeast(160);

    assertThat(evaluate(oneDigit, goal, MetricValue.count(165), Optional.empty()).percentOfTarget())
        .contains(pct("103.1"));
    assertThat(
            evaluate(truncated, goal, MetricValue.count(165), Optional.empty()).percentOfTarget())
        .contains(pct("103.12"));
    assertThat(oneDigit.policies().percentScale()).isEqualTo(1);
  }

  @Test
  void countAtLeastZero_hasNoPercentOfTarget_T2() {
    TargetOutcome outcome = evaluate(new Goal.CountAtLeast(0), MetricValue.count(0));

    assertThat(outcome.status()).isEqualTo(TargetStatus.MET);
    assertThat(outcome.percentOfTarget()).isEmpty();
    assertThat(outcome.rules()).doesNotContain(TargetRule.T2);
  }

  // ---------- COUNT_RANGE: T1, T2 ----------

  @ParameterizedTest(name = "{0} against 180-200: {1}, {2}% of the lower bound")
  @CsvSource({
    "179, NOT_MET, 99.44, -1",
    "180, MET, 100.00, 0",
    "200, MET, 111.11, 20",
    "201, EXCEEDED, 111.67, 21"
  })
  void rangeOnBothSidesOfEachBound_T1T2(
      long actual, TargetStatus status, String percent, String difference) {
    TargetOutcome outcome = evaluate(new Goal.CountRange(180, 200), MetricValue.count(actual));

    assertThat(outcome.status()).isEqualTo(status);
    assertThat(outcome.percentOfTarget()).contains(pct(percent));
    assertThat(outcome.difference()).contains(pct(difference));
    assertThat(outcome.targetValue()).contains(pct("180"));
  }

  @ParameterizedTest(name = "range divisor {0}: 190 of 180-200 is {1}%")
  @CsvSource({"LOWER_BOUND, 105.56, 180", "UPPER_BOUND, 95.00, 200", "MIDPOINT, 100.00, 190"})
  void rangeDivisorIsAPolicy_T2(
      TargetPolicies.RangeDivisor divisor, String percent, String reference) {
    TargetEvaluator evaluator =
        TargetEvaluator.of(TargetPolicies.defaults().withRangeDivisor(divisor));

    TargetOutcome outcome =
        evaluate(
            evaluator, new Goal.CountRange(180, 200), MetricValue.count(190), Optional.empty());

    assertThat(outcome.status()).isEqualTo(TargetStatus.MET);
    assertThat(outcome.percentOfTarget()).contains(pct(percent));
    assertThat(outcome.targetValue().orElseThrow()).isEqualByComparingTo(reference);
  }

  // ---------- REDUCTION: T5 ----------

  // 6a: exceeded vs met on the exact change: 9 × 0.95 = 8.55 allows 8, and 8 is below 8.55.
  @ParameterizedTest(name = "a 5% cut from 9 with {0}: {1}")
  @CsvSource({"7, EXCEEDED, -1", "8, EXCEEDED, 0", "9, NOT_MET, 1"})
  void fivePercentReductionFromNine_allowsEightNotNine_eightExceedsIt_T5_6a(
      long actual, TargetStatus status, String difference) {
    TargetOutcome outcome =
        evaluate(
            DEFAULTS,
            new Goal.Reduction(pct("5")),
            MetricValue.count(actual),
            Optional.of(MetricValue.count(9)));

    assertThat(outcome.status()).isEqualTo(status);
    assertThat(outcome.targetValue()).contains(pct("8"));
    assertThat(outcome.difference()).contains(pct(difference));
    assertThat(outcome.percentOfTarget()).isEmpty();
    assertThat(outcome.rules()).contains(TargetRule.T5);
  }

  @Test
  void reductionRoundedHalfUp_letsNineMeetACutFromNine_T5() {
    TargetEvaluator halfUp =
        TargetEvaluator.of(
            TargetPolicies.defaults()
                .withReductionRounding(TargetPolicies.ReductionRounding.HALF_UP));

    TargetOutcome outcome =
        evaluate(
            halfUp,
            new Goal.Reduction(pct("5")),
            MetricValue.count(9),
            Optional.of(MetricValue.count(9)));

    assertThat(outcome.status()).isEqualTo(TargetStatus.MET);
    // Rounding only widens what meets the target; below the exact 8.55 it is still exceeded.
    assertThat(
            evaluate(
                    halfUp,
                    new Goal.Reduction(pct("5")),
                    MetricValue.count(8),
                    Optional.of(MetricValue.count(9)))
                .status())
        .isEqualTo(TargetStatus.EXCEEDED);
  }

  @ParameterizedTest(name = "a 5% cut from 20 with {0}: {1}")
  @CsvSource({"18, EXCEEDED", "19, MET", "20, NOT_MET"})
  void reductionToAWholeLimit_isMetExactlyAtIt_T5_6a(long actual, TargetStatus status) {
    assertThat(
            evaluate(
                    DEFAULTS,
                    new Goal.Reduction(pct("5")),
                    MetricValue.count(actual),
                    Optional.of(MetricValue.count(20)))
                .status())
        .isEqualTo(status);
  }

  @ParameterizedTest(name = "a cut from 0 with {0}: {1}")
  @CsvSource({"0, MET", "1, NOT_MET"})
  void reductionFromZero_isMetOnlyByZero_T5(long actual, TargetStatus status) {
    TargetOutcome outcome =
        evaluate(
            DEFAULTS,
            new Goal.Reduction(pct("5")),
            MetricValue.count(actual),
            Optional.of(MetricValue.count(0)));

    assertThat(outcome.status()).isEqualTo(status);
    assertThat(outcome.change().orElseThrow().percent()).isEmpty();
  }

  @Test
  void reductionFromZeroUnderUndecidedPolicy_isUnknown_T5() {
    TargetEvaluator undecided =
        TargetEvaluator.of(
            TargetPolicies.defaults().withZeroPrevious(TargetPolicies.ZeroPrevious.UNDECIDED));

    TargetOutcome outcome =
        evaluate(
            undecided,
            new Goal.Reduction(pct("5")),
            MetricValue.count(0),
            Optional.of(MetricValue.count(0)));

    assertThat(outcome.status()).isEqualTo(TargetStatus.UNKNOWN);
    assertThat(outcome.findings())
        .singleElement()
        .extracting(TargetFinding::rule)
        .isEqualTo(TargetRule.T5);
  }

  @Test
  void reductionWithoutPreviousYear_isUnknownNamingTheTarget_T5() {
    TargetOutcome outcome = evaluate(new Goal.Reduction(pct("5")), MetricValue.count(8));

    assertThat(outcome.status()).isEqualTo(TargetStatus.UNKNOWN);
    assertThat(outcome.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.targetId()).isEqualTo("T2023-01");
              assertThat(f.metric()).isEqualTo(FIGURE);
              assertThat(f.rule()).isEqualTo(TargetRule.T5);
              assertThat(f.message().en()).contains("T2023-01", "2022", "Figure");
              assertThat(f.message().vi()).contains("T2023-01", "2022", "Số liệu");
              assertThat(f.toString()).contains("T2023-01", "FIGURE");
            });
    assertThat(outcome.explanation().vi()).contains("T2023-01");
  }

  @Test
  void reductionWithAPreviousShare_isUnknown_T5() {
    TargetOutcome outcome =
        evaluate(
            DEFAULTS,
            new Goal.Reduction(pct("5")),
            MetricValue.count(8),
            Optional.of(MetricValue.share(1, 2)));

    assertThat(outcome.status()).isEqualTo(TargetStatus.UNKNOWN);
    assertThat(outcome.change()).isEmpty();
  }

  // ---------- NONE: T1 ----------

  @ParameterizedTest(name = "none with {0}: {1}")
  @CsvSource({"0, MET", "1, NOT_MET", "5, NOT_MET"})
  void noneIsMetOnlyByZeroAndNeverExceeded_T1(long actual, TargetStatus status) {
    TargetOutcome outcome = evaluate(new Goal.None(), MetricValue.count(actual));

    assertThat(outcome.status()).isEqualTo(status).isNotEqualTo(TargetStatus.EXCEEDED);
    assertThat(outcome.percentOfTarget()).isEmpty();
    assertThat(outcome.difference()).contains(BigDecimal.valueOf(actual));
  }

  @Test
  void noneOnAShare_countsThePart_T1() {
    assertThat(evaluate(new Goal.None(), MetricValue.share(0, 85)).status())
        .isEqualTo(TargetStatus.MET);
    assertThat(evaluate(new Goal.None(), MetricValue.share(1, 85)).status())
        .isEqualTo(TargetStatus.NOT_MET);
    assertThat(TargetKind.NONE.canBeExceeded()).isFalse();
  }

  // ---------- RATE_OF_BASE: T6 ----------

  @ParameterizedTest(name = "3% of 5,356 with {0}: {1}")
  @CsvSource({"160, NOT_MET", "161, MET", "162, EXCEEDED"})
  void threePercentOf5356_requires161_T6(long actual, TargetStatus status) {
    TargetOutcome outcome =
        evaluate(new Goal.RateOfBase(pct("3"), 5356), MetricValue.count(actual));

    assertThat(outcome.status()).isEqualTo(status);
    assertThat(outcome.targetValue()).contains(pct("161"));
    assertThat(outcome.rules()).contains(TargetRule.T6);
  }

  @ParameterizedTest(name = "rate-of-base rounding {0}: 3% of 5,356 requires {1}")
  @CsvSource({"CEILING, 161", "HALF_UP, 161", "FLOOR, 160"})
  void rateOfBaseRoundingIsAPolicy_T6(TargetPolicies.RateOfBaseRounding rounding, String required) {
    TargetEvaluator evaluator =
        TargetEvaluator.of(TargetPolicies.defaults().withRateOfBaseRounding(rounding));

    TargetOutcome outcome =
        evaluate(
            evaluator,
            new Goal.RateOfBase(pct("3"), 5356),
            MetricValue.count(160),
            Optional.empty());

    assertThat(outcome.targetValue()).contains(pct(required));
  }

  // ---------- SHARE_EXACTLY_100, SHARE_ABOVE, SHARE_AT_LEAST: T1, T2 ----------

  @ParameterizedTest(name = "exactly 100% with {0}/{1}: {2}")
  @CsvSource({"10000, 10000, MET, 100.00", "9999, 10000, NOT_MET, 99.99"})
  void shareExactly100_isMetOnlyByTheWholeAndNeverExceeded_T1(
      long part, long whole, TargetStatus status, String percent) {
    TargetOutcome outcome = evaluate(new Goal.ShareExactly100(), MetricValue.share(part, whole));

    assertThat(outcome.status()).isEqualTo(status);
    assertThat(outcome.percentOfTarget()).contains(pct(percent));
    assertThat(TargetKind.SHARE_EXACTLY_100.canBeExceeded()).isFalse();
  }

  @ParameterizedTest(name = "above 90% with {0}/{1}: {2}")
  @CsvSource({
    "9, 10, NOT_MET",
    "9000, 10000, NOT_MET",
    "9001, 10000, EXCEEDED",
    "10, 10, EXCEEDED"
  })
  void shareAbove90_isNotMetAtExactly90_exceededAbove_T1_6a(
      long part, long whole, TargetStatus status) {
    TargetOutcome outcome =
        evaluate(new Goal.ShareAbove(pct("90")), MetricValue.share(part, whole));

    assertThat(outcome.status()).isEqualTo(status);
  }

  @ParameterizedTest(name = "above 90% with {0}/{1}, policy MET: {2}")
  @CsvSource({"9000, 10000, NOT_MET", "9001, 10000, MET"})
  void shareAbove90_underThePolicyMet_isMetAbove_T1_6aPolicy(
      long part, long whole, TargetStatus status) {
    TargetEvaluator met =
        TargetEvaluator.of(
            TargetPolicies.defaults().withAboveThreshold(TargetPolicies.AboveThreshold.MET));

    assertThat(
            evaluate(
                    met,
                    new Goal.ShareAbove(pct("90")),
                    MetricValue.share(part, whole),
                    Optional.empty())
                .status())
        .isEqualTo(status);
    assertThat(met.policies().aboveThreshold()).isEqualTo(TargetPolicies.AboveThreshold.MET);
    assertThat(TargetPolicies.defaults().aboveThreshold())
        .isEqualTo(TargetPolicies.AboveThreshold.EXCEEDED);
  }

  @ParameterizedTest(name = "at least 80% with {0}/100: {1}")
  @CsvSource({"79, NOT_MET, 98.75, -1.00", "80, MET, 100.00, 0.00", "81, EXCEEDED, 101.25, 1.00"})
  void shareAtLeast80_onBothSides_T1T2T3(
      long part, TargetStatus status, String percent, String points) {
    TargetOutcome outcome =
        evaluate(new Goal.ShareAtLeast(pct("80")), MetricValue.share(part, 100));

    assertThat(outcome.status()).isEqualTo(status);
    assertThat(outcome.percentOfTarget()).contains(pct(percent));
    assertThat(outcome.difference()).contains(pct(points));
  }

  @Test
  void shareAtLeastIsExact_79of99IsJustBelow80_T1() {
    // 79/99 = 79.797...% rounds to 79.80 but is below 80%.
    assertThat(evaluate(new Goal.ShareAtLeast(pct("80")), MetricValue.share(79, 99)).status())
        .isEqualTo(TargetStatus.NOT_MET);
  }

  @Test
  void shareAtLeastZero_hasNoPercentOfTarget_T2() {
    TargetOutcome outcome = evaluate(new Goal.ShareAtLeast(pct("0")), MetricValue.share(0, 5));

    assertThat(outcome.status()).isEqualTo(TargetStatus.MET);
    assertThat(outcome.percentOfTarget()).isEmpty();
  }

  // ---------- PLAN_COMPLETION: T1 ----------

  @ParameterizedTest(name = "plan with {0}/{1}: {2}")
  @CsvSource({"23, 23, MET, 100.00, 0", "22, 23, NOT_MET, 95.65, -1"})
  void planCompletion_isMetOnlyByTheWholePlan_T1(
      long done, long total, TargetStatus status, String percent, String difference) {
    TargetOutcome outcome =
        evaluate(new Goal.PlanCompletion(), MetricValue.completion(done, total));

    assertThat(outcome.status()).isEqualTo(status);
    assertThat(outcome.percentOfTarget()).contains(pct(percent));
    assertThat(outcome.difference()).contains(pct(difference));
    assertThat(TargetKind.PLAN_COMPLETION.canBeExceeded()).isFalse();
  }

  // ---------- change from the previous year ----------

  @Test
  void disciplined15Then9_isADropOf6Or40Percent() {
    TargetOutcome outcome =
        evaluate(
            DEFAULTS,
            new Goal.Reduction(pct("5")),
            MetricValue.count(9),
            Optional.of(MetricValue.count(15)));

    Change change = outcome.change().orElseThrow();
    assertThat(change.kind()).isEqualTo(ValueKind.COUNT);
    assertThat(change.absolute()).isEqualByComparingTo("-6");
    assertThat(change.percent().orElseThrow()).isEqualByComparingTo("-40");
    assertThat(change.direction()).isEqualTo(-1);
    assertThat(outcome.status()).isEqualTo(TargetStatus.EXCEEDED);
    assertThat(outcome.previous()).isPresent();
  }

  @Test
  void shareChange_isInPercentagePoints() {
    TargetOutcome outcome =
        evaluate(
            DEFAULTS,
            new Goal.ShareAtLeast(pct("80")),
            MetricValue.share(85, 100),
            Optional.of(MetricValue.share(3, 4)));

    Change change = outcome.change().orElseThrow();
    assertThat(change.absolute()).isEqualByComparingTo("10");
    assertThat(change.percent()).isEmpty();
    assertThat(change.direction()).isEqualTo(1);
  }

  @Test
  void changeBetweenKindsOrFromAnEmptyShare_isAbsent() {
    assertThat(
            evaluate(
                    DEFAULTS,
                    new Goal.ShareAtLeast(pct("80")),
                    MetricValue.share(85, 100),
                    Optional.of(MetricValue.completion(3, 4)))
                .change())
        .isEmpty();
    assertThat(
            evaluate(
                    DEFAULTS,
                    new Goal.ShareAtLeast(pct("80")),
                    MetricValue.share(85, 100),
                    Optional.of(MetricValue.share(0, 0)))
                .change())
        .isEmpty();
    assertThat(
            evaluate(
                    DEFAULTS,
                    new Goal.None(),
                    MetricValue.share(0, 100),
                    Optional.of(MetricValue.count(2)))
                .change())
        .isEmpty();
  }

  // ---------- T7: computed or reported ----------

  @Test
  void outcomeSaysWhetherTheFigureWasComputedOrReported_T7() {
    Target computed =
        Target.of(
            "T-ADM",
            "Kết nạp đảng viên",
            "Admissions",
            ComputedMetric.MEMBERS_ADMITTED,
            new Goal.CountAtLeast(1));
    Target reported =
        Target.of(
            "T-INS",
            "Kế hoạch kiểm tra",
            "Inspection plan",
            ReportedMetric.INSPECTION_PLAN,
            new Goal.PlanCompletion());
    MetricValues figures =
        MetricValues.builder(YEAR)
            .computed(ComputedMetric.MEMBERS_ADMITTED, MetricValue.count(2))
            .reported(ReportedMetric.INSPECTION_PLAN, MetricValue.completion(5, 5))
            .build();
    Resolution resolution =
        new Resolution(
            LocalizedText.of("Đảng ủy Khối", "Bloc committee"),
            YEAR,
            LocalizedText.of("Chủ đề", "Theme"),
            List.of(computed, reported));

    ResolutionEvaluation evaluation = DEFAULTS.evaluate(resolution, figures);

    TargetOutcome first = evaluation.outcome("T-ADM").orElseThrow();
    TargetOutcome second = evaluation.outcome("T-INS").orElseThrow();
    assertThat(first.isComputed()).isTrue();
    assertThat(first.provenance()).contains(Provenance.COMPUTED);
    assertThat(second.isComputed()).isFalse();
    assertThat(second.provenance()).contains(Provenance.REPORTED);
    // 6a: where a figure came from is in the structured result, not in the sentence.
    assertThat(second.explanation().vi()).doesNotContain("số liệu báo cáo", "tính từ dữ liệu");
    assertThat(first.explanation().en()).doesNotContain("computed", "reported");
    assertThat(evaluation.outcome("T-XYZ")).isEmpty();
    assertThat(evaluation.policies()).isEqualTo(TargetPolicies.defaults());
  }

  // ---------- bad input ----------

  @Test
  void targetWhoseMetricIsMissing_isUnknownNamingTargetAndMetric_T7() {
    Target target =
        Target.of(
            "T2023-09",
            "Kế hoạch kiểm tra",
            "Inspection plan",
            ReportedMetric.INSPECTION_PLAN,
            new Goal.PlanCompletion());

    TargetOutcome outcome =
        DEFAULTS.evaluate(target, MetricValues.empty(YEAR), MetricValues.empty(YEAR.minusYears(1)));

    assertThat(outcome.status()).isEqualTo(TargetStatus.UNKNOWN);
    assertThat(outcome.status().isReached()).isFalse();
    assertThat(outcome.isComputed()).isFalse();
    assertThat(outcome.provenance()).isEmpty();
    assertThat(outcome.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.targetId()).isEqualTo("T2023-09");
              assertThat(f.metric()).isEqualTo(ReportedMetric.INSPECTION_PLAN);
              assertThat(f.message().en())
                  .contains("T2023-09", "Inspection and supervision plan", "2023");
              assertThat(f.message().vi())
                  .contains("T2023-09", "Chương trình, kế hoạch kiểm tra, giám sát", "2023");
            });
  }

  @Test
  void reportedFigureOfTheWrongKind_isUnknown_T7() {
    TargetOutcome outcome = evaluate(new Goal.ShareAtLeast(pct("80")), MetricValue.count(80));

    assertThat(outcome.status()).isEqualTo(TargetStatus.UNKNOWN);
    assertThat(outcome.findings().get(0).message().en()).contains("T2023-01", "Share at least");
  }

  @Test
  void emptyShare_isUnknown_T2() {
    TargetOutcome outcome = evaluate(new Goal.ShareExactly100(), MetricValue.share(0, 0));

    assertThat(outcome.status()).isEqualTo(TargetStatus.UNKNOWN);
    assertThat(outcome.findings().get(0).rule()).isEqualTo(TargetRule.T2);
  }

  @Test
  void rangeWithMinAboveMax_isRefusedNamingTheTarget() {
    assertThatThrownBy(
            () -> Target.of("T2023-07", "Kết nạp", "Admit", FIGURE, new Goal.CountRange(200, 180)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("T2023-07")
        .hasMessageContaining("200-180");
  }

  @Test
  void shareAbove100Percent_isRefusedNamingTheTarget() {
    assertThatThrownBy(() -> target(new Goal.ShareAtLeast(pct("100.01"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("T2023-01")
        .hasMessageContaining("100.01%");
    assertThatThrownBy(() -> target(new Goal.ShareAbove(pct("-1"))))
        .hasMessageContaining("T2023-01");
    assertThatThrownBy(() -> target(new Goal.Reduction(pct("101"))))
        .hasMessageContaining("reduction");
    assertThatThrownBy(() -> target(new Goal.RateOfBase(pct("3"), -1)))
        .hasMessageContaining("base");
    assertThatThrownBy(() -> target(new Goal.CountAtLeast(-1))).hasMessageContaining("minimum");
    assertThatThrownBy(() -> target(new Goal.CountRange(-1, 3))).hasMessageContaining("minimum");
  }

  @Test
  void goalThatDoesNotFitAComputedMetric_isRefusedNamingTheTarget() {
    assertThatThrownBy(
            () ->
                Target.of(
                    "T2023-05",
                    "Đảng viên",
                    "Members",
                    ComputedMetric.MEMBERS_AT_LEAST_HTTNV,
                    new Goal.CountAtLeast(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("T2023-05")
        .hasMessageContaining("MEMBERS_AT_LEAST_HTTNV");
    assertThatThrownBy(
            () ->
                Target.of(
                    "T2023-06",
                    "Kết nạp",
                    "Admit",
                    ComputedMetric.MEMBERS_ADMITTED,
                    new Goal.ShareAbove(pct("5"))))
        .hasMessageContaining("T2023-06");
    assertThatThrownBy(() -> Target.of(" ", "x", "x", FIGURE, new Goal.None()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void figuresOfAnotherYear_areRefused() {
    Resolution resolution =
        new Resolution(
            LocalizedText.of("Đảng ủy Khối", "Bloc committee"),
            YEAR,
            LocalizedText.of("Chủ đề", "Theme"),
            List.of(target(new Goal.None())));

    assertThatThrownBy(() -> DEFAULTS.evaluate(resolution, MetricValues.empty(Year.of(2022))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2022");
    assertThatThrownBy(
            () ->
                DEFAULTS.evaluate(
                    resolution, MetricValues.empty(YEAR), MetricValues.empty(Year.of(2021))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2021");
  }

  @Test
  void policiesRefuseABadPrecision_T4() {
    TargetPolicies defaults = TargetPolicies.defaults();
    assertThatThrownBy(() -> defaults.withPercentPrecision(-1, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> defaults.withPercentPrecision(11, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> defaults.withPercentPrecision(2, RoundingMode.UNNECESSARY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(defaults.percentScale()).isEqualTo(2);
    assertThat(defaults.percentRounding()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(defaults.rangeDivisor()).isEqualTo(TargetPolicies.RangeDivisor.LOWER_BOUND);
    assertThat(defaults.reductionRounding()).isEqualTo(TargetPolicies.ReductionRounding.EXACT);
    assertThat(defaults.zeroPrevious()).isEqualTo(TargetPolicies.ZeroPrevious.ONLY_ZERO_MEETS);
    assertThat(defaults.rateOfBaseRounding()).isEqualTo(TargetPolicies.RateOfBaseRounding.CEILING);
  }
}
