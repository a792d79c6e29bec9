package io.github.partyorg.history;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/** The years of a run of history years, as findings name them. */
final class RunYears {
  private RunYears() {}

  /** The years of a run given newest first, in ascending order. */
  static List<Year> ascending(List<HistoryYear> newestFirst) {
    List<Year> years = new ArrayList<>(newestFirst.size());
    for (int i = newestFirst.size() - 1; i >= 0; i--) {
      years.add(newestFirst.get(i).year());
    }
    return years;
  }

  /** "2019-2023", or "2023" for one year. */
  static String span(List<Year> years) {
    Year first = years.get(0);
    Year last = years.get(years.size() - 1);
    return first.equals(last) ? first.toString() : first + "-" + last;
  }
}
