package io.github.partyorg.structure;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a member sits in a {@link Root}: the base organisation, the sub-committee if any, and the
 * organisation holding the member directly (a cell, or the base cell itself).
 *
 * @param baseOrganisation the base organisation
 * @param subCommittee the sub-committee, or {@code null} when the cell is not in one
 * @param holder the cell, or the base cell, that holds the member
 */
public record MemberLocation(
    BaseOrganisationId baseOrganisation,
    @Nullable SubCommitteeId subCommittee,
    MemberHolderId holder) {

  /**
   * Creates a location.
   *
   * @param baseOrganisation the base organisation
   * @param subCommittee the sub-committee, or {@code null}
   * @param holder the holder
   * @throws NullPointerException if {@code baseOrganisation} or {@code holder} is null
   */
  public MemberLocation {
    Objects.requireNonNull(baseOrganisation, "baseOrganisation");
    Objects.requireNonNull(holder, "holder");
  }

  /**
   * Returns the sub-committee, if the member's cell is in one.
   *
   * @return the sub-committee, or empty
   */
  public Optional<SubCommitteeId> subCommitteeId() {
    return Optional.ofNullable(subCommittee);
  }
}
