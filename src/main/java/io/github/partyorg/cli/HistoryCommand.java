package io.github.partyorg.cli;

import io.github.partyorg.history.HistoryFinding;
import io.github.partyorg.history.RootHistory;
import io.github.partyorg.history.TermEvaluation;
import io.github.partyorg.history.TermResolution;
import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.structure.Language;
import io.github.partyorg.targets.ResolutionEvaluation;
import io.github.partyorg.targets.TargetOutcome;
import java.io.PrintStream;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code history [FILE]}: the rules across years of a history (the bundled sample's, or a {@code
 * partyorg.history} file): commendation candidates (Y1), striking-off candidates (Y2), term targets
 * (Y4, the sample's term resolution) and the changes from the year before (Y6).
 */
final class HistoryCommand implements Command {
  @Override
  public String name() {
    return "history";
  }

  @Override
  public String help() {
    return """
        Usage: partyorg history [FILE] [--year YYYY] [--lang vi|en]

        Read FILE (a partyorg.history document), or without FILE the bundled sample's history
        (2019-2023), and print for the year (default: the last year held): the members rated
        HTXSNV five years in a row, proposed for a commendation, and the organisations
        considered for "trong sạch, vững mạnh tiêu biểu" (Y1); the members rated KHTNV two
        years in a row, considered for striking off (Y2); the term targets (Y4: the sample's
        2020-2025 congress resolution; a file carries none); and the changes from the year
        before (Y6).

        Options:
          --year YYYY         The year (default: the last year of the history).
          --lang vi|en        Language of the text (default: vi).
          -h, --help          Print this help.

        """
        + Main.EXIT_CODES;
  }

  @Override
  public int run(Options options, PrintStream out, PrintStream err) {
    options.refuseOthers(name(), false, true, false, false, false);
    if (options.positionals.size() > 1) {
      throw new UsageException("history takes at most one FILE");
    }
    RootHistory history;
    Optional<TermResolution> term;
    if (options.positionals.isEmpty()) {
      BenTreSample sample = BenTreSample.get();
      history = sample.history();
      term = Optional.of(sample.termResolution());
    } else {
      history = InputFiles.readHistory(options.positionals.get(0));
      term = Optional.empty();
    }
    if (history.isEmpty()) {
      throw new InvalidInputException(options.positionals.get(0) + ": the history holds no year");
    }
    Year year = year(options.year, history);
    out.print(text(history, year, term, options.language));
    return Main.EXIT_OK;
  }

  private static Year year(@Nullable String value, RootHistory history) {
    if (value == null) {
      return history.last().year();
    }
    Year year;
    try {
      year = Year.of(Integer.parseInt(value));
    } catch (NumberFormatException e) {
      throw new UsageException("--year needs a year as YYYY, not '" + value + "'");
    }
    if (history.year(year).isEmpty()) {
      throw new UsageException("--year " + value + " is not in the history " + history.yearsHeld());
    }
    return year;
  }

  /**
   * Formats the rules across years for one year of a history.
   *
   * @param history the history
   * @param year a year held
   * @param term the term resolution, if any
   * @param language the language of the text
   * @return the text
   */
  static String text(
      RootHistory history, Year year, Optional<TermResolution> term, Language language) {
    boolean vi = language == Language.VI;
    StringBuilder text = new StringBuilder();
    List<Year> years = history.yearsHeld();
    text.append(history.get(year).root().name())
        .append(" (")
        .append(history.rootId().value())
        .append(vi ? ") - lịch sử " : ") - history ")
        .append(years.get(0))
        .append(" - ")
        .append(years.get(years.size() - 1))
        .append(vi ? ", năm " : ", year ")
        .append(year)
        .append('\n');
    findings(
        text,
        vi ? "Đề nghị khen thưởng, xét tiêu biểu (Y1)" : "Proposed for commendation (Y1)",
        history.commendationCandidates(year),
        language);
    findings(
        text,
        vi ? "Xem xét xóa tên (Y2)" : "Considered for striking off (Y2)",
        history.strikingOffCandidates(year),
        language);
    if (term.isPresent() && term.get().covers(year)) {
      TermEvaluation e = term.get().evaluate(history, year);
      text.append(term.get().theme().in(language)).append(" (Y4):\n");
      Optional<ResolutionEvaluation> yearly = e.yearly(year);
      if (yearly.isPresent()) {
        for (TargetOutcome o : yearly.get().outcomes()) {
          text.append("- ").append(o.explanation().in(language)).append('\n');
        }
      }
      for (TermEvaluation.TermTargetResult r : e.termTargets()) {
        text.append("- ").append(r.sentence().in(language)).append('\n');
      }
    }
    Optional<?> previous = history.previous(year);
    text.append(vi ? "Thay đổi so với năm trước (Y6): " : "Changes from the year before (Y6): ");
    if (previous.isPresent()) {
      text.append(history.difference(year.minusYears(1), year).summary().in(language));
    } else {
      text.append(vi ? "không có số liệu năm trước." : "the year before is not in the history.");
    }
    text.append('\n');
    return text.toString();
  }

  private static void findings(
      StringBuilder text, String heading, List<HistoryFinding> findings, Language language) {
    boolean vi = language == Language.VI;
    text.append(heading).append(": ");
    if (findings.isEmpty()) {
      text.append(vi ? "không có" : "none").append('\n');
      return;
    }
    text.append(findings.size()).append('\n');
    for (HistoryFinding f : findings) {
      text.append("- ").append(f.message().in(language)).append('\n');
    }
  }
}
