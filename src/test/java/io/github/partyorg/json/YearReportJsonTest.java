package io.github.partyorg.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.report.YearReportData;
import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.structure.Root;
import io.github.partyorg.targets.Measurement;
import io.github.partyorg.targets.MetricValues;
import io.github.partyorg.targets.Resolution;
import io.github.partyorg.targets.Target;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Year;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code partyorg.yearReport} document: round trip, the sample's report, and its errors. */
class YearReportJsonTest {

  static final String TEMPLATE =
      """
      {
        "format": "partyorg.yearReport",
        "version": 1,
        "year": 2023,
        "record": {
          "workItems": [
            {
              "field": { "id": "POLITICS", "name": { "vi": "Chính trị", "en": "Politics" } },
              "title": { "vi": "Học tập", "en": "Study" },
              "status": "DONE"
            }
          ],
          "commendations": [
            {
              "movement": { "vi": "Thi đua", "en": "Emulation" },
              "level": "BLOC",
              "collectives": 7,
              "individuals": 6
            }
          ],
          "models": [
            {
              "name": { "vi": "Mô hình", "en": "Model" },
              "field": "ECONOMY",
              "registered": true,
              "recognised": "UNIT"
            }
          ],
          "youth": { "introduced": 10, "admitted": 8 },
          "themes": [ { "issuer": "Tỉnh ủy", "text": "Đồng thuận" } ]
        },
        "resolution": {
          "issuer": { "vi": "Đảng ủy Khối", "en": "Bloc committee" },
          "year": 2023,
          "theme": { "vi": "Kỷ cương", "en": "Discipline" },
          "targets": [
            {
              "id": "T1",
              "label": { "vi": "Kết nạp", "en": "Admit" },
              "metric": { "computed": "MEMBERS_ADMITTED" },
              "goal": { "kind": "COUNT_AT_LEAST", "minimum": 160 }
            },
            {
              "id": "T2",
              "label": { "vi": "Kiểm tra", "en": "Inspect" },
              "metric": { "reported": "PLAN", "label": { "vi": "Kế hoạch", "en": "Plan" } },
              "goal": { "kind": "PLAN_COMPLETION" }
            }
          ]
        },
        "reported": {
          "year": 2023,
          "measurements": [
            {
              "metric": { "reported": "PLAN", "label": { "vi": "Kế hoạch", "en": "Plan" } },
              "provenance": "REPORTED",
              "value": { "kind": "COMPLETION", "done": 24, "total": 24 }
            }
          ]
        },
        "previousYear": { "figures": { "year": 2022, "measurements": [] }, "disciplined": 5 },
        "nextResolution": {
          "issuer": { "vi": "Đảng ủy Khối", "en": "Bloc committee" },
          "year": 2024,
          "theme": { "vi": "Phát triển", "en": "Development" },
          "targets": [
            {
              "id": "T3",
              "label": { "vi": "Tỷ lệ", "en": "Share" },
              "metric": { "computed": "MEMBERS_AT_LEAST_HTTNV" },
              "goal": { "kind": "SHARE_AT_LEAST", "percent": 80.5 }
            }
          ]
        }
      }
      """;

  static YearReportData sample(Year year) {
    BenTreSample s = BenTreSample.get();
    Year previous = year.minusYears(1);
    Year next = year.plusYears(1);
    boolean hasPrevious = BenTreSample.YEARS.contains(previous);
    return new YearReportData(
        s.record(year),
        s.resolution(year),
        s.reported(year),
        hasPrevious ? Optional.of(s.figures(previous)) : Optional.empty(),
        hasPrevious
            ? OptionalLong.of(YearEndReport.disciplinedIn(s.facts(previous)))
            : OptionalLong.empty(),
        BenTreSample.YEARS.contains(next) ? Optional.of(s.resolution(next)) : Optional.empty());
  }

  static String write(YearReportData data) {
    StringWriter out = new StringWriter();
    PartyorgJson.standard().writeYearReport(data, out);
    return out.toString();
  }

