package io.github.partyorg.cli;

import io.github.partyorg.rating.Regime;
import io.github.partyorg.structure.Dates;
import io.github.partyorg.structure.Language;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The arguments of one run, parsed once for every command: the options with their raw or checked
 * values, and the positional arguments in order (the command's name first, when given). Each
 * command then refuses the options that do not apply to it and checks the values it alone knows.
 */
final class Options {
  Language language = Language.VI;
  @Nullable LocalDate asOf;
  @Nullable String year;
  @Nullable String format;
  @Nullable String regime;
  @Nullable String policies;
  @Nullable String out;
  @Nullable String details;
  boolean help;
  final List<String> positionals = new ArrayList<>();

  private Options() {}

  /**
   * Parses the arguments.
   *
   * @param args the arguments
   * @return the options
   * @throws UsageException if an option is unknown or a value is bad
   */
  static Options parse(String[] args) {
    Options options = new Options();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "-h", "--help" -> options.help = true;
        case "--lang" -> {
          String value = value(args, ++i);
          if (value.equals("vi")) {
            options.language = Language.VI;
          } else if (value.equals("en")) {
            options.language = Language.EN;
          } else {
            throw new UsageException("--lang needs vi or en, not '" + value + "'");
          }
        }
        case "--as-of" -> {
          String value = value(args, ++i);
          try {
            options.asOf = LocalDate.parse(value);
          } catch (DateTimeParseException e) {
            throw new UsageException("--as-of needs a date as YYYY-MM-DD, not '" + value + "'");
          }
          if (!Dates.isRecordDate(options.asOf)) {
            throw new UsageException(
                "--as-of needs a date from 1900-01-01 to 2100-12-31, not '" + value + "'");
          }
        }
        case "--year" -> options.year = value(args, ++i);
        case "--format" -> options.format = value(args, ++i);
        case "--regime" -> options.regime = value(args, ++i);
        case "--policies" -> {
          String value = value(args, ++i);
          if (value.isEmpty()) {
            throw new UsageException("--policies needs a file (a partyorg.policies document)");
          }
          options.policies = value;
        }
        case "--out" -> options.out = file(value(args, ++i), "--out");
        case "--details" -> options.details = file(value(args, ++i), "--details");
        default -> {
          if (arg.startsWith("-") && arg.length() > 1) {
            throw new UsageException("unknown command or option '" + arg + "'");
          }
          options.positionals.add(arg);
        }
      }
    }
    return options;
  }

  private static String file(String value, String option) {
    if (value.isEmpty()) {
      throw new UsageException(option + " needs a file");
    }
    return value;
  }

  private static String value(String[] args, int i) {
    return i < args.length ? args[i] : "";
  }

  /**
   * Returns the format, checked against the allowed values.
   *
   * @param allowed the allowed values, the first one the default
   * @return the format given, or the default
   * @throws UsageException if the format given is not allowed
   */
  String format(String... allowed) {
    if (format == null) {
      return allowed[0];
    }
    for (String a : allowed) {
      if (a.equals(format)) {
        return a;
      }
    }
    throw new UsageException(
        "--format needs " + String.join(" or ", allowed) + ", not '" + format + "'");
  }

  /**
   * Refuses options that do not apply to a command.
   *
   * @param command the command's name
   * @param asOfAllowed whether {@code --as-of} applies
   * @param yearAllowed whether {@code --year} applies
   * @param formatAllowed whether {@code --format} applies
   * @param regimeAllowed whether {@code --regime} applies
   * @param policiesAllowed whether {@code --policies} applies
   * @throws UsageException naming the first option that does not apply
   */
  void refuseOthers(
      String command,
      boolean asOfAllowed,
      boolean yearAllowed,
      boolean formatAllowed,
      boolean regimeAllowed,
      boolean policiesAllowed) {
    if (!command.equals("report") && (out != null || details != null)) {
      throw new UsageException(
          (out != null ? "--out" : "--details") + " does not apply to the " + command + " command");
    }
    String refused =
        !asOfAllowed && asOf != null
            ? "--as-of"
            : !yearAllowed && year != null
                ? "--year"
                : !formatAllowed && format != null
                    ? "--format"
                    : !regimeAllowed && regime != null
                        ? "--regime"
                        : !policiesAllowed && policies != null ? "--policies" : null;
    if (refused != null) {
      throw new UsageException(refused + " does not apply to the " + command + " command");
    }
  }

  /**
   * Returns the regime given with {@code --regime}.
   *
   * @return the regime, or null when none is given
   * @throws UsageException if the value names no regime
   */
  @Nullable Regime regime() {
    if (regime == null) {
      return null;
    }
    for (Regime r : Regime.values()) {
      if (r.name().equals(regime)) {
        return r;
      }
    }
    throw new UsageException("--regime needs R2018, R2023 or R2025, not '" + regime + "'");
  }
}
