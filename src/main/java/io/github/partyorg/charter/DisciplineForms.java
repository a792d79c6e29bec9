package io.github.partyorg.charter;

import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.Message;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Rule M5, the discipline forms allowed: for an organisation, reprimand, warning and dissolution;
 * for an official member, reprimand, warning, dismissal from post (only if the member holds a party
 * post) and expulsion; for a probationary member, reprimand and warning. Cited as {@code
 * CharterRule.M5.citation(day)}: Party Charter (2011), art. 35; Regulation 69-QĐ/TW (2022), art. 7.
 *
 * <p>Status and posts are those recorded on the {@link Member}: a post not recorded in the tree
 * (for example on a higher committee) is not known here, so dismissal from post is refused for a
 * member with no recorded {@link io.github.partyorg.structure.Post}.
 *
 * <p>The sets returned are unmodifiable and iterate in the order of {@link DisciplineForm}.
 * Stateless and thread-safe.
 */
public final class DisciplineForms {

  private static final Set<DisciplineForm> ORGANISATION =
      Collections.unmodifiableSet(
          EnumSet.of(DisciplineForm.REPRIMAND, DisciplineForm.WARNING, DisciplineForm.DISSOLUTION));

  private static final Set<DisciplineForm> PROBATIONARY =
      Collections.unmodifiableSet(EnumSet.of(DisciplineForm.REPRIMAND, DisciplineForm.WARNING));

  private static final Set<DisciplineForm> OFFICIAL_WITHOUT_POST =
      Collections.unmodifiableSet(
          EnumSet.of(DisciplineForm.REPRIMAND, DisciplineForm.WARNING, DisciplineForm.EXPULSION));

  private static final Set<DisciplineForm> OFFICIAL_WITH_POST =
      Collections.unmodifiableSet(
          EnumSet.of(
              DisciplineForm.REPRIMAND,
              DisciplineForm.WARNING,
              DisciplineForm.DISMISSAL_FROM_POST,
              DisciplineForm.EXPULSION));

  private DisciplineForms() {}

  /**
   * Returns the discipline forms allowed for a member.
   *
   * @param member the member
   * @return for an official member {REPRIMAND, WARNING, EXPULSION} plus DISMISSAL_FROM_POST if the
   *     member holds a post; for a probationary member {REPRIMAND, WARNING}
   * @throws NullPointerException if {@code member} is null
   */
  public static Set<DisciplineForm> allowedFor(Member member) {
    Objects.requireNonNull(member, "member");
    if (!member.isOfficial()) {
      return PROBATIONARY;
    }
    return member.posts().isEmpty() ? OFFICIAL_WITHOUT_POST : OFFICIAL_WITH_POST;
  }

  /**
   * Returns the discipline forms allowed for a party organisation.
   *
   * @return {REPRIMAND, WARNING, DISSOLUTION}
   */
  public static Set<DisciplineForm> allowedForOrganisation() {
    return ORGANISATION;
  }

  /**
   * Checks whether a discipline form may be applied to a member.
   *
   * @param member the member
   * @param form the form proposed
   * @return the result, allowed or not, with the reason
   * @throws NullPointerException if any argument is null
   */
  public static DisciplineCheck check(Member member, DisciplineForm form) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(form, "form");
    if (allowedFor(member).contains(form)) {
      Message status =
          Message.of(member.isOfficial() ? "charter.M5.official" : "charter.M5.probationary");
      return new DisciplineCheck(
          member.id(), form, true, reason(Message.of("charter.M5.allowed", form, status)));
    }
    LocalizedText reason;
    if (form == DisciplineForm.DISSOLUTION) {
      reason = reason(Message.of("charter.M5.dissolution"));
    } else if (!member.isOfficial()) {
      reason = reason(Message.of("charter.M5.probationaryOnly", form));
    } else {
      reason = reason(Message.of("charter.M5.noPost"));
    }
    return new DisciplineCheck(member.id(), form, false, reason);
  }

  private static LocalizedText reason(Message sentence) {
    return MembershipReasons.discipline(sentence);
  }
}
