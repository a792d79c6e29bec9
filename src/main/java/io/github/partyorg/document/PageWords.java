package io.github.partyorg.document;

import io.github.partyorg.structure.LocalizedText;
import java.time.Year;

/**
 * The fixed words and the style sheet of the HTML page, in one place so that the words can move to
 * the message catalogues with the rest of the library's words.
 */
final class PageWords {
  static final LocalizedText REPORT = LocalizedText.of("Báo cáo", "Report");
  static final LocalizedText CHARTS =
      LocalizedText.of("Kết quả xếp loại và chỉ tiêu", "Ratings and targets");
  static final LocalizedText BASE_ORGANISATIONS_BY_LEVEL =
      LocalizedText.of(
          "Xếp loại chất lượng tổ chức cơ sở đảng", "Quality rating of the base organisations");
  static final LocalizedText MEMBERS_BY_LEVEL =
      LocalizedText.of("Xếp loại chất lượng đảng viên", "Quality rating of the members");
  static final LocalizedText TARGETS_BY_STATUS =
      LocalizedText.of("Kết quả thực hiện chỉ tiêu nghị quyết", "The resolution's targets");
  static final LocalizedText FOUR_GOOD =
      LocalizedText.of("Tỷ lệ đạt danh hiệu “4 tốt”", "Share granted the four-good title");
  static final LocalizedText FOUR_GOOD_CELLS = LocalizedText.of("Chi bộ 4 tốt", "Four-good cells");
  static final LocalizedText FOUR_GOOD_BASE_COMMITTEES =
      LocalizedText.of("Đảng bộ cơ sở 4 tốt", "Four-good base committees");
  static final LocalizedText NO_FOUR_GOOD =
      LocalizedText.of(
          "Chưa có số liệu đánh giá “chi bộ 4 tốt”, “đảng bộ cơ sở 4 tốt” của năm.",
          "No four-good assessment of the year was given.");
  static final LocalizedText NOT_RATED = LocalizedText.of("Không xếp loại", "Not rated");
  static final LocalizedText INCOMPLETE =
      LocalizedText.of("Chưa đủ thông tin để xếp loại", "Facts missing for a rating");
  static final LocalizedText ITEM = LocalizedText.of("Nội dung", "Item");
  static final LocalizedText COUNT = LocalizedText.of("Số lượng", "Count");
  static final LocalizedText SHARE = LocalizedText.of("Tỷ lệ", "Share");
  static final LocalizedText BASE_ORGANISATIONS =
      LocalizedText.of(
          "Xếp loại từng tổ chức cơ sở đảng và đảng viên",
          "Each base organisation's level and its members' levels");
  static final LocalizedText BASE_ORGANISATION =
      LocalizedText.of("Tổ chức cơ sở đảng", "Base organisation");
  static final LocalizedText LEVEL = LocalizedText.of("Xếp loại", "Level");

  /**
   * The style sheet: Times New Roman (or a metric twin), A4 with the margins of the Party's
   * documents when printed, charts kept whole on a page.
   */
  static final String STYLE =
      """
      @page { size: A4; margin: 25mm 15mm 25mm 35mm; }
      html { font-family: "Times New Roman", "Liberation Serif", "Tinos", serif; font-size: 13pt; }
      body { margin: 0 auto; max-width: 170mm; color: #000; background: #fff; }
      header { text-align: center; }
      .issuer { font-weight: bold; margin: 0; text-indent: 0; text-align: center; }
      h1 { font-size: 16pt; margin: 4pt 0 12pt; }
      h2 { font-size: 14pt; margin: 14pt 0 6pt; }
      h3 { font-size: 13pt; margin: 10pt 0 4pt; }
      p { text-align: justify; margin: 0 0 4pt; text-indent: 1cm; }
      figure.chart { margin: 8pt 0 14pt; break-inside: avoid; page-break-inside: avoid; }
      figcaption { font-weight: bold; margin-bottom: 4pt; }
      svg { display: block; max-width: 100%; height: auto; }
      svg text { font-family: inherit; font-size: 13px; fill: #000; }
      table { border-collapse: collapse; margin-top: 4pt; font-size: 11pt; }
      th, td { border: 1px solid #999; padding: 1pt 5pt; text-align: left; }
      td { text-align: right; }
      td.level { text-align: left; }
      table.chart-data caption { position: absolute; left: -9999px; }
      table.levels { width: 100%; }
      table.levels tr { break-inside: avoid; }
      .no-data p { text-indent: 0; font-style: italic; }
      """;

  private PageWords() {}

  /** "Báo cáo tổng kết năm 2022" / "Year-end report 2022". */
  static LocalizedText title(Year year) {
    return LocalizedText.of("Báo cáo tổng kết năm " + year, "Year-end report " + year);
  }
}
