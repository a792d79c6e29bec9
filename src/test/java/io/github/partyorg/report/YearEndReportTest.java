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
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
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
    assertThat(report.admissionsAgainstTarget())
        .hasValueSatisfying(
            a -> {
              assertThat(a.actual()).isEqualTo(165);
              assertThat(a.target()).isEqualTo(160);
            });
    assertThat(report.disciplined()).isEqualTo(9);
    assertThat(report.previousYearDisciplined()).hasValue(15);
    assertThat(report.record()).isEqualTo(sample.record(Y2022));
    assertThat(report.memberCounts()).isEqualTo(sample.rating(Y2022).memberCounts());
    assertThat(report.baseOrganisationCounts())
        .isEqualTo(sample.rating(Y2022).baseOrganisationCounts());
    assertThat(report.nextYearTargets()).hasSize(BenTreSample.resolution2023().size());
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
    assertThat(plain.admissionsAgainstTarget()).isEmpty();
    assertThat(plain.toVietnameseText())
        .contains(
            "Kết nạp " + VietnameseNumbers.count(probationaryAdmitted2022) + " đảng viên mới.")
        .contains("Quyết định kỷ luật 0 đảng viên.")
        .contains("thiếu dữ liệu để xếp loại")
        .doesNotContain("Chỉ tiêu năm");
    assertThat(plain.toEnglishText())
        .contains("Admitted " + probationaryAdmitted2022 + " new members.")
        .contains("Disciplined 0 members.")
        .contains("lacking facts");
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
            new ReportInputs(OptionalLong.of(160), OptionalLong.of(15), List.of()),
            VietnameseNumbers.of(1, RoundingMode.DOWN));
    assertThat(oneDecimal.toVietnameseText()).contains("đạt 103,1% chỉ tiêu");
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
}
