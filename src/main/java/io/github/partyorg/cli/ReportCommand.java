package io.github.partyorg.cli;

import io.github.partyorg.json.PartyorgJson;
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

/**
 * {@code report}: the year-end report of the bundled Bến Tre-shaped sample, or of three files (a
 * root, its year's facts and the year's report data).
 */
final class ReportCommand implements Command {
  @Override
  public String name() {
    return "report";
  }

  @Override
  public String help() {
    return """
        Usage: partyorg [report] [--year 2021|2022|2023] [--format text|markdown|json]
                        [--lang vi|en]
               partyorg report ROOT_FILE FACTS_FILE YEAR_REPORT_FILE
                               [--format text|markdown|json] [--lang vi|en]

        Print the year-end report of the bundled synthetic Bến Tre-shaped sample (the default
        command), or of ROOT_FILE (partyorg.root), FACTS_FILE (partyorg.yearFacts) and
        YEAR_REPORT_FILE (partyorg.yearReport): the root is rated with the rules of the facts'
        year and the year's resolution is evaluated with the default policies.

        Options:
          --year YYYY            Year of the sample's report: 2021, 2022 or 2023 (default: 2022).
          --format text|markdown|json
                                 Form of the report (default: text); json is the
                                 partyorg.yearEndReport document (docs/JSON.md).
          --lang vi|en           Language of the output (default: vi).
          -h, --help             Print this help.

        """
        + Main.EXIT_CODES;
  }

  @Override
  public int run(Options options, PrintStream out, PrintStream err) {
    if (options.asOf != null) {
      throw new UsageException("--as-of applies to the charter command only (and to validate)");
    }
    List<String> files = options.positionals;
    if (files.size() == 3) {
      if (options.year != null) {
        throw new UsageException("--year applies to the bundled sample only; the files give it");
      }
      options.refuseOthers(name(), false, false, true, false);
      print(
          fromFiles(files, err), options.format("text", "markdown", "json"), options.language, out);
      return Main.EXIT_OK;
    }
    options.refuseOthers(name(), false, true, true, false);
    if (!files.isEmpty()) {
      String extra = files.get(0);
      throw new UsageException(
          Main.isCommand(extra)
              ? "give one command, not 'report' and '" + extra + "'"
              : "report needs no file (the bundled sample) or three: ROOT_FILE FACTS_FILE"
                  + " YEAR_REPORT_FILE");
    }
    Year year = Year.of(2022);
    if (options.year != null) {
      String value = options.year;
      year =
          BenTreSample.YEARS.stream()
              .filter(y -> y.toString().equals(value))
              .findFirst()
              .orElseThrow(
                  () -> new UsageException("--year needs 2021, 2022 or 2023, not '" + value + "'"));
    }
    String format = options.format("text", "markdown", "json");
    print(BenTreSample.get().report(year), format, options.language, out);
    return Main.EXIT_OK;
  }

  /**
   * Reads the three files and builds the year-end report.
   *
   * @param files ROOT_FILE, FACTS_FILE and YEAR_REPORT_FILE
   * @param err where progress goes
   * @return the report
   * @throws InvalidInputException if a file is missing, unreadable or invalid
   */
  static YearEndReport fromFiles(List<String> files, PrintStream err) {
    Root root = InputFiles.readRoot(files.get(0), err);
    YearFacts facts = InputFiles.readYearFacts(files.get(1));
    String dataFile = files.get(2);
    YearReportData data = InputFiles.readYearReport(dataFile);
    if (!facts.year().equals(data.year())) {
      throw new InvalidInputException(
          dataFile + ": the report is for " + data.year() + ", the facts for " + facts.year());
    }
    try {
      return data.report(root, facts);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(dataFile + ": the report cannot be built: " + e.getMessage());
    }
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
