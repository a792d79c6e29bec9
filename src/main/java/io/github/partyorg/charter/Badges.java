package io.github.partyorg.charter;

import io.github.partyorg.structure.Member;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rule M4, party badges (Huy hiệu Đảng): awarded at 30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85 and
 * 90 years of party age (there is no 35-year badge). A seriously ill member may receive the 30- to
 * 65-year badges up to 12 months early and the 70- to 90-year badges up to 24 months early. Cited
 * as {@code CharterRule.M4.citation()}: Guidance 01-HD/TW (2021), point 18.
 *
 * <p>Party age is that of {@link PartyAge} (M3): the days of membership gaps push the due date
 * back. This class does not know which badges a member already received: the caller filters out the
 * badges already awarded. Exempted members keep their right to badges (M8) and are not filtered
 * either.
 *
 * <p>Stateless and thread-safe.
 */
public final class Badges {

  /** The badge milestones, in years of party age, in increasing order. */
  public static final List<Integer> MILESTONES =
      List.of(30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90);

  /** The milestones from which the early window is 24 months instead of 12. */
  private static final int LONG_EARLY_WINDOW_FROM = 70;

  private Badges() {}

  /**
   * Returns the day the member's party age reaches {@code years}: the admission date plus {@code
   * years}, moved on by the days of the membership gaps before that day.
   *
   * @param member the member
   * @param years a badge milestone, one of {@link #MILESTONES}
   * @return the first day on which {@link PartyAge#completedYears} is at least {@code years}
   * @throws NullPointerException if {@code member} is null
   * @throws IllegalArgumentException if {@code years} is not a badge milestone (35, for example)
   */
  public static LocalDate dueDate(Member member, int years) {
    Objects.requireNonNull(member, "member");
    requireMilestone(years);
    LocalDate admission = member.admissionDate();
    // Gap days before the candidate day move it on, which may bring more gaps before it: iterate
    // to the fixed point. The candidate never moves back, and stops by the last gap.
    LocalDate candidate = admission.plusYears(years);
    while (true) {
      LocalDate next =
          admission.plusDays(PartyAge.gapDaysBefore(member, candidate)).plusYears(years);
      if (next.equals(candidate)) {
        return candidate;
      }
      candidate = next;
    }
  }

  /**
   * Lists the badges due to the member in a year: the milestones whose due date falls in the year
   * and, for a seriously ill member, also those due after the year but within the early window (12
   * months after the year's last day for the 30- to 65-year badges, 24 months for the 70- to
   * 90-year badges), flagged early. Badges already awarded are not known here: filter them out.
   *
   * @param member the member
   * @param year the year of the award
   * @param earlyAward whether the member may receive badges early
   * @return the badges due, in increasing milestone order; empty if none
   * @throws NullPointerException if any argument is null
   */
  public static List<BadgeDue> dueIn(Member member, Year year, EarlyAward earlyAward) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(earlyAward, "earlyAward");
    LocalDate first = year.atDay(1);
    LocalDate last = year.atMonth(12).atEndOfMonth();
    List<BadgeDue> due = new ArrayList<>();
    for (int years : MILESTONES) {
      LocalDate date = dueDate(member, years);
      if (!date.isBefore(first) && !date.isAfter(last)) {
        due.add(new BadgeDue(member.id(), years, date, false));
      } else if (earlyAward == EarlyAward.SERIOUS_ILLNESS
          && date.isAfter(last)
          && !date.isAfter(last.plusMonths(earlyWindowMonths(years)))) {
        due.add(new BadgeDue(member.id(), years, date, true));
      }
    }
    return List.copyOf(due);
  }

  /**
   * Returns how many months early a seriously ill member may receive a badge.
   *
   * @param years a badge milestone
   * @return 12 for the 30- to 65-year badges, 24 for the 70- to 90-year badges
   * @throws IllegalArgumentException if {@code years} is not a badge milestone
   */
  public static int earlyWindowMonths(int years) {
    requireMilestone(years);
    return years >= LONG_EARLY_WINDOW_FROM ? 24 : 12;
  }

  static void requireMilestone(int years) {
    if (!MILESTONES.contains(years)) {
      throw new IllegalArgumentException(
          "There is no party badge for " + years + " years; the milestones are " + MILESTONES);
    }
  }
}
