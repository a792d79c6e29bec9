package io.github.partyorg.structure;

/**
 * Any organisation of the tree below the root (tổ chức đảng): a {@link BaseOrganisation}, a {@link
 * SubCommittee} or a {@link Cell}, as {@link Root#organisation(OrganisationId)} finds it by id.
 */
public sealed interface Organisation permits MemberHolder, SubCommittee {

  /**
   * Returns the organisation's id.
   *
   * @return the id
   */
  OrganisationId id();

  /**
   * Returns the organisation's name, NFC-normalised.
   *
   * @return the name
   */
  String name();
}
