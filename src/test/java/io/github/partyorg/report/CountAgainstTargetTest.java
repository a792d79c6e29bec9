package io.github.partyorg.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.structure.LocalizedText;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CountAgainstTargetTest {
  private static final LocalizedText NEW = LocalizedText.of("đảng viên mới", "new members");

  @Test
  void seedAdmissions_165of160_reachTheTargetAt103comma13() {
    CountAgainstTarget c = new CountAgainstTarget(NEW, 165, 160);
    assertThat(c.reached()).isTrue();
    assertThat(c.percentOfTarget(VietnameseNumbers.defaults())).isEqualByComparingTo("103.13");
  }

  @Test
  void reached_boundary() {
    assertThat(new CountAgainstTarget(NEW, 160, 160).reached()).isTrue();
    assertThat(new CountAgainstTarget(NEW, 159, 160).reached()).isFalse();
    assertThat(new CountAgainstTarget(NEW, 0, 1).reached()).isFalse();
  }

  @Test
  void badValues_areRefusedNamingTheField() {
    assertThatThrownBy(() -> new CountAgainstTarget(NEW, -1, 160)).hasMessageContaining("actual");
    assertThatThrownBy(() -> new CountAgainstTarget(NEW, 1, 0)).hasMessageContaining("target");
    assertThatThrownBy(() -> new CountAgainstTarget(null, 1, 1)).hasMessage("label");
  }

  @Test
  void reportInputs_validateTheirFigures() {
    assertThat(ReportInputs.none().nextYearTargets()).isEmpty();
    assertThat(ReportInputs.none().admissionTarget()).isEmpty();
    assertThatThrownBy(() -> new ReportInputs(OptionalLong.of(0), OptionalLong.empty(), List.of()))
        .hasMessageContaining("admissionTarget");
    assertThatThrownBy(() -> new ReportInputs(OptionalLong.empty(), OptionalLong.of(-1), List.of()))
        .hasMessageContaining("previousYearDisciplined");
    assertThat(
            new ReportInputs(OptionalLong.of(1), OptionalLong.of(0), List.of(NEW))
                .nextYearTargets())
        .containsExactly(NEW);
  }
}
