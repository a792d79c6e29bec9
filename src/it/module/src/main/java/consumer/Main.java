package consumer;

import io.github.partyorg.json.PartyorgJson;
import io.github.partyorg.json.YearBundle;
import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.report.YearResults;
import io.github.partyorg.sample.BenTreSample;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Year;

/** The yearly job of the bundled sample as a partyorg.yearBundle, in a named module. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    check(
        PartyorgJson.class.getModule().getName().equals("io.github.partyorg"),
        "partyorg is a named module");
    check(
        !PartyorgJson.class.getModule().getPackages().contains("io.github.partyorg.cli")
            || !PartyorgJson.class.getModule().isExported("io.github.partyorg.cli"),
        "the command line is not exported");
    BenTreSample sample = BenTreSample.get();
    Year year = Year.of(2022);
    YearBundle written =
        YearBundle.of(sample.root(year), sample.facts(year), sample.reportData(year));
    StringWriter json = new StringWriter();
    PartyorgJson.standard().writeYearBundle(written, json);
    YearBundle bundle = PartyorgJson.standard().readYearBundle(new StringReader(json.toString()));
    check(bundle.equals(written), "the bundle reads back equal");

    YearResults results = bundle.job().run();
    YearEndReport report = results.report().orElseThrow();
    check(report.equals(sample.report(year)), "the bundle's report is the sample's report");
    System.out.println("bundle: " + json.toString().length() + " characters");
    System.out.println("consumer-module OK");
  }

  static void check(boolean condition, String what) {
    if (!condition) {
      System.err.println("FAILED: " + what);
      System.exit(1);
    }
  }
}
