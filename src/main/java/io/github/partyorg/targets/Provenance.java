package io.github.partyorg.targets;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/** Where a figure comes from (T7). */
public enum Provenance implements Labelled {
  /** Computed by the library from the model and the year's records. */
  COMPUTED("Tính từ dữ liệu", "Computed"),
  /** Supplied by the caller as a reported fact. */
  REPORTED("Số liệu báo cáo", "Reported");

  private final LocalizedText label;

  Provenance(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
