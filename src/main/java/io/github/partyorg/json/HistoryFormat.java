package io.github.partyorg.json;

import io.github.partyorg.history.HistoryYear;
import io.github.partyorg.history.RootHistory;
import io.github.partyorg.rating.RatingPolicies;
import io.github.partyorg.rating.Regime;
import io.github.partyorg.rating.RootRater;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.report.YearReportData;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.RootId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code partyorg.history} document: the root's id and its years, oldest first. Each year holds
 * the complete documents of its root, facts and, optionally, year-report data (read and written by
 * their format classes, so the paths of errors run through the year), plus the regime when it is
 * not the year's own and the rating policies when they are not the defaults. Ratings are inputs'
 * results, so they are not written: each year is rated on reading.
 */
final class HistoryFormat {
  private HistoryFormat() {}

  static void write(RootHistory history, Output o) {
    o.string("rootId", history.rootId().value());
    o.array("years", history.years(), false, year -> o.object(() -> writeYear(year, o)));
  }

  private static void writeYear(HistoryYear year, Output o) {
    RootRating rating = year.rating();
    if (rating.regime() != Regime.forYear(year.year())) {
      o.enumValue("regime", rating.regime());
    }
    if (!rating.policies().equals(RatingPolicies.defaults())) {
      o.object("ratingPolicies", () -> PoliciesFormat.writeRating(rating.policies(), o));
    }
    part(o, "root", DocumentKind.ROOT, out -> RootFormat.write(year.root(), out));
    part(o, "yearFacts", DocumentKind.YEAR_FACTS, out -> YearFactsFormat.write(year.facts(), out));
    year.reportData()
        .ifPresent(
            d ->
                part(
                    o,
                    "yearReport",
                    DocumentKind.YEAR_REPORT,
                    out -> YearReportFormat.write(d, out)));
  }

  private static void part(Output o, String name, DocumentKind kind, Consumer<Output> body) {
    o.object(
        name,
        () -> {
          o.string("format", kind.formatName());
          o.integer("version", DocumentKind.VERSION);
          body.accept(o);
        });
  }

  static RootHistory read(Input in) {
    RootId[] rootId = new RootId[1];
    List<HistoryYear> years = new ArrayList<>();
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "rootId" -> {
                    String value = in.string();
                    rootId[0] = in.value("root id", () -> RootId.of(value));
                    yield true;
                  }
                  case "years" -> {
                    in.array(() -> years.add(readYear(in)));
                    yield true;
                  }
                  default -> Header.read(in, name, DocumentKind.HISTORY);
                });
    obj.require("format", "version", "rootId", "years");
    return obj.build("history", () -> RootHistory.of(rootId[0], years));
  }

  private static HistoryYear readYear(Input in) {
    Regime[] regime = new Regime[1];
    RatingPolicies[] policies = new RatingPolicies[1];
    Root[] root = new Root[1];
    YearFacts[] facts = new YearFacts[1];
    YearReportData[] report = new YearReportData[1];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "regime" -> {
                    regime[0] = in.enumValue(Regime.class);
                    yield true;
                  }
                  case "ratingPolicies" -> {
                    policies[0] = PoliciesFormat.rating(in);
                    yield true;
                  }
                  case "root" -> {
                    root[0] = RootFormat.read(in);
                    yield true;
                  }
                  case "yearFacts" -> {
                    facts[0] = YearFactsFormat.read(in);
                    yield true;
                  }
                  case "yearReport" -> {
                    report[0] = YearReportFormat.read(in);
                    yield true;
                  }
                  default -> false;
                });
    obj.require("root", "yearFacts");
    return obj.build(
        "history year",
        () -> {
          Regime r = regime[0] != null ? regime[0] : Regime.forYear(facts[0].year());
          RatingPolicies p = policies[0] != null ? policies[0] : RatingPolicies.defaults();
          HistoryYear year = HistoryYear.rate(root[0], facts[0], RootRater.of(r, p));
          return report[0] == null ? year : year.withReportData(report[0]);
        });
  }
}
