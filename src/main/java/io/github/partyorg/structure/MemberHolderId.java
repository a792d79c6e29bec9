package io.github.partyorg.structure;

/**
 * The id of an organisation that holds members directly: a {@link Cell} or a base cell (a {@link
 * BaseOrganisation} of kind {@link BaseOrganisationKind#BASE_CELL}).
 */
public sealed interface MemberHolderId extends OrganisationId permits CellId, BaseOrganisationId {}
