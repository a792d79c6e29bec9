package io.github.partyorg.targets;

import io.github.partyorg.structure.LocalizedText;

/**
 * The target rules T1-T7 of the project's domain reference (section 6), with a short title and the
 * source cited. A rule marked {@link #inferred()} contains a reading of ours that no source states
 * (its default is a policy of {@link TargetPolicies}).
 */
public enum TargetRule {
  /** T1: an outcome is exceeded, met or not met; "none" and exact-100% cannot be exceeded. */
  T1(
      "Kết quả: vượt, đạt hoặc chưa đạt chỉ tiêu",
      "Outcome: exceeded, met or not met",
      "Nghị quyết năm của Đảng ủy Khối; báo cáo tổng kết năm",
      "The bloc committee's yearly resolution; the year-end report",
      false),
  /** T2: percent of target = actual / target × 100; a range against its lower bound [INF]. */
  T2(
      "Tỷ lệ đạt chỉ tiêu = kết quả / chỉ tiêu × 100 (chỉ tiêu khoảng: so với cận dưới)",
      "Percent of target = actual / target × 100 (a range: against its lower bound)",
      "Báo cáo tổng kết năm 2022 (\"đạt 103,13% chỉ tiêu\"); cận dưới: suy luận",
      "Year-end report 2022 (\"103.13% of target\"); the lower bound: inferred",
      true),
  /** T3: "vượt chỉ tiêu N" is an absolute difference. */
  T3(
      "Vượt chỉ tiêu N là chênh lệch tuyệt đối",
      "\"Exceeded by N\" is an absolute difference",
      "Báo cáo tổng kết năm của Đảng ủy Khối",
      "The bloc committee's year-end report",
      false),
  /** T4: percentages are rounded by a declared precision and rounding (2 places, half up). */
  T4(
      "Tỷ lệ phần trăm làm tròn theo quy ước (2 chữ số thập phân, làm tròn nửa lên)",
      "Percentages rounded by a declared precision (2 places, half up)",
      "Báo cáo tổng kết năm 2022 (165/160 = 103,13%)",
      "Year-end report 2022 (165/160 = 103.13%)",
      false),
  /** T5: a reduction of p% is met when actual ≤ previous × (1 − p); a previous 0 has a rule. */
  T5(
      "Kéo giảm p% so với năm trước: kết quả ≤ năm trước × (1 − p)",
      "A p% reduction on the previous year: actual ≤ previous × (1 − p)",
      "Nghị quyết năm 2023 của Đảng ủy Khối (kéo giảm 5% số đảng viên bị kỷ luật)",
      "The bloc committee's 2023 resolution (5% fewer members disciplined)",
      true),
  /** T6: a rate of a base uses the base at the start of the term, rounded up by default. */
  T6(
      "Tỷ lệ trên cơ số: cơ số đầu nhiệm kỳ (3% của 5.356 = 160,68, tức ít nhất 161)",
      "A rate of a base: the base at the start of the term (3% of 5,356 = 160.68: at least 161)",
      "Nghị quyết đại hội Đảng bộ Khối nhiệm kỳ 2020-2025",
      "The bloc congress resolution, term 2020-2025",
      true),
  /** T7: a metric is computed from the model or reported by the caller; the result says which. */
  T7(
      "Số liệu tính từ mô hình hoặc do đơn vị báo cáo; kết quả ghi rõ nguồn",
      "A figure is computed from the model or reported; the result says which",
      "Báo cáo tổng kết năm của Đảng ủy Khối",
      "The bloc committee's year-end report",
      false);

  private final LocalizedText title;
  private final LocalizedText citation;
  private final boolean inferred;

  TargetRule(String titleVi, String titleEn, String citeVi, String citeEn, boolean inferred) {
    this.title = LocalizedText.of(titleVi, titleEn);
    this.citation = LocalizedText.of(citeVi, citeEn);
    this.inferred = inferred;
  }

  /**
   * Returns the rule's short title.
   *
   * @return the title in Vietnamese and English
   */
  public LocalizedText title() {
    return title;
  }

  /**
   * Returns the source cited.
   *
   * @return the citation in Vietnamese and English
   */
  public LocalizedText citation() {
    return citation;
  }

  /**
   * Tells whether the rule contains a reading of ours [INF] that a policy makes explicit.
   *
   * @return true for T2 (range divisor), T5 (rounding, zero previous) and T6 (rounding)
   */
  public boolean inferred() {
    return inferred;
  }
}
