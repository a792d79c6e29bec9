package io.github.partyorg.document;

import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;

/**
 * The fixed words of the year's documents, in one place so that they can move to the message
 * catalogues with the rest of the library's words. The Party's own words (heading, document type,
 * "Nơi nhận", the filing line) are Vietnamese in every language.
 */
final class DocumentWords {
  /** The heading of every Party document (36-HD/VPTW, II.1.1). */
  static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";

  /** The star under the issuing body's name. */
  static final String STAR = "*";

  /** Before the number and symbol. */
  static final String NUMBER_PREFIX = "Số ";

  /** The document type of a report (báo cáo). */
  static final String REPORT = "BÁO CÁO";

  /** The recipients' heading. */
  static final String RECIPIENTS = "Nơi nhận:";

  /** The last recipient: the issuing body's office keeps a copy. */
  static final String FILING_LINE = "Lưu Văn phòng";

  /** The line under the subject. */
  static final String SUBJECT_RULE = "-----";

  static final Locale VI = Locale.forLanguageTag("vi");

  private DocumentWords() {}

  /** "tổng kết công tác năm 2022, phương hướng, nhiệm vụ năm 2023". */
  static String defaultSubject(Year year) {
    return "tổng kết công tác năm " + year + ", phương hướng, nhiệm vụ năm " + year.plusYears(1);
  }

  /**
   * "Bến Tre, ngày 05 tháng 02 năm 2023": a day below 10 and the months 1 and 2 take a leading zero
   * (36-HD/VPTW, II.1.4).
   */
  static String placeAndDate(String place, LocalDate date) {
    int day = date.getDayOfMonth();
    int month = date.getMonthValue();
    return place
        + ", ngày "
        + (day < 10 ? "0" + day : String.valueOf(day))
        + " tháng "
        + (month < 3 ? "0" + month : String.valueOf(month))
        + " năm "
        + date.getYear();
  }

  /** A recipient line: "- Ban Thường vụ Tỉnh ủy (b/c)," and the filing line "- Lưu Văn phòng." */
  static String recipientLine(String recipient, boolean last) {
    return "- " + recipient + (last ? "." : ",");
  }

  /** Whether a recipient given is the filing line the document adds itself. */
  static boolean isFilingLine(String recipient) {
    String r = recipient.strip();
    if (r.startsWith("-")) {
      r = r.substring(1).strip();
    }
    if (r.endsWith(".") || r.endsWith(",")) {
      r = r.substring(0, r.length() - 1).strip();
    }
    return r.toLowerCase(VI).startsWith(FILING_LINE.toLowerCase(VI));
  }

  /** Capitals as Vietnamese writes them. */
  static String upper(String text) {
    return text.toUpperCase(VI);
  }
}
