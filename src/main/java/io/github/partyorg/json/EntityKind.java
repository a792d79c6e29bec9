package io.github.partyorg.json;

import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.RootId;
import io.github.partyorg.structure.SubCommitteeId;

/** The {@code kind} of an entity reference {@code {"kind": ..., "id": ...}}. */
enum EntityKind {
  ROOT,
  BASE_ORGANISATION,
  SUB_COMMITTEE,
  CELL,
  MEMBER;

  static EntityKind of(EntityId id) {
    if (id instanceof MemberId) {
      return MEMBER;
    }
    if (id instanceof CellId) {
      return CELL;
    }
    if (id instanceof SubCommitteeId) {
      return SUB_COMMITTEE;
    }
    if (id instanceof BaseOrganisationId) {
      return BASE_ORGANISATION;
    }
    return ROOT;
  }

  EntityId id(String value) {
    return switch (this) {
      case ROOT -> RootId.of(value);
      case BASE_ORGANISATION -> BaseOrganisationId.of(value);
      case SUB_COMMITTEE -> SubCommitteeId.of(value);
      case CELL -> CellId.of(value);
      case MEMBER -> MemberId.of(value);
    };
  }

  boolean isOrganisation() {
    return this == BASE_ORGANISATION || this == SUB_COMMITTEE || this == CELL;
  }
}
