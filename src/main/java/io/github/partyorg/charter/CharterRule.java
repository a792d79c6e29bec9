package io.github.partyorg.charter;

import io.github.partyorg.structure.LocalizedText;

/**
 * The structure (S) and membership (M) rules of the Party Charter and its implementing regulations,
 * with their ids as in the project's domain reference, a short title and the regulation cited.
 */
public enum CharterRule {
  /** S1: a cell needs at least 3 official members. */
  S1(
      "Chi bộ có ít nhất 3 đảng viên chính thức",
      "A cell has at least 3 official members",
      "Điều lệ Đảng (2011), Điều 21",
      "Party Charter (2011), art. 21"),
  /** S2: fewer than 30 members is a base cell, 30 or more a base committee, unless consented. */
  S2(
      "Dưới 30 đảng viên lập chi bộ cơ sở, từ 30 đảng viên trở lên lập đảng bộ cơ sở",
      "Under 30 members a base cell, 30 or more a base committee",
      "Điều lệ Đảng (2011), Điều 21; Quy định 24-QĐ/TW (2021)",
      "Party Charter (2011), art. 21; Regulation 24-QĐ/TW (2021)"),
  /** S3: a cell under a committee with more than 30 members needs the superior's consent. */
  S3(
      "Chi bộ trực thuộc trên 30 đảng viên phải được cấp ủy cấp trên đồng ý",
      "A cell of more than 30 members needs the superior committee's consent",
      "Quy định 24-QĐ/TW (2021)",
      "Regulation 24-QĐ/TW (2021)"),
  /** S4: a sub-committee exists only inside a base committee, with the superior's consent. */
  S4(
      "Đảng bộ bộ phận chỉ lập trong đảng bộ cơ sở khi được cấp ủy cấp trên đồng ý",
      "A sub-committee exists only inside a base committee, with the superior committee's consent",
      "Điều lệ Đảng (2011), Điều 21; Quy định 24-QĐ/TW (2021)",
      "Party Charter (2011), art. 21; Regulation 24-QĐ/TW (2021)"),
  /** S5: a cell with 9 or more official members elects a cell committee of at most 7. */
  S5(
      "Chi bộ có từ 9 đảng viên chính thức trở lên bầu chi ủy (không quá 7 chi ủy viên)",
      "A cell with 9 or more official members elects a cell committee (at most 7)",
      "Điều lệ Đảng (2011), Điều 24",
      "Party Charter (2011), art. 24"),
  /** S6: a cell has at most one deputy secretary. */
  S6(
      "Chi bộ có không quá một phó bí thư",
      "A cell has at most one deputy secretary",
      "Điều lệ Đảng (2011), Điều 24",
      "Party Charter (2011), art. 24"),
  /** S7: a base committee's executive with 9 or more members has a standing committee. */
  S7(
      "Đảng ủy cơ sở có từ 9 ủy viên trở lên bầu ban thường vụ",
      "A base committee of 9 or more executive members has a standing committee",
      "Điều lệ Đảng (2011), Điều 22",
      "Party Charter (2011), art. 22"),
  /** S8: a base organisation holds its congress every 5 years, within one year either way. */
  S8(
      "Tổ chức cơ sở đảng đại hội 5 năm một lần (có thể sớm hoặc muộn không quá 1 năm)",
      "A base organisation holds its congress every 5 years (at most one year early or late)",
      "Điều lệ Đảng (2011), Điều 22; Quy định 24-QĐ/TW (2021)",
      "Party Charter (2011), art. 22; Regulation 24-QĐ/TW (2021)"),
  /** M1: admission age from 18 to 60, counted in months. */
  M1(
      "Tuổi đời khi kết nạp từ đủ 18 đến đủ 60 tuổi (tính theo tháng)",
      "Age at admission from 18 to 60 (counted in months)",
      "Điều lệ Đảng (2011), Điều 1; Quy định 24-QĐ/TW (2021)",
      "Party Charter (2011), art. 1; Regulation 24-QĐ/TW (2021)"),
  /** M2: probation lasts 12 months. */
  M2(
      "Thời kỳ dự bị 12 tháng",
      "Probation lasts 12 months",
      "Điều lệ Đảng (2011), Điều 5",
      "Party Charter (2011), art. 5"),
  /** M3: party age runs from the admission decision, minus gaps. */
  M3(
      "Tuổi đảng tính từ ngày quyết định kết nạp, trừ thời gian gián đoạn",
      "Party age runs from the admission decision, minus gaps",
      "Quy định 24-QĐ/TW (2021)",
      "Regulation 24-QĐ/TW (2021)"),
  /** M4: party membership badges. */
  M4(
      "Tặng Huy hiệu Đảng",
      "Party membership badges",
      "Hướng dẫn 01-HD/TW (2021), điểm 18",
      "Guidance 01-HD/TW (2021), point 18"),
  /** M5: the allowed discipline forms. */
  M5(
      "Hình thức kỷ luật",
      "Discipline forms",
      "Điều lệ Đảng (2011), Điều 35; Quy định 69-QĐ/TW (2022), Điều 7",
      "Party Charter (2011), art. 35; Regulation 69-QĐ/TW (2022), art. 7"),
  /** M6: striking off after 3 months without meetings or fee. */
  M6(
      "Xóa tên đảng viên bỏ sinh hoạt hoặc không đóng đảng phí 3 tháng trong năm",
      "Striking off after 3 months in a year without meetings or fee",
      "Điều lệ Đảng (2011), Điều 8",
      "Party Charter (2011), art. 8");

  private final LocalizedText title;
  private final LocalizedText citation;

  CharterRule(String titleVi, String titleEn, String citationVi, String citationEn) {
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
   * Returns the regulation cited, for example "Điều lệ Đảng (2011), Điều 21".
   *
   * @return the citation in Vietnamese and English
   */
  public LocalizedText citation() {
    return citation;
  }
}
