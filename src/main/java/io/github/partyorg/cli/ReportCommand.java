package io.github.partyorg.cli;

import io.github.partyorg.json.PartyorgJson;
import io.github.partyorg.rating.Regime;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.report.YearReportData;
import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.Root;
import java.io.PrintStream;
import java.io.StringWriter;
import java.time.Year;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code report}: the year-end report of the bundled Bến Tre-shaped sample, of one year bundle
 * file, or of three files (a root, its year's facts and the year's report data).
 */
final class ReportCommand implements Command {
  @Override
  public String name() {
    return "report";
  }

  @Override
  public int run(Options options, PrintStream out, PrintStream err) {
    if (options.asOf != null) {
      throw new UsageException("--as-of applies to the charter command only (and to validate)");
    }
    List<String> files = options.positionals;
    for (String file : files) {
      if (Main.isCommand(file)) {
        throw new UsageException("give one command, not 'report' and '" + file + "'");
      }
    }
    if (files.size() == 2 || files.size() > 3) {
      throw new UsageException(
          "report needs no file (the bundled sample), one (BUNDLE_FILE) or three: ROOT_FILE"
              + " FACTS_FILE YEAR_REPORT_FILE");
    }
    if (!files.isEmpty() && options.year != null) {
      throw new UsageException("--year applies to the bundled sample only; the files give it");
    }
    options.refuseOthers(name(), false, true, true, true, true);
    String format = options.format("text", "markdown", "json", "docx", "html");
    if (format.equals("docx") || format.equals("html")) {
      return YearDocuments.write(format, files, options, err);
    }
    if (options.out != null || options.details != null) {
      throw new UsageException(
          (options.out != null ? "--out" : "--details") + " applies to --format docx and html");
    }
    Regime regime = options.regime();
    YearEndReport report;
    if (files.isEmpty()) {
      Year year = sampleYear(options.year);
      report =
          regime == null && options.policies == null
              ? BenTreSample.get().report(year)
              : YearInputs.sample(year, options).report(regime);
    } else {
      report = inputs(files, options, err).report(regime);
    }
    print(report, format, options.language, out);
    return Main.EXIT_OK;
  }

  static Year sampleYear(@Nullable String value) {
    if (value == null) {
      return Year.of(2022);
    }
    return BenTreSample.YEARS.stream()
        .filter(y -> y.toString().equals(value))
        .findFirst()
        .orElseThrow(
            () -> new UsageException("--year needs 2021, 2022 or 2023, not '" + value + "'"));
  }

  /**
   * Reads the inputs of a year-end report: one bundle file, or the three files.
   *
   * @param files BUNDLE_FILE, or ROOT_FILE, FACTS_FILE and YEAR_REPORT_FILE
   * @param options the options ({@code --policies})
   * @param err where progress goes
   * @return the inputs
   * @throws InvalidInputException if a file is missing, unreadable or invalid, or the files are of
   *     different years
   */
  static YearInputs inputs(List<String> files, Options options, PrintStream err) {
    if (files.size() == 1) {
      return YearInputs.bundle(files.get(0), options, err);
    }
    Root root = InputFiles.readRoot(files.get(0), err);
    String factsFile = files.get(1);
    YearFacts facts = InputFiles.readYearFacts(factsFile);
    String dataFile = files.get(2);
    YearReportData data = InputFiles.readYearReport(dataFile);
    if (!facts.year().equals(data.year())) {
      throw new InvalidInputException(
          dataFile + ": the report is for " + data.year() + ", the facts for " + facts.year());
    }
    return YearInputs.files(root, facts, factsFile, data, dataFile, options);
  }

  private static void print(
      YearEndReport report, String format, Language language, PrintStream out) {
    if (format.equals("json")) {
      StringWriter text = new StringWriter();
      PartyorgJson.standard().writeYearEndReport(report, text);
      out.print(text);
      return;
    }
    out.print(
        format.equals("markdown")
            ? report.toMarkdown(language)
            : language == Language.VI ? report.toVietnameseText() : report.toEnglishText());
  }
}
