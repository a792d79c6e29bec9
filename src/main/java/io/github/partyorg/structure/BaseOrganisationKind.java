package io.github.partyorg.structure;

/** The kind of a base organisation (tổ chức cơ sở đảng). */
public enum BaseOrganisationKind implements Labelled {
  /** Base committee (đảng bộ cơ sở): has cells, and optionally sub-committees, under it. */
  BASE_COMMITTEE("Đảng bộ cơ sở", "Base committee"),
  /** Base cell (chi bộ cơ sở): a base organisation that holds members directly. */
  BASE_CELL("Chi bộ cơ sở", "Base cell");

  private final LocalizedText label;

  BaseOrganisationKind(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
