package io.github.partyorg.document;

import io.github.partyorg.structure.Catalogue;
import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.Message;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;

/**
 * The fixed words of the year's documents, from the message catalogue ({@code document.*} keys).
 * The Party's own words (heading, document type, "Nơi nhận", the filing line) are Vietnamese in
 * every language: the .docx takes them from the catalogue's Vietnamese.
 */
final class DocumentWords {
  /** The star under the issuing body's name. */
  static final String STAR = "*";

  /** The line under the subject. */
  static final String SUBJECT_RULE = "-----";

  static final Locale VI = Locale.forLanguageTag("vi");

  private DocumentWords() {}

  /** A word of the document, in Vietnamese. */
  static String word(Catalogue catalogue, String key, Object... arguments) {
    return catalogue.format(Language.VI, Message.of(key, arguments));
  }

  /** The heading of every Party document (36-HD/VPTW, II.1.1): "ĐẢNG CỘNG SẢN VIỆT NAM". */
  static String party(Catalogue catalogue) {
    return word(catalogue, "document.party");
  }

  /** The document type of a report (báo cáo): "BÁO CÁO". */
  static String report(Catalogue catalogue) {
    return word(catalogue, "document.type.report");
  }

  /** The recipients' heading: "Nơi nhận:". */
  static String recipients(Catalogue catalogue) {
    return word(catalogue, "document.recipients");
  }

  /** The last recipient: the issuing body's office keeps a copy ("Lưu Văn phòng"). */
  static String filingLine(Catalogue catalogue) {
    return word(catalogue, "document.filingLine");
  }

  /** The typeface of every run (36-HD/VPTW: a Unicode Vietnamese font of TCVN 6909:2001). */
  static String font(Catalogue catalogue) {
    return word(catalogue, "document.font");
  }

  /** "Số 12-BC/ĐUK". */
  static String numberAndSymbol(Catalogue catalogue, String number, String symbol) {
    return word(catalogue, "document.number", number + "-" + symbol);
  }

  /** "tổng kết công tác năm 2022, phương hướng, nhiệm vụ năm 2023". */
  static String defaultSubject(Catalogue catalogue, Year year) {
    return word(catalogue, "document.subject", year, year.plusYears(1));
  }

  /**
   * "Bến Tre, ngày 05 tháng 02 năm 2023": a day below 10 and the months 1 and 2 take a leading zero
   * (36-HD/VPTW, II.1.4).
   */
  static String placeAndDate(Catalogue catalogue, String place, LocalDate date) {
    int day = date.getDayOfMonth();
    int month = date.getMonthValue();
    return word(
        catalogue,
        "document.placeAndDate",
        place,
        day < 10 ? "0" + day : String.valueOf(day),
        month < 3 ? "0" + month : String.valueOf(month),
        Year.of(date.getYear()));
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
    return r.toLowerCase(VI).startsWith(filingLine(Catalogue.standard()).toLowerCase(VI));
  }

  /** Capitals as Vietnamese writes them. */
  static String upper(String text) {
    return text.toUpperCase(VI);
  }
}
