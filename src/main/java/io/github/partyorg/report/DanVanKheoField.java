package io.github.partyorg.report;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/** The four fields of a "Dân vận khéo" (skilful mass mobilisation) model. */
public enum DanVanKheoField implements Labelled {
  /** Economy (kinh tế). */
  ECONOMY("Kinh tế", "Economy"),
  /** Culture and society (văn hóa - xã hội). */
  CULTURE_SOCIETY("Văn hóa - xã hội", "Culture and society"),
  /** Defence and security (quốc phòng - an ninh). */
  DEFENCE_SECURITY("Quốc phòng - an ninh", "Defence and security"),
  /** Building the political system (xây dựng hệ thống chính trị). */
  POLITICAL_SYSTEM("Xây dựng hệ thống chính trị", "Building the political system");

  private final LocalizedText label;

  DanVanKheoField(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
