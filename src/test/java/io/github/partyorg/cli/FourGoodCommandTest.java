package io.github.partyorg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.fourgood.FourGoodYear;
import io.github.partyorg.fourgood.Meeting;
import io.github.partyorg.fourgood.MeetingKind;
import io.github.partyorg.fourgood.MonthlySheet;
import io.github.partyorg.fourgood.Presets;
import io.github.partyorg.fourgood.ReportedAnswer;
import io.github.partyorg.json.PartyorgJson;
import io.github.partyorg.rating.Level;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.MemberId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fourgood ROOT_FILE PROFILE_FILE YEAR_FILE}: the national frame on a small year. */
class FourGoodCommandTest {
  private static final Path SEEDS =
      Path.of(
          "src/test/resources/io/github/partyorg/json/JsonReaderFuzzTestInputs/"
              + "readerThrowsOnlyJsonFormatException");
  private static final Year YEAR = Year.of(2025);
  private static final CellId C1 = CellId.of("C1");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir Path dir;
  private Path root;
  private Path profile;
  private Path year;

  @BeforeEach
  void writeFiles() throws IOException {
    root = Files.copy(SEEDS.resolve("root.json"), dir.resolve("root.json"));
    StringWriter text = new StringWriter();
    PartyorgJson.standard().writeFourGoodProfile(Presets.nationalFrame(), text);
    profile = write("profile.json", text.toString());
    text = new StringWriter();
    PartyorgJson.standard().writeFourGoodYear(goodYearOfC1(), text);
    year = write("year.json", text.toString());
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  /** C1 registered, meeting every month and thematic every quarter, everyone present. */
  private static FourGoodYear goodYearOfC1() {
    List<MemberId> members = List.of(MemberId.of("M1"), MemberId.of("M2"));
    FourGoodYear.Builder b = FourGoodYear.builder().year(YEAR).addRegistered(C1);
    for (int month = 1; month <= 12; month++) {
      b.addMeetings(meeting(YEAR.atMonth(month).atDay(5), MeetingKind.REGULAR, members));
      b.addMonthlySheets(MonthlySheet.of(C1, YEAR.atMonth(month), "1.1"));
      if (month % 3 == 0) {
        b.addMeetings(meeting(YEAR.atMonth(month).atDay(20), MeetingKind.THEMATIC, members));
      }
    }
    return b.putOrganisationLevels(C1, Level.HTTNV)
        .putMemberLevels(MemberId.of("M1"), Level.HTTNV)
        .putMemberLevels(MemberId.of("M2"), Level.HTXSNV)
        .addAllMembersAssignedDuties(members)
        .addReportedAnswers(new ReportedAnswer(C1, "3.2", true, "Biên bản kiểm điểm"))
        .build();
  }

  private static Meeting meeting(
      java.time.LocalDate date, MeetingKind kind, List<MemberId> members) {
    return Meeting.builder()
        .holderId(C1)
        .date(date)
        .kind(kind)
        .durationMinutes(kind.minimumMinutes(date))
        .addAllExpectedMembers(members)
        .addAllPresentMembers(members)
        .build();
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
  void text_listsTheGrantedAndTheRefusalsWithWhatTheyMissed() {
    assertThat(run("fourgood", root, profile, year, "--lang", "en")).isEqualTo(Main.EXIT_OK);
    assertThat(err()).isEmpty();
    assertThat(out())
        .contains(
            "Assessment for the title",
            "Eligible to be proposed for recognition: 1/3",
            "  + C1",
            "Not eligible: 2")
        .contains("  - B2", "  - S1C1", "[F3] did not register");
  }

  @Test
  void textInVietnamese_byDefault() {
    assertThat(run("fourgood", root, profile, year)).isEqualTo(Main.EXIT_OK);
    // REFERENCE 6a (F5): the library finds a cell eligible to be proposed, never "đạt danh hiệu".
    assertThat(out())
        .contains("Đủ điều kiện đề nghị công nhận: 01/03", "Chưa đủ điều kiện: 02", "chưa đăng ký")
        .doesNotContain("Đạt: ");
  }

  @Test
  void json_writesTheResultDocument() {
    assertThat(run("fourgood", root, profile, year, "--format", "json")).isEqualTo(Main.EXIT_OK);
    assertThat(out())
        .startsWith("{\n  \"format\" : \"partyorg.fourGoodResult\",")
        .contains("\"fourGoodCells\"", "\"cellShare\"");
  }

  @Test
  void brokenFile_exit3_pathAndLineOnStderr_nothingOnStdout() throws IOException {
    String json = Files.readString(year, StandardCharsets.UTF_8);
    Path broken = write("broken.json", json.replaceFirst("\\{\n", "{\n  \"bogus\": 1,\n"));
    assertThat(run("fourgood", root, profile, broken)).isEqualTo(Main.EXIT_INVALID_INPUT);
    assertThat(out()).isEmpty();
    assertThat(err()).startsWith("partyorg: " + broken + ": $.bogus (line 2, column");
  }

  @Test
  void aYearTheProfileCannotAssess_orABaseCommitteeProfile_exit3() throws IOException {
    StringWriter text = new StringWriter();
    PartyorgJson.standard().writeFourGoodProfile(Presets.nationalFrameBaseCommittee(), text);
    Path base = write("base.json", text.toString());
    assertThat(run("fourgood", root, base, year)).isEqualTo(Main.EXIT_INVALID_INPUT);
    assertThat(err()).contains("give a CELL profile");

    String json = Files.readString(year, StandardCharsets.UTF_8);
    Path unknownCell = write("unknown.json", json.replace("\"C1\"", "\"C9\""));
    assertThat(run("fourgood", root, profile, unknownCell)).isEqualTo(Main.EXIT_INVALID_INPUT);
    assertThat(out()).isEmpty();
  }

  @Test
  void misused_isUsageError_andHelpNamesTheThreeFiles() {
    assertThat(run("fourgood", root, profile)).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("fourgood", root, profile, year, "--format", "markdown"))
        .isEqualTo(Main.EXIT_USAGE);
    assertThat(run("fourgood", root, profile, year, "--regime", "R2018"))
        .isEqualTo(Main.EXIT_USAGE);
    assertThat(out()).isEmpty();
    assertThat(err())
        .contains("fourgood needs BUNDLE_FILE, or ROOT_FILE, PROFILE_FILE and YEAR_FILE");

    assertThat(run("fourgood", "--help", "--lang", "en")).isEqualTo(Main.EXIT_OK);
    assertThat(out()).contains("partyorg fourgood ROOT_FILE PROFILE_FILE YEAR_FILE", "Exit codes:");
    out.reset();
    assertThat(run("--help", "--lang", "en")).isEqualTo(Main.EXIT_OK);
    assertThat(out()).contains("fourgood  Assess the cells");
  }
}
