package io.github.partyorg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.json.PartyorgJson;
import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.structure.Language;
import io.github.partyorg.targets.ResolutionEvaluation;
import io.github.partyorg.targets.TargetOutcome;
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

/** {@code targets} and {@code report --format json} on the sample 2022 written to three files. */
class TargetsAndJsonReportTest {
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
  void targets_asText_printsOneLinePerTargetWithItsStatus() {
    ResolutionEvaluation expected = BenTreSample.get().evaluation(YEAR);

    assertThat(run("targets", root, facts, data, "--lang", "en")).isEqualTo(Main.EXIT_OK);

    assertThat(err()).isEmpty();
    assertThat(out()).isEqualTo(TargetsCommand.text(expected, Language.EN));
    for (TargetOutcome o : expected.outcomes()) {
      assertThat(out())
          .contains("- " + o.target().id() + " [" + o.status().name() + "] ")
          .contains(o.explanation().en());
    }
    assertThat(out().lines().filter(l -> l.startsWith("- ")).count())
        .isEqualTo(expected.outcomes().size());
  }

  @Test
  void targets_inVietnamese_isTheDefault() {
    assertThat(run("targets", root, facts, data)).isEqualTo(Main.EXIT_OK);

    assertThat(out())
        .isEqualTo(TargetsCommand.text(BenTreSample.get().evaluation(YEAR), Language.VI));
  }

  @Test
  void targets_asJson_isTheTargetsResultDocument() {
    StringWriter expected = new StringWriter();
    PartyorgJson.standard().writeTargetsResult(BenTreSample.get().evaluation(YEAR), expected);

    assertThat(run("targets", root, facts, data, "--format", "json")).isEqualTo(Main.EXIT_OK);

    assertThat(out()).isEqualTo(expected.toString()).contains("\"partyorg.targetsResult\"");
    assertThat(err()).isEmpty();
  }

  @Test
  void targets_help_andUsageErrors() {
    assertThat(run("targets", "--help")).isEqualTo(Main.EXIT_OK);
    assertThat(out()).contains("partyorg targets ROOT_FILE FACTS_FILE YEAR_REPORT_FILE");
    out.reset();

    assertThat(run("targets", root, facts)).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("targets", root, facts, data, "--format", "markdown"))
        .isEqualTo(Main.EXIT_USAGE);
    assertThat(run("targets", root, facts, data, "--year", "2022")).isEqualTo(Main.EXIT_USAGE);
    assertThat(out()).isEmpty();
    assertThat(err())
        .contains("targets needs BUNDLE_FILE, or ROOT_FILE")
        .contains("--format needs text or json");
  }

  @Test
  void targets_onABrokenFile_exits3_withTheErrorOnStderrOnly() throws IOException {
    Path broken =
        write(
            "broken.json",
            "{\n  \"format\": \"partyorg.yearReport\",\n  \"version\": 1,\n  \"year\": \"x\"\n}\n");

    assertThat(run("targets", root, facts, broken)).isEqualTo(Main.EXIT_INVALID_INPUT);

    assertThat(out()).isEmpty();
    assertThat(err()).contains("$.year").contains("line 4");
  }

  @Test
  void targets_onAMissingFile_exits3() {
    assertThat(run("targets", dir.resolve("none.json"), facts, data))
        .isEqualTo(Main.EXIT_INVALID_INPUT);
    assertThat(out()).isEmpty();
    assertThat(err()).isNotEmpty();
  }

  @Test
  void reportAsJson_onTheFiles_isTheYearEndReportDocument() {
    StringWriter expected = new StringWriter();
    PartyorgJson.standard().writeYearEndReport(BenTreSample.get().report(YEAR), expected);

    assertThat(run("report", root, facts, data, "--format", "json")).isEqualTo(Main.EXIT_OK);

    assertThat(out()).isEqualTo(expected.toString()).contains("\"partyorg.yearEndReport\"");
    assertThat(err()).isEmpty();
  }

  @Test
  void reportAsJson_ofTheBundledSample() {
    StringWriter expected = new StringWriter();
    PartyorgJson.standard().writeYearEndReport(BenTreSample.get().report(Year.of(2023)), expected);

    assertThat(run("report", "--year", "2023", "--format", "json")).isEqualTo(Main.EXIT_OK);

    assertThat(out()).isEqualTo(expected.toString());
  }

  @Test
  void validateAsJson_isTheCharterFindingsDocument() {
    BenTreSample s = BenTreSample.get();
    StringWriter expected = new StringWriter();
    java.util.List<io.github.partyorg.charter.Finding> findings =
        new java.util.ArrayList<>(
            io.github.partyorg.charter.CharterCheck.check(
                s.root(YEAR), s.root(YEAR).snapshotDate()));
    // The membership findings follow the structure ones.
    findings.addAll(
        io.github.partyorg.charter.MembershipCheck.check(
            s.root(YEAR), s.root(YEAR).snapshotDate()));
    PartyorgJson.standard().writeCharterFindings(findings, expected);

    assertThat(run("validate", root, "--format", "json")).isEqualTo(Main.EXIT_OK);

    assertThat(out()).isEqualTo(expected.toString()).contains("\"partyorg.charterFindings\"");
    out.reset();
    assertThat(run("validate", root, "--format", "markdown")).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("charter", "--format", "json")).isEqualTo(Main.EXIT_USAGE);
    assertThat(out()).isEmpty();
  }
}
