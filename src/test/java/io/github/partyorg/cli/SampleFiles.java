package io.github.partyorg.cli;

import io.github.partyorg.json.PartyorgJson;
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

/** The bundled sample's year written to the three files the file commands read. */
record SampleFiles(Path root, Path facts, Path data) {

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
