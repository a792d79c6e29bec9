package io.github.partyorg.charter;

import io.github.partyorg.structure.DateRange;
import io.github.partyorg.structure.Member;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rule M4, party badges (Huy hiệu Đảng): awarded at 30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85 and
 * 90 years of party age (there is no 35-year badge). A seriously ill member may receive the 30- to
 * 65-year badges up to 12 months early and the 70- to 90-year badges up to 24 months early, counted
 * as an {@link EarlyBadgeWindow} policy says (default: from the day the party age is reached).
 * Cited as {@code CharterRule.M4.citation(day)}: the regulation and guidance in force on the day
 * (point 18 of Guidance 01-HD/TW (2021) while it is in force).
 *
 * <p>Party age is that of {@link PartyAge} (M3): membership gaps, in calendar terms, push the due
 * date back. This class does not know which badges a member already received: the caller filters
 * out the badges already awarded. Exempted members keep their right to badges (M8) and are not
 * filtered either.
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
   * years}, moved on by each membership gap (in calendar terms) that starts before that day.
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
    LocalDate start = admission;
    for (DateRange gap : PartyAge.chronological(member)) {
      LocalDate candidate = start.plusYears(years);
      if (!candidate.isAfter(gap.start())) {
        // Reached on or before the gap's first day: party age does not grow during the gap.
        return candidate;
      }
      LocalDate gapEnd = gap.end() == null ? LocalDate.MAX : gap.end().plusDays(1);
      start = start.plus(PartyAge.gapBefore(gap, admission, gapEnd));
    }
    return start.plusYears(years);
  }

  /**
   * Lists the badges due to the member in a year, with early awards as if made on the year's last
   * day: the milestones whose due date falls in the year and, for a seriously ill member, those due
   * later whose early window has opened by the year's last day (flagged early, with the day the
   * window opens). To know what may be awarded on a given day, use {@link #dueOn}.
   *
   * @param member the member
   * @param year the year of the award
   * @param earlyAward whether the member may receive badges early
   * @return the badges due, in increasing milestone order; empty if none
   * @throws NullPointerException if any argument is null
   */
  public static List<BadgeDue> dueIn(Member member, Year year, EarlyAward earlyAward) {
    Objects.requireNonNull(year, "year");
    return dueOn(member, year.atMonth(12).atEndOfMonth(), earlyAward, EarlyBadgeWindow.DEFAULT);
  }

  /**
   * Lists the badges due to the member in the year of {@code awardDay}, as they may be awarded on
   * that day: the milestones whose due date falls in that year, not early; and, for a seriously ill
   * member, the milestones due after that year that may be awarded early on {@code awardDay}: under
   * {@link EarlyBadgeWindow#FROM_DUE_DAY} when {@code awardDay} is at most 12 months (24 for the
   * 70- to 90-year badges) before the due date; under {@link
   * EarlyBadgeWindow#FROM_END_OF_AWARD_YEAR} when the due date is at most that long after the
   * year's last day.
   *
   * @param member the member
   * @param awardDay the day of the award (or of the check)
   * @param earlyAward whether the member may receive badges early
   * @param window how the early window is counted
   * @return the badges due, in increasing milestone order; empty if none
   * @throws NullPointerException if any argument is null
   */
  public static List<BadgeDue> dueOn(
      Member member, LocalDate awardDay, EarlyAward earlyAward, EarlyBadgeWindow window) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(awardDay, "awardDay");
    Objects.requireNonNull(earlyAward, "earlyAward");
    Objects.requireNonNull(window, "window");
    Year year = Year.from(awardDay);
    LocalDate first = year.atDay(1);
    LocalDate last = year.atMonth(12).atEndOfMonth();
    List<BadgeDue> due = new ArrayList<>();
    for (int years : MILESTONES) {
      LocalDate date = dueDate(member, years);
      if (!date.isBefore(first) && !date.isAfter(last)) {
        due.add(BadgeDue.onTime(member.id(), years, date));
      } else if (earlyAward == EarlyAward.SERIOUS_ILLNESS && date.isAfter(last)) {
        int months = earlyWindowMonths(years);
        LocalDate opens = date.minusMonths(months);
        boolean open =
            window == EarlyBadgeWindow.FROM_DUE_DAY
                ? !awardDay.isBefore(opens)
                : !date.isAfter(last.plusMonths(months));
        if (open) {
          LocalDate earliest = window == EarlyBadgeWindow.FROM_DUE_DAY ? opens : first;
          due.add(new BadgeDue(member.id(), years, date, true, earliest));
        }
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
