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
  void noArguments_printsCharterFindingsOfExampleBlocInVietnamese() {
    assertThat(run()).isEqualTo(Main.EXIT_OK);
    assertThat(out())
        .contains("Kiểm tra Điều lệ ngày 31/12/2022")
        .contains("S1 · Vi phạm · DL-BV")
        .contains("Căn cứ: Điều lệ Đảng (2011), Điều 21");
    assertThat(err()).isEmpty();
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
    assertThat(run("--as-of", "2026-12-31", "--lang", "en")).isEqualTo(Main.EXIT_OK);
    assertThat(out()).contains("S8 · Non-compliant · CB-TC");
  }

  @Test
  void help_printsUsageAndSucceeds() {
    assertThat(run("--help")).isEqualTo(Main.EXIT_OK);
    assertThat(out()).contains("Usage: partyorg").contains("Exit codes");
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
    assertThat(run("--as-of", "31/12/2022")).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("--as-of")).isEqualTo(Main.EXIT_USAGE);
    assertThat(out()).isEmpty();
    assertThat(err()).contains("--lang needs vi or en").contains("--as-of needs a date");
  }
}
