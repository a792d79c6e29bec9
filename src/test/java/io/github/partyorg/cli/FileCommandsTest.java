package io.github.partyorg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.json.JsonFormatException;
import io.github.partyorg.json.PartyorgJson;
import io.github.partyorg.json.ReadOptions;
import io.github.partyorg.rating.Criterion;
import io.github.partyorg.rating.Grade;
import io.github.partyorg.rating.MemberFacts;
import io.github.partyorg.rating.OrganisationCriterion;
import io.github.partyorg.rating.OrganisationFacts;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.sample.ExampleBloc;
import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.BaseOrganisationKind;
import io.github.partyorg.structure.Gender;
import io.github.partyorg.structure.HostSector;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.RootId;
import io.github.partyorg.structure.RootKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The commands that read files: validate, charter FILE and rate; each command's help. */
class FileCommandsTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir Path dir;
  private Path bloc;
  private Path root;
  private Path facts;

  @BeforeEach
  void writeFiles() throws IOException {
    bloc = write("bloc.json", rootJson(ExampleBloc.create()));
    root = write("root.json", rootJson(smallRoot()));
    StringWriter text = new StringWriter();
    PartyorgJson.standard().writeYearFacts(smallFacts(), text);
    facts = write("facts.json", text.toString());
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static String rootJson(Root root) {
    StringWriter text = new StringWriter();
    PartyorgJson.standard().writeRoot(root, text);
    return text.toString();
  }

  /** One base cell: four members well rated and one excellent, one too many for the 20% quota. */
  private static Root smallRoot() {
    List<Member> members = new ArrayList<>();
    for (String id : List.of("G1", "G2", "G3", "G4", "X1")) {
      members.add(
          Member.builder()
              .id(MemberId.of(id))
              .fullName("Lê Văn Thử")
              .gender(Gender.MALE)
              .dateOfBirth(LocalDate.of(1985, 2, 2))
              .admissionDate(LocalDate.of(2012, 3, 3))
              .officialDate(LocalDate.of(2013, 3, 3))
              .build());
    }
    return Root.builder()
        .id(RootId.of("DUK"))
        .kind(RootKind.PROVINCIAL_BLOC)
        .name("Đảng ủy Khối")
        .snapshotDate(LocalDate.of(2023, 12, 31))
        .addAllBaseOrganisations(
            List.of(
                BaseOrganisation.builder()
                    .id(BaseOrganisationId.of("B1"))
                    .name("Chi bộ B1")
                    .kind(BaseOrganisationKind.BASE_CELL)
                    .sector(HostSector.PUBLIC_SERVICE_UNIT)
                    .addAllMembers(members)
                    .build()))
        .build();
  }

  private static MemberFacts.Builder graded(String id, Grade task) {
    MemberFacts.Builder b = MemberFacts.builder();
    b.memberId(MemberId.of(id))
        .year(Year.of(2023))
        .putGrades(Criterion.POLITICS_IDEOLOGY, Grade.TOT)
        .putGrades(Criterion.ETHICS_LIFESTYLE, Grade.TOT)
        .putGrades(Criterion.DISCIPLINE_WORKSTYLE, Grade.TOT)
        .putGrades(Criterion.TASK_RESULTS, task);
    return b;
  }

  private static YearFacts smallFacts() {
    YearFacts.Builder facts =
        YearFacts.builder().year(Year.of(2023)).reviewDate(LocalDate.of(2023, 12, 15));
    for (String id : List.of("G1", "G2", "G3", "G4")) {
      facts.addMember(graded(id, Grade.TOT).build());
    }
    facts.addMember(
        graded("X1", Grade.XUAT_SAC)
            .tasksOnTimePercent(new BigDecimal("100"))
            .tasksExceededPercent(new BigDecimal("50"))
            .build());
    OrganisationFacts.Builder org = OrganisationFacts.builder();
    org.organisationId(BaseOrganisationId.of("B1"))
        .year(Year.of(2023))
        .putGrades(OrganisationCriterion.POLITICAL_TASK, Grade.TOT)
        .putGrades(OrganisationCriterion.POLITICS_IDEOLOGY, Grade.TOT)
        .putGrades(OrganisationCriterion.ORGANISATION_CADRES, Grade.TOT)
        .putGrades(OrganisationCriterion.INSPECTION_SUPERVISION, Grade.TOT)
        .putGrades(OrganisationCriterion.MASS_MOBILISATION, Grade.TOT)
        .putGrades(OrganisationCriterion.ORGANISATION_CADRES, Grade.TOT)
        .targetsMetPercent(new BigDecimal("100"));
    facts.addOrganisation(org.build());
    return facts.build();
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
  void validate_printsTheFindingsOfTheFile_likeCharterOnTheBundledBloc() {
    assertThat(run("validate", bloc, "--lang", "en")).isEqualTo(Main.EXIT_OK);
    assertThat(out())
        .contains("Charter check on 2022-12-31")
        .contains("S1 · Non-compliant · DL-BV");
    assertThat(err()).isEmpty();
    String fromFile = out();
    out.reset();
    assertThat(run("charter", "--lang", "en")).isEqualTo(Main.EXIT_OK);
    assertThat(out()).isEqualTo(fromFile);
  }

  @Test
  void validateAsOfInVietnamese_andCharterOnAFile() {
    assertThat(run("validate", bloc, "--as-of", "2026-12-31")).isEqualTo(Main.EXIT_OK);
    assertThat(out())
        .contains("Kiểm tra Điều lệ ngày 31/12/2026")
        .contains("S8 · Chưa đúng quy định · CB-TC")
        // On 31/12/2026 the regulation in force is 294-QĐ/TW.
        .contains("Căn cứ: Điều lệ Đảng (2011), Điều 22; Quy định 294-QĐ/TW (2025)");
    String validated = out();
    out.reset();
    assertThat(run("charter", bloc, "--as-of", "2026-12-31")).isEqualTo(Main.EXIT_OK);
    assertThat(out()).isEqualTo(validated);
  }

  @Test
  void validateBrokenFile_exit3_pathAndLineOnStderr_nothingOnStdout() throws IOException {
    String json = rootJson(ExampleBloc.create());
    Path broken = write("broken.json", json.replaceFirst("\\{\n", "{\n  \"bogus\": 1,\n"));
    assertThat(run("validate", broken)).isEqualTo(Main.EXIT_INVALID_INPUT);
    assertThat(out()).isEmpty();
    assertThat(err()).startsWith("partyorg: " + broken + ": $.bogus (line 2, column");
  }

  /**
   * A province-sized file is larger than the library's 64 MiB default; the command line reads files
   * up to {@link InputFiles#MAX_FILE_CHARACTERS}. The file here is the small bloc padded with 65
   * MiB of blanks, which costs little to write and to read.
   */
  @Test
  void validate_readsAFileLargerThanTheLibraryDefaultLimit() throws IOException {
    String json = rootJson(ExampleBloc.create());
    Path large = dir.resolve("large.json");
    long padding = ReadOptions.DEFAULT_MAX_DOCUMENT_LENGTH + (1 << 20);
    char[] blanks = new char[1 << 16];
    Arrays.fill(blanks, ' ');
    try (Writer writer = Files.newBufferedWriter(large, StandardCharsets.UTF_8)) {
      writer.write("{");
      for (long written = 0; written < padding; written += blanks.length) {
        writer.write(blanks);
      }
      writer.write(json.substring(1));
    }
    try (Reader reader = Files.newBufferedReader(large, StandardCharsets.UTF_8)) {
      assertThatThrownBy(() -> PartyorgJson.standard().readRoot(reader))
          .isInstanceOf(JsonFormatException.class);
    }

    assertThat(run("validate", large, "--lang", "en")).isEqualTo(Main.EXIT_OK);
    assertThat(err()).isEmpty();
    assertThat(out()).contains("S1 · Non-compliant · DL-BV");
  }

  @Test
  void validateTruncatedFile_exit3() throws IOException {
    Path broken = write("truncated.json", "{\n  \"format\": \"partyorg.root\",\n  \"version\"");
    assertThat(run("validate", broken)).isEqualTo(Main.EXIT_INVALID_INPUT);
    assertThat(out()).isEmpty();
    assertThat(err()).contains("line 3");
  }

  @Test
  void missingFile_exit3_withAClearMessage() {
    Path missing = dir.resolve("missing.json");
    assertThat(run("validate", missing)).isEqualTo(Main.EXIT_INVALID_INPUT);
    assertThat(run("rate", root, missing)).isEqualTo(Main.EXIT_INVALID_INPUT);
    assertThat(out()).isEmpty();
    assertThat(err()).contains("partyorg: " + missing + ": no such file");
  }

  @Test
  void unreadableFile_exit3() {
    assertThat(run("validate", dir)).isEqualTo(Main.EXIT_INVALID_INPUT);
    assertThat(out()).isEmpty();
    assertThat(err()).startsWith("partyorg: " + dir + ": ");
  }

  @Test
  void rateText_countsFindingsAndMissingFacts() {
    assertThat(run("rate", root, facts, "--lang", "en")).isEqualTo(Main.EXIT_OK);
    assertThat(out())
        .contains("Đảng ủy Khối [DUK]")
        .contains("Quality rating of 2023, regime R2023")
        .contains("Members: HTXSNV 1, HTTNV 4, HTNV 0, KHTNV 0, not rated 0, incomplete 0")
        .contains("Base organisations: HTXSNV")
        .contains("Quota findings: 1\n  - B1: ")
        .contains("Decision findings: 0")
        .contains("Missing facts: 0");
    assertThat(err()).isEmpty();
    out.reset();
    assertThat(run("rate", root, facts)).isEqualTo(Main.EXIT_OK);
    assertThat(out())
        .contains("Xếp loại chất lượng năm 2023, quy định R2023")
        .contains("Đảng viên:");
  }

  @Test
  void rateJson_writesTheRootRatingDocument_underTheRegimeGiven() {
    assertThat(run("rate", root, facts, "--format", "json", "--regime", "R2018"))
        .isEqualTo(Main.EXIT_OK);
    assertThat(out())
        .contains("\"format\" : \"partyorg.rootRating\"")
        .contains("\"regime\" : \"R2018\"");
    assertThat(err()).isEmpty();
  }

  @Test
  void rateMisused_isUsageError() {
    assertThat(run("rate")).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("rate", root, facts, "--regime", "R1999")).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("rate", root, facts, "--format", "markdown")).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("rate", root, facts, "--as-of", "2023-12-31")).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("validate")).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("validate", bloc, "--regime", "R2023")).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("report", "a.json", "b.json")).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("frobnicate")).isEqualTo(Main.EXIT_USAGE);
    assertThat(out()).isEmpty();
    assertThat(err())
        .contains("rate needs BUNDLE_FILE, or ROOT_FILE and FACTS_FILE")
        .contains("--regime needs R2018, R2023 or R2025")
        .contains("--format needs text or json")
        .contains("--as-of does not apply to the rate command")
        .contains("validate needs one FILE")
        .contains("--regime does not apply to the validate command")
        .contains("report needs no file (the bundled sample), one (BUNDLE_FILE) or three")
        .contains("unknown command or option 'frobnicate'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"report", "charter", "validate", "rate"})
  void eachCommandHasItsHelp(String command) {
    String synopsis = "partyorg " + (command.equals("report") ? "[report]" : command);
    assertThat(run(command, "--help", "--lang", "en")).isEqualTo(Main.EXIT_OK);
    assertThat(out()).startsWith("Usage: " + synopsis).contains("Exit codes: 0 success");
    assertThat(err()).isEmpty();
    out.reset();
    assertThat(run(command, "--help")).isEqualTo(Main.EXIT_OK);
    assertThat(out()).startsWith("Cách dùng: " + synopsis).contains("Mã thoát: 0 thành công");
  }

  @Test
  void reportHelp_namesTheThreeFiles() {
    assertThat(run("report", "-h")).isEqualTo(Main.EXIT_OK);
    assertThat(out()).contains("partyorg report ROOT_FILE FACTS_FILE YEAR_REPORT_FILE");
  }

  @Test
  void progress_reportedForLargeRootsOnly() {
    assertThat(InputFiles.progress(12_345, "big.json", 400_000_000L))
        .isEqualTo("partyorg: read 12,345 members from big.json in 0.4 s");
    assertThat(InputFiles.progress(10_000, "small.json", 1L)).isNull();
  }

  @Test
  void rateFactsOfAYearNoRegimeCovers_exit3_unlessARegimeIsGiven() throws IOException {
    StringWriter text = new StringWriter();
    PartyorgJson.standard()
        .writeYearFacts(
            YearFacts.builder().year(Year.of(2017)).reviewDate(LocalDate.of(2017, 12, 15)).build(),
            text);
    Path old = write("old.json", text.toString());
    assertThat(run("rate", root, old)).isEqualTo(Main.EXIT_INVALID_INPUT);
    assertThat(out()).isEmpty();
    assertThat(err()).contains("no regime covers the year 2017; give --regime");
    assertThat(run("rate", root, old, "--regime", "R2018", "--lang", "en")).isEqualTo(Main.EXIT_OK);
    assertThat(out()).contains("regime R2018");
  }

  @Test
  void charterWithTwoFilesOrTwoCommands_isUsageError() {
    assertThat(run("charter", bloc, bloc)).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("validate", "charter")).isEqualTo(Main.EXIT_USAGE);
    assertThat(out()).isEmpty();
    assertThat(err())
        .contains("charter needs at most one FILE")
        .contains("give one command, not 'validate' and 'charter'");
  }
}
