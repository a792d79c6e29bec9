package io.github.partyorg.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.partyorg.fourgood.CriteriaProfile;
import io.github.partyorg.fourgood.FourGoodYear;
import io.github.partyorg.fourgood.Presets;
import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.Root;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code partyorg.yearBundle}: the sample as one file, the errors through the parts, the kind. */
class YearBundleJsonTest {
  private static final Year YEAR = Year.of(2022);

  static String write(YearBundle bundle) {
    StringWriter out = new StringWriter();
    PartyorgJson.standard().writeYearBundle(bundle, out);
    return out.toString();
  }

  static YearBundle read(String json) {
    return PartyorgJson.standard().readYearBundle(new StringReader(json));
  }

  private static JsonFormatException error(String json) {
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> read(json));
    assertThat(e).as("a JsonFormatException").isNotNull();
    return e;
  }

  static YearBundle sample(Year year) {
    BenTreSample s = BenTreSample.get();
    return YearBundle.of(s.root(year), s.facts(year), s.reportData(year));
  }

  /** The text's line and column (from 1) of the first {@code needle} at or after {@code from}. */
  private static int[] position(String text, String needle, int from) {
    int at = text.indexOf(needle, from);
    assertThat(at).as(needle).isNotNegative();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, at - lineStart + 1};
  }

  private static void assertAt(JsonFormatException e, String path, int[] position) {
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.line()).isEqualTo(position[0]);
    assertThat(e.column()).isEqualTo(position[1]);
    assertThat(e.getMessage())
        .startsWith(path + " (line " + position[0] + ", column " + position[1] + "): ");
  }

  private static String seed(String name) throws IOException {
    return Files.readString(PartyorgJsonTest.SEEDS.resolve(name), StandardCharsets.UTF_8);
  }

  /** A bundle document assembled from part documents, each given as "name", then its text. */
  static String assemble(String... namesAndParts) {
    StringBuilder json =
        new StringBuilder("{\n\"format\": \"partyorg.yearBundle\",\n\"version\": 1");
    for (int i = 0; i < namesAndParts.length; i += 2) {
      json.append(",\n\"").append(namesAndParts[i]).append("\": ").append(namesAndParts[i + 1]);
    }
    return json.append("}\n").toString();
  }

  @Test
  void theSample_asOneBundle_readsBack_andReportsExactlyTheSampleReport() {
    YearBundle bundle = sample(YEAR);
    String json = write(bundle);

    YearBundle back = read(json);

    assertThat(back).isEqualTo(bundle);
    assertThat(write(back)).isEqualTo(json);
    assertThat(json)
        .startsWith(
            "{\n  \"format\" : \"partyorg.yearBundle\",\n  \"version\" : 1,\n  \"root\" : {\n"
                + "    \"format\" : \"partyorg.root\",\n    \"version\" : 1,")
        .doesNotContain("\"policies\"", "\"fourGoodProfile\"");
    YearEndReport expected = BenTreSample.get().report(YEAR);
    YearEndReport report = back.yearReport().report(back.root(), back.yearFacts());
    assertThat(report.toVietnameseText()).isEqualTo(expected.toVietnameseText());
    assertThat(report.toEnglishText()).isEqualTo(expected.toEnglishText());
    assertThat(report.toMarkdown(Language.VI)).isEqualTo(expected.toMarkdown(Language.VI));
  }

  @Test
  void theSampleReportData_ofEveryYear_giveTheSampleReport() {
    BenTreSample s = BenTreSample.get();
    for (Year year : BenTreSample.YEARS) {
      assertThat(s.reportData(year).report(s.root(year), s.facts(year)).toVietnameseText())
          .as("%s", year)
          .isEqualTo(s.report(year).toVietnameseText());
    }
    assertThat(s.reportData(Year.of(2021)).previousFigures()).isEmpty();
    assertThat(s.reportData(Year.of(2023)).nextYear()).isEmpty();
  }

  @Test
  void aBadValueDeepInThePart_isReportedThroughThePart_withLineAndColumn() {
    YearBundle bundle = sample(YEAR);
    String json = write(bundle);
    String id = bundle.root().baseOrganisations().get(3).id().value();
    String needle = "\"id\" : \"" + id + "\"";
    int at = json.indexOf(needle, json.indexOf("\"baseOrganisations\""));
    String broken = json.substring(0, at) + "\"id\" : 42" + json.substring(at + needle.length());

    JsonFormatException e = error(broken);

    assertAt(e, "$.root.baseOrganisations[3].id", position(broken, "42", at));
    assertThat(e.problem()).isEqualTo("Wrong type: expected a string, found a number.");
  }

  @Test
  void aBadDateInTheFacts_isReportedAtTheFactsPath() throws IOException {
    String facts = seed("yearFacts.json").replace("\"2025-12-15\"", "\"2025-02-30\"");
    String json = assemble("root", seed("root.json"), "yearFacts", facts);

    JsonFormatException e = error(json);

    assertAt(e, "$.yearFacts.reviewDate", position(json, "\"2025-02-30\"", 0));
    assertThat(e.problem()).startsWith("Invalid date");
  }

  @Test
  void aMissingPart_isReportedUnderTheBundle_atItsStart() throws IOException {
    String json = assemble("root", seed("root.json"), "yearFacts", seed("yearFacts.json"));

    JsonFormatException e = error(json);

    assertAt(e, "$.yearReport", new int[] {1, 1});
    assertThat(e.problem()).isEqualTo("The required field yearReport is missing.");
  }

  @Test
  void aPartOfTheWrongKind_isRefusedAtItsFormat() throws IOException {
    String json = assemble("root", seed("yearFacts.json"));

    JsonFormatException e = error(json);

    assertAt(e, "$.root.format", position(json, "\"partyorg.yearFacts\"", 0));
    assertThat(e.problem())
        .isEqualTo("Wrong document: expected partyorg.root, found a partyorg.yearFacts document.");
  }

  @Test
  void aPartWithoutItsHeader_isRefused() throws IOException {
    String root = seed("root.json").replace("\"format\": \"partyorg.root\",", "");
    String json = assemble("root", root);

    JsonFormatException e = error(json);

    assertThat(e.path()).isEqualTo("$.root.format");
    assertThat(e.problem()).isEqualTo("The required field format is missing.");
  }

  @Test
  void partsOfDifferentYears_areRefusedByTheModel_atTheBundle() throws IOException {
    String json =
        assemble(
            "root",
            seed("root.json"),
            "yearFacts",
            seed("yearFacts.json"),
            "yearReport",
            seed("yearReport.json"));

    JsonFormatException e = error(json);

    assertAt(e, "$", new int[] {1, 1});
    assertThat(e.problem())
        .isEqualTo(
            "The model refuses this year bundle: The part yearReport is for 2023, the yearFacts"
                + " for 2025.");
  }

  @Test
  void aFourGoodProfileWithoutItsYear_isMissingTheYear() throws IOException {
    String json = assemble("fourGoodProfile", seed("fourGoodProfile.json"));

    JsonFormatException e = error(json);

    assertThat(e.path()).isEqualTo("$.root");
    String withParts =
        write(sample(YEAR))
            .replaceFirst("\\n}\\n$", ",\n\"fourGoodYear\": " + seed("fourGoodYear.json") + "}");
    JsonFormatException missing = error(withParts);
    assertAt(missing, "$.fourGoodProfile", new int[] {1, 1});
  }

  /** The example of docs/JSON.md. */
  static String documentedExample() throws IOException {
    String docs = Files.readString(java.nio.file.Path.of("docs/JSON.md"), StandardCharsets.UTF_8);
    int section = docs.indexOf("## `partyorg.yearBundle`");
    assertThat(section).isNotNegative();
    int start = docs.indexOf("```json\n", section) + "```json\n".length();
    return docs.substring(start, docs.indexOf("```", start));
  }

  @Test
  void theDocumentedExample_isAValidBundle() throws IOException {
    YearBundle bundle = read(documentedExample());

    assertThat(bundle.year()).isEqualTo(Year.of(2025));
    assertThat(bundle.root().memberCount()).isEqualTo(1);
    assertThat(bundle.policiesOrDefaults().rating().quotaHandling())
        .isEqualTo(io.github.partyorg.rating.QuotaHandling.ENFORCE);
    assertThat(bundle.fourGoodProfile()).isEmpty();
    assertThat(read(write(bundle))).isEqualTo(bundle);
  }

  @Test
  void theFuzzSeed_isAValidBundle_withEveryPart() throws IOException {
    YearBundle bundle = read(seed("yearBundle.json"));

    assertThat(bundle.year()).isEqualTo(Year.of(2025));
    assertThat(bundle.policies()).isPresent();
    assertThat(bundle.fourGoodProfile()).isPresent();
    assertThat(bundle.yearReport().nextYear()).isPresent();
  }

  @Test
  void anUnknownField_strictRefuses_lenientSkips() {
    String json = write(sample(YEAR)).replaceFirst("\\{\\n", "{\n\"note\": [1, {\"x\": 2}],\n");

    assertAt(error(json), "$.note", new int[] {2, 1});
    YearBundle lenient =
        PartyorgJson.withOptions(ReadOptions.defaults().withLenient(true))
            .readYearBundle(new StringReader(json));
    assertThat(lenient).isEqualTo(sample(YEAR));
  }

  @Test
  void policiesAndFourGoodParts_roundTrip() throws IOException {
    Root root = JsonSamples.readRoot(seed("root.json"));
    CriteriaProfile profile = FourGoodJsonTest.readProfile(FourGoodJsonTest.PROFILE);
    FourGoodYear records = FourGoodJsonTest.readYear(FourGoodJsonTest.YEAR);
    YearBundle bundle =
        YearBundle.of(
                root,
                JsonSamples.readYearFacts(seed("yearFacts.json")),
                new YearReportRoundTripPropertyTest.Generator(new java.util.Random(7))
                    .data(Year.of(2025)))
            .withPolicies(PoliciesJsonTest.random(3))
            .withFourGood(profile, records);

    String json = write(bundle);

    assertThat(read(json)).isEqualTo(bundle);
    assertThat(json)
        .contains("\"policies\" : {\n    \"format\" : \"partyorg.policies\"")
        .contains("\"fourGoodProfile\" : {\n    \"format\" : \"partyorg.fourGoodProfile\"")
        .contains("\"fourGoodYear\" : {\n    \"format\" : \"partyorg.fourGoodYear\"");
    assertThat(bundle.policiesOrDefaults()).isEqualTo(PoliciesJsonTest.random(3));
    assertThat(sample(YEAR).policiesOrDefaults()).isEqualTo(Policies.defaults());
    assertThat(bundle.year()).isEqualTo(Year.of(2025));
  }

  @Test
  void theModelRefuses_halfAFourGoodPair_aBaseCommitteeProfile_andRecordsOfAnotherYear() {
    YearBundle bundle = sample(YEAR);
    FourGoodYear records = FourGoodJsonTest.readYear(FourGoodJsonTest.YEAR);
    CriteriaProfile cells = Presets.nationalFrame();

    assertThatThrownBy(
            () ->
                new YearBundle(
                    bundle.root(),
                    bundle.yearFacts(),
                    bundle.yearReport(),
                    Optional.empty(),
                    Optional.of(cells),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The parts fourGoodProfile and fourGoodYear go together; give both or neither.");
    assertThatThrownBy(() -> bundle.withFourGood(cells, records))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The part fourGoodYear is for 2025, the yearFacts for 2022.");
    FourGoodYear of2022 = FourGoodYear.builder().year(YEAR).build();
    assertThat(bundle.withFourGood(cells, of2022).fourGoodYear()).contains(of2022);
    CriteriaProfile baseCommittees = Presets.nationalFrameBaseCommittee();
    assertThatThrownBy(() -> bundle.withFourGood(baseCommittees, of2022))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The part fourGoodProfile is a BASE_COMMITTEE profile; a bundle holds a CELL profile.");
    assertThatThrownBy(() -> bundle.withPolicies(null)).isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest
  @EnumSource(
      value = DocumentKind.class,
      names = {"ROOT", "YEAR_FACTS", "YEAR_REPORT", "POLICIES", "YEAR_BUNDLE"})
  void readKind_namesTheKind_ofAWrittenDocument(DocumentKind kind) throws IOException {
    String json =
        switch (kind) {
          case ROOT -> seed("root.json");
          case YEAR_FACTS -> seed("yearFacts.json");
          case YEAR_REPORT -> seed("yearReport.json");
          case POLICIES -> seed("policies.json");
          default -> write(sample(YEAR));
        };

    assertThat(PartyorgJson.standard().readKind(new StringReader(json))).isEqualTo(kind);
  }

  @Test
  void readKind_refusesNoFormat_anUnknownFormat_andMalformedJson() {
    PartyorgJson json = PartyorgJson.standard();

    JsonFormatException none =
        catchThrowableOfType(
            JsonFormatException.class, () -> json.readKind(new StringReader("{\"version\": 1}")));
    JsonFormatException unknown =
        catchThrowableOfType(
            JsonFormatException.class,
            () -> json.readKind(new StringReader("{\"a\": {}, \"format\": \"partyorg.other\"}")));
    JsonFormatException malformed =
        catchThrowableOfType(
            JsonFormatException.class,
            () -> json.readKind(new StringReader("{\"format\": \"partyorg.root\", ")));
    JsonFormatException array =
        catchThrowableOfType(
            JsonFormatException.class, () -> json.readKind(new StringReader("[]")));

    assertThat(none.getMessage())
        .isEqualTo("$.format (line 1, column 1): The required field format is missing.");
    assertThat(unknown.path()).isEqualTo("$.format");
    assertThat(unknown.column()).isEqualTo(21);
    assertThat(unknown.problem())
        .startsWith("Unknown format: expected one of partyorg.root, partyorg.yearFacts,")
        .endsWith("partyorg.history.");
    assertThat(malformed.problem()).isEqualTo("Malformed JSON: the document ends too early.");
    assertThat(array.problem()).isEqualTo("Wrong type: expected an object, found an array.");
  }
}
