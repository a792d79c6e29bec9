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
      StringBuilder text, Catalogue words, String key, List<Finding> findings, Language language) {
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
