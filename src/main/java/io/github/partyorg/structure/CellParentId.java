package io.github.partyorg.structure;

/**
 * The id of an organisation that holds cells: a base committee ({@link BaseOrganisation} of kind
 * {@link BaseOrganisationKind#BASE_COMMITTEE}) or a {@link SubCommittee}.
 */
public sealed interface CellParentId extends OrganisationId
    permits BaseOrganisationId, SubCommitteeId {}
