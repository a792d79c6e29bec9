package io.github.partyorg.structure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A range of days, both ends included; an absent end means the range is still running.
 *
 * @param start the first day
 * @param end the last day, or {@code null} while the range is still running
 */
public record DateRange(LocalDate start, @Nullable LocalDate end) {

  /**
   * Creates the range.
   *
   * @param start the first day
   * @param end the last day, or {@code null} while the range is still running
   * @throws NullPointerException if {@code start} is null
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public DateRange {
    Objects.requireNonNull(start, "start");
    if (end != null && end.isBefore(start)) {
      throw new IllegalArgumentException(
          "A date range ends before it starts; give an end on or after the start.");
    }
  }

  /**
   * Returns a closed range.
   *
   * @param start the first day
   * @param end the last day
   * @return the range
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    return new DateRange(start, Objects.requireNonNull(end, "end"));
  }

  /**
   * Returns a range that is still running.
   *
   * @param start the first day
   * @return the range
   */
  public static DateRange from(LocalDate start) {
    return new DateRange(start, null);
  }

  /**
   * Returns the last day, if the range has ended.
   *
   * @return the last day, or empty while the range is still running
   */
  public Optional<LocalDate> endDate() {
    return Optional.ofNullable(end);
  }

  /**
   * Tells whether the day lies in the range.
   *
   * @param day the day
   * @return true if {@code start <= day} and, when the range has an end, {@code day <= end}
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && (end == null || !day.isAfter(end));
  }

  /**
   * Counts the days of this range that fall in {@code [from, toExclusive)}.
   *
   * @param from the first day counted
   * @param toExclusive the day after the last day counted
   * @return the number of days in common, zero if none
   */
  public long daysWithin(LocalDate from, LocalDate toExclusive) {
    LocalDate lo = start.isAfter(from) ? start : from;
    LocalDate endExclusive = end == null ? toExclusive : end.plusDays(1);
    LocalDate hi = endExclusive.isBefore(toExclusive) ? endExclusive : toExclusive;
    return hi.isAfter(lo) ? ChronoUnit.DAYS.between(lo, hi) : 0;
  }
}
