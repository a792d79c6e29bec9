package io.github.partyorg.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.charter.CharterCheck;
import io.github.partyorg.charter.Finding;
import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.sample.ExampleBloc;
import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.Root;
import io.github.partyorg.targets.ResolutionEvaluation;
import io.github.partyorg.targets.TargetStatus;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/** The written-only result kinds, checked on the bundled sample by a plain streaming scan. */
class ResultsJsonTest {

  /** The string values of every field with the given name, in document order. */
  static List<String> values(String json, String field) {
    List<String> values = new ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(new StringReader(json))) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.PROPERTY_NAME && parser.currentName().equals(field)) {
          JsonToken value = parser.nextToken();
          if (value.isScalarValue()) {
            values.add(parser.getString());
          }
        }
      }
    }
    return values;
  }

  @Test
  void targetsResult_ofTheSample2023_hasEveryOutcome() {
    ResolutionEvaluation evaluation = BenTreSample.get().evaluation(Year.of(2023));
    StringWriter out = new StringWriter();

    PartyorgJson.standard().writeTargetsResult(evaluation, out);
    String json = out.toString();

    assertThat(json)
        .startsWith("{\n  \"format\" : \"partyorg.targetsResult\",\n  \"version\" : 1,");
    assertThat(values(json, "targetId"))
        .containsExactlyElementsOf(
            evaluation.outcomes().stream().map(o -> o.target().id()).toList());
    assertThat(values(json, "status"))
        .containsExactlyElementsOf(
            evaluation.outcomes().stream().map(o -> o.status().name()).toList());
    for (TargetStatus status : TargetStatus.values()) {
      assertThat(values(json, status.name()))
          .containsExactly(String.valueOf(evaluation.count(status)));
    }
    evaluation.outcomes().stream()
        .flatMap(o -> o.percentOfTarget().stream())
        .findFirst()
        .ifPresent(p -> assertThat(values(json, "percentOfTarget")).contains(p.toString()));
    assertThat(values(json, "vi")).contains(evaluation.outcomes().get(0).explanation().vi());
  }

  @Test
  void charterFindings_ofTheExampleBloc_areWrittenInOrder() {
    Root root = ExampleBloc.create();
    List<Finding> findings = CharterCheck.check(root, LocalDate.of(2022, 12, 31));
    StringWriter out = new StringWriter();

    PartyorgJson.standard().writeCharterFindings(findings, out);
    String json = out.toString();

    assertThat(findings).isNotEmpty();
    assertThat(json).contains("\"format\" : \"partyorg.charterFindings\"");
    assertThat(values(json, "rule"))
        .containsExactlyElementsOf(findings.stream().map(f -> f.rule().name()).toList());
    assertThat(values(json, "severity"))
        .containsExactlyElementsOf(findings.stream().map(f -> f.severity().name()).toList());
    assertThat(values(json, "en")).contains(findings.get(0).citation().en());
  }

  @Test
  void charterFindings_none_isAnEmptyList() {
    StringWriter out = new StringWriter();

    PartyorgJson.standard().writeCharterFindings(List.of(), out);

    assertThat(out.toString()).contains("\"findings\" : [ ]");
  }

  @Test
  void yearEndReport_ofTheSample2022_hasItsSectionsAndEvaluation() {
    YearEndReport report = BenTreSample.get().report(Year.of(2022));
    StringWriter out = new StringWriter();

    PartyorgJson.standard().writeYearEndReport(report, out);
    String json = out.toString();

    assertThat(json).contains("\"format\" : \"partyorg.yearEndReport\"");
    assertThat(values(json, "year")).first().isEqualTo("2022");
    assertThat(values(json, "rootId")).containsExactly(report.rootId().value());
    // The report's own count first, then the Youth Union's in the record it is rendered from.
    assertThat(values(json, "admitted"))
        .startsWith(String.valueOf(report.admitted()))
        .hasSize(report.record().youth().isPresent() ? 2 : 1);
    List<String> headings = new ArrayList<>();
    for (Language language : Language.values()) {
      report.sections(language).forEach(s -> headings.add(s.heading()));
    }
    assertThat(values(json, "heading")).containsExactlyElementsOf(headings);
    assertThat(values(json, "targetId"))
        .containsExactlyElementsOf(
            report.evaluation().orElseThrow().outcomes().stream()
                .map(o -> o.target().id())
                .toList());
  }
}
