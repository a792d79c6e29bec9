package io.github.partyorg.charter;

import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Message;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A party badge (Huy hiệu Đảng) due to a member in a year (M4). Immutable; identifies the member by
 * id only.
 *
 * @param memberId the member
 * @param years the badge's milestone, in years of party age (30, 40, 45, ... 90)
 * @param dueDate the day the member's party age reaches {@code years}
 * @param early whether the badge is awarded before its due date, for a seriously ill member
 * @param earliestAwardDate the first day the badge may be awarded: {@code dueDate} for a badge not
 *     awarded early, else the start of the early window under the policy applied
 */
public record BadgeDue(
    MemberId memberId, int years, LocalDate dueDate, boolean early, LocalDate earliestAwardDate) {

  /**
   * Creates the value.
   *
   * @param memberId the member
   * @param years the milestone, one of {@link Badges#MILESTONES}
   * @param dueDate the day the milestone is reached
   * @param early whether the award is early
   * @param earliestAwardDate the first day the badge may be awarded
   * @throws NullPointerException if a date or {@code memberId} is null
   * @throws IllegalArgumentException if {@code years} is not a badge milestone, or the earliest
   *     award day is after the due date, or before it for a badge not awarded early
   */
  public BadgeDue {
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(earliestAwardDate, "earliestAwardDate");
    Badges.requireMilestone(years);
    if (earliestAwardDate.isAfter(dueDate) || (!early && !earliestAwardDate.equals(dueDate))) {
      throw new IllegalArgumentException(
          "The earliest award day of member "
              + memberId.value()
              + "'s badge must be its due date, or before it for an early award");
    }
  }

  /**
   * Creates a badge awarded on its due date, not early.
   *
   * @param memberId the member
   * @param years the milestone
   * @param dueDate the day the milestone is reached
   * @return the value
   */
  public static BadgeDue onTime(MemberId memberId, int years, LocalDate dueDate) {
    return new BadgeDue(memberId, years, dueDate, false, dueDate);
  }

  /**
   * Returns the rule applied.
   *
   * @return {@link CharterRule#M4}
   */
  public CharterRule rule() {
    return CharterRule.M4;
  }

  /**
   * Explains why the badge is due, citing the instruments in force on the due date.
   *
   * @return the reason in Vietnamese and English, without personal data
   */
  public LocalizedText reason() {
    return reason(dueDate);
  }

  /**
   * Explains why the badge is due, citing the instruments in force on the day checked.
   *
   * @param checkedOn the day checked
   * @return the reason in Vietnamese and English, without personal data
   * @throws NullPointerException if {@code checkedOn} is null
   */
  public LocalizedText reason(LocalDate checkedOn) {
    return MembershipReasons.of(CharterRule.M4, checkedOn, sentence());
  }

  /** The sentence of the reason, without the citation. */
  Message sentence() {
    return early
        ? Message.of("charter.M4.early", years, earliestAwardDate, dueDate)
        : Message.of("charter.M4.due", years, dueDate);
  }

  @Override
  public String toString() {
    return "M4 badge due [" + memberId.value() + "]: " + reason().en();
  }
}
