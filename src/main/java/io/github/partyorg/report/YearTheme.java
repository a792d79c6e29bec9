package io.github.partyorg.report;

import java.time.Year;

/**
 * The theme (chủ đề) a committee gives a year, such as the provincial committee's 2022 theme "Đồng
 * thuận - Sáng tạo - Phát triển", or the year's theme of the Hồ Chí Minh study.
 *
 * @param year the year
 * @param issuer who set the theme, in Vietnamese (NFC), for example "Tỉnh ủy"
 * @param text the theme in Vietnamese (NFC)
 */
public record YearTheme(Year year, String issuer, String text) {

  /**
   * Creates the theme; the texts are stripped and NFC-normalised.
   *
   * @param year the year
   * @param issuer who set it
   * @param text the theme
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code issuer} or {@code text} is blank
   */
  public YearTheme {
    Checks.notNull(year, "year");
    issuer = Checks.text(issuer, "issuer");
    text = Checks.text(text, "text");
  }
}
