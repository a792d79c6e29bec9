package io.github.partyorg.cli;

import io.github.partyorg.history.HistoryFinding;
import io.github.partyorg.history.RootHistory;
import io.github.partyorg.history.TermEvaluation;
import io.github.partyorg.history.TermResolution;
import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.structure.Catalogue;
import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.Message;
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
    Catalogue words = Catalogue.standard();
    StringBuilder text = new StringBuilder();
    List<Year> years = history.yearsHeld();
    line(
        text,
        words,
        language,
        Message.of(
            "cli.history.title",
            history.get(year).root().name(),
            history.rootId().value(),
            years.get(0),
            years.get(years.size() - 1),
            year));
    findings(
        text, words, "cli.history.commendation", history.commendationCandidates(year), language);
    findings(text, words, "cli.history.strikingOff", history.strikingOffCandidates(year), language);
    if (term.isPresent() && term.get().covers(year)) {
      TermEvaluation e = term.get().evaluate(history, year);
      line(text, words, language, Message.of("cli.history.term", term.get().theme()));
      Optional<ResolutionEvaluation> yearly = e.yearly(year);
      if (yearly.isPresent()) {
        for (TargetOutcome o : yearly.get().outcomes()) {
          text.append("- ").append(o.explanation().in(language)).append('\n');
        }
      }
      for (TermEvaluation.TermTargetResult r : e.termTargets()) {
        text.append("- ").append(words.format(language, r.sentence())).append('\n');
      }
    }
    Message changes =
        history.previous(year).isPresent()
            ? Message.of(
                "cli.history.changes", history.difference(year.minusYears(1), year).summary())
            : Message.of("cli.history.noPreviousYear");
    line(text, words, language, changes);
    return text.toString();
  }

  private static void line(StringBuilder text, Catalogue words, Language language, Message m) {
    text.append(words.format(language, m)).append('\n');
  }

  private static void findings(
      StringBuilder text,
      Catalogue words,
      String key,
      List<HistoryFinding> findings,
      Language language) {
    if (findings.isEmpty()) {
      line(text, words, language, Message.of(key + ".none"));
      return;
    }
    line(text, words, language, Message.of(key, findings.size()));
    for (HistoryFinding f : findings) {
      text.append("- ").append(words.format(language, f.message())).append('\n');
    }
  }
}
