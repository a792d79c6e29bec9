package io.github.partyorg.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.structure.Language;
import java.time.Year;
import org.junit.jupiter.api.Test;

class MetricValuesTest {
  private static final Year YEAR = Year.of(2022);

  @Test
  void oneFigurePerMetricAndYear_T7() {
    MetricValues.Builder builder =
        MetricValues.builder(YEAR)
            .reported(ReportedMetric.WORK_ITEMS, MetricValue.completion(23, 23));

    assertThatThrownBy(
            () -> builder.reported(ReportedMetric.WORK_ITEMS, MetricValue.completion(1, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("WORK_ITEMS");
    assertThatThrownBy(() -> builder.addAll(MetricValues.empty(Year.of(2021))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2021");
    MetricValues values = builder.build();
    assertThat(values.toString()).contains("2022", "WORK_ITEMS");
    assertThat(values.get(ReportedMetric.of("WORK_ITEMS", "khác", "other"))).isPresent();
  }

  @Test
  void valuesCheckTheirRanges() {
    assertThatThrownBy(() -> MetricValue.count(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MetricValue.completion(24, 23))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("24/23");
    assertThatThrownBy(() -> MetricValue.completion(-1, 23))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MetricValue.share(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThat(MetricValue.count(9).toString()).isEqualTo("9");
    assertThat(MetricValue.share(1, 2).toString()).isEqualTo("1/2");
    assertThat(MetricValue.completion(23, 23).toString()).isEqualTo("23/23");
    assertThat(MetricValue.completion(23, 23).kind()).isEqualTo(ValueKind.COMPLETION);
    assertThat(MetricValue.share(1, 2).kind()).isEqualTo(ValueKind.SHARE);
  }

  @Test
  void computedMetricRefusesAValueOfAnotherKind_T7() {
    assertThatThrownBy(
            () ->
                MetricValues.builder(YEAR)
                    .computed(ComputedMetric.MEMBERS_ADMITTED, MetricValue.share(1, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MEMBERS_ADMITTED");
  }

  @Test
  void reportedMetricsAreKeyedAndCannotShadowComputedOnes_T7() {
    assertThat(ReportedMetric.of("X", "a", "a")).isEqualTo(ReportedMetric.of("X", "b", "b"));
    assertThat(ReportedMetric.of("X", "a", "a"))
        .hasSameHashCodeAs(ReportedMetric.of("X", "b", "b"));
    assertThat(ReportedMetric.of("X", "a", "a")).isNotEqualTo(ReportedMetric.of("Y", "a", "a"));
    assertThat(ReportedMetric.INSPECTION_PLAN.toString()).isEqualTo("INSPECTION_PLAN");
    assertThat(ReportedMetric.INSPECTION_PLAN.source()).isEqualTo(Provenance.REPORTED);
    assertThatThrownBy(() -> ReportedMetric.of(" ", "a", "a"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportedMetric.of("MEMBERS", "a", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ComputedMetric.MEMBERS");
    assertThat(ComputedMetric.MEMBERS_DISCIPLINED.key()).isEqualTo("MEMBERS_DISCIPLINED");
    assertThat(ComputedMetric.MEMBERS_DISCIPLINED.source()).isEqualTo(Provenance.COMPUTED);
    assertThat(ComputedMetric.MEMBERS_DISCIPLINED.label().in(Language.VI))
        .isEqualTo("Số đảng viên bị kỷ luật");
    assertThat(Provenance.REPORTED.label().en()).isEqualTo("Reported");
  }
}
