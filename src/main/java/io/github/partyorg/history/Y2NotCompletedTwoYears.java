package io.github.partyorg.history;

import io.github.partyorg.rating.Level;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Message;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * Y2: a member who fails the member's standards two years in a row (rated KHTNV in two consecutive
 * years) is considered for striking off (24-QĐ/TW point 8, kept by 294-QĐ/TW).
 *
 * <p>The level read is each year's final level (decided, else proposed). A year missing from the
 * history, or a year in which the member was not rated KHTNV, breaks the run. The finding is a
 * consideration for the cell, never a striking off.
 */
final class Y2NotCompletedTwoYears {
  /** The number of consecutive years at KHTNV. */
  static final int YEARS = 2;

  private Y2NotCompletedTwoYears() {}

  /**
   * Finds the members at KHTNV in both years of the run.
   *
   * @param run the consecutive years ending with the year assessed, newest first
   * @return the findings, in the last year's tree order
   */
  static List<HistoryFinding> find(List<HistoryYear> run) {
    if (run.size() < YEARS) {
      return List.of();
    }
    HistoryYear last = run.get(0);
    List<Year> years = RunYears.ascending(run);
    List<HistoryFinding> findings = new ArrayList<>();
    for (MemberId id : last.rating().members().keySet()) {
      boolean all = true;
      for (HistoryYear year : run) {
        if (year.level(id).orElse(null) != Level.KHTNV) {
          all = false;
          break;
        }
      }
      if (all) {
        findings.add(new HistoryFinding(HistoryRule.Y2, id, years, message(id, years)));
      }
    }
    return List.copyOf(findings);
  }

  private static Message message(MemberId id, List<Year> years) {
    return Message.of(
        "history.Y2.member", id.value(), RunYears.span(years), HistoryRule.Y2.citation());
  }
}
