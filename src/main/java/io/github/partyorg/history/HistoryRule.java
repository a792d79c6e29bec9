package io.github.partyorg.history;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/**
 * The rules that read more than one year of a root (REFERENCE section 4b), each with the regulation
 * it follows.
 */
public enum HistoryRule implements Labelled {
  /**
   * Y1: a member rated HTXSNV five years in a row is proposed for a commendation (06-HD/TW 2025,
   * point 19.2); an organisation rated HTXSNV five years in a row is considered for "trong sạch,
   * vững mạnh tiêu biểu" (21-HD/BTCTW).
   */
  Y1(
      "Hoàn thành xuất sắc nhiệm vụ 05 năm liên tục",
      "Rated excellent five years in a row",
      "Hướng dẫn 06-HD/TW (2025), điểm 19.2; Hướng dẫn 21-HD/BTCTW (18/10/2019)",
      "Guidance 06-HD/TW (2025), point 19.2; Guidance 21-HD/BTCTW (18 Oct 2019)"),
  /**
   * Y2: a member rated KHTNV two years in a row is considered for striking off (24-QĐ/TW point 8,
   * kept by 294-QĐ/TW).
   */
  Y2(
      "Không hoàn thành nhiệm vụ 02 năm liên tục",
      "Rated not completed two years in a row",
      "Quy định 24-QĐ/TW (2021), điểm 8, được giữ tại Quy định 294-QĐ/TW (2025)",
      "Regulation 24-QĐ/TW (2021), point 8, kept by Regulation 294-QĐ/TW (2025)"),
  /** Y3: four-good gates that read earlier years take them from the history. */
  Y3(
      "Điều kiện chi bộ 4 tốt xét nhiều năm",
      "Four-good gates over several years",
      "Hướng dẫn 10-HD/BTCTU (22/02/2018) của Ban Thường vụ Tỉnh ủy Bến Tre",
      "Guidance 10-HD/BTCTU (22 Feb 2018) of the Bến Tre provincial standing committee"),
  /** Y4: a congress resolution's targets for the whole term, measured each year. */
  Y4(
      "Chỉ tiêu nhiệm kỳ",
      "Term targets",
      "Nghị quyết đại hội đảng bộ nhiệm kỳ",
      "The congress resolution of the term"),
  /** Y5: a report compares each figure with the year before ("so với cùng kỳ"). */
  Y5(
      "So với cùng kỳ",
      "Compared with the year before",
      "Báo cáo tổng kết năm của cấp ủy",
      "The committee's year-end report"),
  /** Y6: ids are stable across years, so a difference can say what moved where. */
  Y6(
      "Thay đổi giữa hai năm",
      "Changes between two years",
      "Điều lệ Đảng (2011), Điều 21-24; Quy định 294-QĐ/TW (2025)",
      "Party Charter (2011), art. 21-24; Regulation 294-QĐ/TW (2025)");

  private final LocalizedText label;
  private final LocalizedText citation;

  HistoryRule(String vi, String en, String citationVi, String citationEn) {
    this.label = LocalizedText.of(vi, en);
    this.citation = LocalizedText.of(citationVi, citationEn);
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  /**
   * Returns the regulation the rule follows.
   *
   * @return the citation
   */
  public LocalizedText citation() {
    return citation;
  }
}