  static YearReportData read(String json) {
    return PartyorgJson.standard().readYearReport(new StringReader(json));
  }

  @ParameterizedTest
  @ValueSource(ints = {2021, 2022, 2023})
  void roundTrip_eachSampleYear(int y) {
    YearReportData data = sample(Year.of(y));
    String json = write(data);
    YearReportData back = read(json);

    assertThat(back).isEqualTo(data);
    assertLabels(back.reported(), data.reported());
    assertLabels(back.resolution(), data.resolution());
    assertThat(write(back)).isEqualTo(json);
  }

  private static void assertLabels(MetricValues actual, MetricValues expected) {
    assertThat(actual.measurements().stream().map(m -> m.metric().label()).toList())
        .isEqualTo(expected.measurements().stream().map(m -> m.metric().label()).toList());
    assertThat(actual.measurements().stream().map(Measurement::provenance).toList())
        .isEqualTo(expected.measurements().stream().map(Measurement::provenance).toList());
  }

  private static void assertLabels(Resolution actual, Resolution expected) {
    assertThat(actual.targets().stream().map(t -> t.metric().label()).toList())
        .isEqualTo(expected.targets().stream().map(t -> t.metric().label()).toList());
  }

  @Test
  void theTemplateIsValid_andRoundTrips() {
    YearReportData data = read(TEMPLATE);

    assertThat(data.year()).isEqualTo(Year.of(2023));
    assertThat(data.record().workItemsDone()).isEqualTo(1);
    assertThat(data.resolution().targets()).extracting(Target::id).containsExactly("T1", "T2");
    assertThat(data.previousYearDisciplined()).hasValue(5);
    assertThat(data.nextYear()).isPresent();
    assertThat(read(write(data))).isEqualTo(data);
  }

  @Test
  void theExampleInTheDocs_isTheTemplate() throws java.io.IOException {
    String docs =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("docs/JSON.md"), java.nio.charset.StandardCharsets.UTF_8);
    int section = docs.indexOf("## `partyorg.yearReport`");
    int start = docs.indexOf("```json\n", section) + "```json\n".length();
    String example = docs.substring(start, docs.indexOf("```", start));

