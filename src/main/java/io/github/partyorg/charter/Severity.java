package io.github.partyorg.charter;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/** How serious a finding is. */
public enum Severity implements Labelled {
  /** The organisation does not comply with the rule and must act. */
  ERROR("Vi phạm", "Non-compliant"),
  /** The organisation may not comply, or complies only with a consent that should be checked. */
  WARNING("Cần lưu ý", "Warning"),
  /** A fact the rule needs is missing, so the rule could not be checked. */
  INFO("Thiếu thông tin", "Information");

  private final LocalizedText label;

  Severity(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
