package io.github.partyorg.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.partyorg.fourgood.FourGoodResult;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.targets.ResolutionEvaluation;
import java.io.StringReader;
import java.time.Year;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The readers of the result kinds name the path, line and column of every problem. */
class ResultsJsonErrorsTest {
  private static final PartyorgJson STRICT = PartyorgJson.standard();
  private static final PartyorgJson LENIENT =
      PartyorgJson.withOptions(ReadOptions.defaults().withLenient(true));

  /** A rating with at least one member and one organisation. */
  private static String rating() {
    RootRating rating =
        LongStream.range(0, 100)
            .mapToObj(ResultsRoundTripPropertyTest::rootRating)
            .filter(r -> !r.members().isEmpty() && !r.quotaFindings().isEmpty())
            .findFirst()
            .orElseThrow();
    return ResultsRoundTripPropertyTest.write(rating, STRICT::writeRootRating);
  }

  private static String targets() {
    ResolutionEvaluation evaluation = BenTreSample.get().evaluation(Year.of(2023));
    return ResultsRoundTripPropertyTest.write(evaluation, STRICT::writeTargetsResult);
  }

  private static String fourGood() {
    FourGoodResult result =
        LongStream.range(0, 100)
            .mapToObj(ResultsRoundTripPropertyTest::fourGoodResult)
            .filter(r -> !r.cells().isEmpty() && !r.cells().get(0).headings().isEmpty())
            .findFirst()
            .orElseThrow();
    return ResultsRoundTripPropertyTest.write(result, STRICT::writeFourGoodResult);
  }

  private static String report() {
    YearEndReport report = BenTreSample.get().report(Year.of(2022));
    return ResultsRoundTripPropertyTest.write(report, STRICT::writeYearEndReport);
  }

  private static String replaceFirst(String json, String from, String to) {
    int at = json.indexOf(from);
    assertThat(at).as("the document contains " + from).isNotNegative();
    return json.substring(0, at) + to + json.substring(at + from.length());
  }

  private static String replaceAfter(String json, String anchor, String from, String to) {
    int start = json.indexOf(anchor);
    assertThat(start).as("the document contains " + anchor).isNotNegative();
    return json.substring(0, start) + replaceFirst(json.substring(start), from, to);
  }

  private static JsonFormatException fails(Function<StringReader, ?> reader, String json) {
    JsonFormatException e =
        catchThrowableOfType(JsonFormatException.class, () -> reader.apply(new StringReader(json)));
    assertThat(e).as("a JsonFormatException").isNotNull();
    assertThat(e.getMessage())
        .startsWith(e.path() + " (line " + e.line() + ", column " + e.column() + "): ");
    return e;
  }

  /** Asserts the error is at the first occurrence of {@code needle} in {@code json}. */
  private static void assertAt(JsonFormatException e, String json, String path, String needle) {
    assertAt(e, json, path, needle, 0);
  }

