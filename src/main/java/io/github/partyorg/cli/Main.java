package io.github.partyorg.cli;

import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.structure.Catalogue;
import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.Message;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The command-line entry point.
 *
 * <pre>
 * partyorg [report] [--year 2021|2022|2023] [--regime R] [--policies FILE] [--format F] [--lang L]
 * partyorg report BUNDLE_FILE [--regime R] [--policies FILE] [--format text|markdown|json] [--lang L]
 * partyorg report ROOT_FILE FACTS_FILE YEAR_REPORT_FILE [same options]
 * partyorg charter [FILE] [--lang vi|en] [--as-of YYYY-MM-DD]
 * partyorg validate FILE [--lang vi|en] [--as-of YYYY-MM-DD] [--format text|json]
 * partyorg rate BUNDLE_FILE | ROOT_FILE FACTS_FILE [--regime R] [--policies FILE] [--format F]
 * partyorg fourgood BUNDLE_FILE | ROOT_FILE PROFILE_FILE YEAR_FILE [--format text|json]
 * partyorg targets BUNDLE_FILE | ROOT_FILE FACTS_FILE YEAR_REPORT_FILE [--regime R]
 *                  [--policies FILE] [--format text|json] [--lang vi|en]
 * partyorg [COMMAND] --help
 * </pre>
 *
 * <p>{@code report} (the default command) prints the year-end report of the bundled Bến Tre-shaped
 * sample ({@link BenTreSample}), by default the 2022 report as Vietnamese text. {@code charter}
 * prints the charter findings (S1-S8) of the bundled example bloc, or of a {@code partyorg.root} or
 * {@code partyorg.yearBundle} JSON file; {@code validate} does the same on a file it requires.
 * {@code rate} rates a root for a year; {@code targets} evaluates the year's resolution; {@code
 * fourgood} assesses the cells for the four-good title; each reads one {@code partyorg.yearBundle}
 * file or the separate files of its parts. Exit codes: {@value #EXIT_OK} success (findings are
 * results, not failures), {@value #EXIT_FAILURE} an unexpected failure, {@value #EXIT_USAGE} a
 * usage error, {@value #EXIT_INVALID_INPUT} an input file missing, unreadable or invalid. Errors go
 * to standard error and nothing is written to standard output when a command fails.
 */
public final class Main {
  /** Exit code of a successful run. */
  public static final int EXIT_OK = 0;

  /** Exit code of an unexpected failure. */
  public static final int EXIT_FAILURE = 1;

  /** Exit code of a usage error (unknown command or option, bad value). */
  public static final int EXIT_USAGE = 2;

  /** Exit code of an input file that is missing, unreadable or invalid. */
  public static final int EXIT_INVALID_INPUT = 3;

  private static final List<Command> COMMANDS =
      List.of(
          new ReportCommand(),
          new CharterCommand(false),
          new CharterCommand(true),
          new RateCommand(),
          new FourGoodCommand(),
          new TargetsCommand(),
          new HistoryCommand());

  /**
   * A help text of the catalogue ({@code cli.help.*}) followed by the exit codes.
   *
   * @param key the key of the help
   * @param language the language of the text
   * @return the text, ending with a line break
   */
  static String help(String key, Language language) {
    Catalogue words = Catalogue.standard();
    return words.format(language, Message.of(key))
        + "\n\n"
        + words.format(language, Message.of("cli.help.exitCodes"))
        + "\n";
  }

  /** The language of the help: that of {@code --lang} when it is given and valid, else vi. */
  private static Language helpLanguage(List<String> args) {
    int at = args.indexOf("--lang");
    return at >= 0 && at + 1 < args.size() && args.get(at + 1).equals("en")
        ? Language.EN
        : Language.VI;
  }

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
    if (status != EXIT_OK) {
      System.exit(status);
    }
  }

  /**
   * Runs the command line without exiting the JVM.
   *
   * @param args the arguments
   * @param out where results go
   * @param err where errors and progress go
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    PrintStream printableOut = PrintableStream.of(out);
    PrintStream printableErr = PrintableStream.of(err);
    int status;
    try {
      status = runCommand(args, printableOut, printableErr);
    } catch (OutOfMemoryError e) {
      // Whatever the command held is unreachable now; one line says what to do.
      printableErr.println(OUT_OF_MEMORY);
      status = EXIT_FAILURE;
    }
    printableOut.flush();
    if (printableOut.checkError() && status == EXIT_OK) {
      printableErr.println(english(Message.of("cli.error.output")));
      status = EXIT_FAILURE;
    }
    printableErr.flush();
    return status;
  }

  /** The line printed when the heap is exhausted (issue 17). */
  static final String OUT_OF_MEMORY = english(Message.of("cli.error.outOfMemory"));

  /**
   * Renders a message of the catalogue in English: the lines on standard error (progress, errors)
   * are English, as the exception messages they accompany, whatever {@code --lang} says.
   */
  static String english(Message message) {
    return Catalogue.standard().format(Language.EN, message);
  }

  private static int runCommand(String[] args, PrintStream out, PrintStream err) {
    List<String> all = Arrays.asList(args);
    Command command =
        all.stream().map(Main::command).filter(Objects::nonNull).findFirst().orElse(null);
    Language language = helpLanguage(all);
    if (all.contains("-h") || all.contains("--help")) {
      out.print(command == null ? help("cli.help.usage", language) : command.help(language));
      return EXIT_OK;
    }
    Command chosen = COMMANDS.get(0);
    try {
      Options options = Options.parse(args);
      if (options.positionals.stream().filter(InputFiles.STDIN::equals).count() > 1) {
        throw new UsageException("standard input (-) can be read once; give it for one file only");
      }
      if (!options.positionals.isEmpty()) {
        Command named = command(options.positionals.get(0));
        if (named == null) {
          throw new UsageException(
              "unknown command or option '" + options.positionals.get(0) + "'");
        }
        chosen = named;
        options.positionals.remove(0);
      }
      return chosen.run(options, out, err);
    } catch (UsageException e) {
      err.println("partyorg: " + e.getMessage());
      err.print(command == null ? help("cli.help.usage", language) : command.help(language));
      return EXIT_USAGE;
    } catch (InvalidInputException e) {
      err.println("partyorg: " + e.getMessage());
      return EXIT_INVALID_INPUT;
    } catch (RuntimeException e) {
      err.println(english(Message.of("cli.error.unexpected", e.toString())));
      return EXIT_FAILURE;
    }
  }

  /**
   * Tells whether an argument names a command.
   *
   * @param arg the argument
   * @return true for report, charter, validate, rate, fourgood and targets
   */
  static boolean isCommand(String arg) {
    return command(arg) != null;
  }

  private static @Nullable Command command(String name) {
    for (Command command : COMMANDS) {
      if (command.name().equals(name)) {
        return command;
      }
    }
    return null;
  }
}
