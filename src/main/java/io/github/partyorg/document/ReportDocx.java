package io.github.partyorg.document;

import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.structure.Catalogue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes the year-end report (báo cáo tổng kết năm) as a Word file (.docx) in the Party's document
 * format, Hướng dẫn 36-HD/VPTW of 3 April 2018 (REFERENCE section 12):
 *
 * <ul>
 *   <li>a borderless header table: on the left the body directly above the issuing body (14 pt
 *       capitals, upright), the issuing body (14 pt capitals, bold), the star and the number and
 *       symbol ("Số 12-BC/ĐUK", 14 pt); on the right "ĐẢNG CỘNG SẢN VIỆT NAM" (15 pt capitals,
 *       bold) with a solid line exactly as long as the words (a single underline), then the place
 *       and date in italics (14 pt);
 *   <li>the document type "BÁO CÁO" (16 pt capitals, bold, centred) and the subject under it (14
 *       pt, bold, centred), then a short rule;
 *   <li>the sections of {@link YearEndReport#sections} in Vietnamese: each heading numbered and
 *       bold, each sentence a justified 14 pt paragraph indented 1 cm;
 *   <li>a borderless signature table: on the left "Nơi nhận:" (14 pt, underlined) and the
 *       recipients (12 pt), ending "- Lưu Văn phòng."; on the right the authority and the post (14
 *       pt capitals, bold) and, after room for the signature and the seal, the signer's name (14
 *       pt, bold);
 *   <li>A4 (210 × 297 mm), margins top 25 mm, bottom 25 mm, left 35 mm, right 15 mm, Times New
 *       Roman (a Unicode font of TCVN 6909:2001); page numbers from the second page, centred at the
 *       top.
 * </ul>
 *
 * <p>The sizes are those of the guidance's appendix 3; the margins are the guidance's front-page
 * values, within the ranges REFERENCE section 12 gives for state documents.
 *
 * <p>The words are the catalogue's Vietnamese: the report's sentences and the document's own words
 * ({@code document.*} keys: the heading, the document type, the default subject, the date line,
 * "Nơi nhận", the filing line, the font), from the library's catalogue or a caller's ({@link
 * #write(YearEndReport, DocumentDetails, OutputStream, Catalogue)}).
 *
 * <p>Uses Apache POI ({@value #ARTIFACT}), an optional dependency of this library: without it on
 * the class path, {@link #write} throws an {@link IllegalStateException} naming the artifact.
 * Stateless and thread-safe.
 */
public final class ReportDocx {
  /** The Maven coordinates of the library this writer needs. */
  public static final String ARTIFACT = "org.apache.poi:poi-ooxml";

  /** Page width of A4 in millimetres. */
  public static final int PAGE_WIDTH_MM = 210;

  /** Page height of A4 in millimetres. */
  public static final int PAGE_HEIGHT_MM = 297;

  /** Top margin in millimetres (36-HD/VPTW, front page). */
  public static final int MARGIN_TOP_MM = 25;

  /** Bottom margin in millimetres. */
  public static final int MARGIN_BOTTOM_MM = 25;

  /** Left margin in millimetres. */
  public static final int MARGIN_LEFT_MM = 35;

  /** Right margin in millimetres. */
  public static final int MARGIN_RIGHT_MM = 15;

  /**
   * The font of every run: a Unicode Vietnamese font of TCVN 6909:2001, Times New Roman; the
   * catalogue's {@code document.font} (a caller's catalogue may name another).
   */
  public static final String FONT = DocumentWords.font(Catalogue.standard());

  private static final String POI_CLASS = "org.apache.poi.xwpf.usermodel.XWPFDocument";

  private ReportDocx() {}

  /**
   * Tells whether Apache POI ({@value #ARTIFACT}) is on the class path.
   *
   * @return true if the .docx can be written
   */
  public static boolean isAvailable() {
    return isAvailable(POI_CLASS);
  }

  static boolean isAvailable(String className) {
    try {
      Class.forName(className, false, ReportDocx.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  static void requireAvailable(String className) {
    if (!isAvailable(className)) {
      throw new IllegalStateException(
          "Writing a .docx needs Apache POI on the class path: add the Maven dependency "
              + ARTIFACT
              + " (an optional dependency of partyorg).");
    }
  }

  /**
   * Writes the report as a .docx.
   *
   * @param report the year-end report
   * @param details the number, place, date, bodies, signer and recipients
   * @param out where the file goes; not closed
   * @throws IOException if writing fails
   * @throws IllegalStateException if Apache POI ({@value #ARTIFACT}) is not on the class path
   * @throws IllegalArgumentException if the document is dated before the end of the year reported
   *     on (a report of 2022 dated in 2021)
   */
  public static void write(YearEndReport report, DocumentDetails details, OutputStream out)
      throws IOException {
    write(report, details, out, Catalogue.standard());
  }

  /**
   * Writes the report as a .docx with a caller's words ({@link Catalogue#withOverrides}).
   *
   * @param report the year-end report
   * @param details the number, place, date, bodies, signer and recipients
   * @param out where the file goes; not closed
   * @param catalogue the words, in Vietnamese
   * @throws IOException if writing fails
   * @throws IllegalStateException if Apache POI ({@value #ARTIFACT}) is not on the class path
   * @throws IllegalArgumentException if the document is dated before the end of the year reported
   *     on (a report of 2022 dated in 2021)
   */
  public static void write(
      YearEndReport report, DocumentDetails details, OutputStream out, Catalogue catalogue)
      throws IOException {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(out, "out");
    if (details.date().getYear() < report.year().getValue()) {
      throw new IllegalArgumentException(
          "The document "
              + details.numberAndSymbol()
              + " is dated "
              + details.date()
              + ", before the end of "
              + report.year()
              + ", the year it reports on.");
    }
    requireAvailable(POI_CLASS);
    PoiReportWriter.write(report, details, out, catalogue);
  }

  /**
   * Returns the report as the bytes of a .docx.
   *
   * @param report the year-end report
   * @param details the number, place, date, bodies, signer and recipients
   * @return the file's bytes
   * @throws IllegalStateException if Apache POI ({@value #ARTIFACT}) is not on the class path
   * @throws IllegalArgumentException if the document is dated before the end of the year reported
   *     on
   */
  public static byte[] toBytes(YearEndReport report, DocumentDetails details) {
    return toBytes(report, details, Catalogue.standard());
  }

  /**
   * Returns the report as the bytes of a .docx, with a caller's words.
   *
   * @param report the year-end report
   * @param details the number, place, date, bodies, signer and recipients
   * @param catalogue the words, in Vietnamese
   * @return the file's bytes
   * @throws IllegalStateException if Apache POI ({@value #ARTIFACT}) is not on the class path
   * @throws IllegalArgumentException if the document is dated before the end of the year reported
   *     on
   */
  public static byte[] toBytes(YearEndReport report, DocumentDetails details, Catalogue catalogue) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      write(report, details, bytes, catalogue);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
