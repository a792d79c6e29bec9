package io.github.partyorg.charter;

import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Message;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A probationary member whose 12 months of probation have ended without a vote on official
 * membership (M2). Immutable; identifies the member by id only.
 *
 * @param memberId the member
 * @param endDate the last day of probation
 * @param daysOverdue the days from {@code endDate} to the day of the check, at least 1
 */
public record OverdueProbation(MemberId memberId, LocalDate endDate, long daysOverdue) {

  /**
   * Creates the value.
   *
   * @param memberId the member
   * @param endDate the last day of probation
   * @param daysOverdue the days overdue
   * @throws NullPointerException if {@code memberId} or {@code endDate} is null
   * @throws IllegalArgumentException if {@code daysOverdue} is less than 1
   */
  public OverdueProbation {
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(endDate, "endDate");
    if (daysOverdue < 1) {
      throw new IllegalArgumentException("An overdue probation is overdue by at least one day");
    }
  }

  /**
   * Returns the rule applied.
   *
   * @return {@link CharterRule#M2}
   */
  public CharterRule rule() {
    return CharterRule.M2;
  }

  /**
   * Explains the finding, with the regulation cited.
   *
   * @return the reason in Vietnamese and English, without personal data
   */
  public LocalizedText reason() {
    return MembershipReasons.of(CharterRule.M2, checkedOn(), sentence());
  }

  /** The day of the check: the end of probation plus the days overdue. */
  LocalDate checkedOn() {
    return endDate.plusDays(daysOverdue);
  }

  /** The sentence of the reason, without the citation: the message of a finding. */
  Message sentence() {
    return Message.of("charter.M2.overdue", memberId.value(), endDate, daysOverdue);
  }

  /**
   * Returns this value as a compliance finding on the member, of severity {@link Severity#ERROR},
   * citing the instruments in force on the day of the check.
   *
   * @return the finding
   */
  public Finding toFinding() {
    return new Finding(
        CharterRule.M2,
        Severity.ERROR,
        memberId,
        Message.of("charter.sentence", sentence()),
        checkedOn());
  }

  @Override
  public String toString() {
    return "M2 overdue [" + memberId.value() + "]: " + reason().en();
  }
}
