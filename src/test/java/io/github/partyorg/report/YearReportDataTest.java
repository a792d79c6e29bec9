package io.github.partyorg.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.targets.MetricValues;
import java.time.Year;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** {@link YearReportData}: the years must fit, and the report is assembled as the sample's. */
class YearReportDataTest {
  private static final Year Y2022 = Year.of(2022);
  private final BenTreSample sample = BenTreSample.get();

  private YearReportData data(
      Optional<MetricValues> previous, OptionalLong disciplined, Year next) {
    return new YearReportData(
        sample.record(Y2022),
        sample.resolution(Y2022),
        sample.reported(Y2022),
        previous,
        disciplined,
        Optional.of(sample.resolution(next)));
  }

  @Test
  void report_isTheSamplesReport() {
    YearReportData data =
        data(
            Optional.of(sample.figures(Year.of(2021))),
            OptionalLong.of(YearEndReport.disciplinedIn(sample.facts(Year.of(2021)))),
            Year.of(2023));

    assertThat(data.year()).isEqualTo(Y2022);
    assertThat(data.report(sample.root(Y2022), sample.facts(Y2022)).toVietnameseText())
        .isEqualTo(sample.report(Y2022).toVietnameseText());
  }

  @Test
  void withoutThePreviousYear_theReportStillBuilds() {
    YearReportData data = data(Optional.empty(), OptionalLong.empty(), Year.of(2023));

    assertThat(data.report(sample.root(Y2022), sample.facts(Y2022)).toEnglishText()).isNotBlank();
  }

  @Test
  void yearsThatDoNotFit_areRefusedNamingTheField() {
    assertThatThrownBy(() -> data(Optional.empty(), OptionalLong.empty(), Year.of(2022)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The field nextYear is for 2022, not for 2023.");
    assertThatThrownBy(
            () -> data(Optional.of(MetricValues.empty(Y2022)), OptionalLong.empty(), Year.of(2023)))
        .hasMessage("The field previousFigures is for 2022, not for 2021.");
    assertThatThrownBy(() -> data(Optional.empty(), OptionalLong.of(-1), Year.of(2023)))
        .hasMessageContaining("previousYearDisciplined is negative");
    assertThatThrownBy(
            () ->
                new YearReportData(
                    sample.record(Y2022),
                    sample.resolution(Year.of(2023)),
                    sample.reported(Y2022),
                    Optional.empty(),
                    OptionalLong.empty(),
                    Optional.empty()))
        .hasMessage("The field resolution is for 2023, not for 2022.");
    YearReportData data = data(Optional.empty(), OptionalLong.empty(), Year.of(2023));
    assertThatThrownBy(() -> data.report(sample.root(Y2022), sample.facts(Year.of(2023))))
        .hasMessage("The field facts is for 2023, not for 2022.");
  }

  @Test
  void metricValues_equalByYearAndMeasurements() {
    assertThat(sample.figures(Y2022)).isEqualTo(sample.figures(Y2022));
    assertThat(sample.figures(Y2022)).hasSameHashCodeAs(sample.figures(Y2022));
    assertThat(MetricValues.empty(Y2022)).isNotEqualTo(MetricValues.empty(Year.of(2021)));
    assertThat(sample.figures(Y2022)).isNotEqualTo(MetricValues.empty(Y2022));
  }
}
