package io.github.partyorg.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.partyorg.structure.InvalidStructureException;
import io.github.partyorg.structure.ViolationCode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Each class of error names the JSON path, the line and the column, and nothing personal. */
class JsonErrorsTest {

  /** Line 21 is the member's full name, line 25 its official date. */
  static final String ROOT =
      """
      {
        "format": "partyorg.root",
        "version": 1,
        "id": "R",
        "kind": "PROVINCIAL_BLOC",
        "name": "Đảng ủy Khối",
        "snapshotDate": "2025-12-31",
        "baseOrganisations": [
          {
            "id": "B1",
            "name": "Đảng bộ B1",
            "kind": "BASE_COMMITTEE",
            "sector": "OTHER",
            "cells": [
              {
                "id": "C1",
                "name": "Chi bộ C1",
                "members": [
                  {
                    "id": "M1",
                    "fullName": "Nguyễn Văn An",
                    "gender": "MALE",
                    "dateOfBirth": "1980-01-01",
                    "admissionDate": "2010-05-01",
                    "officialDate": "2011-05-01"
                  }
                ]
              }
            ]
          }
        ]
      }
      """;

  static final String MEMBER = "$.baseOrganisations[0].cells[0].members[0]";

  private static JsonFormatException readRoot(String json) {
    return readRoot(json, ReadOptions.defaults());
  }

  private static JsonFormatException readRoot(String json, ReadOptions options) {
    JsonFormatException e =
        catchThrowableOfType(
            JsonFormatException.class,
            () -> PartyorgJson.withOptions(options).readRoot(new StringReader(json)));
    assertThat(e).as("a JsonFormatException").isNotNull();
    assertThat(e.getMessage())
        .startsWith(e.path() + " (line " + e.line() + ", column " + e.column() + "): ")
        .doesNotContain("Nguyễn")
        .doesNotContain("1980-01-01");
    return e;
  }

