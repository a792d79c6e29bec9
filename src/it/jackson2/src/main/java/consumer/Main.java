package consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.partyorg.json.PartyorgJson;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.report.YearJob;
import io.github.partyorg.report.YearResults;
import io.github.partyorg.sample.BenTreSample;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Year;
import java.util.Map;

/** The yearly job beside Jackson 2 databind: the application's Jackson 2 and partyorg's Jackson 3. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    BenTreSample sample = BenTreSample.get();
    Year year = Year.of(2022);
    YearResults results =
        YearJob.of(sample.root(year), sample.facts(year))
            .withReportData(sample.reportData(year))
            .run();
    check(results.report().orElseThrow().equals(sample.report(year)), "the sample's report");

    StringWriter json = new StringWriter();
    PartyorgJson.standard().writeRootRating(results.rating(), json);
    RootRating read = PartyorgJson.standard().readRootRating(new StringReader(json.toString()));
    check(read.equals(results.rating()), "the rating reads back equal with Jackson 3");

    // The application's own JSON, with Jackson 2 databind, in the same class path.
    ObjectMapper mapper = new ObjectMapper();
    String summary =
        mapper.writeValueAsString(
            Map.of(
                "year", year.getValue(),
                "members", results.rating().members().size(),
                "targets", results.targets().orElseThrow().outcomes().size()));
    Map<?, ?> back = mapper.readValue(summary, Map.class);
    check(back.get("year").equals(2022), "Jackson 2 reads its own document");
    check(
        mapper.readTree(json.toString()).get("format").asText().equals("partyorg.rootRating"),
        "Jackson 2 reads partyorg's document too");
    System.out.println("summary: " + summary);
    System.out.println("consumer-jackson2 OK");
  }

  static void check(boolean condition, String what) {
    if (!condition) {
      System.err.println("FAILED: " + what);
      System.exit(1);
    }
  }
}
