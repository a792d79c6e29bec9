package io.github.partyorg.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.rating.Level;
import io.github.partyorg.rating.LevelCounts;
import io.github.partyorg.rating.MemberFacts;
import io.github.partyorg.report.CommendationLevel;
import io.github.partyorg.report.RecognitionLevel;
import io.github.partyorg.report.YearRecord;
import io.github.partyorg.report.YearTheme;
import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.HostSector;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.Root;
import io.github.partyorg.targets.ComputedMetric;
import io.github.partyorg.targets.Goal;
import io.github.partyorg.targets.MetricValue;
import io.github.partyorg.targets.Provenance;
import io.github.partyorg.targets.ReportedMetric;
import io.github.partyorg.targets.Resolution;
import io.github.partyorg.targets.ResolutionEvaluation;
import io.github.partyorg.targets.Target;
import io.github.partyorg.targets.TargetKind;
import io.github.partyorg.targets.TargetOutcome;
import io.github.partyorg.targets.TargetStatus;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BenTreSampleTest {
  private static final Year Y2021 = Year.of(2021);
  private static final Year Y2022 = Year.of(2022);
  private static final Year Y2023 = Year.of(2023);
  private final BenTreSample sample = BenTreSample.get();

  private static long admittedIn(Root root, Year year) {
    return root.allMembers().filter(m -> m.admissionDate().getYear() == year.getValue()).count();
  }

  private static long disciplined(BenTreSample s, Year year) {
    return s.facts(year).members().values().stream()
        .filter(f -> !f.disciplines().isEmpty())
        .count();
  }

  @Test
  void admissions_165In2022_countedByAdmissionDate() {
    assertThat(admittedIn(sample.root(Y2022), Y2022)).isEqualTo(165);
    assertThat(admissionTarget(Y2022)).isEqualTo(new Goal.CountAtLeast(160));
    assertThat(admittedIn(sample.root(Y2023), Y2022)).isEqualTo(165);
    assertThat(admittedIn(sample.root(Y2021), Y2021)).isEqualTo(158);
    assertThat(admittedIn(sample.root(Y2023), Y2023)).isEqualTo(172);
    assertThat(admissionTarget(Y2021)).isEqualTo(new Goal.CountAtLeast(150));
    assertThat(admissionTarget(Y2023)).isEqualTo(new Goal.CountRange(180, 200));
  }

  private Goal admissionTarget(Year year) {
    return sample.resolution(year).targets().stream()
        .filter(t -> t.metric() == ComputedMetric.MEMBERS_ADMITTED)
        .findFirst()
        .orElseThrow()
        .goal();
  }

  @Test
  void admittedIn2022_areProbationaryAtTheEndOf2022() {
    assertThat(
            sample
                .root(Y2022)
                .allMembers()
                .filter(m -> m.admissionDate().getYear() == 2022)
                .noneMatch(Member::isOfficial))
        .isTrue();
  }

  @Test
  void disciplines_9In2022And15In2021_eachDatedInTheYear() {
    assertThat(disciplined(sample, Y2022)).isEqualTo(9);
    assertThat(disciplined(sample, Y2021)).isEqualTo(15);
    assertThat(disciplined(sample, Y2023)).isEqualTo(8);
    for (MemberFacts f : sample.facts(Y2022).members().values()) {
      f.disciplines().forEach(d -> assertThat(d.date().getYear()).isEqualTo(2022));
    }
  }

  @Test
  void sizes_areShapedLikeTheBlocsOfSection9() {
    Root root = sample.root(Y2022);
    List<BaseOrganisation> bases = root.baseOrganisations();
    assertThat(bases).hasSize(100);
    assertThat(root.memberCount()).isBetween(4_500, 5_500);
    long committees = bases.stream().filter(BaseOrganisation::isBaseCommittee).count();
    assertThat(committees).isEqualTo(48);
    assertThat(bases.stream().mapToInt(b -> b.subCommittees().size()).sum()).isEqualTo(3);
    for (BaseOrganisation b : bases) {
      if (b.isBaseCommittee()) {
        assertThat(b.cells().size()).isBetween(2, 6);
      }
    }
    Set<HostSector> sectors =
        bases.stream()
            .map(BaseOrganisation::sector)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(HostSector.class)));
    assertThat(sectors).containsExactlyInAnyOrder(HostSector.values());
    assertThat(sample.root(Y2021).baseOrganisations()).hasSize(100);
    assertThat(sample.root(Y2023).baseOrganisations()).hasSize(102);
  }

  @Test
  void twoPartyOrganisationsFoundedIn2023_inPrivateOrForeignInvestedEnterprises() {
    long founded =
        sample.root(Y2023).baseOrganisations().stream()
            .filter(b -> b.foundedOn().map(d -> d.getYear() == 2023).orElse(false))
            .filter(
                b ->
                    b.sector() == HostSector.PRIVATE_ENTERPRISE
                        || b.sector() == HostSector.FOREIGN_INVESTED_ENTERPRISE)
            .count();
    assertThat(founded).isEqualTo(2);
  }

  @Test
  void snapshots_areTheThirtyFirstOfDecember() {
    for (Year year : BenTreSample.YEARS) {
      assertThat(sample.root(year).snapshotDate()).isEqualTo(year.atMonth(12).atEndOfMonth());
      assertThat(sample.facts(year).year()).isEqualTo(year);
      assertThat(sample.record(year).year()).isEqualTo(year);
    }
  }

  @Test
  void ratingMix_mostHttnv_about17PercentHtxsnv_fewBelow_noMissingFacts() {
    for (Year year : BenTreSample.YEARS) {
      LevelCounts members = sample.rating(year).memberCounts();
      assertThat(members.incomplete()).isZero();
      int rated = members.rated();
      assertThat(members.count(Level.HTTNV)).isGreaterThan(rated * 3 / 4);
      assertThat(members.count(Level.HTXSNV) * 100L / rated).isBetween(15L, 20L);
      assertThat(members.count(Level.HTNV) + members.count(Level.KHTNV)).isPositive();
      assertThat((members.count(Level.HTNV) + members.count(Level.KHTNV)) * 100L / rated)
          .isLessThan(5);
      assertThat(sample.rating(year).baseOrganisationCounts().incomplete()).isZero();
    }
    assertThat(sample.rating(Y2023).baseOrganisationCounts().count(Level.KHTNV)).isZero();
  }

  @Test
  void record2022_reproducesTheSeed() {
    YearRecord r = sample.record(Y2022);
    assertThat(r.workItems()).hasSize(23);
    assertThat(r.workItemsDone()).isEqualTo(23);
    assertThat(r.workFields())
        .extracting(f -> f.name().vi())
        .containsExactly(
            "Chính trị, tư tưởng",
            "Tổ chức, cán bộ, đảng viên và bảo vệ chính trị nội bộ",
            "Kiểm tra, giám sát và thi hành kỷ luật trong Đảng",
            "Hoạt động Đoàn Thanh niên",
            "Công tác lãnh đạo, chỉ đạo, điều hành của Ban Thường vụ Đảng ủy Khối");
    assertThat(r.commendations())
        .extracting(c -> c.level() + " " + c.collectives() + "/" + c.individuals())
        .containsExactly(
            CommendationLevel.BASE + " 39/161",
            CommendationLevel.BLOC + " 7/6",
            CommendationLevel.PROPOSED_TO_PROVINCE + " 2/2",
            CommendationLevel.BASE + " 64/291",
            CommendationLevel.BLOC + " 10/16",
            CommendationLevel.PROPOSED_TO_PROVINCE + " 1/1");
    assertThat(r.modelsRegistered()).isEqualTo(13);
    assertThat(r.modelsRecognised()).isEqualTo(Map.of(RecognitionLevel.PROVINCE, 10));
    assertThat(r.youth())
        .hasValueSatisfying(
            y -> {
              assertThat(y.introduced()).isEqualTo(77);
              assertThat(y.admitted()).isEqualTo(27);
            });
    assertThat(r.themes())
        .containsExactly(new YearTheme(Y2022, "Tỉnh ủy", "Đồng thuận - Sáng tạo - Phát triển"));
  }

  @Test
  void records2021And2023_areInvented_2023HasUnfinishedItems() {
    assertThat(sample.record(Y2021).workItemsDone()).isEqualTo(21);
    YearRecord r2023 = sample.record(Y2023);
    assertThat(r2023.workItemsDone()).isLessThan(r2023.workItems().size());
    assertThat(r2023.themes())
        .singleElement()
        .extracting(YearTheme::text)
        .isEqualTo("Dân chủ - Kỷ cương - Đồng thuận - Sáng tạo - Phát triển");
  }

  @Test
  void resolution2023_listsTheSeedsTargets() {
    Resolution resolution = sample.resolution(Y2023);
    List<Target> targets = resolution.targets();
    assertThat(resolution.year()).isEqualTo(Y2023);
    assertThat(resolution.theme().vi())
        .isEqualTo("Dân chủ - Kỷ cương - Đồng thuận - Sáng tạo - Phát triển");
    assertThat(targets).hasSize(12);
    assertThat(targets)
        .extracting(Target::kind)
        .contains(
            TargetKind.SHARE_EXACTLY_100,
            TargetKind.SHARE_AT_LEAST,
            TargetKind.SHARE_ABOVE,
            TargetKind.COUNT_RANGE,
            TargetKind.REDUCTION,
            TargetKind.NONE,
            TargetKind.PLAN_COMPLETION);
    assertThat(resolution.target("T2023-ADMISSIONS").orElseThrow().goal())
        .isEqualTo(new Goal.CountRange(180, 200));
    assertThat(resolution.target("T2023-DISCIPLINE").orElseThrow().goal())
        .isEqualTo(new Goal.Reduction(BigDecimal.valueOf(5)));
    Target unions = resolution.target("T2023-UNIONS-HTTNV").orElseThrow();
    assertThat(unions.metric()).isEqualTo(ReportedMetric.UNIONS_AND_YOUTH_AT_LEAST_HTTNV);
    assertThat(unions.goal()).isEqualTo(new Goal.ShareAbove(BigDecimal.valueOf(90)));
    assertThat(resolution.target("T2023-UNIONS-KHTNV").orElseThrow().metric())
        .isEqualTo(ReportedMetric.UNIONS_AND_YOUTH_AT_KHTNV);
    for (Target t : targets) {
      assertThat(Normalizer.isNormalized(t.label().vi(), Normalizer.Form.NFC)).isTrue();
    }
    assertThat(sample.resolution(Y2022).targets())
        .extracting(Target::id)
        .containsExactly("T2022-ADMISSIONS", "T2022-DISCIPLINE");
    assertThat(sample.resolution(Y2021).targets()).hasSize(1);
  }

  @Test
  void reported_onlyIn2023_andOnlyReportedMetrics() {
    assertThat(sample.reported(Y2023).get(ReportedMetric.AGENCIES_COMPLETING_POLITICAL_TASK))
        .hasValueSatisfying(
            m -> {
              assertThat(m.provenance()).isEqualTo(Provenance.REPORTED);
              assertThat(((MetricValue.Proportion) m.value()).share().isWhole()).isFalse();
            });
    assertThat(sample.reported(Y2023).get(ReportedMetric.INSPECTION_PLAN))
        .hasValueSatisfying(m -> assertThat(m.value()).isEqualTo(MetricValue.completion(24, 24)));
    assertThat(sample.reported(Y2023).measurements())
        .allMatch(m -> m.metric() instanceof ReportedMetric);
    assertThat(sample.reported(Y2022).measurements()).isEmpty();
    assertThat(sample.reported(Y2022).year()).isEqualTo(Y2022);
    assertThat(sample.figures(Y2022).get(ComputedMetric.MEMBERS_ADMITTED))
        .hasValueSatisfying(m -> assertThat(m.value()).isEqualTo(MetricValue.count(165)));
  }

  @Test
  void evaluation2023_hasTargetsExceededMetAndNotMet_noneUnknown() {
    ResolutionEvaluation evaluation = sample.evaluation(Y2023);
    assertThat(evaluation.count(TargetStatus.EXCEEDED)).isPositive();
    assertThat(evaluation.count(TargetStatus.MET)).isPositive();
    assertThat(evaluation.count(TargetStatus.NOT_MET)).isPositive();
    assertThat(evaluation.count(TargetStatus.UNKNOWN)).isZero();
    assertThat(evaluation.findings()).isEmpty();
    assertThat(evaluation.outcome("T2023-ADMISSIONS").orElseThrow().status())
        .isEqualTo(TargetStatus.NOT_MET);
    assertThat(evaluation.outcome("T2023-AGENCIES").orElseThrow().status())
        .isEqualTo(TargetStatus.NOT_MET);
    TargetOutcome discipline = evaluation.outcome("T2023-DISCIPLINE").orElseThrow();
    assertThat(discipline.status().isReached()).isTrue();
    assertThat(discipline.previous().orElseThrow().value()).isEqualTo(MetricValue.count(9));
    assertThat(evaluation.outcome("T2023-INSPECTION").orElseThrow().provenance())
        .hasValue(Provenance.REPORTED);
    assertThat(sample.evaluation(Y2023)).isSameAs(evaluation);
    String text = sample.report(Y2023).toVietnameseText();
    assertThat(text)
        .contains("vượt chỉ tiêu")
        .contains("đạt chỉ tiêu")
        .contains("chưa đạt chỉ tiêu")
        .doesNotContain("Không đạt");
  }

  @Test
  void evaluation2022_admissionsComputedAndExceededAt103comma13() {
    TargetOutcome admissions = sample.evaluation(Y2022).outcome("T2022-ADMISSIONS").orElseThrow();
    assertThat(admissions.status()).isEqualTo(TargetStatus.EXCEEDED);
    assertThat(admissions.provenance()).hasValue(Provenance.COMPUTED);
    assertThat(admissions.isComputed()).isTrue();
    assertThat(admissions.percentOfTarget())
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("103.13"));
    assertThat(sample.evaluation(Y2022).outcome("T2022-DISCIPLINE").orElseThrow().status())
        .isEqualTo(TargetStatus.EXCEEDED);
    // 2021 has no previous year in the sample: evaluated without one.
    assertThat(sample.evaluation(Y2021).outcomes())
        .singleElement()
        .satisfies(o -> assertThat(o.status()).isEqualTo(TargetStatus.EXCEEDED));
  }

  @Test
  void deterministic_twoBuildsAreEqual() {
    BenTreSample a = BenTreSample.build();
    BenTreSample b = BenTreSample.build();
    for (Year year : BenTreSample.YEARS) {
      assertThat(a.root(year)).isEqualTo(b.root(year));
      assertThat(a.facts(year)).isEqualTo(b.facts(year));
      assertThat(a.record(year)).isEqualTo(b.record(year));
      assertThat(a.root(year).allMembers().map(Member::fullName).toList())
          .isEqualTo(b.root(year).allMembers().map(Member::fullName).toList());
    }
  }

  @Test
  void cached_andRebuiltIdentically() {
    // How long a build takes is measured by ColdStartBench.sampleBuild, not by a timed test.
    assertThat(BenTreSample.get()).isSameAs(sample);
    assertThat(sample.rating(Y2022)).isSameAs(sample.rating(Y2022));
    assertThat(sample.report(Y2022)).isSameAs(sample.report(Y2022));
    BenTreSample rebuilt = BenTreSample.build();
    assertThat(rebuilt).isNotSameAs(sample);
    assertThat(rebuilt.rating(Y2022)).isEqualTo(sample.rating(Y2022));
    assertThat(rebuilt.report(Y2022)).isEqualTo(sample.report(Y2022));
  }

  @Test
  void names_areGenerated_noRealPerson() {
    Set<String> seedPeople = Set.of("Hồ Thị Hoàng Yến", "Võ Văn Kiệt", "Trần Văn Phương");
    for (Year year : BenTreSample.YEARS) {
      sample
          .root(year)
          .allMembers()
          .forEach(
              m -> {
                assertThat(m.fullName()).matches("\\p{L}+ \\p{L}+ \\p{L}+");
                assertThat(seedPeople).doesNotContain(m.fullName());
                assertThat(m.id().value()).matches("BT\\d{5}");
              });
    }
  }

  @Test
  void unknownYear_isRefused() {
    assertThatThrownBy(() -> sample.root(Year.of(2020)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2020");
    assertThatThrownBy(() -> sample.resolution(Year.of(2024)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sample.evaluation(Year.of(2020)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(sample.toString()).isEqualTo("BenTreSample[2021, 2022, 2023]");
  }

  @Test
  void reports2021And2023_haveNoPreviousOrNextYearWhereNoneIsGiven() {
    assertThat(sample.report(Y2021).previousYearDisciplined()).isEmpty();
    assertThat(sample.report(Y2023).previousYearDisciplined()).hasValue(9);
    assertThat(sample.report(Y2023).nextYearTargets()).isEmpty();
    assertThat(sample.report(Y2023).nextYear()).isEmpty();
    assertThat(sample.report(Y2021).nextYear()).hasValue(sample.resolution(Y2022));
    assertThat(sample.report(Y2022).nextYear()).hasValue(sample.resolution(Y2023));
    assertThat(sample.report(Y2023).toVietnameseText())
        .contains(
            "Kết nạp 172 đảng viên mới, đạt 95,56% so với mức tối thiểu của chỉ tiêu (180 - 200"
                + " đảng viên), chưa đạt chỉ tiêu.")
        .contains("Quyết định kỷ luật 08 đảng viên (giảm 01 trường hợp");
  }
}
