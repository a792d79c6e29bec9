package io.github.partyorg.history;

import io.github.partyorg.fourgood.FourGoodYear;
import io.github.partyorg.fourgood.ReportedAnswer;
import io.github.partyorg.rating.Level;
import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.Message;
import io.github.partyorg.structure.OrganisationId;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A four-good gate that reads earlier years (Y3), answered from the history instead of a fact the
 * caller types: the organisation's final level is at least {@code atLeast} in each of the {@code
 * years} consecutive years ending with the year assessed. For example the gate G1 of {@link
 * io.github.partyorg.fourgood.Presets#benTre10HdBtctu2018Gates()}, "rated excellent two or more
 * years in a row" (F2), is {@link #benTreG1()}.
 *
 * <p>An organisation is answered only where the history holds every year of the run: where a year
 * is missing, the gate stays unanswered, and the four-good evaluation reports the missing answer
 * rather than a guess. That the run ends with the year assessed (the year's own rating counts) is
 * an inference [INF]: the guidance reads "from 2 consecutive years".
 *
 * @param criterionId the id of the gate in the profile
 * @param atLeast the lowest level that counts
 * @param years the number of consecutive years, 1 or more
 */
public record PriorYearsGate(String criterionId, Level atLeast, int years) {

  /**
   * Creates the gate.
   *
   * @param criterionId the id of the gate in the profile
   * @param atLeast the lowest level that counts
   * @param years the number of consecutive years
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is blank or {@code years} is below 1
   */
  public PriorYearsGate {
    Objects.requireNonNull(criterionId, "criterionId");
    Objects.requireNonNull(atLeast, "atLeast");
    if (criterionId.isBlank()) {
      throw new IllegalArgumentException("A gate needs the id of its criterion in the profile.");
    }
    if (years < 1) {
      throw new IllegalArgumentException(
          "Gate " + criterionId + " reads " + years + " years; give 1 or more.");
    }
  }

  /**
   * Returns G1 of Bến Tre's 10-HD/BTCTU (2018): rated HTXSNV two years in a row (F2).
   *
   * @return the gate
   */
  public static PriorYearsGate benTreG1() {
    return new PriorYearsGate("G1", Level.HTXSNV, 2);
  }

  /**
   * Answers the gate for every organisation rated in {@code year} for which the history holds the
   * whole run.
   *
   * @param history the history
   * @param year the year assessed
   * @return one answer per organisation answered, in tree order, with the years read as evidence
   * @throws IllegalArgumentException if the year is not held
   */
  public List<ReportedAnswer> answers(RootHistory history, Year year) {
    history.get(year);
    List<HistoryYear> run = history.runEndingIn(year, years);
    if (run.size() < years) {
      return List.of();
    }
    String span = RunYears.span(RunYears.ascending(run));
    List<ReportedAnswer> answers = new ArrayList<>();
    for (OrganisationId id : run.get(0).rating().organisations().keySet()) {
      boolean met = true;
      for (HistoryYear y : run) {
        Level level = y.level(id).orElse(null);
        if (level == null || !level.isAtLeast(atLeast)) {
          met = false;
          break;
        }
      }
      answers.add(
          new ReportedAnswer(
              id,
              criterionId,
              met,
              Message.of(
                      met ? "history.Y3.met" : "history.Y3.notMet",
                      atLeast.name(),
                      span,
                      history.rootId().value())
                  .in(Language.VI)));
    }
    return List.copyOf(answers);
  }

  /**
   * Fills a four-good year's rating inputs from the history's year and adds the gate's answers.
   *
   * @param builder the four-good year being built
   * @param history the history
   * @param year the year assessed
   * @return the builder
   * @throws IllegalArgumentException if the year is not held
   */
  public FourGoodYear.Builder fill(FourGoodYear.Builder builder, RootHistory history, Year year) {
    HistoryYear data = history.get(year);
    builder.ratingInputs(data.rating(), data.facts());
    builder.addAllReportedAnswers(answers(history, year));
    return builder;
  }
}
