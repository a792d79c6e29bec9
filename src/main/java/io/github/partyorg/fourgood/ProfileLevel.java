package io.github.partyorg.fourgood;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/** The organisations a criteria profile assesses. */
public enum ProfileLevel implements Labelled {
  /** Cells under a base committee and base cells (chi bộ 4 tốt). */
  CELL("Chi bộ", "Cell"),
  /** Base committees (đảng bộ cơ sở 4 tốt). */
  BASE_COMMITTEE("Đảng bộ cơ sở", "Base committee");

  private final LocalizedText label;

  ProfileLevel(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
