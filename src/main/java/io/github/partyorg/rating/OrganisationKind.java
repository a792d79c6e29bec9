package io.github.partyorg.rating;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/** The kind of a rated organisation, which decides what its sub-units are. */
public enum OrganisationKind implements Labelled {
  /** A cell under a base committee or sub-committee: its sub-units are its members. */
  CELL("Chi bộ", "Cell"),
  /** A base cell: its sub-units are its members. */
  BASE_CELL("Chi bộ cơ sở", "Base cell"),
  /** A sub-committee: its sub-units are its cells. */
  SUB_COMMITTEE("Đảng bộ bộ phận", "Sub-committee"),
  /** A base committee: its sub-units are its cells and sub-committees. */
  BASE_COMMITTEE("Đảng bộ cơ sở", "Base committee");

  private final LocalizedText label;

  OrganisationKind(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  /**
   * Tells whether the sub-units of this kind are members.
   *
   * @return true for cells and base cells
   */
  public boolean holdsMembers() {
    return this == CELL || this == BASE_CELL;
  }
}
