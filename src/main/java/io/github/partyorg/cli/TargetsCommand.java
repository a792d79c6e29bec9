package io.github.partyorg.cli;

import io.github.partyorg.json.PartyorgJson;
import io.github.partyorg.rating.Regime;
import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.structure.Catalogue;
import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.Message;
import io.github.partyorg.targets.ResolutionEvaluation;
import io.github.partyorg.targets.TargetOutcome;
import io.github.partyorg.targets.TargetStatus;
import java.io.PrintStream;
import java.io.StringWriter;

/**
 * {@code targets BUNDLE_FILE} or {@code targets ROOT_FILE FACTS_FILE YEAR_REPORT_FILE}: evaluates
 * the year's resolution and prints the outcome of each target.
 */
final class TargetsCommand implements Command {
  @Override
  public String name() {
    return "targets";
  }

  @Override
  public int run(Options options, PrintStream out, PrintStream err) {
    options.refuseOthers(name(), false, false, true, true, true);
    int files = options.positionals.size();
    if (files != 1 && files != 3) {
      throw new UsageException(
          "targets needs BUNDLE_FILE, or ROOT_FILE, FACTS_FILE and YEAR_REPORT_FILE");
    }
    boolean json = options.format("text", "json").equals("json");
    Regime regime = options.regime();
    YearEndReport report = ReportCommand.inputs(options.positionals, options, err).report(regime);
    ResolutionEvaluation evaluation =
        report
            .evaluation()
            .orElseThrow(() -> new IllegalStateException("a report from files has an evaluation"));
    if (json) {
      StringWriter text = new StringWriter();
      PartyorgJson.standard().writeTargetsResult(evaluation, text);
      out.print(text);
    } else {
      out.print(text(evaluation, options.language));
    }
    return Main.EXIT_OK;
  }

  /**
   * Formats the outcomes as text: a heading, the counts per status, one line per target.
   *
   * @param evaluation the evaluation
   * @param language the language of the text
   * @return the text
   */
  static String text(ResolutionEvaluation evaluation, Language language) {
    StringBuilder text = new StringBuilder();
    text.append(
            Catalogue.standard()
                .format(
                    language,
                    Message.of(
                        "cli.targets.title",
                        evaluation.resolution().issuer(),
                        evaluation.resolution().year())))
        .append('\n');
    for (TargetStatus status : TargetStatus.values()) {
      text.append(status.label().in(language))
          .append(": ")
          .append(evaluation.count(status))
          .append('\n');
    }
    for (TargetOutcome o : evaluation.outcomes()) {
      text.append("- ")
          .append(o.target().id())
          .append(" [")
          .append(o.status().name())
          .append("] ")
          .append(o.explanation().in(language))
          .append('\n');
    }
    return text.toString();
  }
}
