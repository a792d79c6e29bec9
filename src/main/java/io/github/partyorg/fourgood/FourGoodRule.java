package io.github.partyorg.fourgood;

import io.github.partyorg.structure.LocalizedText;

/**
 * The meeting rules (S10-S13) and the four-good rules (F1-F7) of the project's domain reference,
 * with a short title and the instrument cited.
 */
public enum FourGoodRule {
  /** S10: every cell holds a regular meeting every calendar month. */
  S10(
      "Chi bộ sinh hoạt thường kỳ mỗi tháng một lần",
      "A cell holds a regular meeting every calendar month",
      "Điều lệ Đảng (2011), Điều 24",
      "Party Charter (2011), art. 24"),
  /** S11: every cell holds at least one thematic meeting per quarter. */
  S11(
      "Chi bộ sinh hoạt chuyên đề ít nhất mỗi quý một lần",
      "A cell holds at least one thematic meeting per quarter",
      "Hướng dẫn 12-HD/BTCTW (2018)",
      "Guidance 12-HD/BTCTW (2018)"),
  /**
   * S12: a meeting lasts at least 90 minutes; from 28 October 2025, 120 when regular and thematic
   * are combined.
   */
  S12(
      "Buổi sinh hoạt kéo dài ít nhất 90 phút; từ ngày 28/10/2025, 120 phút khi kết hợp thường kỳ"
          + " và chuyên đề",
      "A meeting lasts at least 90 minutes; from 28 October 2025, 120 when regular and thematic"
          + " are combined",
      "Hướng dẫn 12-HD/BTCTW (2018); Hướng dẫn 42-HD/BTCTW (28/10/2025)",
      "Guidance 12-HD/BTCTW (2018); Guidance 42-HD/BTCTW (28 Oct 2025)"),
  /** S13: a regular meeting is of quality only with good attendance and no repeated absence. */
  S13(
      "Buổi sinh hoạt thường kỳ có chất lượng: trên 85% đảng viên dự, không vắng không lý do,"
          + " không ai vắng quá 3 lần liên tiếp",
      "A regular meeting is of quality: attendance above 85%, no unexcused absence, no member"
          + " absent more than 3 times in a row",
      "Hướng dẫn 12-HD/BTCTW (2018)",
      "Guidance 12-HD/BTCTW (2018)"),
  /** F1: the common frame of four headings; headings and sub-criteria are configuration. */
  F1(
      "Khung bốn tiêu chí: nhiệm vụ chính trị, chất lượng sinh hoạt, đoàn kết kỷ luật, cán bộ"
          + " đảng viên",
      "Four-heading frame: political task, meeting quality, unity and discipline, cadres and"
          + " members",
      "Tiêu chí của cấp ủy tỉnh ban hành (hồ sơ tiêu chí)",
      "The province's own criteria (the criteria profile)"),
  /** F2: Bến Tre 10-HD/BTCTU (2018) gates, a labelled preset. */
  F2(
      "Điều kiện của Hướng dẫn 10-HD/BTCTU Bến Tre (22/02/2018)",
      "Gates of Bến Tre guidance 10-HD/BTCTU (22 Feb 2018)",
      "Hướng dẫn 10-HD/BTCTU (22/02/2018)",
      "Guidance 10-HD/BTCTU (22 Feb 2018)"),
  /** F3: registration for the title and monthly met/not-met sheets. */
  F3(
      "Đăng ký phấn đấu đầu năm; đánh giá theo phiếu hằng tháng",
      "Registration for the year; assessment from monthly sheets",
      "Tiêu chí của cấp ủy tỉnh ban hành (hồ sơ tiêu chí)",
      "The province's own criteria (the criteria profile)"),
  /** F4: meeting quality reuses S10-S13. */
  F4(
      "Chất lượng sinh hoạt theo S10-S13",
      "Meeting quality by S10-S13",
      "Hướng dẫn 12-HD/BTCTW (2018)",
      "Guidance 12-HD/BTCTW (2018)"),
  /** F5: recognition belongs to the directly superior committee's standing committee. */
  F5(
      "Ban thường vụ cấp ủy cấp trên trực tiếp công nhận",
      "Recognised by the standing committee of the directly superior committee",
      "Tiêu chí của cấp ủy tỉnh ban hành (hồ sơ tiêu chí)",
      "The province's own criteria (the criteria profile)"),
  /** F6: a base committee's title depends on the share of its cells holding the title. */
  F6(
      "Tỷ lệ chi bộ trực thuộc đạt chi bộ 4 tốt",
      "Share of the base committee's cells holding the four-good title",
      "Tiêu chí của cấp ủy tỉnh ban hành (hồ sơ tiêu chí)",
      "The province's own criteria (the criteria profile)"),
  /** F7: natural preconditions: rated HTTNV or better, no discipline, no KHTNV, meetings held. */
  F7(
      "Điều kiện chung: xếp loại HTTNV trở lên, không đảng viên bị kỷ luật hay KHTNV",
      "Common preconditions: rated HTTNV or better, no member disciplined or at KHTNV",
      "Tiêu chí của cấp ủy tỉnh ban hành (hồ sơ tiêu chí)",
      "The province's own criteria (the criteria profile)");

  private final LocalizedText title;
  private final LocalizedText citation;

  FourGoodRule(String titleVi, String titleEn, String citationVi, String citationEn) {
    this.title = LocalizedText.of(titleVi, titleEn);
    this.citation = LocalizedText.of(citationVi, citationEn);
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
   * Returns the instrument cited.
   *
   * @return the citation in Vietnamese and English
   */
  public LocalizedText citation() {
    return citation;
  }
}
