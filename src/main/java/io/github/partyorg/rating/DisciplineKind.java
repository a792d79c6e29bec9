package io.github.partyorg.rating;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/**
 * The discipline forms for a member (hình thức kỷ luật đảng viên, M5), mildest first. A
 * probationary member can only be reprimanded or warned; that is not checked here.
 */
public enum DisciplineKind implements Labelled {
  /** Khiển trách: reprimand. */
  REPRIMAND("Khiển trách", "Reprimand"),
  /** Cảnh cáo: warning. */
  WARNING("Cảnh cáo", "Warning"),
  /** Cách chức: dismissal from post. */
  DISMISSAL_FROM_POST("Cách chức", "Dismissal from post"),
  /** Khai trừ: expulsion. */
  EXPULSION("Khai trừ", "Expulsion");

  private final LocalizedText label;

  DisciplineKind(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
