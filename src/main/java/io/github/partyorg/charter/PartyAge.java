package io.github.partyorg.charter;

import io.github.partyorg.structure.DateRange;
import io.github.partyorg.structure.Member;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Rule M3, party age (tuổi đảng): the time from the date of the admission decision to a given day,
 * minus the member's membership gaps (expulsion, striking off, loss of contact, gaps in a transfer)
 * that fall before that day. A rehabilitated member has no gap recorded. Cited as {@code
 * CharterRule.M3.citation(day)}: the regulation and guidance in force on the day.
 *
 * <p>A gap is subtracted in calendar terms, never as a count of days: each gap (its first day to
 * the day after its last, or to the day asked when the gap is still running then) is measured in
 * years, months and days, and that period is added to the admission date, gap after gap in
 * chronological order; party age is the years, months and days from that effective start. Admitted
 * on 15 January 1990, out from 1 January 2000 and back on 1 January 2002 (a gap recorded as
 * 2000-01-01 to 2001-12-31, two years), the member has 33 years of party age on 15 January 2025;
 * counting the gap as 731 days would give 32 years, 11 months and 30 days. A gap of February in a
 * leap year is one month, as in a common year.
 *
 * <p>A year or month that would complete on a day its month lacks (29 February, the 31st) completes
 * on that month's last day, so the day {@code n} years of party age are reached is {@code
 * effectiveStart.plusYears(n)} (this is where the count differs from {@link Period#between}, which
 * would wait until 1 March).
 *
 * <p>Stateless and thread-safe.
 */
public final class PartyAge {

  private PartyAge() {}

  /**
   * Returns the party age of the member on a day.
   *
   * @param member the member
   * @param date the day; party age counts the time before it
   * @return the years, months and days of party age, zero on the admission date
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if {@code date} is before the admission date
   */
  public static Period on(Member member, LocalDate date) {
    return CalendarMonths.between(effectiveStart(member, date), date);
  }

  /**
   * Returns the completed years of party age of the member on a day.
   *
   * @param member the member
   * @param date the day
   * @return the completed years
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if {@code date} is before the admission date
   */
  public static int completedYears(Member member, LocalDate date) {
    return on(member, date).getYears();
  }

  /**
   * Returns the membership gaps before a day, in calendar terms: the sum, gap by gap, of each gap's
   * years, months and days within {@code [admissionDate, date)}, not normalised (a gap of 20 days
   * and one of 15 give 35 days).
   *
   * @param member the member
   * @param date the day
   * @return the gaps before {@code date}, zero if none
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if {@code date} is before the admission date
   */
  public static Period gapsBefore(Member member, LocalDate date) {
    requireAdmitted(member, date);
    Period total = Period.ZERO;
    for (DateRange gap : member.membershipGaps()) {
      total = total.plus(gapBefore(gap, member.admissionDate(), date));
    }
    return total;
  }

  /**
   * Counts the days of the member's membership gaps that fall in {@code [admissionDate, date)}, for
   * the record: party age subtracts the gaps in calendar terms ({@link #gapsBefore}), not this
   * count.
   *
   * @param member the member
   * @param date the day
   * @return the gap days before {@code date}
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if {@code date} is before the admission date
   */
  public static long gapDaysBefore(Member member, LocalDate date) {
    requireAdmitted(member, date);
    long days = 0;
    for (DateRange gap : member.membershipGaps()) {
      days += gap.daysWithin(member.admissionDate(), date);
    }
    return days;
  }

  /**
   * Returns the day from which party age is counted on {@code date}: the admission date moved on by
   * each gap before {@code date}, in calendar terms, in chronological order.
   */
  static LocalDate effectiveStart(Member member, LocalDate date) {
    requireAdmitted(member, date);
    LocalDate start = member.admissionDate();
    for (DateRange gap : chronological(member)) {
      start = start.plus(gapBefore(gap, member.admissionDate(), date));
    }
    return start;
  }

  /** The member's gaps in chronological order. */
  static List<DateRange> chronological(Member member) {
    List<DateRange> gaps = member.membershipGaps();
    if (gaps.size() < 2) {
      return gaps;
    }
    List<DateRange> sorted = new ArrayList<>(gaps);
    sorted.sort(Comparator.comparing(DateRange::start));
    return sorted;
  }

  /**
   * The part of a gap in {@code [from, toExclusive)}, in years, months and days; zero if none. A
   * gap's last day is included, so a gap from 1 January 2000 to 31 December 2001 is two years.
   */
  static Period gapBefore(DateRange gap, LocalDate from, LocalDate toExclusive) {
    LocalDate lo = gap.start().isAfter(from) ? gap.start() : from;
    LocalDate endExclusive = gap.end() == null ? toExclusive : gap.end().plusDays(1);
    LocalDate hi = endExclusive.isBefore(toExclusive) ? endExclusive : toExclusive;
    return hi.isAfter(lo) ? CalendarMonths.between(lo, hi) : Period.ZERO;
  }

  private static void requireAdmitted(Member member, LocalDate date) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(date, "date");
    if (date.isBefore(member.admissionDate())) {
      throw new IllegalArgumentException(
          "The date is before the admission of member " + member.id().value());
    }
  }
}
