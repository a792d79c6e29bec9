package io.github.partyorg.cli;

import io.github.partyorg.structure.Language;
import java.io.PrintStream;

/** A subcommand of the command line. */
interface Command {
  /**
   * The command's name, as typed.
   *
   * @return the name
   */
  String name();

  /**
   * The command's help text, with its usage and the exit codes, from the catalogue.
   *
   * @param language the language of the text
   * @return the text, ending with a line break
   */
  default String help(Language language) {
    return Main.help("cli.help." + name(), language);
  }

  /**
   * Runs the command. The whole output is built before anything is printed, so that a failing run
   * writes nothing on standard output.
   *
   * @param options the parsed arguments, the command's name removed from the positionals
   * @param out where results go
   * @param err where progress goes
   * @return the exit code
   * @throws UsageException on a usage error
   * @throws InvalidInputException if an input file is missing, unreadable or invalid
   */
  int run(Options options, PrintStream out, PrintStream err);
}