    assertThat(read(example)).isEqualTo(read(TEMPLATE));
  }

  @Test
  void sample2022_writtenAndReadBack_givesTheSameReport() {
    Year year = Year.of(2022);
    BenTreSample s = BenTreSample.get();
    StringWriter rootText = new StringWriter();
    PartyorgJson.standard().writeRoot(s.root(year), rootText);
    StringWriter factsText = new StringWriter();
    PartyorgJson.standard().writeYearFacts(s.facts(year), factsText);
    Root root = PartyorgJson.standard().readRoot(new StringReader(rootText.toString()));
    YearFacts facts = PartyorgJson.standard().readYearFacts(new StringReader(factsText.toString()));
    YearReportData data = read(write(sample(year)));

    YearEndReport report = data.report(root, facts);

    assertThat(report.toVietnameseText()).isEqualTo(s.report(year).toVietnameseText());
    assertThat(report.toEnglishText()).isEqualTo(s.report(year).toEnglishText());
  }

  // ---------------------------------------------------------------------------------------------
  // Errors: path, line and column

  /** Replaces the only occurrence of {@code from}, reads, and checks where the error points. */
  private static JsonFormatException broken(String from, String to) {
    int at = TEMPLATE.indexOf(from);
    assertThat(at).as(from).isNotNegative();
    String json = TEMPLATE.substring(0, at) + to + TEMPLATE.substring(at + from.length());
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> read(json));
    assertThat(e).as("a JsonFormatException").isNotNull();
    assertThat(e.getMessage())
        .startsWith(e.path() + " (line " + e.line() + ", column " + e.column() + "): ");
    return e;
  }

  /** Checks the error's path, and that line and column are those of {@code needle} in the text. */
  private static void assertAt(JsonFormatException e, String path, String needle, int offset) {
    String json = TEMPLATE;
    int index = json.indexOf(needle);
    assertThat(index).as(needle).isNotNegative();
    index += offset;
    int line = 1 + (int) json.substring(0, index).chars().filter(c -> c == '\n').count();
    int column = index - json.lastIndexOf('\n', index - 1);
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.line()).as("line").isEqualTo(line);
    assertThat(e.column()).as("column").isEqualTo(column);
  }

  /** As {@link #assertAt}, at the object that encloses {@code needle}. */
  private static void assertAtObjectBefore(JsonFormatException e, String path, String needle) {
    int index = TEMPLATE.indexOf(needle);
    assertThat(index).as(needle).isNotNegative();
    int open = TEMPLATE.lastIndexOf('{', index);
    assertAt(e, path, TEMPLATE.substring(open, index + needle.length()), 0);
  }

  @Test
  void text_wrongType() {
    JsonFormatException e = broken("\"vi\": \"Học tập\"", "\"vi\": 5000000");
    assertAt(e, "$.record.workItems[0].title.vi", "\"Học tập\"", 0);
    assertThat(e.problem()).isEqualTo("Wrong type: expected a string, found a number.");
  }

  @Test
  void workField_missingName() {
    JsonFormatException e =
        broken(
            "{ \"id\": \"POLITICS\", \"name\": { \"vi\": \"Chính trị\", \"en\": \"Politics\" } }",
            "{ \"id\": \"POLITICS\" }");
    assertAt(e, "$.record.workItems[0].field.name", "{ \"id\": \"POLITICS\"", 0);
    assertThat(e.problem()).isEqualTo("The required field name is missing.");
  }

  @Test
  void workStatus_invalidValue() {
    JsonFormatException e = broken("\"DONE\"", "\"OVER\"");
    assertAt(e, "$.record.workItems[0].status", "\"DONE\"", 0);
    assertThat(e.problem()).startsWith("Invalid value: expected one of DONE, IN_PROGRESS");
  }

  @Test
  void commendation_negativeCount() {
    JsonFormatException e = broken("\"collectives\": 7", "\"collectives\": -7");
    assertAt(e, "$.record.commendations[0].collectives", "\"collectives\": 7", 15);
    assertThat(e.problem()).startsWith("The number is outside 0..");
  }

  @Test
  void model_invalidRecognitionLevel() {
    JsonFormatException e = broken("\"UNIT\"", "\"VILLAGE\"");
    assertAt(e, "$.record.models[0].recognised", "\"UNIT\"", 0);
    assertThat(e.problem()).startsWith("Invalid value: expected one of UNIT, DISTRICT, PROVINCE");
  }

  @Test
  void youth_refusedByTheModel() {
    JsonFormatException e = broken("\"admitted\": 8", "\"admitted\": 11");
    assertAt(e, "$.record.youth", "{ \"introduced\"", 0);
    assertThat(e.problem()).startsWith("The model refuses this Youth Union introductions:");
  }

  @Test
  void theme_missingText() {
    JsonFormatException e = broken(", \"text\": \"Đồng thuận\"", "");
    assertAt(e, "$.record.themes[0].text", "{ \"issuer\"", 0);
  }

  @Test
  void computedMetric_unknownName() {
    JsonFormatException e = broken("\"MEMBERS_ADMITTED\"", "\"MEMBERS_ADMITED\"");
    assertAt(e, "$.resolution.targets[0].metric.computed", "\"MEMBERS_ADMITTED\"", 0);
    assertThat(e.problem()).startsWith("Invalid value: expected one of MEMBERS,");
  }

  @Test
  void computedMetric_withALabel() {
    JsonFormatException e =
        broken(
            "{ \"computed\": \"MEMBERS_ADMITTED\" }",
            "{ \"computed\": \"MEMBERS_ADMITTED\", \"label\": { \"vi\": \"a\", \"en\": \"b\" } }");
    assertAt(e, "$.resolution.targets[0].metric", "{ \"computed\": \"MEMBERS_ADMITTED\"", 0);
    assertThat(e.problem()).isEqualTo("A computed metric has no reported key and no label.");
  }

  @Test
  void reportedMetric_keyOfAComputedMetric() {
    JsonFormatException e = broken("\"reported\": \"PLAN\"", "\"reported\": \"MEMBERS\"");
    assertAtObjectBefore(e, "$.resolution.targets[1].metric", "\"reported\": \"PLAN\"");
    assertThat(e.problem()).contains("names a computed metric");
  }

  @Test
  void goal_parameterOfAnotherKind() {
    JsonFormatException e = broken("\"minimum\": 160", "\"percent\": 160");
    assertAt(e, "$.resolution.targets[0].goal", "{ \"kind\": \"COUNT_AT_LEAST\"", 0);
    assertThat(e.problem())
        .isEqualTo("The field percent does not belong to a COUNT_AT_LEAST goal.");
  }

  @Test
  void goal_percentAbove100_refusedForTheTarget() {
    JsonFormatException e = broken("\"percent\": 80.5", "\"percent\": 180.5");
    assertAtObjectBefore(e, "$.nextResolution.targets[0]", "\"id\": \"T3\"");
    assertThat(e.problem()).contains("Target T3").contains("outside 0-100%");
  }

  @Test
  void goal_invalidKind() {
    JsonFormatException e = broken("\"PLAN_COMPLETION\"", "\"EVERYTHING\"");
    assertAt(e, "$.resolution.targets[1].goal.kind", "\"PLAN_COMPLETION\"", 0);
  }

  @Test
  void value_fieldOfAnotherKind() {
    JsonFormatException e = broken("\"kind\": \"COMPLETION\"", "\"kind\": \"SHARE\"");
    assertAt(e, "$.reported.measurements[0].value", "{ \"kind\": \"COMPLETION\"", 0);
    assertThat(e.problem()).isEqualTo("The field done does not belong to a SHARE value.");
  }

  @Test
  void value_doneAboveTotal() {
    JsonFormatException e = broken("\"done\": 24", "\"done\": 25");
    assertAt(e, "$.reported.measurements[0].value", "{ \"kind\": \"COMPLETION\"", 0);
    assertThat(e.problem()).startsWith("The model refuses this value:");
  }

  @Test
  void provenance_invalidValue() {
    JsonFormatException e = broken("\"REPORTED\"", "\"GUESSED\"");
    assertAt(e, "$.reported.measurements[0].provenance", "\"REPORTED\"", 0);
  }

  @Test
  void previousYear_ofAnotherYear() {
    JsonFormatException e = broken("{ \"year\": 2022,", "{ \"year\": 2021,");
    assertAt(e, "$", "{", 0);
    assertThat(e.problem()).contains("previousFigures is for 2021, not for 2022");
  }

  @Test
  void previousYear_unknownField_strict() {
    JsonFormatException e = broken("\"disciplined\": 5", "\"disciplined\": 5, \"extra\": 1");
    assertAt(e, "$.previousYear.extra", "\"disciplined\": 5", 18);
    assertThat(e.problem()).contains("Unknown field");
  }

  @Test
  void figures_sameMetricTwice() {
    JsonFormatException e =
        broken(
            "\"measurements\": []",
            "\"measurements\": [ { \"metric\": {"
                + " \"computed\": \"MEMBERS\" }, \"provenance\": \"COMPUTED\", \"value\": { \"kind\":"
                + " \"COUNT\", \"count\": 1 } }, { \"metric\": { \"computed\": \"MEMBERS\" },"
                + " \"provenance\": \"REPORTED\", \"value\": { \"kind\": \"COUNT\", \"count\": 2 } } ]");
    assertAtObjectBefore(e, "$.previousYear.figures", "\"year\": 2022");
    assertThat(e.problem()).contains("The metric MEMBERS already has a figure for 2022");
  }

  @Test
  void wrongDocument() {
    JsonFormatException e = broken("\"partyorg.yearReport\"", "\"partyorg.yearFacts\"");
    assertAt(e, "$.format", "\"partyorg.yearReport\"", 0);
    assertThat(e.problem())
        .isEqualTo(
            "Wrong document: expected partyorg.yearReport, found a partyorg.yearFacts document.");
  }
}
