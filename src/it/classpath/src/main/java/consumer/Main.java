package consumer;

import io.github.partyorg.json.PartyorgJson;
import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.report.YearJob;
import io.github.partyorg.report.YearResults;
import io.github.partyorg.sample.BenTreSample;
import java.time.Year;

/** The README's yearly job on the bundled sample, on the class path, without jackson-core. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    BenTreSample sample = BenTreSample.get();
    Year year = Year.of(2022);
    YearResults results =
        YearJob.of(sample.root(year), sample.facts(year))
            .withReportData(sample.reportData(year))
            .run();
    YearEndReport report = results.report().orElseThrow();
    check(report.equals(sample.report(year)), "the report is the sample's report");
    check(report.toEnglishText().contains("2022"), "the report's text names the year");
    check(
        results.targets().orElseThrow().outcomes().size()
            == sample.resolution(year).targets().size(),
        "one outcome per target");
    System.out.println("rated members: " + results.rating().members().size());
    try {
      PartyorgJson.standard();
      check(false, "PartyorgJson refuses to work without jackson-core");
    } catch (IllegalStateException e) {
      check(
          e.getMessage().contains("tools.jackson.core:jackson-core"),
          "the refusal names the missing dependency");
      System.out.println("without jackson-core: " + e.getMessage());
    }
    System.out.println("consumer-classpath OK");
  }

  static void check(boolean condition, String what) {
    if (!condition) {
      System.err.println("FAILED: " + what);
      System.exit(1);
    }
  }
}
