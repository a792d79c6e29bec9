package io.github.partyorg.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.partyorg.fourgood.CriteriaProfile;
import io.github.partyorg.fourgood.FourGoodEvaluator;
import io.github.partyorg.fourgood.FourGoodResult;
import io.github.partyorg.fourgood.FourGoodYear;
import io.github.partyorg.fourgood.Presets;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.Root;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The four-good documents: round trip, the result, the documentation, and the errors. */
class FourGoodJsonTest {
  static final String PROFILE =
      """
      {
        "format": "partyorg.fourGoodProfile",
        "version": 1,
        "issuer": { "vi": "Ban Thường vụ Tỉnh ủy", "en": "Provincial standing committee" },
        "instrument": { "vi": "Hướng dẫn mẫu", "en": "Sample guidance" },
        "instrumentDate": "2018-02-22",
        "firstYear": 2018,
        "level": "CELL",
        "titleName": { "vi": "Chi bộ 4 tốt", "en": "four-good cell" },
        "headings": [
          {
            "title": { "vi": "Tốt về chất lượng sinh hoạt", "en": "Good meeting quality" },
            "criteria": [
              {
                "type": "COMPUTED",
                "id": "2.1",
                "title": { "vi": "Sinh hoạt đều", "en": "Meets every month" },
                "fact": "EVERY_MONTH_REGULAR_MEETING"
              },
              {
                "type": "COMPUTED",
                "id": "2.2",
                "title": { "vi": "Buổi có chất lượng", "en": "Quality meetings" },
                "fact": "SHARE_OF_QUALITY_MEETINGS_AT_LEAST",
                "thresholdPercent": 80
              },
              {
                "type": "MONTHLY",
                "id": "2.3",
                "title": { "vi": "Phiếu hằng tháng", "en": "Monthly sheet" },
                "requiredPercentOfMonths": 75
              },
              {
                "type": "REPORTED",
                "id": "2.4",
                "title": { "vi": "Có quy chế làm việc", "en": "A working regulation" }
              }
            ]
          }
        ],
        "gates": [
          {
            "type": "COMPUTED",
            "id": "G1",
            "title": { "vi": "Không đảng viên bị kỷ luật", "en": "No member disciplined" },
            "fact": "NO_MEMBER_DISCIPLINED"
          }
        ]
      }
      """;

  static final String YEAR =
      """
      {
        "format": "partyorg.fourGoodYear",
        "version": 1,
        "year": 2025,
        "registered": [ { "kind": "CELL", "id": "C1" } ],
        "meetings": [
          {
            "holder": { "kind": "CELL", "id": "C1" },
            "date": "2025-01-05",
            "kind": "REGULAR",
            "durationMinutes": 90,
            "expectedMembers": ["M1", "M2"],
            "presentMembers": ["M1"],
            "excusedMembers": ["M2"],
            "exemptedMembers": [],
            "minutesComplete": true
          }
        ],
        "monthlySheets": [
          { "organisation": { "kind": "CELL", "id": "C1" }, "month": "2025-01", "criteriaMet": ["2.3"] }
        ],
        "reportedAnswers": [
          {
            "organisation": { "kind": "CELL", "id": "C1" },
            "criterionId": "2.4",
            "met": true,
            "evidence": "Quy chế số 1"
          }
        ],
        "membersAssignedDuties": ["M1", "M2"],
        "organisationLevels": [ { "organisation": { "kind": "CELL", "id": "C1" }, "level": "HTTNV" } ],
        "memberLevels": [ { "memberId": "M1", "level": "HTXSNV" } ],
        "disciplinedMembers": []
      }
      """;

  static String write(CriteriaProfile profile) {
    StringWriter text = new StringWriter();
    PartyorgJson.standard().writeFourGoodProfile(profile, text);
    return text.toString();
  }

  static String write(FourGoodYear year) {
    StringWriter text = new StringWriter();
    PartyorgJson.standard().writeFourGoodYear(year, text);
    return text.toString();
  }