  private static void assertAt(JsonFormatException e, String path, int line, int column) {
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.line()).as("line").isEqualTo(line);
    assertThat(e.column()).as("column").isEqualTo(column);
    assertThat(e.getMessage()).contains(path + " (line " + line + ", column " + column + ")");
  }

  @Test
  void theTemplateIsValid() {
    assertThat(JsonSamples.readRoot(ROOT).memberCount()).isEqualTo(1);
  }

  @Test
  void unknownField_strict_isAnError() {
    JsonFormatException e =
        readRoot(ROOT.replace("\"gender\": \"MALE\",", "\"gender\": \"MALE\", \"nickname\": 1,"));

    assertAt(e, MEMBER + ".nickname", 22, 33);
    assertThat(e.problem()).contains("Unknown field");
  }

  @Test
  void unknownField_lenient_isSkipped() {
    String json =
        ROOT.replace("\"gender\": \"MALE\",", "\"gender\": \"MALE\", \"extra\": {\"a\": [1, {}]},");

    assertThat(
            PartyorgJson.withOptions(ReadOptions.defaults().withLenient(true))
                .readRoot(new StringReader(json)))
        .isEqualTo(JsonSamples.readRoot(ROOT));
  }

  @Test
  void wrongType_isAnError() {
    JsonFormatException e = readRoot(ROOT.replace("\"id\": \"M1\"", "\"id\": 12"));

    assertAt(e, MEMBER + ".id", 20, 21);
    assertThat(e.problem()).isEqualTo("Wrong type: expected a string, found a number.");
  }

  @Test
  void wrongType_objectExpected() {
    JsonFormatException e =
        readRoot(ROOT.replace("\"id\": \"B1\",", "\"id\": \"B1\", \"cells\": true,"));

    assertThat(e.path()).isEqualTo("$.baseOrganisations[0].cells");
    assertThat(e.problem()).contains("expected an array, found a boolean");
  }

  @Test
  void missingRequiredField_isAnError() {
    JsonFormatException e = readRoot(ROOT.replace("\"admissionDate\": \"2010-05-01\",", ""));

    // Reported at the object that lacks the field.
    assertAt(e, MEMBER + ".admissionDate", 19, 13);
    assertThat(e.problem()).isEqualTo("The required field admissionDate is missing.");
  }

  @Test
  void duplicateKey_isAnError() {
    JsonFormatException e =
        readRoot(
            ROOT.replace("\"gender\": \"MALE\",", "\"gender\": \"MALE\", \"gender\": \"FEMALE\","));

    assertAt(e, MEMBER + ".gender", 22, 33);
    assertThat(e.problem()).startsWith("Duplicate key");
  }

  @Test
  void invalidDate_isAnError_andTheValueIsNotEchoed() {
    JsonFormatException e = readRoot(ROOT.replace("1980-01-01", "1980-02-30"));

    assertAt(e, MEMBER + ".dateOfBirth", 23, 30);
    assertThat(e.problem()).contains("YYYY-MM-DD");
  }

  @Test
  void dateInAnotherShape_isAnError() {
    JsonFormatException e = readRoot(ROOT.replace("2011-05-01", "01/05/2011"));

    assertAt(e, MEMBER + ".officialDate", 25, 31);
  }

  @Test
  void invalidEnumValue_isAnError() {
    JsonFormatException e = readRoot(ROOT.replace("\"MALE\"", "\"male\""));

    assertAt(e, MEMBER + ".gender", 22, 25);
    assertThat(e.problem()).isEqualTo("Invalid value: expected one of MALE, FEMALE.");
  }

  @Test
  void stringLimitExceeded_isAnError() {
    JsonFormatException e =
        readRoot(
            ROOT.replace("Chi bộ C1", "x".repeat(200)),
            ReadOptions.defaults().withMaxStringLength(100));

    assertAt(e, "$.baseOrganisations[0].cells[0].name", 17, 221);
    assertThat(e.problem()).startsWith("A read limit is exceeded").contains("100");
  }

  @Test
  void depthLimitExceeded_isAnError() {
    JsonFormatException e = readRoot(ROOT, ReadOptions.defaults().withMaxNestingDepth(6));

    // The limit is hit when the member object opens, before its index is on the path.
    assertAt(e, "$.baseOrganisations[0].cells[0].members", 19, 14);
    assertThat(e.problem()).startsWith("A read limit is exceeded").contains("6");
  }

  @Test
  void documentLengthLimitExceeded_isAnError() {
    String big = ROOT.replace("\"Chi bộ C1\"", "\"Chi bộ C1\"" + " ".repeat(20_000));

    JsonFormatException e = readRoot(big, ReadOptions.defaults().withMaxDocumentLength(10_000));

    assertAt(e, "$.baseOrganisations[0].cells[0]", 17, 15671);
    assertThat(e.problem()).startsWith("A read limit is exceeded").contains("10000");
  }

  @Test
  void malformedJson_isAnError_andTheTextIsNotEchoed() {
    JsonFormatException e =
        readRoot(ROOT.replace("\"fullName\": \"Nguyễn Văn An\"", "\"fullName\": Nguyễn"));

    // Jackson reads a non-string value together with its name; the path is still the field's
    // (issue 17: it was the object's).
    assertAt(e, MEMBER + ".fullName", 21, 27);
    assertThat(e.problem()).startsWith("Malformed JSON");
    assertThat(e.getCause()).isNotNull();
  }

  @Test
  void truncatedDocument_isAnError() {
    JsonFormatException e = readRoot(ROOT.substring(0, ROOT.indexOf("\"gender\"")));

    assertAt(e, MEMBER, 22, 15);
    assertThat(e.problem()).contains("ends too early");
  }

  @Test
  void contentAfterTheDocument_isAnError() {
    JsonFormatException e = readRoot(ROOT + "{}");

    assertAt(e, "$", 33, 1);
  }

  @Test
  void emptyInput_isAnError() {
    JsonFormatException e = readRoot("");

    assertThat(e.path()).isEqualTo("$");
    assertThat(e.problem()).contains("expected an object, found nothing");
  }

  @Test
  void modelRefusal_isWrapped_withTheEntityPath_andTheViolationsAsCause() {
    JsonFormatException e = readRoot(ROOT.replace("2011-05-01", "2009-05-01"));

    assertAt(e, MEMBER, 19, 13);
    assertThat(e.problem())
        .startsWith("The model refuses this member: OFFICIAL_BEFORE_ADMISSION [M1]");
    assertThat(e.getCause())
        .isInstanceOfSatisfying(
            InvalidStructureException.class,
            ise ->
                assertThat(ise.violations())
                    .extracting(v -> v.code())
                    .containsExactly(ViolationCode.OFFICIAL_BEFORE_ADMISSION));
  }

  @Test
  void modelRefusalOfTheRoot_isReportedAtTheRoot() {
    // The same member id twice: the root's index refuses it.
    String json =
        ROOT.replace("\"name\": \"Chi bộ C1\",", "\"name\": \"Chi bộ C1\",\n\"consents\": [],");
    String twice = json.replace("\"id\": \"C1\"", "\"id\": \"B1\"");

    JsonFormatException e = readRoot(twice);

    assertThat(e.path()).isEqualTo("$");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.getCause()).isInstanceOf(InvalidStructureException.class);
  }

  @Test
  void blankId_isRefusedAtTheId() {
    JsonFormatException e = readRoot(ROOT.replace("\"id\": \"M1\"", "\"id\": \"  \""));

    assertAt(e, MEMBER + ".id", 20, 21);
    assertThat(e.problem()).contains("BLANK_ID");
  }

  @Test
  void readerFailure_isAnError() {
    Reader failing =
        new Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public void close() {}
        };

    JsonFormatException e =
        catchThrowableOfType(
            JsonFormatException.class, () -> PartyorgJson.standard().readRoot(failing));

    assertThat(e.path()).isEqualTo("$");
    assertThat(e.problem()).isEqualTo("The input cannot be read.");
  }

  @Test
  void wrongFormat_isAnError() {
    JsonFormatException e = readRoot(ROOT.replace("partyorg.root", "partyorg.yearFacts"));

    assertAt(e, "$.format", 2, 13);
    assertThat(e.problem())
        .isEqualTo("Wrong document: expected partyorg.root, found a partyorg.yearFacts document.");
  }

  @Test
  void unknownFormat_isAnError() {
    JsonFormatException e = readRoot(ROOT.replace("partyorg.root", "something"));

    assertThat(e.problem()).endsWith("found an unknown format.");
  }

  @Test
  void unsupportedVersion_isAnError() {
    JsonFormatException e = readRoot(ROOT.replace("\"version\": 1", "\"version\": 2"));

    assertAt(e, "$.version", 3, 14);
    assertThat(e.problem()).contains("version 1");
  }

  @Test
  void fieldNamesThatAreNotIdentifiers_areQuotedInThePath() {
    JsonFormatException e =
        readRoot(ROOT.replace("\"version\": 1,", "\"version\": 1, \"a b'c\": 0,"));

    assertThat(e.path()).isEqualTo("$['a b\\'c']");
  }

  @Test
  void nullForAnOptionalField_isAWrongType() {
    JsonFormatException e =
        readRoot(ROOT.replace("\"officialDate\": \"2011-05-01\"", "\"officialDate\": null"));

    assertAt(e, MEMBER + ".officialDate", 25, 31);
    assertThat(e.problem()).isEqualTo("Wrong type: expected a string, found null.");
  }

  @Test
  void unknownFieldInANestedObject_strictAndLenient() {
    String json =
        ROOT.replace(
            "\"officialDate\": \"2011-05-01\"",
            "\"officialDate\": \"2011-05-01\", \"suspension\": {\"start\": \"2012-01-01\", \"why\": \"x\"}");

    assertThat(readRoot(json).path()).isEqualTo(MEMBER + ".suspension.why");
    assertThat(
            PartyorgJson.withOptions(ReadOptions.defaults().withLenient(true))
                .readRoot(new StringReader(json))
                .memberCount())
        .isEqualTo(1);
  }

  @Test
  void openSuspension_endBeforeStart_isRefusedAtTheRange() {
    String json =
        ROOT.replace(
            "\"officialDate\": \"2011-05-01\"",
            "\"officialDate\": \"2011-05-01\",\n\"suspension\": {\"start\": \"2012-01-01\", \"end\": \"2011-01-01\"}");

    JsonFormatException e = readRoot(json);

    assertAt(e, MEMBER + ".suspension", 26, 15);
    assertThat(e.problem()).startsWith("The model refuses this date range");
  }

  @Test
  void booleanExpected_isAWrongType() {
    String facts =
        """
        {"format": "partyorg.yearFacts", "version": 1, "year": 2025, "reviewDate": "2025-12-15",
         "members": [{"memberId": "M1", "maternityLeave": "yes"}]}
        """;

    JsonFormatException e =
        catchThrowableOfType(JsonFormatException.class, () -> JsonSamples.readYearFacts(facts));

    assertAt(e, "$.members[0].maternityLeave", 2, 51);
    assertThat(e.problem()).isEqualTo("Wrong type: expected a boolean, found a string.");
  }

  @Test
  void unknownFieldsInEveryObjectKind_areRefused() {
    String[] objects = {
      "\"sector\": \"OTHER\",", "\"name\": \"Chi bộ C1\",", "\"gender\": \"MALE\",",
    };
    for (String anchor : objects) {
      JsonFormatException e = readRoot(ROOT.replace(anchor, anchor + " \"x\": 0,"));
      assertThat(e.path()).endsWith(".x");
    }
  }
}
