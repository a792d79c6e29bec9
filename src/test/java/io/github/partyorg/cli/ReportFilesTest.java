package io.github.partyorg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.json.PartyorgJson;
import io.github.partyorg.sample.BenTreSample;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report ROOT_FILE FACTS_FILE YEAR_REPORT_FILE}: the sample 2022 written to three files. */
class ReportFilesTest {
  private static final Year YEAR = Year.of(2022);

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir Path dir;
  private Path root;
  private Path facts;
  private Path data;

  @BeforeEach
  void writeFiles() throws IOException {
    SampleFiles files = SampleFiles.write(dir, YEAR);
    root = files.root();
    facts = files.facts();
    data = files.data();
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private int run(Object... args) {
    String[] strings = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      strings[i] = args[i].toString();
    }
    return Main.run(
        strings,
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
  void report_onTheThreeFiles_printsTheSampleReport() {
    assertThat(run("report", root, facts, data)).isEqualTo(Main.EXIT_OK);

    assertThat(out()).isEqualTo(BenTreSample.get().report(YEAR).toVietnameseText());
    assertThat(err()).isEmpty();
  }

  @Test
  void report_onTheThreeFiles_inEnglishMarkdown() {
    assertThat(run("report", root, facts, data, "--format", "markdown", "--lang", "en"))
        .isEqualTo(Main.EXIT_OK);

    assertThat(out())
        .isEqualTo(
            BenTreSample.get().report(YEAR).toMarkdown(io.github.partyorg.structure.Language.EN));
  }

  @Test
  void report_onABrokenYearReportFile_exits3WithStderrOnly() throws IOException {
    Path broken = write("broken.json", Files.readString(data).replace("\"DONE\"", "\"OVER\""));

    assertThat(run("report", root, facts, broken)).isEqualTo(Main.EXIT_INVALID_INPUT);

    assertThat(out()).isEmpty();
    assertThat(err()).contains("broken.json: $.record.workItems[0].status (line ");
  }

  @Test
  void report_filesOfDifferentYears_exits3() throws IOException {
    Path other = dir.resolve("facts2023.json");
    StringWriter text = new StringWriter();
    PartyorgJson.standard().writeYearFacts(BenTreSample.get().facts(Year.of(2023)), text);
    Files.writeString(other, text.toString(), StandardCharsets.UTF_8);

    assertThat(run("report", root, other, data)).isEqualTo(Main.EXIT_INVALID_INPUT);

    assertThat(out()).isEmpty();
    assertThat(err()).contains("the report is for 2022, the facts for 2023");
  }

  @Test
  void report_filesInTheWrongOrder_exits3() {
    assertThat(run("report", data, facts, root)).isEqualTo(Main.EXIT_INVALID_INPUT);
    assertThat(out()).isEmpty();
    assertThat(err()).contains("Wrong document: expected partyorg.root");
  }

  @Test
  void report_onFiles_refusesYear_andTwoFiles() {
    assertThat(run("report", root, facts, data, "--year", "2022")).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("report", root, facts)).isEqualTo(Main.EXIT_USAGE);
    assertThat(out()).isEmpty();
    assertThat(err())
        .contains("--year applies to the bundled sample only")
        .contains("report needs no file (the bundled sample), one (BUNDLE_FILE) or three");
  }
}