  static CriteriaProfile readProfile(String json) {
    return PartyorgJson.standard().readFourGoodProfile(new StringReader(json));
  }

  static FourGoodYear readYear(String json) {
    return PartyorgJson.standard().readFourGoodYear(new StringReader(json));
  }

  @Test
  void presets_roundTrip() {
    for (CriteriaProfile preset :
        new CriteriaProfile[] {
          Presets.nationalFrame(),
          Presets.nationalFrameBaseCommittee(),
          Presets.benTre10HdBtctu2018Gates()
        }) {
      String json = write(preset);
      assertThat(json).startsWith("{\n  \"format\" : \"partyorg.fourGoodProfile\",");
      assertThat(readProfile(json)).isEqualTo(preset);
      assertThat(write(readProfile(json))).isEqualTo(json);
    }
  }

  @Test
  void templates_readAndRoundTrip() {
    CriteriaProfile profile = readProfile(PROFILE);
    FourGoodYear year = readYear(YEAR);

    assertThat(profile.allCriteria()).hasSize(5);
    assertThat(year.meetings()).hasSize(1);
    assertThat(year.answer(CellId.of("C1"), "2.4")).isPresent();
    assertThat(readProfile(write(profile))).isEqualTo(profile);
    assertThat(readYear(write(year))).isEqualTo(year);
  }

  @Test
  void result_isWritten_withEveryOrganisationAndFailure() throws IOException {
    Root root =
        JsonSamples.readRoot(
            Files.readString(PartyorgJsonTest.SEEDS.resolve("root.json"), StandardCharsets.UTF_8));
    FourGoodResult result = FourGoodEvaluator.evaluate(root, readProfile(PROFILE), readYear(YEAR));
    StringWriter text = new StringWriter();
    PartyorgJson.standard().writeFourGoodResult(result, text);
    String json = text.toString();

    assertThat(json)
        .startsWith("{\n  \"format\" : \"partyorg.fourGoodResult\",\n  \"version\" : 1,")
        .contains("\"cells\"", "\"failures\"", "\"cellShare\"", "\"granted\" : false")
        .contains("\"id\" : \"2.3\"", "\"rule\" : \"F3\"")
        .doesNotContain("Nguyễn Văn An");
  }

  @Test
  void documentation_hasAnExampleOfEachKind() throws IOException {
    String docs = Files.readString(Path.of("docs/JSON.md"), StandardCharsets.UTF_8);
    String profile = block(docs, "## `partyorg.fourGoodProfile`");
    String year = block(docs, "## `partyorg.fourGoodYear`");
    assertThat(readProfile(profile).headings()).isNotEmpty();
    assertThat(readYear(year).year().getValue()).isEqualTo(2025);
    assertThat(docs).contains("fourGoodProfile.schema.json", "fourGoodResult.schema.json");
    PartyorgJsonTest.assertWellFormed(block(docs, "## `partyorg.fourGoodResult`"));
  }

  private static String block(String docs, String heading) {
    int section = docs.indexOf(heading);
    assertThat(section).as(heading).isNotNegative();
    int start = docs.indexOf("```json\n", section) + "```json\n".length();
    return docs.substring(start, docs.indexOf("```", start));
  }

  // ---------------------------------------------------------------------------------------------
  // Errors: path, line and column

  private static JsonFormatException broken(
      String template, Function<String, ?> reader, String from, String to) {
    int at = template.indexOf(from);
    assertThat(at).as(from).isNotNegative();
    String json = template.substring(0, at) + to + template.substring(at + from.length());
    JsonFormatException e =
        catchThrowableOfType(JsonFormatException.class, () -> reader.apply(json));
    assertThat(e).as("a JsonFormatException").isNotNull();
    assertThat(e.getMessage())
        .startsWith(e.path() + " (line " + e.line() + ", column " + e.column() + "): ");
    return e;
  }

