package io.github.partyorg.charter;

import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.MemberId;
import java.util.Objects;

/**
 * Whether a discipline form may be applied to a member (M5), and why. Immutable; identifies the
 * member by id only.
 *
 * @param memberId the member
 * @param form the form proposed
 * @param allowed whether the form may be applied to the member
 * @param reason why, in Vietnamese and English, with the regulation cited; no personal data
 */
public record DisciplineCheck(
    MemberId memberId, DisciplineForm form, boolean allowed, LocalizedText reason) {

  /**
   * Creates the result.
   *
   * @param memberId the member
   * @param form the form proposed
   * @param allowed whether it may be applied
   * @param reason why
   * @throws NullPointerException if any reference argument is null
   */
  public DisciplineCheck {
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Returns the rule applied.
   *
   * @return {@link CharterRule#M5}
   */
  public CharterRule rule() {
    return CharterRule.M5;
  }

  @Override
  public String toString() {
    return "M5 "
        + form
        + (allowed ? " allowed" : " not allowed")
        + " ["
        + memberId.value()
        + "]: "
        + reason.en();
  }
}
