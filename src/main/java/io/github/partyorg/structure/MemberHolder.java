package io.github.partyorg.structure;

import java.util.List;
import java.util.Optional;

/**
 * An organisation that holds members directly: a {@link Cell} or a base cell ({@link
 * BaseOrganisation} of kind {@link BaseOrganisationKind#BASE_CELL}). The rules about cells (S1, S3,
 * S5, S6) apply to both.
 */
public sealed interface MemberHolder extends Organisation permits Cell, BaseOrganisation {

  /**
   * Returns the holder's id.
   *
   * @return the id
   */
  @Override
  MemberHolderId id();

  /**
   * Returns the holder's name, NFC-normalised.
   *
   * @return the name
   */
  @Override
  String name();

  /**
   * Returns the members held directly, in their recorded order.
   *
   * @return the members
   */
  List<Member> members();

  /**
   * Returns the recorded consents of the superior committee.
   *
   * @return the consents
   */
  List<Consent> consents();

  /**
   * Counts the official members (đảng viên chính thức), exempted ones included: the count used by
   * the thresholds of S1 and S5.
   *
   * @return the number of official members
   */
  default int officialMemberCount() {
    int count = 0;
    for (Member member : members()) {
      if (member.isOfficial()) {
        count++;
      }
    }
    return count;
  }

  /**
   * Returns the members holding a post, in their recorded order.
   *
   * @param post the post
   * @return the members holding it
   */
  default List<Member> membersHolding(Post post) {
    return members().stream().filter(m -> m.holds(post)).toList();
  }

  /**
   * Finds a member held directly by id.
   *
   * @param id the member's id
   * @return the member, or empty
   */
  default Optional<Member> member(MemberId id) {
    for (Member member : members()) {
      if (member.id().equals(id)) {
        return Optional.of(member);
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether a consent of the given kind, dated on or before a day, is recorded.
   *
   * @param kind the kind of consent
   * @param asOf the day
   * @return true if such a consent exists
   */
  default boolean hasConsent(ConsentKind kind, java.time.LocalDate asOf) {
    return Consents.has(consents(), kind, asOf);
  }
}