  /** Asserts the error is {@code offset} characters after the first {@code needle}. */
  private static void assertAt(
      JsonFormatException e, String json, String path, String needle, int offset) {
    int found = json.indexOf(needle);
    assertThat(found).as("needle").isNotNegative();
    int index = found + offset;
    String before = json.substring(0, index);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = index - before.lastIndexOf('\n');
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.line()).as("line").isEqualTo(line);
    assertThat(e.column()).as("column").isEqualTo(column);
  }

  @Test
  void rootRating_unknownField_isNamedWhereItIs() {
    String json = replaceFirst(rating(), "\"memberId\" :", "\"memberKey\" :");

    JsonFormatException e = fails(STRICT::readRootRating, json);

    assertAt(e, json, "$.members[0].memberKey", "\"memberKey\"");
    assertThat(e.problem()).isEqualTo("Unknown field (strict mode).");
  }

  @Test
  void rootRating_wrongTypeAndBadEnum_areNamedAtTheValue() {
    String json =
        replaceAfter(
            rating(),
            "\"quotaFindings\"",
            "\"excellent\" : ",
            "\"excellent\" : \"many\", \"x\" : ");
    JsonFormatException e = fails(STRICT::readRootRating, json);
    assertAt(e, json, "$.quotaFindings[0].excellent", "\"many\"");
    assertThat(e.problem()).isEqualTo("Wrong type: expected an integer, found a string.");

    String regime = replaceFirst(rating(), "\"regime\" : \"R", "\"regime\" : \"Q");
    JsonFormatException bad = fails(STRICT::readRootRating, regime);
    assertAt(bad, regime, "$.regime", "\"Q");
    assertThat(bad.problem()).startsWith("Invalid value: expected one of R2018");
  }

  @Test
  void rootRating_memberRatedTwice_isADuplicateEntry() {
    String json = rating();
    int from = json.indexOf("\"members\" : [ {") + "\"members\" : [ ".length();
    int end = json.indexOf("\n  }, {", from);
    if (end < 0 || end > json.indexOf("\"organisations\"")) {
      end = json.indexOf("\n  } ],", from);
    }
    String first = json.substring(from, end + 4);
    String doubled = json.substring(0, from) + first + ", " + json.substring(from);

    JsonFormatException e = fails(STRICT::readRootRating, doubled);

    assertThat(e.path()).isEqualTo("$.members[1].memberId");
    assertThat(e.problem()).isEqualTo("Duplicate entry: this entity is listed twice.");
  }

  @Test
  void rootRating_missingCounts_isNamedUnderTheDocument_andLenientSkipsUnknownFields() {
    String json = replaceFirst(rating(), "\"rootMemberCounts\" :", "\"rootMemberTally\" :");

    JsonFormatException e = fails(LENIENT::readRootRating, json);

    assertThat(e.path()).isEqualTo("$.rootMemberCounts");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.problem()).isEqualTo("The required field rootMemberCounts is missing.");
    String extra = replaceFirst(rating(), "\"year\" :", "\"comment\" : [1, {}], \"year\" :");
    assertThat(LENIENT.readRootRating(new StringReader(extra)))
        .isEqualTo(STRICT.readRootRating(new StringReader(rating())));
  }

  @Test
  void fourGoodResult_grantedThatContradictsTheCriteria_isRefusedAtTheOrganisation() {
    String original = fourGood();
    FourGoodResult result = STRICT.readFourGoodResult(new StringReader(original));
    boolean granted = result.cells().get(0).granted();
    String json =
        replaceFirst(original, "\"granted\" : " + granted + ",", "\"granted\" : " + !granted + ",");

    JsonFormatException e = fails(STRICT::readFourGoodResult, json);

    assertAt(e, json, "$.cells[0]", "{\n    \"organisation\"");
    assertThat(e.problem())
        .isEqualTo("The field granted does not agree with the results it derives from.");
  }

  @Test
  void fourGoodResult_badRuleAndDuplicateKey_areNamedWhereTheyAre() {
    String json = replaceFirst(fourGood(), "\"rule\" : \"F", "\"rule\" : \"X");
    JsonFormatException e = fails(STRICT::readFourGoodResult, json);
    assertThat(e.path())
        .matches("\\$\\.cells\\[0\\]\\.(gates|headings\\[0\\]\\.criteria)\\[0\\]\\.rule");
    assertAt(e, json, e.path(), "\"X");

    String dup = replaceFirst(fourGood(), "\"year\" :", "\"year\" : 2020, \"year\" :");
    JsonFormatException twice = fails(STRICT::readFourGoodResult, dup);
    assertAt(twice, dup, "$.year", "\"year\" : 2020, \"year\"", 15);
    assertThat(twice.problem()).isEqualTo("Duplicate key: the field appears twice in this object.");
  }

  @Test
  void fourGoodResult_shareThatContradictsTheCells_isRefusedAtTheDocument() {
    String json = replaceFirst(fourGood(), "\"assessed\" : ", "\"assessed\" : 1");

    JsonFormatException e = fails(STRICT::readFourGoodResult, json);

    assertThat(e.path()).isEqualTo("$");
    assertThat(e.problem()).contains("The field cellShare does not agree");
  }

  @Test
  void targetsResult_countsThatContradictTheOutcomes_areRefused() {
    String json = replaceFirst(targets(), "\"MET\" : ", "\"MET\" : 9");

    JsonFormatException e = fails(STRICT::readTargetsResult, json);

    assertAt(e, json, "$", "{");
    assertThat(e.problem())
        .isEqualTo("The field counts does not agree with the outcomes' statuses.");
  }

  @Test
  void targetsResult_badStatusAndMissingGoal_areNamed() {
    String json = replaceFirst(targets(), "\"status\" : \"", "\"status\" : \"DONE_");
    JsonFormatException e = fails(STRICT::readTargetsResult, json);
    assertAt(e, json, "$.outcomes[0].status", "\"DONE_");
    assertThat(e.problem()).startsWith("Invalid value: expected one of EXCEEDED");

    String noGoal = replaceFirst(targets(), "\"goal\" :", "\"aim\" :");
    JsonFormatException missing = fails(LENIENT::readTargetsResult, noGoal);
    assertAt(missing, noGoal, "$.outcomes[0].goal", "{\n    \"targetId\"");
    assertThat(missing.problem()).isEqualTo("The required field goal is missing.");
  }

  @Test
  void targetsResult_provenanceThatContradictsTheFigure_isRefused() {
    String original = targets();
    String json =
        original.contains("\"provenance\" : \"REPORTED\",\n    \"rules\"")
            ? replaceFirst(
                original,
                "\"provenance\" : \"REPORTED\",\n    \"rules\"",
                "\"provenance\" : \"COMPUTED\",\n    \"rules\"")
            : replaceFirst(
                original,
                "\"provenance\" : \"COMPUTED\",\n    \"rules\"",
                "\"provenance\" : \"REPORTED\",\n    \"rules\"");

    JsonFormatException e = fails(STRICT::readTargetsResult, json);

    assertThat(e.path()).startsWith("$.outcomes[");
    assertThat(e.problem())
        .isEqualTo("The field provenance does not agree with the year's figure.");
  }

  @Test
  void charterFindings_wrongTypeAndWrongDocument_areNamed() {
    String json =
        "{\n  \"format\" : \"partyorg.charterFindings\",\n  \"version\" : 1,\n"
            + "  \"findings\" : [ {\n    \"rule\" : \"S1\",\n    \"severity\" : 2\n  } ]\n}\n";
    JsonFormatException e = fails(STRICT::readCharterFindings, json);
    assertAt(e, json, "$.findings[0].severity", "2\n");
    assertThat(e.problem()).isEqualTo("Wrong type: expected a string, found a number.");

    String other = targets();
    JsonFormatException wrong = fails(STRICT::readCharterFindings, other);
    assertAt(wrong, other, "$.format", "\"partyorg.targetsResult\"");
    assertThat(wrong.problem())
        .isEqualTo(
            "Wrong document: expected partyorg.charterFindings, found a partyorg.targetsResult"
                + " document.");
  }

  @Test
  void charterFindings_missingEntity_isNamedAtTheFinding() {
    String json =
        "{\"format\": \"partyorg.charterFindings\", \"version\": 1, \"findings\": [\n"
            + " {\"rule\": \"S1\", \"severity\": \"ERROR\", \"message\": {\"vi\": \"a\", \"en\": \"b\"}}]}";

    JsonFormatException e = fails(STRICT::readCharterFindings, json);

    assertAt(e, json, "$.findings[0].entity", "{\"rule\"");
  }

  @Test
  void yearEndReport_badRoundingAndMissingNumbers_areNamed() {
    String json = replaceFirst(report(), "\"rounding\" : \"", "\"rounding\" : \"NEAR_");
    JsonFormatException e = fails(STRICT::readYearEndReport, json);
    assertAt(e, json, "$.numbers.rounding", "\"NEAR_");
    assertThat(e.problem()).startsWith("Invalid value: expected one of UP, DOWN");

    String none = replaceFirst(report(), "\"numbers\" :", "\"formatting\" :");
    JsonFormatException missing = fails(LENIENT::readYearEndReport, none);
    assertAt(missing, none, "$.numbers", "{");
    assertThat(missing.problem()).isEqualTo("The required field numbers is missing.");
  }

  @Test
  void yearEndReport_sectionsOfTheWrongShape_andNegativeCounts_areRefused() {
    String json = replaceFirst(report(), "\"heading\" : ", "\"heading\" : 7, \"h\" : ");
    JsonFormatException e = fails(STRICT::readYearEndReport, json);
    assertAt(e, json, "$.sections.vi[0].heading", "7, \"h\"");

    String negative = replaceFirst(report(), "\"admitted\" : ", "\"admitted\" : -");
    JsonFormatException below = fails(STRICT::readYearEndReport, negative);
    assertAt(below, negative, "$.admitted", "\"admitted\" : -", 13);
    assertThat(below.problem()).startsWith("The number is outside 0..");
  }

  @Test
  void yearEndReport_evaluationOfAnotherYear_isRefusedByTheModel() {
    String original = report();
    int evaluation = original.indexOf("\"evaluation\"");
    int year = original.indexOf("\"year\" : 2022", evaluation);
    String json = original.substring(0, year) + "\"year\" : 2021" + original.substring(year + 13);

    JsonFormatException e = fails(STRICT::readYearEndReport, json);

    assertAt(e, json, "$", "{");
    assertThat(e.problem())
        .startsWith("The model refuses this year-end report: The field evaluation is of");
  }
}
