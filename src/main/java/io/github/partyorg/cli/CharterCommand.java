package io.github.partyorg.cli;

import io.github.partyorg.charter.CharterCheck;
import io.github.partyorg.charter.Finding;
import io.github.partyorg.json.PartyorgJson;
import io.github.partyorg.sample.ExampleBloc;
import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.Root;
import java.io.PrintStream;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * {@code validate FILE} and {@code charter [FILE]}: reads a root (or takes the bundled example
 * bloc) and prints its charter findings (S1-S8).
 */
final class CharterCommand implements Command {
  private final boolean validate;

  /**
   * Creates the command.
   *
   * @param validate true for {@code validate} (a file is required), false for {@code charter}
   */
  CharterCommand(boolean validate) {
    this.validate = validate;
  }

  @Override
  public String name() {
    return validate ? "validate" : "charter";
  }

  @Override
  public String help() {
    String text =
        validate
            ? """
            Usage: partyorg validate FILE [--as-of YYYY-MM-DD] [--format text|json]
                                   [--lang vi|en]

            Read FILE, a partyorg.root or a partyorg.yearBundle JSON document (docs/JSON.md;
            every part of a bundle is read and checked), and print the charter findings (rules
            S1-S8) of its root. The findings are results: the exit code is 0 whenever the file
            is valid. An invalid file exits with 3, its problem (JSON path, line, column) on
            standard error and nothing on standard output. The structure rules take no policy.

            Options:
              --as-of YYYY-MM-DD     Day of the check (default: the root's snapshot date).
              --format text|json     Form of the output (default: text); json is the
                                     partyorg.charterFindings document (docs/JSON.md).
            """
            : """
            Usage: partyorg charter [FILE] [--as-of YYYY-MM-DD] [--lang vi|en]

            Print the charter findings (rules S1-S8) of the bundled example bloc, or of FILE, a
            partyorg.root or partyorg.yearBundle JSON document (then the same as validate FILE).

            Options:
              --as-of YYYY-MM-DD     Day of the check (default: the root's snapshot date; the
                                     example bloc's is 2022-12-31).
            """;
    return text
        + """
          --lang vi|en           Language of the output (default: vi).
          -h, --help             Print this help.

        """
        + Main.EXIT_CODES;
  }

  @Override
  public int run(Options options, PrintStream out, PrintStream err) {
    if (options.year != null || (options.format != null && !validate)) {
      throw new UsageException("--year and --format apply to the report command only");
    }
    boolean json = validate && options.format("text", "json").equals("json");
    options.refuseOthers(name(), true, false, validate, false, false);
    List<String> files = options.positionals;
    for (String file : files) {
      if (Main.isCommand(file)) {
        throw new UsageException("give one command, not '" + name() + "' and '" + file + "'");
      }
    }
    if (files.size() > 1 || (validate && files.isEmpty())) {
      throw new UsageException(name() + " needs " + (validate ? "one FILE" : "at most one FILE"));
    }
    Root root = files.isEmpty() ? ExampleBloc.create() : readRoot(files.get(0), err);
    LocalDate day = options.asOf == null ? root.snapshotDate() : options.asOf;
    if (json) {
      StringWriter text = new StringWriter();
      PartyorgJson.standard().writeCharterFindings(CharterCheck.check(root, day), text);
      out.print(text);
    } else {
      out.print(charterReport(root, day, options.language));
    }
    return Main.EXIT_OK;
  }

  /**
   * Reads the root of a {@code partyorg.root} or {@code partyorg.yearBundle} file.
   *
   * @param file the file
   * @param err where progress goes
   * @return the root
   * @throws InvalidInputException if the file is missing, unreadable, invalid or of another kind
   */
  private static Root readRoot(String file, PrintStream err) {
    return InputFiles.readRootOrBundle(file, err);
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
                Locale.ROOT,
                "Kiểm tra Điều lệ ngày %s: %d tổ chức cơ sở đảng, %d đảng viên, %d phát hiện.%n",
                asOf.format(DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT)),
                root.baseOrganisationIds().size(),
                root.memberCount(),
                findings.size())
            : String.format(
                Locale.ROOT,
                "Charter check on %s: %d base organisations, %d members, %d findings.%n",
                asOf,
                root.baseOrganisationIds().size(),
                root.memberCount(),
                findings.size()));
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
