package io.github.partyorg.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.fourgood.FourGoodEvaluator;
import io.github.partyorg.fourgood.FourGoodYear;
import io.github.partyorg.fourgood.Presets;
import io.github.partyorg.rating.InvalidFactsException;
import io.github.partyorg.rating.MemberFacts;
import io.github.partyorg.rating.QuotaHandling;
import io.github.partyorg.rating.RatingPolicies;
import io.github.partyorg.rating.Regime;
import io.github.partyorg.rating.RootRater;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Root;
import io.github.partyorg.targets.ComputedMetric;
import io.github.partyorg.targets.MetricValue;
import io.github.partyorg.targets.MetricValues;
import io.github.partyorg.targets.Provenance;
import io.github.partyorg.targets.TargetEvaluator;
import java.time.Year;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The yearly job in one call (issue 14): the same results as the steps run one by one. */
class YearJobTest {
  private static final Year Y2022 = Year.of(2022);
  private final BenTreSample sample = BenTreSample.get();

  @Test
  void ratingOnly_withoutReportData_givesTheRatingAlone() {
    YearResults results = YearJob.of(sample.root(Y2022), sample.facts(Y2022)).run();

    assertThat(results.rating()).isEqualTo(sample.rating(Y2022));
    assertThat(results.year()).isEqualTo(Y2022);
    assertThat(results.fourGood()).isEmpty();
    assertThat(results.figures()).isEmpty();
    assertThat(results.targets()).isEmpty();
    assertThat(results.report()).isEmpty();
  }

  @Test
  void withReportData_givesTheSamplesEvaluationAndReport() {
    YearResults results =
        YearJob.of(sample.root(Y2022), sample.facts(Y2022))
            .withReportData(sample.reportData(Y2022))
            .run();

    assertThat(results.targets()).contains(sample.evaluation(Y2022));
    assertThat(results.figures()).contains(sample.figures(Y2022));
    assertThat(results.report()).contains(sample.report(Y2022));
  }

  @Test
  void withFourGood_computesTheFourGoodShares_andEqualsTheStepsOneByOne() {
    Root root = sample.root(Y2022);
    FourGoodYear records = FourGoodYear.builder().year(Y2022).build();
    YearResults results =
        YearJob.of(root, sample.facts(Y2022))
            .withFourGood(Presets.nationalFrame(), records)
            .withReportData(sample.reportData(Y2022))
            .run();

    assertThat(results.fourGood())
        .contains(FourGoodEvaluator.evaluate(root, Presets.nationalFrame(), records));
    assertThat(results.figures().orElseThrow().get(ComputedMetric.FOUR_GOOD_CELLS)).isPresent();
    YearEndReport steps =
        sample
            .reportData(Y2022)
            .report(
                root,
                sample.facts(Y2022),
                RootRater.forYear(Y2022),
                TargetEvaluator.withDefaults(),
                results.fourGood());
    assertThat(results.report()).contains(steps);
  }

  @Test
  void regimeAndPolicies_areThoseChosen() {
    RatingPolicies enforce = RatingPolicies.defaults().withQuotaHandling(QuotaHandling.ENFORCE);
    YearJob job =
        YearJob.of(sample.root(Y2022), sample.facts(Y2022))
            .withRegime(Regime.R2023)
            .withRatingPolicies(enforce);

    assertThat(job.run().rating())
        .isEqualTo(
            RootRater.of(Regime.R2023, enforce).rate(sample.root(Y2022), sample.facts(Y2022)));
    assertThat(job.toString()).contains("DUK-BT", "2022", "R2023");
  }

  @Test
  void aReportedFigureOfAComputedMetric_replacesIt_T7() {
    YearReportData data = sample.reportData(Y2022);
    MetricValues reported =
        MetricValues.builder(Y2022)
            .addAll(data.reported())
            .reported(ComputedMetric.MEMBERS_ADMITTED, MetricValue.count(999))
            .build();
    YearReportData withAdmissions =
        new YearReportData(
            data.record(),
            data.resolution(),
            reported,
            data.previousFigures(),
            data.previousYearDisciplined(),
            data.nextYear());

    YearResults results =
        YearJob.of(sample.root(Y2022), sample.facts(Y2022)).withReportData(withAdmissions).run();

    assertThat(results.figures().orElseThrow().get(ComputedMetric.MEMBERS_ADMITTED))
        .hasValueSatisfying(
            m -> {
              assertThat(m.provenance()).isEqualTo(Provenance.REPORTED);
              assertThat(m.value()).isEqualTo(MetricValue.count(999));
            });
  }

  @Test
  void inputsOfAnotherYear_areRefused() {
    YearJob job = YearJob.of(sample.root(Y2022), sample.facts(Y2022));

    assertThatThrownBy(() -> job.withReportData(sample.reportData(Year.of(2023))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2023");
    assertThatThrownBy(
            () ->
                job.withFourGood(
                    Presets.nationalFrame(), FourGoodYear.builder().year(Year.of(2021)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2021");
    assertThat(
            new YearReportData(
                    sample.record(Y2022),
                    sample.resolution(Y2022),
                    sample.reported(Y2022),
                    Optional.empty(),
                    OptionalLong.empty(),
                    Optional.empty())
                .year())
        .isEqualTo(Y2022);
  }

  @Test
  void factsThatDoNotFitTheRoot_areRefusedWhenTheJobIsMade_namingTheId() {
    YearFacts facts =
        YearFacts.builder()
            .from(sample.facts(Y2022))
            .putMembers(
                MemberId.of("GHOST"),
                MemberFacts.builder().memberId(MemberId.of("GHOST")).year(Y2022).build())
            .build();

    assertThatThrownBy(() -> YearJob.of(sample.root(Y2022), facts))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("GHOST");
    assertThatThrownBy(
            () ->
                YearJob.of(sample.root(Y2022), sample.facts(Y2022))
                    .withRoot(sample.root(Year.of(2021))))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("2022");
  }
}
