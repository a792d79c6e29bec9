package io.github.partyorg.cli;

import io.github.partyorg.charter.CharterCheck;
import io.github.partyorg.charter.Finding;
import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.sample.ExampleBloc;
import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.Root;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The command-line entry point.
 *
 * <pre>
 * partyorg [report] [--year 2021|2022|2023] [--format text|markdown] [--lang vi|en]
 * partyorg charter [--lang vi|en] [--as-of YYYY-MM-DD]
 * partyorg --help
 * </pre>
 *
 * <p>{@code report} (the default command) prints the year-end report of the bundled Bến Tre-shaped
 * sample ({@link BenTreSample}), by default the 2022 report as Vietnamese text. {@code charter}
 * prints the charter findings (S1-S8) of the bundled example bloc. Exit codes: {@value #EXIT_OK}
 * success (findings are results, not failures), {@value #EXIT_USAGE} a usage error, {@value
 * #EXIT_FAILURE} an unexpected failure. Errors go to standard error and nothing is written to
 * standard output when a command fails.
 */
public final class Main {
  /** Exit code of a successful run. */
  public static final int EXIT_OK = 0;

  /** Exit code of an unexpected failure. */
  public static final int EXIT_FAILURE = 1;

  /** Exit code of a usage error (unknown command or option, bad value). */
  public static final int EXIT_USAGE = 2;

  private static final String USAGE =
      """
      Usage: partyorg [report] [--year 2021|2022|2023] [--format text|markdown] [--lang vi|en]
             partyorg charter [--lang vi|en] [--as-of YYYY-MM-DD]
             partyorg --help

      Commands:
        report    Print the year-end report of the bundled synthetic Bến Tre-shaped sample
                  (default).
        charter   Print the charter findings (rules S1-S8) of the bundled example bloc.

      Options:
        --lang vi|en           Language of the output (default: vi).
        --year YYYY            Year of the report: 2021, 2022 or 2023 (default: 2022).
        --format text|markdown Form of the report (default: text).
        --as-of YYYY-MM-DD     Day of the charter check (default: the bloc's snapshot date,
                               2022-12-31).
        -h, --help             Print this help.

      Exit codes: 0 success, 1 unexpected failure, 2 usage error.
      """;

  private Main() {}

  /**
   * Runs the command line and exits with a non-zero status on failure.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    out.flush();
    if (status != EXIT_OK) {
      System.exit(status);
    }
  }

  /**
   * Runs the command line without exiting the JVM.
   *
   * @param args the arguments
   * @param out where results go
   * @param err where errors go
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Language language = Language.VI;
    LocalDate asOf = null;
    String command = null;
    Year year = null;
    boolean markdown = false;
    boolean formatGiven = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "-h", "--help" -> {
          out.print(USAGE);
          return EXIT_OK;
        }
        case "charter", "report" -> {
          if (command != null) {
            return usage(err, "give one command, not '" + command + "' and '" + arg + "'");
          }
          command = arg;
        }
        case "--lang" -> {
          String value = i + 1 < args.length ? args[++i] : "";
          if (value.equals("vi")) {
            language = Language.VI;
          } else if (value.equals("en")) {
            language = Language.EN;
          } else {
            return usage(err, "--lang needs vi or en, not '" + value + "'");
          }
        }
        case "--as-of" -> {
          String value = i + 1 < args.length ? args[++i] : "";
          try {
            asOf = LocalDate.parse(value);
          } catch (DateTimeParseException e) {
            return usage(err, "--as-of needs a date as YYYY-MM-DD, not '" + value + "'");
          }
        }
        case "--year" -> {
          String value = i + 1 < args.length ? args[++i] : "";
          year =
              BenTreSample.YEARS.stream()
                  .filter(y -> y.toString().equals(value))
                  .findFirst()
                  .orElse(null);
          if (year == null) {
            return usage(err, "--year needs 2021, 2022 or 2023, not '" + value + "'");
          }
        }
        case "--format" -> {
          String value = i + 1 < args.length ? args[++i] : "";
          if (value.equals("text") || value.equals("markdown")) {
            markdown = value.equals("markdown");
            formatGiven = true;
          } else {
            return usage(err, "--format needs text or markdown, not '" + value + "'");
          }
        }
        default -> {
          return usage(err, "unknown command or option '" + arg + "'");
        }
      }
    }
    boolean charter = "charter".equals(command);
    if (charter && (year != null || formatGiven)) {
      return usage(err, "--year and --format apply to the report command only");
    }
    if (!charter && asOf != null) {
      return usage(err, "--as-of applies to the charter command only");
    }
    try {
      if (charter) {
        Root root = ExampleBloc.create();
        LocalDate day = asOf == null ? root.snapshotDate() : asOf;
        out.print(charterReport(root, day, language));
      } else {
        YearEndReport report = BenTreSample.get().report(year == null ? Year.of(2022) : year);
        out.print(
            markdown
                ? report.toMarkdown(language)
                : language == Language.VI ? report.toVietnameseText() : report.toEnglishText());
      }
      return EXIT_OK;
    } catch (RuntimeException e) {
      err.println("partyorg: unexpected failure: " + e);
      return EXIT_FAILURE;
    }
  }

  private static int usage(PrintStream err, String problem) {
    err.println("partyorg: " + problem);
    err.print(USAGE);
    return EXIT_USAGE;
  }

  /**
   * Formats the charter findings of a root as plain text.
   *
   * @param root the root checked
   * @param asOf the day of the check
   * @param language the language of the text
   * @return the text, one finding per paragraph
   */
  static String charterReport(Root root, LocalDate asOf, Language language) {
    List<Finding> findings = CharterCheck.check(root, asOf);
    boolean vi = language == Language.VI;
    StringBuilder text = new StringBuilder();
    text.append(root.name()).append(" [").append(root.id().value()).append("]\n");
    text.append(
        vi
            ? String.format(
                "Kiểm tra Điều lệ ngày %s: %d tổ chức cơ sở đảng, %d đảng viên, %d phát hiện.%n",
                asOf.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                root.baseOrganisationIds().size(),
                root.memberCount(),
                findings.size())
            : String.format(
                "Charter check on %s: %d base organisations, %d members, %d findings.%n",
                asOf, root.baseOrganisationIds().size(), root.memberCount(), findings.size()));
    for (Finding finding : findings) {
      text.append('\n')
          .append(finding.rule())
          .append(" · ")
          .append(finding.severity().label().in(language))
          .append(" · ")
          .append(finding.entityId().value())
          .append(": ")
          .append(finding.message().in(language))
          .append('\n')
          .append(vi ? "    Căn cứ: " : "    Source: ")
          .append(finding.citation().in(language))
          .append('\n');
    }
    return text.toString();
  }
}
