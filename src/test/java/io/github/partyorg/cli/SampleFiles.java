package io.github.partyorg.cli;

import io.github.partyorg.json.PartyorgJson;
import io.github.partyorg.json.Policies;
import io.github.partyorg.json.YearBundle;
import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.report.YearReportData;
import io.github.partyorg.sample.BenTreSample;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/** The bundled sample's year written to the three files the file commands read. */
record SampleFiles(Path root, Path facts, Path data) {

  /**
   * Writes the sample's year as one {@code partyorg.yearBundle} file, optionally with policies.
   *
   * @param dir the directory
   * @param name the file's name
   * @param year the year
   * @param policies the policies part, or null for none
   * @return the file
   */
  static Path writeBundle(Path dir, String name, Year year, @Nullable Policies policies)
      throws IOException {
    BenTreSample s = BenTreSample.get();
    YearBundle bundle = YearBundle.of(s.root(year), s.facts(year), s.reportData(year));
    if (policies != null) {
      bundle = bundle.withPolicies(policies);
    }
    StringWriter text = new StringWriter();
    PartyorgJson.standard().writeYearBundle(bundle, text);
    return write(dir, name, text);
  }

  static SampleFiles write(Path dir, Year year) throws IOException {
    BenTreSample s = BenTreSample.get();
    PartyorgJson json = PartyorgJson.standard();
    StringWriter root = new StringWriter();
    json.writeRoot(s.root(year), root);
    StringWriter facts = new StringWriter();
    json.writeYearFacts(s.facts(year), facts);
    YearReportData report =
        new YearReportData(
            s.record(year),
            s.resolution(year),
            s.reported(year),
            Optional.of(s.figures(year.minusYears(1))),
            OptionalLong.of(YearEndReport.disciplinedIn(s.facts(year.minusYears(1)))),
            Optional.of(s.resolution(year.plusYears(1))));
    // The same data as the sample gives them (the bundle commands read these).
    if (!report.equals(s.reportData(year))) {
      throw new AssertionError("reportData(" + year + ") differs from the three files' data");
    }
    StringWriter data = new StringWriter();
    json.writeYearReport(report, data);
    return new SampleFiles(
        write(dir, "root.json", root),
        write(dir, "facts.json", facts),
        write(dir, "report.json", data));
  }

  private static Path write(Path dir, String name, StringWriter content) throws IOException {
    return Files.writeString(dir.resolve(name), content.toString(), StandardCharsets.UTF_8);
  }
}
