package io.github.partyorg.charter;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/**
 * Whether a party badge may be awarded before its due date (M4). This is a fact about the member
 * that the caller states explicitly; the library never infers it.
 */
public enum EarlyAward implements Labelled {
  /** No early award: a badge is due in the year its party age is reached. */
  NONE("Không tặng sớm", "No early award"),
  /**
   * The member is seriously ill (đảng viên bị bệnh nặng): the 30- to 65-year badges may be awarded
   * up to 12 months early and the 70- to 90-year badges up to 24 months early (Guidance 01-HD/TW
   * (2021), point 18).
   */
  SERIOUS_ILLNESS("Đảng viên bị bệnh nặng", "Seriously ill member");

  private final LocalizedText label;

  EarlyAward(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
