package io.github.partyorg.charter;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/**
 * A form of party discipline (hình thức kỷ luật), rule M5. Which forms apply to whom is decided by
 * {@link DisciplineForms}. Listed from the lightest to the heaviest.
 */
public enum DisciplineForm implements Labelled {
  /** Reprimand (khiển trách), for a member or an organisation. */
  REPRIMAND("Khiển trách", "Reprimand"),
  /** Warning (cảnh cáo), for a member or an organisation. */
  WARNING("Cảnh cáo", "Warning"),
  /** Dismissal from a party post (cách chức), for an official member who holds one. */
  DISMISSAL_FROM_POST("Cách chức", "Dismissal from post"),
  /** Expulsion (khai trừ), for an official member. */
  EXPULSION("Khai trừ", "Expulsion"),
  /** Dissolution (giải tán), for an organisation only. */
  DISSOLUTION("Giải tán", "Dissolution");

  private final LocalizedText label;

  DisciplineForm(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
