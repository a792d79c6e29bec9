package io.github.partyorg.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.structure.LocalizedText;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetRuleTest {

  @Test
  void everyRuleHasBilingualTitleAndCitation_T1toT7() {
    for (TargetRule rule : TargetRule.values()) {
      assertThat(rule.title().vi()).isNotBlank();
      assertThat(rule.title().en()).isNotBlank();
      assertThat(rule.citation().vi()).isNotBlank();
      assertThat(rule.citation().en()).isNotBlank();
    }
    assertThat(Arrays.stream(TargetRule.values()).filter(TargetRule::inferred))
        .containsExactly(TargetRule.T2, TargetRule.T5, TargetRule.T6);
  }

  @Test
  void kindsAndStatusesAreLabelled_T1() {
    assertThat(Arrays.stream(TargetKind.values()).filter(TargetKind::canBeExceeded))
        .containsExactly(
            TargetKind.SHARE_AT_LEAST,
            TargetKind.SHARE_ABOVE,
            TargetKind.COUNT_AT_LEAST,
            TargetKind.COUNT_RANGE,
            TargetKind.RATE_OF_BASE,
            TargetKind.REDUCTION);
    assertThat(TargetKind.COUNT_RANGE.label().vi()).isEqualTo("Số lượng trong khoảng");
    assertThat(TargetStatus.EXCEEDED.label().vi()).isEqualTo("Vượt chỉ tiêu");
    // 6a: "chưa đạt chỉ tiêu", never "không đạt".
    assertThat(TargetStatus.NOT_MET.label().vi()).isEqualTo("Chưa đạt chỉ tiêu");
    assertThat(TargetStatus.MET.isReached()).isTrue();
    assertThat(TargetStatus.EXCEEDED.isReached()).isTrue();
    assertThat(TargetStatus.NOT_MET.isReached()).isFalse();
  }

  @Test
  void outcomeIsUnknownExactlyWhenItHasFindings_T1() {
    Target target = Target.of("T1", "a", "a", ReportedMetric.WORK_ITEMS, new Goal.PlanCompletion());
    LocalizedText text = LocalizedText.of("x", "x");
    TargetFinding finding = new TargetFinding("T1", ReportedMetric.WORK_ITEMS, TargetRule.T7, text);
    Measurement measurement =
        new Measurement(
            ReportedMetric.WORK_ITEMS, MetricValue.completion(1, 1), Provenance.REPORTED);

    assertThatThrownBy(() -> outcome(target, TargetStatus.UNKNOWN, Optional.empty(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("T1");
    assertThatThrownBy(
            () -> outcome(target, TargetStatus.MET, Optional.of(measurement), List.of(finding)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> outcome(target, TargetStatus.MET, Optional.empty(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("figure");
    assertThat(outcome(target, TargetStatus.MET, Optional.of(measurement), List.of()).isComputed())
        .isFalse();
  }

  private static TargetOutcome outcome(
      Target target,
      TargetStatus status,
      Optional<Measurement> actual,
      List<TargetFinding> findings) {
    return new TargetOutcome(
        target,
        status,
        actual,
        Optional.empty(),
        Optional.of(BigDecimal.ONE),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(TargetRule.T1),
        LocalizedText.of("x", "x"),
        findings);
  }
}
