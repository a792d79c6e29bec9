package io.github.partyorg.cli;

import io.github.partyorg.json.PartyorgJson;
import io.github.partyorg.rating.DecisionFinding;
import io.github.partyorg.rating.Level;
import io.github.partyorg.rating.LevelCounts;
import io.github.partyorg.rating.QuotaFinding;
import io.github.partyorg.rating.Regime;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.structure.Catalogue;
import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.Message;
import io.github.partyorg.structure.Root;
import java.io.PrintStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rate BUNDLE_FILE} or {@code rate ROOT_FILE FACTS_FILE}: rates a root's members and
 * organisations for a year.
 */
final class RateCommand implements Command {
  @Override
  public String name() {
    return "rate";
  }

  @Override
  public int run(Options options, PrintStream out, PrintStream err) {
    options.refuseOthers(name(), false, false, true, true, true);
    List<String> files = options.positionals;
    if (files.size() != 1 && files.size() != 2) {
      throw new UsageException("rate needs BUNDLE_FILE, or ROOT_FILE and FACTS_FILE");
    }
    boolean json = options.format("text", "json").equals("json");
    Regime regime = options.regime();
    YearInputs inputs;
    if (files.size() == 1) {
      inputs = YearInputs.bundle(files.get(0), options, err);
    } else {
      String factsFile = files.get(1);
      Root root = InputFiles.readRoot(files.get(0), err);
      YearFacts facts = InputFiles.readYearFacts(factsFile);
      inputs = YearInputs.files(root, facts, factsFile, null, factsFile, options);
    }
    RootRating rating = inputs.rating(regime);
    if (json) {
      StringWriter text = new StringWriter();
      PartyorgJson.standard().writeRootRating(rating, text);
      out.print(text);
    } else {
      out.print(summary(inputs.root, rating, options.language));
    }
    return Main.EXIT_OK;
  }

  /**
   * Formats a rating as a short text: the counts per level, the findings, the missing facts.
   *
   * @param root the root rated
   * @param rating its rating
   * @param language the language of the text
   * @return the text
   */
  static String summary(Root root, RootRating rating, Language language) {
    Catalogue words = Catalogue.standard();
    StringBuilder text = new StringBuilder();
    text.append(root.name()).append(" [").append(root.id().value()).append("]\n");
    line(
        text, words, language, Message.of("cli.rate.title", rating.year(), rating.regime().name()));
    counts(text, words, language, "cli.rate.members", rating.memberCounts());
    counts(text, words, language, "cli.rate.baseOrganisations", rating.baseOrganisationCounts());
    line(
        text, words, language, Message.of("cli.rate.quotaFindings", rating.quotaFindings().size()));
    for (QuotaFinding finding : rating.quotaFindings()) {
      text.append("  - ")
          .append(finding.scope().value())
          .append(": ")
          .append(finding.message().in(language))
          .append('\n');
    }
    line(
        text,
        words,
        language,
        Message.of("cli.rate.decisionFindings", rating.decisionFindings().size()));
    for (DecisionFinding finding : rating.decisionFindings()) {
      text.append("  - ")
          .append(finding.entityId().value())
          .append(" (")
          .append(finding.rule())
          .append("): ")
          .append(finding.message().in(language))
          .append('\n');
    }
    line(text, words, language, Message.of("cli.rate.missingFacts", rating.missingFacts().size()));
    return text.toString();
  }

  private static void line(StringBuilder text, Catalogue words, Language language, Message m) {
    text.append(words.format(language, m)).append('\n');
  }

  private static void counts(
      StringBuilder text, Catalogue words, Language language, String key, LevelCounts counts) {
    List<Message> levels = new ArrayList<>();
    for (Level level : Level.values()) {
      levels.add(Message.of("cli.rate.level", level.name(), counts.count(level)));
    }
    line(text, words, language, Message.of(key, levels, counts.notRated(), counts.incomplete()));
  }
}
