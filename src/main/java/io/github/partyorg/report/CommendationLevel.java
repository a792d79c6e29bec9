package io.github.partyorg.report;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/**
 * Who commends (biểu dương, khen thưởng), as the seed report phrases it. The label is the phrase
 * that opens the figure ("Đảng ủy Khối khen thưởng 07 tập thể, 06 cá nhân").
 */
public enum CommendationLevel implements Labelled {
  /** The base organisations' committees (cấp ủy cơ sở). */
  BASE("cấp ủy cơ sở biểu dương, khen thưởng", "commended by the base committees", ", "),
  /** The bloc committee (Đảng ủy Khối). */
  BLOC("Đảng ủy Khối khen thưởng", "commended by the bloc committee", ", "),
  /** Proposed to the province for its award (đề nghị về tỉnh khen thưởng). */
  PROPOSED_TO_PROVINCE(
      "đề nghị về tỉnh khen thưởng", "proposed to the province for an award", " và ");

  private final LocalizedText label;
  private final String joinerVi;

  CommendationLevel(String vi, String en, String joinerVi) {
    this.label = LocalizedText.of(vi, en);
    this.joinerVi = joinerVi;
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  /** The seed writes "02 tập thể và 02 cá nhân" for the province, "07 tập thể, 06 cá nhân" else. */
  String joinerVi() {
    return joinerVi;
  }
}