  private static void assertAt(JsonFormatException e, String template, String path, String needle) {
    int index = template.indexOf(needle);
    assertThat(index).as(needle).isNotNegative();
    int line = 1 + (int) template.substring(0, index).chars().filter(c -> c == '\n').count();
    int column = index - template.lastIndexOf('\n', index - 1);
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.line()).as("line").isEqualTo(line);
    assertThat(e.column()).as("column").isEqualTo(column);
  }

  private static JsonFormatException profileBroken(String from, String to) {
    return broken(PROFILE, FourGoodJsonTest::readProfile, from, to);
  }

  private static JsonFormatException yearBroken(String from, String to) {
    return broken(YEAR, FourGoodJsonTest::readYear, from, to);
  }

  @Test
  void profile_unknownFact() {
    JsonFormatException e =
        profileBroken("\"EVERY_MONTH_REGULAR_MEETING\"", "\"EVERY_MONTH_REGULAR_MEETINGS\"");
    assertAt(e, PROFILE, "$.headings[0].criteria[0].fact", "\"EVERY_MONTH_REGULAR_MEETING\"");
    assertThat(e.problem()).startsWith("Invalid value: expected one of RATED_HTTNV_OR_BETTER,");
  }

  @Test
  void profile_unknownField_strict_butLenientAccepts() {
    String from = "\"firstYear\": 2018,";
    JsonFormatException e = profileBroken(from, "\"firstYaer\": 2018,");
    assertAt(e, PROFILE, "$.firstYaer", from);
    assertThat(e.problem()).isEqualTo("Unknown field (strict mode).");

    String json = PROFILE.replace(from, "\"firstYaer\": 2018,");
    CriteriaProfile lenient =
        PartyorgJson.withOptions(ReadOptions.defaults().withLenient(true))
            .readFourGoodProfile(new StringReader(json));
    assertThat(lenient.firstYear()).isEmpty();
  }

  @Test
  void profile_missingThreshold_isTheModelsRefusal_atTheSubCriterion() {
    JsonFormatException e = profileBroken(",\n          \"thresholdPercent\": 80", "");
    assertThat(e.path()).isEqualTo("$.headings[0].criteria[1]");
    assertThat(e.line()).isEqualTo(line(PROFILE, "\"id\": \"2.2\"") - 2);
    assertThat(e.problem()).contains("The model refuses this sub-criterion", "threshold");
  }

  @Test
  void profile_fieldOfAnotherType_isRefused() {
    JsonFormatException e =
        profileBroken("\"requiredPercentOfMonths\": 75", "\"fact\": \"NO_MEMBER_KHTNV\"");
    assertThat(e.path()).isEqualTo("$.headings[0].criteria[2]");
    assertThat(e.problem()).isEqualTo("The field fact is not allowed for a MONTHLY sub-criterion.");
  }

  @Test
  void profile_missingRequiredField() {
    JsonFormatException e = profileBroken("\"level\": \"CELL\",", "");
    assertThat(e.path()).isEqualTo("$.level");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.problem()).isEqualTo("The required field level is missing.");
  }

  @Test
  void profile_duplicateIds_refusedByTheModel() {
    JsonFormatException e = profileBroken("\"id\": \"G1\"", "\"id\": \"2.1\"");
    assertThat(e.path()).isEqualTo("$");
    assertThat(e.problem()).contains("two sub-criteria with id 2.1");
  }

  @Test
  void year_invalidMonth() {
    JsonFormatException e = yearBroken("\"2025-01\"", "\"2025-13\"");
    assertThat(yearBroken("\"2025-01\"", "\"2025-1\"").problem()).isEqualTo(e.problem());
    assertAt(e, YEAR, "$.monthlySheets[0].month", "\"2025-01\"");
    assertThat(e.problem()).isEqualTo("Invalid month: expected an existing month written YYYY-MM.");
  }

  @Test
  void year_lenient_acceptsUnknownFields_butNotBadValues() {
    PartyorgJson lenient = PartyorgJson.withOptions(ReadOptions.defaults().withLenient(true));
    String json =
        YEAR.replace("\"minutesComplete\": true", "\"minutesComplete\": true, \"room\": 3");
    assertThat(lenient.readFourGoodYear(new StringReader(json))).isEqualTo(readYear(YEAR));

    JsonFormatException e = yearBroken("\"kind\": \"REGULAR\"", "\"kind\": \"MONTHLY\"");
    assertThat(e.path()).isEqualTo("$.meetings[0].kind");
    assertThat(e.line()).isEqualTo(line(YEAR, "\"kind\": \"REGULAR\""));
    assertThat(e.problem())
        .isEqualTo("Invalid value: expected one of REGULAR, THEMATIC, COMBINED.");
  }

  @Test
  void year_invalidDate() {
    JsonFormatException e = yearBroken("\"2025-01-05\"", "\"2025-02-30\"");
    assertAt(e, YEAR, "$.meetings[0].date", "\"2025-01-05\"");
  }

  @Test
  void year_duplicateMember() {
    JsonFormatException e =
        yearBroken(
            "\"membersAssignedDuties\": [\"M1\", \"M2\"]",
            "\"membersAssignedDuties\": [\"M1\", \"M1\"]");
    assertThat(e.path()).isEqualTo("$.membersAssignedDuties[1]");
    assertThat(e.line()).isEqualTo(line(YEAR, "\"membersAssignedDuties\""));
    assertThat(e.problem()).isEqualTo("Duplicate entry: this member is listed twice.");
  }

  @Test
  void year_meetingHeldByASubCommittee() {
    JsonFormatException e =
        yearBroken("\"holder\": { \"kind\": \"CELL\"", "\"holder\": { \"kind\": \"SUB_COMMITTEE\"");
    assertThat(e.path()).isEqualTo("$.meetings[0].holder");
    assertThat(e.line()).isEqualTo(line(YEAR, "\"holder\""));
  }

  @Test
  void year_presentButNotExpected_refusedByTheModel() {
    JsonFormatException e =
        yearBroken("\"presentMembers\": [\"M1\"]", "\"presentMembers\": [\"M9\"]");
    assertThat(e.path()).isEqualTo("$.meetings[0]");
    assertThat(e.line()).isEqualTo(line(YEAR, "\"holder\"") - 1);
    assertThat(e.problem()).contains("M9", "not among the expected members");
  }

  @Test
  void year_wrongTypeAndDuplicateKeyAndWrongDocument() {
    JsonFormatException wrongType = yearBroken("\"met\": true", "\"met\": \"yes\"");
    assertThat(wrongType.path()).isEqualTo("$.reportedAnswers[0].met");
    assertThat(wrongType.line()).isEqualTo(line(YEAR, "\"met\""));
    assertThat(wrongType.problem()).isEqualTo("Wrong type: expected a boolean, found a string.");

    JsonFormatException duplicate =
        yearBroken("\"year\": 2025,", "\"year\": 2025, \"year\": 2025,");
    assertThat(duplicate.path()).isEqualTo("$.year");
    assertThat(duplicate.problem()).startsWith("Duplicate key");

    JsonFormatException wrongDocument =
        yearBroken("\"partyorg.fourGoodYear\"", "\"partyorg.fourGoodProfile\"");
    assertAt(wrongDocument, YEAR, "$.format", "\"partyorg.fourGoodYear\"");
    assertThat(wrongDocument.problem())
        .isEqualTo(
            "Wrong document: expected partyorg.fourGoodYear, found a partyorg.fourGoodProfile"
                + " document.");
  }

  @Test
  void year_sheetOutsideTheYear_refusedByTheModel() {
    JsonFormatException e = yearBroken("\"month\": \"2025-01\"", "\"month\": \"2024-12\"");
    assertThat(e.path()).isEqualTo("$");
    assertThat(e.problem()).contains("outside the year 2025");
  }

  private static int line(String template, String needle) {
    int index = template.indexOf(needle);
    assertThat(index).as(needle).isNotNegative();
    return 1 + (int) template.substring(0, index).chars().filter(c -> c == '\n').count();
  }
}
