package io.github.partyorg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void noArguments_printsThe2022ReportOfTheSampleInVietnamese() {
    assertThat(run()).isEqualTo(Main.EXIT_OK);
    assertThat(out())
        .contains("Báo cáo tổng kết năm 2022")
        .contains("Kết nạp 165/160 đảng viên mới, đạt 103,13% chỉ tiêu năm 2022.")
        .contains("Quyết định kỷ luật 09 đảng viên (giảm 06 trường hợp")
        .contains("23/23 đầu việc")
        .contains("Kết quả thực hiện chỉ tiêu Nghị quyết năm 2022")
        .contains("Kết nạp 160 đảng viên mới trở lên: kết quả 165/160, đạt 103,13% chỉ tiêu, vượt")
        .contains("Chỉ tiêu năm 2023");
    assertThat(err()).isEmpty();
  }

  @Test
  void charter_printsCharterFindingsOfExampleBlocInVietnamese() {
    assertThat(run("charter")).isEqualTo(Main.EXIT_OK);
    assertThat(out())
        .contains("Kiểm tra Điều lệ ngày 31/12/2022")
        .contains("S1 · Chưa đúng quy định · DL-BV")
        .contains("Căn cứ: Điều lệ Đảng (2011), Điều 21; Quy định 24-QĐ/TW (2021)")
        .doesNotContain("Vi phạm");
    assertThat(err()).isEmpty();
  }

  /** The membership findings of the bundled sample, in Vietnamese: what an officer acts on. */
  @Test
  void charter_printsTheMembershipFindingsOfTheSampleInVietnamese_M2_M4() {
    assertThat(run("charter")).isEqualTo(Main.EXIT_OK);
    assertThat(out())
        .contains("Đảng viên (M2, M4): 05 phát hiện.")
        .contains(
            "M2 · Chưa đúng quy định · DV00053: Đảng viên DV00053 hết thời kỳ dự bị 12 tháng ngày"
                + " 04/10/2022, đã quá 88 ngày nhưng chưa được xét công nhận đảng viên chính thức;"
                + " chi bộ cần xét công nhận đảng viên chính thức, nếu không đủ điều kiện thì xóa"
                + " tên.\n    Căn cứ: Điều lệ Đảng (2011), Điều 5; Quy định 24-QĐ/TW (2021)\n")
        .contains(
            "M4 · Cần lưu ý · DV00018: Đảng viên DV00018 đủ 30 năm tuổi Đảng ngày 27/02/2022 (M4)."
                + " Cần lập hồ sơ đề nghị tặng Huy hiệu 30 năm tuổi Đảng.\n    Căn cứ: Quy định"
                + " 24-QĐ/TW (2021); Hướng dẫn 01-HD/TW (2021), điểm 18\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void reportMarkdownInEnglish_forAnotherYear() {
    assertThat(run("report", "--year", "2023", "--format", "markdown", "--lang", "en"))
        .isEqualTo(Main.EXIT_OK);
    assertThat(out())
        .startsWith("# ")
        .contains("year-end report 2023")
        .contains(
            "- Admitted 172 new members, 95.56% of the minimum of the target (180-200 members)")
        .contains("## Targets of the 2023 resolution: results")
        .contains("- Admit 180-200 new members: 172, 95.56% of the minimum of the target")
        .contains(", exceeded (")
        .contains(", met (");
  }

  @Test
  void reportText_inEnglishAndVietnameseMarkdown() {
    assertThat(run("report", "--format", "text", "--lang", "en")).isEqualTo(Main.EXIT_OK);
    assertThat(out()).contains("Admitted 165/160 new members, 103.13% of the 2022 target.");
    out.reset();
    assertThat(run("--format", "markdown")).isEqualTo(Main.EXIT_OK);
    assertThat(out()).contains("## Công tác tổ chức xây dựng Đảng");
  }

  @Test
  void reportOptionsMisused_areUsageErrors() {
    assertThat(run("--year", "2020")).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("--format", "pdf")).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("charter", "--year", "2022")).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("charter", "--format", "text")).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("report", "--as-of", "2022-12-31")).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("report", "charter")).isEqualTo(Main.EXIT_USAGE);
    assertThat(out()).isEmpty();
    assertThat(err())
        .contains("--year needs 2021, 2022 or 2023")
        .contains("--format needs text or markdown or json")
        .contains("apply to the report command only")
        .contains("applies to the charter command only")
        .contains("give one command");
  }

  @Test
  void charterInEnglish_printsEnglishFindings() {
    assertThat(run("charter", "--lang", "en")).isEqualTo(Main.EXIT_OK);
    assertThat(out())
        .contains("Charter check on 2022-12-31")
        .contains("S1 · Non-compliant · DL-BV")
        .contains("Source: Party Charter (2011), art. 21");
  }

  @Test
  void asOfLater_reportsTheCongressesThatFallDue() {
    assertThat(run("charter", "--as-of", "2026-12-31", "--lang", "en")).isEqualTo(Main.EXIT_OK);
    assertThat(out()).contains("S8 · Non-compliant · CB-TC");
  }

  @Test
  void help_printsUsageAndSucceeds() {
    assertThat(run("--help", "--lang", "en")).isEqualTo(Main.EXIT_OK);
    assertThat(out()).contains("Usage: partyorg").contains("Exit codes");
    out.reset();
    // The help is in the language of the output, Vietnamese by default (from the catalogue).
    assertThat(run("--help")).isEqualTo(Main.EXIT_OK);
    assertThat(out()).startsWith("Cách dùng: partyorg").contains("Mã thoát");
  }

  @Test
  void unknownOption_isUsageError_withMessageOnStderrOnly() {
    assertThat(run("--bogus")).isEqualTo(Main.EXIT_USAGE);
    assertThat(out()).isEmpty();
    assertThat(err()).contains("unknown command or option '--bogus'");
  }

  @Test
  void badLanguageOrDate_isUsageError() {
    assertThat(run("--lang", "fr")).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("charter", "--as-of", "31/12/2022")).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("charter", "--as-of")).isEqualTo(Main.EXIT_USAGE);
    assertThat(out()).isEmpty();
    assertThat(err()).contains("--lang needs vi or en").contains("--as-of needs a date");
  }
}
