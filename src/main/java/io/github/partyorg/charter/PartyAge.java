package io.github.partyorg.charter;

import io.github.partyorg.structure.DateRange;
import io.github.partyorg.structure.Member;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * Rule M3, party age (tuổi đảng): the time from the date of the admission decision to a given day,
 * minus the days of the member's membership gaps (expulsion, striking off, loss of contact, gaps in
 * a transfer) that fall before that day. A rehabilitated member has no gap recorded. Cited as
 * {@code CharterRule.M3.citation()}: Regulation 24-QĐ/TW (2021).
 *
 * <p>The gap days are added to the admission date, and the years, months and days are counted from
 * that effective start. A year or month that would complete on a day its month lacks (29 February,
 * the 31st) completes on that month's last day, so the day {@code n} years of party age are reached
 * is always {@code effectiveStart.plusYears(n)} (this is where the count differs from {@link
 * Period#between}, which would wait until 1 March).
 *
 * <p>Stateless and thread-safe.
 */
public final class PartyAge {

  private PartyAge() {}

  /**
   * Returns the party age of the member on a day.
   *
   * @param member the member
   * @param date the day; party age counts the days before it
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
   * Counts the days of the member's membership gaps that fall in {@code [admissionDate, date)}.
   *
   * @param member the member
   * @param date the day
   * @return the gap days before {@code date}
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if {@code date} is before the admission date
   */
  public static long gapDaysBefore(Member member, LocalDate date) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(date, "date");
    if (date.isBefore(member.admissionDate())) {
      throw new IllegalArgumentException(
          "The date is before the admission of member " + member.id().value());
    }
    long days = 0;
    for (DateRange gap : member.membershipGaps()) {
      days += gap.daysWithin(member.admissionDate(), date);
    }
    return days;
  }

  /**
   * Returns the day from which party age is counted on {@code date}: the admission date moved on by
   * the gap days before {@code date}.
   */
  static LocalDate effectiveStart(Member member, LocalDate date) {
    long gapDays = gapDaysBefore(member, date);
    return member.admissionDate().plusDays(gapDays);
  }
}
