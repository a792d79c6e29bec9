package io.github.partyorg.structure;

/**
 * The typed id of any entity of the tree: a member or an organisation. Ids are case-sensitive,
 * trimmed, never blank, and unique within one {@link Root}.
 */
public sealed interface EntityId permits MemberId, OrganisationId, RootId {

  /**
   * Returns the id text.
   *
   * @return the id, trimmed and never blank
   */
  String value();
}
