package io.github.partyorg.report;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/** The level at which a "Dân vận khéo" model is recognised (công nhận). */
public enum RecognitionLevel implements Labelled {
  /** By the unit itself (cấp cơ sở). */
  UNIT("cấp cơ sở", "unit level"),
  /** By the district (cấp huyện). */
  DISTRICT("cấp huyện", "district level"),
  /** By the province's steering committee (cấp tỉnh). */
  PROVINCE("cấp tỉnh", "provincial level");

  private final LocalizedText label;

  RecognitionLevel(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
