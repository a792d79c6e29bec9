package io.github.partyorg.charter;

import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.MemberId;
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
 */
public record BadgeDue(MemberId memberId, int years, LocalDate dueDate, boolean early) {

  /**
   * Creates the value.
   *
   * @param memberId the member
   * @param years the milestone, one of {@link Badges#MILESTONES}
   * @param dueDate the day the milestone is reached
   * @param early whether the award is early
   * @throws NullPointerException if {@code memberId} or {@code dueDate} is null
   * @throws IllegalArgumentException if {@code years} is not a badge milestone
   */
  public BadgeDue {
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(dueDate, "dueDate");
    Badges.requireMilestone(years);
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
   * Explains why the badge is due, with the regulation cited.
   *
   * @return the reason in Vietnamese and English, without personal data
   */
  public LocalizedText reason() {
    if (early) {
      return MembershipReasons.of(
          CharterRule.M4,
          "Đảng viên bị bệnh nặng được xét tặng sớm Huy hiệu "
              + years
              + " năm tuổi Đảng (đủ tuổi đảng ngày "
              + dueDate
              + ")",
          "Seriously ill member, may receive the "
              + years
              + "-year party badge early (party age reached on "
              + dueDate
              + ")");
    }
    return MembershipReasons.of(
        CharterRule.M4,
        "Đủ "
            + years
            + " năm tuổi Đảng ngày "
            + dueDate
            + ", được xét tặng Huy hiệu "
            + years
            + " năm",
        "Reaches "
            + years
            + " years of party age on "
            + dueDate
            + ", due the "
            + years
            + "-year party badge");
  }

  @Override
  public String toString() {
    return "M4 badge due [" + memberId.value() + "]: " + reason().en();
  }
}
