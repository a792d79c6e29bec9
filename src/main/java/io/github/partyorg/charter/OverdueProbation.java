package io.github.partyorg.charter;

import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.MemberId;
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
  LocalizedText sentence() {
    return LocalizedText.of(
        "Đảng viên "
            + memberId.value()
            + " hết thời kỳ dự bị 12 tháng ngày "
            + Messages.vi(endDate)
            + ", đã quá "
            + daysOverdue
            + " ngày nhưng chưa được xét công nhận đảng viên chính thức; chi bộ cần xét công nhận"
            + " đảng viên chính thức, nếu không đủ điều kiện thì xóa tên",
        "Member "
            + memberId.value()
            + "'s 12 months of probation ended on "
            + Messages.en(endDate)
            + ", "
            + daysOverdue
            + (daysOverdue == 1 ? " day" : " days")
            + " ago, without a vote on official membership; the cell must vote on official"
            + " membership, and strike the member off if they do not qualify");
  }

  /**
   * Returns this value as a compliance finding on the member, of severity {@link Severity#ERROR},
   * citing the instruments in force on the day of the check.
   *
   * @return the finding
   */
  public Finding toFinding() {
    LocalizedText sentence = sentence();
    return new Finding(
        CharterRule.M2,
        Severity.ERROR,
        memberId,
        LocalizedText.of(sentence.vi() + ".", sentence.en() + "."),
        checkedOn());
  }

  @Override
  public String toString() {
    return "M2 overdue [" + memberId.value() + "]: " + reason().en();
  }
}
