package io.github.partyorg.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.rating.RootRater;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.sample.ExampleBloc;
import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.Root;
import io.github.partyorg.targets.ComputedMetric;
import io.github.partyorg.targets.Goal;
import io.github.partyorg.targets.MetricValue;
import io.github.partyorg.targets.MetricValues;
import io.github.partyorg.targets.Provenance;
import io.github.partyorg.targets.Resolution;
import io.github.partyorg.targets.ResolutionEvaluation;
import io.github.partyorg.targets.Target;
import io.github.partyorg.targets.TargetEvaluator;
import io.github.partyorg.targets.TargetPolicies;
import io.github.partyorg.targets.TargetStatus;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class YearEndReportTest {
  private static final Year Y2022 = Year.of(2022);
  private final BenTreSample sample = BenTreSample.get();
  private final YearEndReport report = sample.report(Y2022);

  @Test
  void vietnameseText_ofThe2022Sample_phrasesEachSeedFigureAsTheSeedDoes() {
    String text = report.toVietnameseText();
    assertThat(text)
        .contains("Đã thực hiện xong 23/23 đầu việc trên 05 lĩnh vực công tác")
        .contains("Kết nạp 165/160 đảng viên mới, đạt 103,13% chỉ tiêu năm 2022.")
        .contains(
            "Quyết định kỷ luật 09 đảng viên (giảm 06 trường hợp, tương đương giảm 40% so với"
                + " cùng kỳ năm 2021).")
        .contains(
            "Phong trào thi đua “Đồng Khởi mới”: cấp ủy cơ sở biểu dương, khen thưởng 39 tập thể,"
                + " 161 cá nhân; Đảng ủy Khối khen thưởng 07 tập thể, 06 cá nhân; đề nghị về tỉnh"
                + " khen thưởng 02 tập thể và 02 cá nhân.")
        .contains("64 tập thể, 291 cá nhân")
        .contains("10 tập thể, 16 cá nhân")
        .contains("01 tập thể và 01 cá nhân")
        .contains("có 13 mô hình đăng ký thực hiện trong năm 2022; công nhận 10 mô hình cấp tỉnh.")
        .contains(
            "Đoàn đã giới thiệu 77 đoàn viên ưu tú cho Đảng, có 27 đoàn viên ưu tú được kết nạp"
                + " vào Đảng.")
        .contains("Chủ đề năm 2022 (Tỉnh ủy): “Đồng thuận - Sáng tạo - Phát triển”.")
        .contains("Chỉ tiêu năm 2023")
        .contains("Kết nạp từ 180 - 200 đảng viên mới.");
    assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void markdown_hasTheSameFigures() {
    String md = report.toMarkdown();
    assertThat(md)
        .startsWith("# ")
        .contains("## Công tác tổ chức xây dựng Đảng")
        .contains("- Kết nạp 165/160 đảng viên mới, đạt 103,13% chỉ tiêu năm 2022.")
        .contains("09 đảng viên")
        .contains("giảm 06")
        .contains("40%")
        .contains("23/23");
    assertThat(report.toMarkdown(Language.VI)).isEqualTo(md);
  }

  @Test
  void english_hasTheSameFigures() {
    String en = report.toEnglishText();
    assertThat(en)
        .contains("23/23 work items done in 5 fields")
        .contains("Admitted 165/160 new members, 103.13% of the 2022 target.")
        .contains("Disciplined 9 members (6 fewer, a 40% fall from 2021).")
        .contains("7 collectives and 6 individuals")
        .contains("1 collective and 1 individual")
        .contains("13 models registered in 2022; 10 recognised at provincial level.")
        .contains("introduced 77 outstanding members to the Party; 27 of them were admitted.")
        .contains("Targets for 2023");
    assertThat(report.toMarkdown(Language.EN)).contains("- Admitted 165/160 new members");
  }

  @Test
  void structuredValues_areThoseComputedFromTheSample() {
    assertThat(report.year()).isEqualTo(Y2022);
    assertThat(report.rootId()).isEqualTo(BenTreSample.ROOT_ID);
    assertThat(report.rootName()).contains("Đảng ủy Khối");
    assertThat(report.admitted()).isEqualTo(165);
    assertThat(report.admissionOutcome())
        .hasValueSatisfying(
            a -> {
              assertThat(a.actual().orElseThrow().value()).isEqualTo(MetricValue.count(165));
              assertThat(a.targetValue()).hasValueSatisfying(v -> assertThat(v).isEqualTo("160"));
              assertThat(a.status()).isEqualTo(TargetStatus.EXCEEDED);
              assertThat(a.provenance()).hasValue(Provenance.COMPUTED);
              assertThat(a.percentOfTarget())
                  .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("103.13"));
            });
    assertThat(report.evaluation()).hasValue(sample.evaluation(Y2022));
    assertThat(report.nextYear()).hasValue(sample.resolution(Year.of(2023)));
    assertThat(report.disciplined()).isEqualTo(9);
    assertThat(report.previousYearDisciplined()).hasValue(15);
    assertThat(report.record()).isEqualTo(sample.record(Y2022));
    assertThat(report.memberCounts()).isEqualTo(sample.rating(Y2022).memberCounts());
    assertThat(report.baseOrganisationCounts())
        .isEqualTo(sample.rating(Y2022).baseOrganisationCounts());
    assertThat(report.nextYearTargets()).hasSize(12);
    assertThat(report.sections(Language.VI)).hasSameSizeAs(report.sections(Language.EN));
    assertThat(report.toString()).isEqualTo("YearEndReport[DUK-BT 2022]");
  }

  @Test
  void ratingSentences_giveCountsAndSharesOfMembersAndBaseOrganisations() {
    assertThat(report.toVietnameseText())
        .containsPattern("Xếp loại chất lượng đảng viên năm 2022: [0-9.]+ hoàn thành xuất sắc")
        .contains("Xếp loại chất lượng tổ chức cơ sở đảng năm 2022:")
        .contains("hoàn thành tốt nhiệm vụ trở lên");
    assertThat(report.toEnglishText()).contains("HTTNV or better");
  }

  @Test
  void withoutTargetOrPreviousYear_plainCountsAreWritten() {
    Root root = ExampleBloc.create();
    YearFacts facts =
        YearFacts.builder().year(Y2022).reviewDate(LocalDate.of(2022, 12, 15)).build();
    RootRating rating = RootRater.forYear(Y2022).rate(root, facts);
    YearEndReport plain =
        YearEndReport.of(root, rating, facts, YearRecord.empty(Y2022), ReportInputs.none());
    long probationaryAdmitted2022 =
        root.allMembers().filter(m -> m.admissionDate().getYear() == 2022).count();
    assertThat(plain.admitted()).isEqualTo(probationaryAdmitted2022);
    assertThat(plain.admissionOutcome()).isEmpty();
    assertThat(plain.evaluation()).isEmpty();
    assertThat(plain.nextYear()).isEmpty();
    assertThat(plain.nextYearTargets()).isEmpty();
    assertThat(plain.toVietnameseText())
        .contains(
            "Kết nạp " + VietnameseNumbers.count(probationaryAdmitted2022) + " đảng viên mới.")
        .contains("Trong năm không có đảng viên bị kỷ luật.")
        .contains("không có đảng viên hoàn thành xuất sắc nhiệm vụ")
        .contains("đảng viên chưa đủ thông tin để xếp loại")
        .doesNotContain("Chỉ tiêu năm")
        .doesNotContain("Kết quả thực hiện chỉ tiêu");
    assertThat(plain.toEnglishText())
        .contains("Admitted " + probationaryAdmitted2022 + " new members.")
        .contains("No member was disciplined in the year.")
        .contains("lacking facts to be rated");
  }

  @Test
  void anotherPrecision_isApplied_T4() {
    BenTreSample s = sample;
    YearEndReport oneDecimal =
        YearEndReport.of(
            s.root(Y2022),
            s.rating(Y2022),
            s.facts(Y2022),
            s.record(Y2022),
            new ReportInputs(
                Optional.of(
                    TargetEvaluator.of(
                            TargetPolicies.defaults().withPercentPrecision(1, RoundingMode.DOWN))
                        .evaluate(s.resolution(Y2022), s.figures(Y2022))),
                OptionalLong.of(15),
                Optional.empty()),
            VietnameseNumbers.of(1, RoundingMode.DOWN));
    assertThat(oneDecimal.toVietnameseText()).contains("đạt 103,1% chỉ tiêu");
    // The report prints the evaluation's percentage as given: it does not round it again (T4).
    YearEndReport asGiven =
        YearEndReport.of(
            s.root(Y2022),
            s.rating(Y2022),
            s.facts(Y2022),
            s.record(Y2022),
            new ReportInputs(
                Optional.of(s.evaluation(Y2022)), OptionalLong.empty(), Optional.empty()),
            VietnameseNumbers.of(0, RoundingMode.DOWN));
    assertThat(asGiven.toVietnameseText()).contains("đạt 103,13% chỉ tiêu năm 2022.");
  }

  @Test
  void mismatchedInputs_areRefusedNamingTheField() {
    Root root = sample.root(Y2022);
    RootRating rating = sample.rating(Y2022);
    YearFacts facts = sample.facts(Y2022);
    YearRecord record = sample.record(Y2022);
    assertThatThrownBy(
            () ->
                YearEndReport.of(
                    root, rating, facts, YearRecord.empty(Year.of(2021)), ReportInputs.none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one year");
    assertThatThrownBy(
            () ->
                YearEndReport.of(
                    root, rating, sample.facts(Year.of(2023)), record, ReportInputs.none()))
        .hasMessageContaining("one year");
    Root other = ExampleBloc.create();
    assertThatThrownBy(() -> YearEndReport.of(other, rating, facts, record, ReportInputs.none()))
        .hasMessageContaining("rating is of root DUK-BT");
    Root earlier = sample.root(Year.of(2021));
    assertThatThrownBy(
            () ->
                YearEndReport.of(earlier, sample.rating(Y2022), facts, record, ReportInputs.none()))
        .hasMessageContaining("field root is a snapshot of 2021-12-31");
    assertThatThrownBy(() -> YearEndReport.of(root, rating, facts, record, null))
        .hasMessage("inputs");
  }

  @Test
  void counters_countAdmissionsByDateAndDisciplinesByFacts() {
    Root root = sample.root(Y2022);
    assertThat(YearEndReport.admittedIn(root, Y2022)).isEqualTo(165);
    assertThat(YearEndReport.admittedIn(root, Year.of(2021))).isEqualTo(158);
    assertThat(YearEndReport.disciplinedIn(sample.facts(Year.of(2021)))).isEqualTo(15);
  }

  @Test
  void noPersonalData_inTheRenderings() {
    List<String> names = sample.root(Y2022).allMembers().limit(200).map(Member::fullName).toList();
    String all = report.toVietnameseText() + report.toEnglishText() + report.toMarkdown();
    for (String name : names) {
      assertThat(all).doesNotContain(name);
    }
  }

  @Test
  void evaluationSection_of2023_showsEachStatusTheFiguresAndWhetherReported() {
    YearEndReport r2023 = sample.report(Year.of(2023));
    String text = r2023.toVietnameseText();
    assertThat(text)
        .contains("Kết quả thực hiện chỉ tiêu Nghị quyết năm 2023")
        .contains("vượt chỉ tiêu")
        .contains("đạt chỉ tiêu")
        .contains("chưa đạt chỉ tiêu")
        .doesNotContain("Không đạt")
        .doesNotContain("tính từ dữ liệu")
        .doesNotContain("số liệu báo cáo")
        // 6a: a range is stated, never a bare lower bound, and never "đạt 200%".
        .contains(
            "Kết nạp từ 180 - 200 đảng viên mới: kết quả 172, đạt 95,56% so với mức tối thiểu"
                + " của chỉ tiêu (180 - 200), chưa đạt chỉ tiêu.")
        // 6a: a share is the share itself, never a ratio of percentages.
        .contains(
            "100% cơ quan, đơn vị, doanh nghiệp hoàn thành tốt nhiệm vụ chính trị được giao:"
                + " kết quả 97% (97/100), chưa đạt chỉ tiêu (100%).")
        .contains(": thực hiện 24/24 (100%), đạt chỉ tiêu.")
        // T1 and 6a: a "none" target met by zero, in words.
        .contains("Không có tổ chức cơ sở đảng không hoàn thành nhiệm vụ, đạt chỉ tiêu.")
        .doesNotContain("Chỉ tiêu năm 2024");
    String en = r2023.toEnglishText();
    assertThat(en)
        .contains("Targets of the 2023 resolution: results")
        .contains(
            "Admit 180-200 new members: 172, 95.56% of the minimum of the target (180-200), not"
                + " met.")
        .contains("exceeded")
        .contains(", met")
        .contains("No base organisation rated KHTNV: none, met.");
    assertThat(r2023.toMarkdown())
        .contains("## Kết quả thực hiện chỉ tiêu Nghị quyết năm 2023")
        .contains("- Kết nạp từ 180 - 200 đảng viên mới: kết quả 172");
    assertThat(r2023.toMarkdown(Language.EN)).contains("## Targets of the 2023 resolution");
    assertThat(r2023.evaluation()).hasValue(sample.evaluation(Year.of(2023)));
  }

  private static ResolutionEvaluation admissionsOnly(long admitted, Optional<Long> previous) {
    Resolution resolution =
        new Resolution(
            io.github.partyorg.structure.LocalizedText.of("Đảng ủy", "Committee"),
            Y2022,
            io.github.partyorg.structure.LocalizedText.of("", ""),
            List.of(
                Target.of(
                    "A",
                    "Kết nạp 160 đảng viên mới.",
                    "Admit 160 new members.",
                    ComputedMetric.MEMBERS_ADMITTED,
                    new Goal.CountAtLeast(160)),
                Target.of(
                    "D",
                    "Giảm 5% số đảng viên bị kỷ luật.",
                    "Cut discipline by 5%.",
                    ComputedMetric.MEMBERS_DISCIPLINED,
                    new Goal.Reduction(java.math.BigDecimal.valueOf(5))),
                Target.of(
                    "M",
                    "Trên 90% đảng viên hoàn thành tốt nhiệm vụ.",
                    "Over 90% of members HTTNV.",
                    ComputedMetric.MEMBERS_AT_LEAST_HTTNV,
                    new Goal.ShareAbove(java.math.BigDecimal.valueOf(90)))));
    MetricValues figures =
        MetricValues.builder(Y2022)
            .reported(ComputedMetric.MEMBERS_ADMITTED, MetricValue.count(admitted))
            .reported(ComputedMetric.MEMBERS_DISCIPLINED, MetricValue.count(3))
            .build();
    MetricValues.Builder before = MetricValues.builder(Year.of(2021));
    previous.ifPresent(
        p -> before.reported(ComputedMetric.MEMBERS_DISCIPLINED, MetricValue.count(p)));
    return TargetEvaluator.withDefaults().evaluate(resolution, figures, before.build());
  }

  private YearEndReport withEvaluation(ResolutionEvaluation evaluation) {
    return YearEndReport.of(
        sample.root(Y2022),
        sample.rating(Y2022),
        sample.facts(Y2022),
        YearRecord.empty(Y2022),
        new ReportInputs(Optional.of(evaluation), OptionalLong.empty(), Optional.empty()));
  }

  @Test
  void admissionsSentence_isTheEvaluationsOutcome_onBothSidesOfTheTarget() {
    YearEndReport met = withEvaluation(admissionsOnly(160, Optional.of(4L)));
    assertThat(met.admissionOutcome().orElseThrow().status()).isEqualTo(TargetStatus.MET);
    assertThat(met.toVietnameseText())
        .contains("Kết nạp 160/160 đảng viên mới, đạt 100% chỉ tiêu năm 2022.")
        .contains("Kết nạp 160 đảng viên mới: kết quả 160/160, đạt 100% chỉ tiêu, đạt chỉ tiêu.")
        // 6a: no internal words such as "tính từ dữ liệu" or "số liệu báo cáo" in a sentence.
        .doesNotContain("số liệu báo cáo")
        .doesNotContain("tính từ dữ liệu")
        .contains(
            // 6a, T5: 03 is below the exact limit 3.8 (4 less 5%), so the target is exceeded.
            "Giảm 5% số đảng viên bị kỷ luật: kết quả 03, giảm 25% so với năm 2021 (chỉ tiêu giảm"
                + " 5%), vượt chỉ tiêu.");
    YearEndReport notMet = withEvaluation(admissionsOnly(159, Optional.empty()));
    assertThat(notMet.admissionOutcome().orElseThrow().status()).isEqualTo(TargetStatus.NOT_MET);
    assertThat(notMet.toVietnameseText())
        .contains("Kết nạp 159/160 đảng viên mới, đạt 99,38% chỉ tiêu năm 2022, chưa đạt chỉ tiêu.")
        .contains("Giảm 5% số đảng viên bị kỷ luật: chưa xác định được kết quả (")
        .contains("Trên 90% đảng viên hoàn thành tốt nhiệm vụ: chưa xác định được kết quả (")
        .doesNotContain("Không đạt");
    assertThat(notMet.toEnglishText())
        .contains("Admitted 159/160 new members, 99.38% of the 2022 target, below the target.")
        .contains("Over 90% of members HTTNV: the result is unknown (");
    // 6a: a zero-admissions year says zero in words, never "Kết nạp 0/160 ..., đạt 0%".
    YearEndReport none = withEvaluation(admissionsOnly(0, Optional.empty()));
    assertThat(none.toVietnameseText())
        .contains(
            "Trong năm không kết nạp đảng viên mới, chưa đạt chỉ tiêu năm 2022 (160 đảng viên).")
        .doesNotContain("Kết nạp 0/160");
    assertThat(none.toEnglishText())
        .contains("No new members were admitted; the 2022 target (160 members) was not met.");
    YearEndReport one = withEvaluation(admissionsOnly(1, Optional.empty()));
    assertThat(one.toVietnameseText())
        .contains("Kết nạp 01/160 đảng viên mới, đạt 0,63% chỉ tiêu năm 2022, chưa đạt chỉ tiêu.");
  }

  @Test
  void admissionsSentence_zeroAgainstARange_saysTheRangeInWords_6a() {
    Resolution range =
        new Resolution(
            io.github.partyorg.structure.LocalizedText.of("Đảng ủy", "Committee"),
            Y2022,
            io.github.partyorg.structure.LocalizedText.of("", ""),
            List.of(
                Target.of(
                    "R",
                    "Kết nạp từ 180 - 200 đảng viên mới.",
                    "Admit 180-200 new members.",
                    ComputedMetric.MEMBERS_ADMITTED,
                    new Goal.CountRange(180, 200))));
    MetricValues figures =
        MetricValues.builder(Y2022)
            .reported(ComputedMetric.MEMBERS_ADMITTED, MetricValue.count(0))
            .build();
    YearEndReport none = withEvaluation(TargetEvaluator.withDefaults().evaluate(range, figures));
    assertThat(none.admissionOutcome().orElseThrow().status()).isEqualTo(TargetStatus.NOT_MET);
    assertThat(none.toVietnameseText())
        .contains(
            "Trong năm không kết nạp đảng viên mới, chưa đạt chỉ tiêu (180 - 200 đảng viên).");
    assertThat(none.toEnglishText())
        .contains("No new members were admitted; the target (180-200 members) was not met.");
  }

  @Test
  void admissionsSentence_fallsBackToTheCount_whenTheOutcomeHasNoPercentage() {
    Resolution noTarget =
        new Resolution(
            io.github.partyorg.structure.LocalizedText.of("Đảng ủy", "Committee"),
            Y2022,
            io.github.partyorg.structure.LocalizedText.of("", ""),
            List.of(
                Target.of(
                    "Z",
                    "Kết nạp đảng viên.",
                    "Admit members.",
                    ComputedMetric.MEMBERS_ADMITTED,
                    new Goal.CountAtLeast(0))));
    YearEndReport zero =
        withEvaluation(TargetEvaluator.withDefaults().evaluate(noTarget, sample.figures(Y2022)));
    assertThat(zero.admissionOutcome()).isPresent();
    assertThat(zero.toVietnameseText()).contains("Kết nạp 165 đảng viên mới.");
    assertThat(zero.toEnglishText()).contains("Admitted 165 new members.");
  }

  @Test
  void reportInputs_validateTheirFigures() {
    assertThat(ReportInputs.none().evaluation()).isEmpty();
    assertThat(ReportInputs.none().nextYear()).isEmpty();
    assertThat(ReportInputs.none().previousYearDisciplined()).isEmpty();
    assertThatThrownBy(
            () -> new ReportInputs(Optional.empty(), OptionalLong.of(-1), Optional.empty()))
        .hasMessageContaining("previousYearDisciplined");
    assertThatThrownBy(
            () ->
                new ReportInputs(
                    Optional.of(sample.evaluation(Y2022)),
                    OptionalLong.empty(),
                    Optional.of(sample.resolution(Year.of(2022)))))
        .hasMessageContaining("nextYear");
    assertThat(
            new ReportInputs(
                    Optional.of(sample.evaluation(Y2022)),
                    OptionalLong.of(0),
                    Optional.of(sample.resolution(Year.of(2023))))
                .nextYear())
        .hasValue(sample.resolution(Year.of(2023)));
  }

  @Test
  void evaluationOrNextYear_ofAnotherYear_areRefusedNamingTheField() {
    Root root = sample.root(Y2022);
    RootRating rating = sample.rating(Y2022);
    YearFacts facts = sample.facts(Y2022);
    YearRecord record = sample.record(Y2022);
    assertThatThrownBy(
            () ->
                YearEndReport.of(
                    root,
                    rating,
                    facts,
                    record,
                    new ReportInputs(
                        Optional.of(sample.evaluation(Year.of(2021))),
                        OptionalLong.empty(),
                        Optional.empty())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field evaluation is of the resolution for 2021");
    assertThatThrownBy(
            () ->
                YearEndReport.of(
                    root,
                    rating,
                    facts,
                    record,
                    new ReportInputs(
                        Optional.empty(),
                        OptionalLong.empty(),
                        Optional.of(sample.resolution(Y2022)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field nextYear is the resolution for 2022");
  }
}
