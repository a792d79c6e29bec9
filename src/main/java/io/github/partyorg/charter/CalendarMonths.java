package io.github.partyorg.charter;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * Counting completed months and years between two days, the way the membership rules read them.
 *
 * <p>A month counted from day {@code d} completes on day {@code d} of a later month; when that
 * month has no day {@code d} (the 29th to the 31st), it completes on the month's last day, as
 * {@link LocalDate#plusMonths(long)} does and as a term counted in months ends under the Civil
 * Code. So a person born on 29 February turns 18 on 28 February of a common year. {@link
 * Period#between} reads that case differently (the year completes on 1 March), which is why the
 * rules use this class: the day returned by {@code start.plusYears(n)} is always the day {@code n}
 * completed years are reached.
 */
final class CalendarMonths {

  private CalendarMonths() {}

  /**
   * Counts the months completed from {@code start} to {@code end}.
   *
   * @param start the first day
   * @param end the day reached, not before {@code start}
   * @return the largest {@code n} with {@code start.plusMonths(n) <= end}
   */
  static long completedMonths(LocalDate start, LocalDate end) {
    long months = ChronoUnit.MONTHS.between(start, end);
    // MONTHS.between misses the month that completes on a clamped last day of the month.
    return start.plusMonths(months + 1).isAfter(end) ? months : months + 1;
  }

  /**
   * Returns the years, months and days from {@code start} to {@code end}.
   *
   * @param start the first day
   * @param end the day reached, not before {@code start}
   * @return the period, whose years and months are the completed ones
   */
  static Period between(LocalDate start, LocalDate end) {
    long months = completedMonths(start, end);
    long days = ChronoUnit.DAYS.between(start.plusMonths(months), end);
    return Period.of(
        Math.toIntExact(months / 12), Math.toIntExact(months % 12), Math.toIntExact(days));
  }
}
