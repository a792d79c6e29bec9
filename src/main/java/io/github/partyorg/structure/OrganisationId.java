package io.github.partyorg.structure;

/**
 * The id of an organisation below the root: a base organisation, a sub-committee or a cell.
 * Organisation ids are unique across all three kinds within one {@link Root}.
 */
public sealed interface OrganisationId extends EntityId permits MemberHolderId, CellParentId {}
