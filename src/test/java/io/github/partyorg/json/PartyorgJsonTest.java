package io.github.partyorg.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.partyorg.rating.Level;
import io.github.partyorg.rating.QuotaHandling;
import io.github.partyorg.rating.RatingPolicies;
import io.github.partyorg.rating.Regime;
import io.github.partyorg.rating.RootRater;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.sample.ExampleBloc;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Root;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.json.JsonFactory;

class PartyorgJsonTest {
  static final Path SEEDS =
      Path.of(
          "src/test/resources/io/github/partyorg/json/JsonReaderFuzzTestInputs/"
              + "readerThrowsOnlyJsonFormatException");

  static String seed(String name) throws IOException {
    return Files.readString(SEEDS.resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void exampleBloc_writtenAndReadBack_equalsTheOriginal() {
    Root sample = ExampleBloc.create();

    Root back = JsonSamples.readRoot(JsonSamples.write(sample));

    assertThat(back).isEqualTo(sample);
    assertThat(back.memberCount()).isEqualTo(sample.memberCount());
  }

  @Test
  void exampleDocuments_read_andRoundTrip() throws IOException {
    Root root = JsonSamples.readRoot(seed("root.json"));
    YearFacts facts = JsonSamples.readYearFacts(seed("yearFacts.json"));

    assertThat(root.memberCount()).isEqualTo(3);
    assertThat(root.cell(CellId.of("S1C1"))).isPresent();
    assertThat(facts.members().get(MemberId.of("M1")).score()).contains(new BigDecimal("92.5"));
    assertThat(facts.organisations().get(CellId.of("C1")).targetsMetPercent())
        .contains(new BigDecimal("95.0"));
    assertThat(facts.decisions()).containsEntry(MemberId.of("M1"), Level.HTTNV);
    assertThat(JsonSamples.readRoot(JsonSamples.write(root))).isEqualTo(root);
    assertThat(JsonSamples.readYearFacts(JsonSamples.write(facts))).isEqualTo(facts);
  }

  /** Every example in docs/JSON.md is a valid document of its kind. */
  @Test
  void documentationExamples_areValidDocuments() throws IOException {
    String docs = Files.readString(Path.of("docs/JSON.md"), StandardCharsets.UTF_8);
    Matcher blocks = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(docs);
    List<String> kinds = new ArrayList<>();
    while (blocks.find()) {
      String json = blocks.group(1);
      if (json.contains("\"partyorg.yearBundle\"")) {
        continue; // holds parts of other kinds; read by YearBundleJsonTest
      }
      if (json.contains("\"partyorg.root\"")) {
        JsonSamples.readRoot(json);
        kinds.add("root");
      } else if (json.contains("\"partyorg.yearFacts\"")) {
        JsonSamples.readYearFacts(json);
        kinds.add("yearFacts");
      } else if (json.contains("\"partyorg.policies\"")) {
        assertThat(
                PartyorgJson.standard()
                    .readPolicies(new StringReader(json))
                    .targets()
                    .percentScale())
            .isEqualTo(1);
        kinds.add("policies");
      } else if (json.contains("\"partyorg.targetsResult\"")
          || json.contains("\"partyorg.charterFindings\"")) {
        assertWellFormed(json);
        kinds.add(json.contains("targetsResult") ? "targetsResult" : "charterFindings");
      } else if (json.contains("\"partyorg.rootRating\"")) {
        assertWellFormed(json);
        kinds.add("rootRating");
      }
    }
    assertThat(kinds)
        .contains(
            "root", "yearFacts", "rootRating", "policies", "targetsResult", "charterFindings");
  }

  @Test
  void rootRating_isWritten_withEveryRatingAndExplanation() throws IOException {
    Root root = JsonSamples.readRoot(seed("root.json"));
    YearFacts facts = JsonSamples.readYearFacts(seed("yearFacts.json"));
    RootRating rating = RootRater.forYear(facts.year()).rate(root, facts);

    String json = write(rating);

    assertWellFormed(json);
    assertThat(json)
        .startsWith("{\n  \"format\" : \"partyorg.rootRating\",\n  \"version\" : 1,")
        .contains("\"memberId\" : \"M1\"", "\"explanation\"", "\"rootMemberCounts\"")
        .contains("\"regime\" : \"R2025\"")
        .contains("\"decided\"");
  }

  static LongStream seeds() {
    return LongStream.range(0, 60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rootRating_ofRandomCases_isWellFormed(long seed) {
    JsonSamples samples = new JsonSamples(seed);
    Root root = samples.root();
    YearFacts facts = samples.yearFacts();
    RatingPolicies policies =
        seed % 2 == 0
            ? RatingPolicies.defaults()
            : RatingPolicies.defaults().withQuotaHandling(QuotaHandling.ENFORCE);
    RootRating rating = RootRater.of(Regime.forYear(facts.year()), policies).rate(root, facts);

    String json = write(rating);

    assertWellFormed(json);
    for (MemberId id : rating.members().keySet()) {
      assertThat(json).contains("\"memberId\" : \"" + id.value() + "\"");
    }
  }

  private static String write(RootRating rating) {
    StringWriter out = new StringWriter();
    PartyorgJson.standard().writeRootRating(rating, out);
    return out.toString();
  }

  static void assertWellFormed(String json) {
    try (JsonParser parser = new JsonFactory().createParser(new StringReader(json))) {
      int tokens = 0;
      while (parser.nextToken() != null) {
        tokens++;
      }
      assertThat(tokens).isPositive();
      assertThat(parser.currentToken()).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(DocumentKind.class)
  void everyKind_shipsItsSchema(DocumentKind kind) throws IOException {
    try (InputStream schema = PartyorgJson.class.getResourceAsStream(kind.schemaResource())) {
      assertThat(schema).as(kind.schemaResource()).isNotNull();
      String text = new String(schema.readAllBytes(), StandardCharsets.UTF_8);
      assertWellFormed(text);
      assertThat(text)
          .contains("https://json-schema.org/draft/2020-12/schema")
          .contains("\"const\": \"" + kind.formatName() + "\"");
    }
  }

  @Test
  void theWriter_failing_isAnUncheckedIoException() {
    Writer failing =
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void close() {}
        };

    assertThatThrownBy(() -> PartyorgJson.standard().writeRoot(ExampleBloc.create(), failing))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void readOptions_defaults_andCopies() {
    ReadOptions defaults = PartyorgJson.standard().options();

    assertThat(defaults).isEqualTo(ReadOptions.defaults());
    assertThat(defaults.lenient()).isFalse();
    assertThat(defaults.maxDocumentLength()).isEqualTo(64L * 1024 * 1024);
    assertThat(defaults.maxNestingDepth()).isEqualTo(64);
    assertThat(defaults.maxStringLength()).isEqualTo(10_000);
    assertThat(defaults.withLenient(true).lenient()).isTrue();
    assertThat(defaults.withMaxDocumentLength(5).maxDocumentLength()).isEqualTo(5);
    assertThatThrownBy(() -> defaults.withMaxNestingDepth(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> defaults.withMaxStringLength(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> defaults.withMaxDocumentLength(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nullArguments_areRefused() {
    PartyorgJson json = PartyorgJson.standard();

    assertThatThrownBy(() -> json.readRoot(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PartyorgJson.withOptions(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> json.writeYearFacts(null, new StringWriter()))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void theReaderIsNotClosed_andTheWriterIsFlushed() {
    StringReader reader = new StringReader(JsonSamples.write(ExampleBloc.create()));

    PartyorgJson.standard().readRoot(reader);

    // A closed StringReader would throw here.
    assertThat(catchThrowableOfType(IOException.class, reader::ready)).isNull();
  }

  // ---------------------------------------------------------------------------------------------
  // Errors in year facts

  private static JsonFormatException readFacts(String json) {
    JsonFormatException e =
        catchThrowableOfType(JsonFormatException.class, () -> JsonSamples.readYearFacts(json));
    assertThat(e).as("a JsonFormatException").isNotNull();
    return e;
  }

  private static String facts() throws IOException {
    return seed("yearFacts.json");
  }

  @Test
  void yearFacts_hugeExponent_isRefusedWithoutExpandingIt() throws IOException {
    JsonFormatException e = readFacts(seed("hugeExponent.json"));

    assertThat(e.path()).isEqualTo("$.members[0].score");
    assertThat(e.problem()).contains("too large an exponent");
  }

  @Test
  void yearFacts_yearOutOfRange_isAnError() throws IOException {
    JsonFormatException e = readFacts(facts().replace("\"year\": 2025", "\"year\": 20250"));

    assertThat(e.path()).isEqualTo("$.year");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.problem()).isEqualTo("The number is outside 1930..9999.");
  }

  @Test
  void yearFacts_fractionalMonths_isAWrongType() throws IOException {
    JsonFormatException e =
        readFacts(facts().replace("\"sickLeaveMonths\": 0", "\"sickLeaveMonths\": 0.5"));

    assertThat(e.path()).isEqualTo("$.members[0].sickLeaveMonths");
    assertThat(e.problem()).contains("expected an integer");
  }

  @Test
  void yearFacts_duplicateMember_isAnError() throws IOException {
    JsonFormatException e =
        readFacts(facts().replace("\"memberId\": \"M3\"", "\"memberId\": \"M1\""));

    assertThat(e.path()).isEqualTo("$.members[1].memberId");
    assertThat(e.line()).isEqualTo(21);
    assertThat(e.problem()).contains("already has facts");
  }

  @Test
  void yearFacts_duplicateOrganisationOrDecision_isAnError() throws IOException {
    String twice =
        facts()
            .replace(
                "\"kind\": \"BASE_ORGANISATION\", \"id\": \"B2\"",
                "\"kind\": \"CELL\", \"id\": \"C1\"");
    assertThat(readFacts(twice).path()).isEqualTo("$.organisations[1].organisation");

    String decidedTwice =
        facts()
            .replace(
                "{ \"entity\": { \"kind\": \"MEMBER\", \"id\": \"M1\" }, \"level\": \"HTTNV\" }",
                "{ \"entity\": { \"kind\": \"MEMBER\", \"id\": \"M1\" }, \"level\": \"HTTNV\" },"
                    + " { \"entity\": { \"kind\": \"MEMBER\", \"id\": \"M1\" }, \"level\": \"HTNV\" }");
    assertThat(readFacts(decidedTwice).path()).isEqualTo("$.decisions[1].entity");
  }

  @Test
  void yearFacts_memberAsOrganisation_isAnError() throws IOException {
    JsonFormatException e =
        readFacts(
            facts()
                .replace(
                    "\"kind\": \"CELL\", \"id\": \"C1\"", "\"kind\": \"MEMBER\", \"id\": \"C1\""));

    assertThat(e.path()).isEqualTo("$.organisations[0].organisation.kind");
    assertThat(e.line()).isEqualTo(30);
  }

  @Test
  void yearFacts_percentAbove100_isRefusedByTheModel_atTheEntry() throws IOException {
    JsonFormatException e =
        readFacts(facts().replace("\"tasksLatePercent\": 0", "\"tasksLatePercent\": 100.5"));

    assertThat(e.path()).isEqualTo("$.members[0]");
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.column()).isEqualTo(5);
    assertThat(e.problem()).startsWith("The model refuses this member facts:");
    assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void yearFacts_refusedEntry_isReportedAfterTheWholeDocumentIsRead() throws IOException {
    // The member refused by the model comes first, a bad value later: the bad value is reported,
    // as the entries are built once the document is read.
    String refused = facts().replace("\"tasksLatePercent\": 0", "\"tasksLatePercent\": 100.5");
    JsonFormatException later = readFacts(refused.replace("\"HTTNV\" }", "\"NOPE\" }"));
    assertThat(later.path()).isEqualTo("$.decisions[0].level");
    JsonFormatException missing = readFacts(refused.replace("\"reviewDate\": \"2025-12-15\",", ""));
    assertThat(missing.path()).isEqualTo("$.reviewDate");

    // A refused member and a refused organisation: the member is reported.
    JsonFormatException both = readFacts(refused.replace("2025-03-03", "2024-03-03"));
    assertThat(both.path()).isEqualTo("$.members[0]");
    assertThat(both.line()).isEqualTo(7);
    assertThat(both.problem()).startsWith("The model refuses this member facts:");
  }

  @Test
  void yearFacts_yearAfterTheEntries_isTheSame() throws IOException {
    String last =
        facts()
            .replace("  \"year\": 2025,\n", "")
            .replace("\n  ]\n}", "\n  ],\n  \"year\": 2025\n}");
    assertThat(last).isNotEqualTo(facts()).contains("\"year\": 2025\n}");

    assertThat(JsonSamples.readYearFacts(last)).isEqualTo(JsonSamples.readYearFacts(facts()));
    JsonFormatException refused =
        readFacts(
            last.replace("2025-03-03", "2024-03-03").replace("\"score\": 71", "\"score\": 171"));
    assertThat(refused.path()).isEqualTo("$.members[1]");
    assertThat(refused.line()).isEqualTo(19);
    JsonFormatException organisation = readFacts(last.replace("2025-03-03", "2024-03-03"));
    assertThat(organisation.path()).isEqualTo("$.organisations[1]");
  }

  @Test
  void yearFacts_disciplineOutsideTheYear_isRefusedByTheModel() throws IOException {
    JsonFormatException e = readFacts(facts().replace("2025-03-03", "2024-03-03"));

    assertThat(e.path()).isEqualTo("$.organisations[1]");
  }

  @Test
  void yearFacts_invalidGradeKeyOrBody_isAnError() throws IOException {
    JsonFormatException grade = readFacts(facts().replace("\"TASK_RESULTS\"", "\"TASKS\""));
    assertThat(grade.path()).isEqualTo("$.members[0].grades.TASKS");
    assertThat(grade.problem()).startsWith("Invalid key: expected one of POLITICS_IDEOLOGY");

    JsonFormatException body = readFacts(facts().replace("\"YOUTH_UNION\"", "\"YOUTH\""));
    assertThat(body.path()).isEqualTo("$.organisations[0].affiliatedBodies.YOUTH");
  }

  @Test
  void yearFacts_missingYear_isAnError() throws IOException {
    JsonFormatException e = readFacts(facts().replace("\"year\": 2025,", ""));

    assertThat(e.path()).isEqualTo("$.year");
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void yearFacts_unknownEntityKind_isAnError() throws IOException {
    JsonFormatException e =
        readFacts(facts().replace("\"kind\": \"MEMBER\"", "\"kind\": \"PERSON\""));

    assertThat(e.path()).isEqualTo("$.decisions[0].entity.kind");
  }

  @Test
  void aRootDocument_givenAsYearFacts_isAWrongDocument() throws IOException {
    JsonFormatException e = readFacts(seed("root.json"));

    assertThat(e.path()).isEqualTo("$.format");
    assertThat(e.problem()).contains("found a partyorg.root document");
  }

  @Test
  void lenientMode_skipsUnknownFieldsAnywhere() throws IOException {
    String json =
        facts()
            .replace("\"year\": 2025,", "\"year\": 2025, \"comment\": [\"x\", {\"y\": null}],")
            .replace("\"score\": 71,", "\"score\": 71, \"note\": \"y\",");
    PartyorgJson lenient = PartyorgJson.withOptions(ReadOptions.defaults().withLenient(true));

    assertThat(lenient.readYearFacts(new StringReader(json)))
        .isEqualTo(JsonSamples.readYearFacts(facts()));
    assertThat(readFacts(json).path()).isEqualTo("$.comment");
  }

  @Test
  void fieldOrder_doesNotMatter() throws IOException {
    String facts = facts();
    String header = "\"format\": \"partyorg.yearFacts\",\n  \"version\": 1,\n  \"year\": 2025,\n";
    assertThat(facts).contains(header);
    String reordered =
        facts
            .replace(header, "")
            .replace("\"decisions\": [", header.replace(",\n", ",") + "\"decisions\": [");

    assertThat(JsonSamples.readYearFacts(reordered)).isEqualTo(JsonSamples.readYearFacts(facts));
  }
}
