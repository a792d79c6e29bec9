package io.github.partyorg.cli;

import io.github.partyorg.charter.CharterCheck;
import io.github.partyorg.charter.Finding;
import io.github.partyorg.charter.MembershipCheck;
import io.github.partyorg.json.PartyorgJson;
import io.github.partyorg.sample.ExampleBloc;
import io.github.partyorg.structure.Catalogue;
import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.Message;
import io.github.partyorg.structure.Root;
import java.io.PrintStream;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code validate FILE} and {@code charter [FILE]}: reads a root (or takes the bundled example
 * bloc) and prints its charter findings: structure (S1-S9, {@link CharterCheck}) then membership
 * (M2 overdue probations and M4 badges due in the year, {@link MembershipCheck}).
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
            every part of a bundle is read and checked), and print the charter findings of its
            root: structure (rules S1-S9), then membership (M2 probations ended without a vote,
            M4 badges due in the year of the check). The findings are results: the exit code is
            0 whenever the file is valid. An invalid file exits with 3, its problem (JSON path,
            line, column) on standard error and nothing on standard output. The rules use their
            default policies (S9: the 294-QĐ/TW pilot from 1 July 2025).

            Options:
              --as-of YYYY-MM-DD     Day of the check (default: the root's snapshot date).
              --format text|json     Form of the output (default: text); json is the
                                     partyorg.charterFindings document (docs/JSON.md).
            """
            : """
            Usage: partyorg charter [FILE] [--as-of YYYY-MM-DD] [--lang vi|en]

            Print the charter findings of the bundled example bloc, or of FILE, a partyorg.root or
            partyorg.yearBundle JSON document (then the same as validate FILE): structure (rules
            S1-S9), then membership (M2 probations ended without a vote, M4 badges due in the
            year of the check), each with the regulation in force on the day of the check.

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
      PartyorgJson.standard().writeCharterFindings(allFindings(root, day), text);
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
    List<Finding> structure = CharterCheck.check(root, asOf);
    List<Finding> membership = MembershipCheck.check(root, asOf);
    Catalogue words = Catalogue.standard();
    StringBuilder text = new StringBuilder();
    text.append(root.name()).append(" [").append(root.id().value()).append("]\n");
    text.append(
            words.format(
                language,
                Message.of(
                    "cli.charter.title",
                    asOf,
                    root.baseOrganisationIds().size(),
                    root.memberCount(),
                    structure.size() + membership.size())))
        .append('\n');
    section(text, words, "cli.charter.structure", structure, language);
    section(text, words, "cli.charter.membership", membership, language);
    return text.toString();
  }

  /** The structure findings then the membership findings, as the text report lists them. */
  private static List<Finding> allFindings(Root root, LocalDate asOf) {
    List<Finding> all = new ArrayList<>(CharterCheck.check(root, asOf));
    all.addAll(MembershipCheck.check(root, asOf));
    return all;
  }

  private static void section(
      StringBuilder text,
      Catalogue words,
      String key,
      List<Finding> findings,
      Language language) {
    Message heading =
        findings.isEmpty() ? Message.of(key + ".none") : Message.of(key, findings.size());
    text.append('\n').append(words.format(language, heading)).append('\n');
    for (Finding finding : findings) {
      text.append('\n')
          .append(finding.rule())
          .append(" · ")
          .append(finding.severity().label().in(language))
          .append(" · ")
          .append(finding.entityId().value())
          .append(": ")
          .append(finding.message().in(language))
          .append("\n    ")
          .append(words.format(language, Message.of("cli.charter.source", finding.citation())))
          .append('\n');
    }
  }
}
