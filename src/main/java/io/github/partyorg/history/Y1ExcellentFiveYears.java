package io.github.partyorg.history;

import io.github.partyorg.rating.Level;
import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Message;
import io.github.partyorg.structure.OrganisationId;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * Y1: a member rated HTXSNV five years in a row is proposed for a commendation (a giấy khen of the
 * standing committee directly above the base organisation, a bằng khen of the provincial standing
 * committee; 06-HD/TW 2025, point 19.2); an organisation rated HTXSNV five years in a row is
 * considered for "trong sạch, vững mạnh tiêu biểu" (21-HD/BTCTW).
 *
 * <p>The level read is each year's final level (decided, else proposed). A year missing from the
 * history, or a year in which the entity was not rated HTXSNV (absent, not rated, or rated lower),
 * breaks the run. A run longer than five years is found again each year; whether a commendation
 * given for an earlier run counts is the committee's decision.
 */
final class Y1ExcellentFiveYears {
  /** The number of consecutive years at HTXSNV. */
  static final int YEARS = 5;

  private Y1ExcellentFiveYears() {}

  /**
   * Finds the members and organisations at HTXSNV in every year of the run.
   *
   * @param run the consecutive years ending with the year assessed, newest first
   * @return the findings, members then organisations, in the last year's tree order
   */
  static List<HistoryFinding> find(List<HistoryYear> run) {
    if (run.size() < YEARS) {
      return List.of();
    }
    HistoryYear last = run.get(0);
    List<Year> years = RunYears.ascending(run);
    List<HistoryFinding> findings = new ArrayList<>();
    for (MemberId id : last.rating().members().keySet()) {
      if (allAt(run, id)) {
        findings.add(new HistoryFinding(HistoryRule.Y1, id, years, memberMessage(id, years)));
      }
    }
    for (OrganisationId id : last.rating().organisations().keySet()) {
      if (allAt(run, id)) {
        findings.add(new HistoryFinding(HistoryRule.Y1, id, years, organisationMessage(id, years)));
      }
    }
    return List.copyOf(findings);
  }

  private static boolean allAt(List<HistoryYear> run, EntityId id) {
    for (HistoryYear year : run) {
      if (year.level(id).orElse(null) != Level.HTXSNV) {
        return false;
      }
    }
    return true;
  }

  private static Message memberMessage(MemberId id, List<Year> years) {
    return Message.of(
        "history.Y1.member", id.value(), RunYears.span(years), HistoryRule.Y1.citation());
  }

  private static Message organisationMessage(OrganisationId id, List<Year> years) {
    return Message.of(
        "history.Y1.organisation", id.value(), RunYears.span(years), HistoryRule.Y1.citation());
  }
}
