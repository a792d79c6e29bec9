package io.github.partyorg.structure;

/** A consent of the superior committee that makes an otherwise non-compliant shape compliant. */
public enum ConsentKind implements Labelled {
  /**
   * S2: a base cell with 30 or more members, or a base committee with fewer than 30, approved by
   * the superior committee.
   */
  S2_BASE_KIND_EXCEPTION(
      "Đồng ý của cấp ủy cấp trên về loại hình tổ chức cơ sở",
      "Superior consent to the base organisation's kind"),
  /** S3: a cell under a committee with more than 30 members. */
  S3_LARGE_CELL(
      "Đồng ý của cấp ủy cấp trên cho chi bộ trên 30 đảng viên",
      "Superior consent to a cell of more than 30 members"),
  /** S4: a sub-committee inside a base committee. */
  S4_SUB_COMMITTEE(
      "Đồng ý của cấp ủy cấp trên lập đảng bộ bộ phận", "Superior consent to a sub-committee");

  private final LocalizedText label;

  ConsentKind(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
