package io.github.partyorg.cli;

import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.structure.Language;
import java.io.PrintStream;
import java.time.Year;

/** {@code report}: the year-end report of the bundled Bến Tre-shaped sample. */
final class ReportCommand implements Command {
  @Override
  public String name() {
    return "report";
  }

  @Override
  public String help() {
    return """
        Usage: partyorg [report] [--year 2021|2022|2023] [--format text|markdown] [--lang vi|en]

        Print the year-end report of the bundled synthetic Bến Tre-shaped sample (the default
        command). Reading a report's inputs from a file is not supported yet.

        Options:
          --year YYYY            Year of the report: 2021, 2022 or 2023 (default: 2022).
          --format text|markdown Form of the report (default: text).
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
    options.refuseOthers(name(), false, true, true, false);
    if (!options.positionals.isEmpty()) {
      String extra = options.positionals.get(0);
      throw new UsageException(
          Main.isCommand(extra)
              ? "give one command, not 'report' and '" + extra + "'"
              : "report reads the bundled sample only; reading a file is not supported yet");
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
    boolean markdown = options.format("text", "markdown").equals("markdown");
    YearEndReport report = BenTreSample.get().report(year);
    Language language = options.language;
    out.print(
        markdown
            ? report.toMarkdown(language)
            : language == Language.VI ? report.toVietnameseText() : report.toEnglishText());
    return Main.EXIT_OK;
  }
}
