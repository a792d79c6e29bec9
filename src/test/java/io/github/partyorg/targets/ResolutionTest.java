package io.github.partyorg.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.structure.LocalizedText;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed's 2023 resolution (domain reference, section 8) evaluated on invented figures. */
class ResolutionTest {
  private static final Year YEAR = Year.of(2023);

  static BigDecimal pct(String value) {
    return new BigDecimal(value);
  }

  static Resolution seed2023() {
    return new Resolution(
        LocalizedText.of("Đảng ủy Khối", "Bloc committee"),
        YEAR,
        LocalizedText.of(
            "Dân chủ - Kỷ cương - Đồng thuận - Sáng tạo - Phát triển",
            "Democracy - Discipline - Consensus - Creativity - Development"),
        List.of(
            Target.of(
                "T2023-01",
                "100% cơ quan, đơn vị, doanh nghiệp hoàn thành tốt nhiệm vụ chính trị",
                "100% of agencies complete their political task well",
                ReportedMetric.AGENCIES_COMPLETING_POLITICAL_TASK,
                new Goal.ShareExactly100()),
            Target.of(
                "T2023-04",
                "80% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên",
                "80% of base organisations at HTTNV or better",
                ComputedMetric.BASE_ORGANISATIONS_AT_LEAST_HTTNV,
                new Goal.ShareAtLeast(pct("80"))),
            Target.of(
                "T2023-05",
                "Không có tổ chức cơ sở đảng không hoàn thành nhiệm vụ",
                "No base organisation at KHTNV",
                ComputedMetric.BASE_ORGANISATIONS_AT_KHTNV,
                new Goal.None()),
            Target.of(
                "T2023-07",
                "Kết nạp từ 180 - 200 đảng viên mới",
                "Admit 180-200 new members",
                ComputedMetric.MEMBERS_ADMITTED,
                new Goal.CountRange(180, 200)),
            Target.of(
                "T2023-09",
                "Hoàn thành 100% chương trình, kế hoạch kiểm tra, giám sát",
                "100% of the inspection plan",
                ReportedMetric.INSPECTION_PLAN,
                new Goal.PlanCompletion()),
            Target.of(
                "T2023-10",
                "Kéo giảm 5% số đảng viên vi phạm bị xử lý kỷ luật so với năm 2022",
                "5% fewer members disciplined than in 2022",
                ComputedMetric.MEMBERS_DISCIPLINED,
                new Goal.Reduction(pct("5"))),
            Target.of(
                "T2023-11",
                "Trên 90% tổ chức Công đoàn, Đoàn Thanh niên hoàn thành tốt nhiệm vụ trở lên",
                "Over 90% of union and youth organisations at HTTNV or better",
                ReportedMetric.UNIONS_AND_YOUTH_AT_LEAST_HTTNV,
                new Goal.ShareAbove(pct("90")))));
  }

  @Test
  void seedResolution2023_givesMetExceededAndNotMet_T1() {
    MetricValues figures =
        MetricValues.builder(YEAR)
            .reported(ReportedMetric.AGENCIES_COMPLETING_POLITICAL_TASK, MetricValue.share(96, 96))
            .computed(ComputedMetric.BASE_ORGANISATIONS_AT_LEAST_HTTNV, MetricValue.share(85, 96))
            .computed(ComputedMetric.BASE_ORGANISATIONS_AT_KHTNV, MetricValue.count(1))
            .computed(ComputedMetric.MEMBERS_ADMITTED, MetricValue.count(205))
            .reported(ReportedMetric.INSPECTION_PLAN, MetricValue.completion(12, 12))
            .computed(ComputedMetric.MEMBERS_DISCIPLINED, MetricValue.count(8))
            .build();
    MetricValues figures2022 =
        MetricValues.builder(YEAR.minusYears(1))
            .computed(ComputedMetric.MEMBERS_DISCIPLINED, MetricValue.count(9))
            .computed(ComputedMetric.MEMBERS_ADMITTED, MetricValue.count(165))
            .build();

    ResolutionEvaluation evaluation =
        TargetEvaluator.withDefaults().evaluate(seed2023(), figures, figures2022);

    assertThat(evaluation.outcomes())
        .extracting(o -> o.target().id() + " " + o.status())
        .containsExactly(
            "T2023-01 MET",
            "T2023-04 EXCEEDED",
            "T2023-05 NOT_MET",
            "T2023-07 EXCEEDED",
            "T2023-09 MET",
            // 6a, T5: 8 is below 9 less 5% (8.55): exceeded on the exact change.
            "T2023-10 EXCEEDED",
            "T2023-11 UNKNOWN");
    assertThat(evaluation.count(TargetStatus.MET)).isEqualTo(2);
    assertThat(evaluation.count(TargetStatus.EXCEEDED)).isEqualTo(3);
    assertThat(evaluation.count(TargetStatus.NOT_MET)).isEqualTo(1);
    assertThat(evaluation.findings())
        .singleElement()
        .extracting(TargetFinding::targetId)
        .isEqualTo("T2023-11");
    TargetOutcome admitted = evaluation.outcome("T2023-07").orElseThrow();
    assertThat(admitted.change().orElseThrow().absolute()).isEqualByComparingTo("40");
    assertThat(admitted.change().orElseThrow().percent()).contains(pct("24.24"));
  }

  @Test
  void withoutPreviousYear_reductionIsUnknown_T5() {
    MetricValues figures =
        MetricValues.builder(YEAR)
            .computed(ComputedMetric.MEMBERS_DISCIPLINED, MetricValue.count(8))
            .build();

    ResolutionEvaluation evaluation = TargetEvaluator.withDefaults().evaluate(seed2023(), figures);

    assertThat(evaluation.outcome("T2023-10").orElseThrow().status())
        .isEqualTo(TargetStatus.UNKNOWN);
    assertThat(evaluation.count(TargetStatus.UNKNOWN)).isEqualTo(7);
    assertThat(evaluation.findings()).hasSize(7);
  }

  @Test
  void findsTargetsByIdAndRefusesDuplicates() {
    Resolution resolution = seed2023();

    assertThat(resolution.target("T2023-07").orElseThrow().kind())
        .isEqualTo(TargetKind.COUNT_RANGE);
    assertThat(resolution.target("nope")).isEmpty();
    Target again = resolution.targets().get(0);
    assertThatThrownBy(
            () ->
                new Resolution(
                    resolution.issuer(), YEAR, resolution.theme(), List.of(again, again)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("T2023-01");
    assertThat(again.toString()).startsWith("T2023-01");
    assertThat(again.label().vi()).startsWith("100%");
  }
}
