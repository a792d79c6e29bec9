package io.github.partyorg.document;

import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.structure.Catalogue;
import io.github.partyorg.structure.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;

/**
 * The Apache POI side of {@link ReportDocx}; loaded only after {@link ReportDocx} has checked that
 * POI is on the class path, so that a missing POI is an {@link IllegalStateException} naming it and
 * never a {@link NoClassDefFoundError}.
 */
final class PoiReportWriter {
  /** Twips (1/20 pt) per millimetre. */
  private static final double TWIPS_PER_MM = 1440 / 25.4;

  /** Width of the text area: A4 less the left and right margins. */
  private static final int TEXT_WIDTH =
      twips(ReportDocx.PAGE_WIDTH_MM - ReportDocx.MARGIN_LEFT_MM - ReportDocx.MARGIN_RIGHT_MM);

  /** The left column of the header and signature tables (the issuing body, the recipients). */
  private static final int LEFT_COLUMN = twips(70);

  private static final int BODY_SIZE = 14;
  private static final int PARTY_SIZE = 15;
  private static final int TYPE_SIZE = 16;
  private static final int RECIPIENT_SIZE = 12;

  private PoiReportWriter() {}

  static int twips(double millimetres) {
    return (int) Math.round(millimetres * TWIPS_PER_MM);
  }

  static void write(
      YearEndReport report, DocumentDetails details, OutputStream out, Catalogue catalogue)
      throws IOException {
    String font = DocumentWords.font(catalogue);
    try (XWPFDocument doc = new XWPFDocument()) {
      page(doc, font);
      header(doc, details, catalogue, font);
      title(
          doc,
          details.subject().orElseGet(() -> DocumentWords.defaultSubject(catalogue, report.year())),
          catalogue,
          font);
      int n = 1;
      for (YearEndReport.Section section : report.sections(Language.VI, catalogue)) {
        XWPFParagraph heading = doc.createParagraph();
        heading.setAlignment(ParagraphAlignment.BOTH);
        heading.setIndentationFirstLine(twips(10));
        heading.setSpacingBefore(120);
        heading.setSpacingAfter(60);
        run(font, heading, n++ + ". " + section.heading(), BODY_SIZE).setBold(true);
        for (String line : section.lines()) {
          XWPFParagraph p = doc.createParagraph();
          p.setAlignment(ParagraphAlignment.BOTH);
          p.setIndentationFirstLine(twips(10));
          p.setSpacingAfter(60);
          run(font, p, line, BODY_SIZE);
        }
      }
      signature(doc, details, catalogue, font);
      doc.write(out);
    }
  }

  private static void page(XWPFDocument doc, String font) {
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(font);
    fonts.setHAnsi(font);
    fonts.setCs(font);
    fonts.setEastAsia(font);
    doc.createStyles().setDefaultFonts(fonts);

    CTBody body = doc.getDocument().getBody();
    CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(BigInteger.valueOf(twips(ReportDocx.PAGE_WIDTH_MM)));
    size.setH(BigInteger.valueOf(twips(ReportDocx.PAGE_HEIGHT_MM)));
    CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(twips(ReportDocx.MARGIN_TOP_MM)));
    margins.setBottom(BigInteger.valueOf(twips(ReportDocx.MARGIN_BOTTOM_MM)));
    margins.setLeft(BigInteger.valueOf(twips(ReportDocx.MARGIN_LEFT_MM)));
    margins.setRight(BigInteger.valueOf(twips(ReportDocx.MARGIN_RIGHT_MM)));
    // 36-HD/VPTW: from the second page, the page number 10 mm from the top edge, centred.
    margins.setHeader(BigInteger.valueOf(twips(10)));
    margins.setFooter(BigInteger.valueOf(twips(10)));
    margins.setGutter(BigInteger.ZERO);
    section.addNewTitlePg();
    doc.createHeader(HeaderFooterType.FIRST);
    XWPFHeader numbers = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph number = numbers.createParagraph();
    number.setAlignment(ParagraphAlignment.CENTER);
    number.getCTP().addNewFldSimple().setInstr("PAGE");
  }

  private static void header(
      XWPFDocument doc, DocumentDetails details, Catalogue catalogue, String font) {
    XWPFTable table = borderless(doc);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);

    XWPFParagraph first = left.getParagraphs().get(0);
    if (details.superiorBody().isPresent()) {
      run(font, centred(first), DocumentWords.upper(details.superiorBody().get()), BODY_SIZE);
      first = centred(left.addParagraph());
    }
    run(font, centred(first), DocumentWords.upper(details.issuingBody()), BODY_SIZE).setBold(true);
    run(font, centred(left.addParagraph()), DocumentWords.STAR, BODY_SIZE);
    run(font, centred(left.addParagraph()), details.numberAndSymbol(catalogue), BODY_SIZE);

    XWPFRun party =
        run(
            font,
            centred(right.getParagraphs().get(0)),
            DocumentWords.party(catalogue),
            PARTY_SIZE);
    party.setBold(true);
    // The solid line under the heading, exactly as long as the words (36-HD/VPTW, II.1.1).
    party.setUnderline(UnderlinePatterns.SINGLE);
    XWPFParagraph date = centred(right.addParagraph());
    date.setSpacingBefore(240);
    run(font, date, details.placeAndDate(catalogue), BODY_SIZE).setItalic(true);
  }

  private static void title(XWPFDocument doc, String subject, Catalogue catalogue, String font) {
    XWPFParagraph type = centred(doc.createParagraph());
    type.setSpacingBefore(360);
    run(font, type, DocumentWords.report(catalogue), TYPE_SIZE).setBold(true);
    run(font, centred(doc.createParagraph()), subject, BODY_SIZE).setBold(true);
    XWPFParagraph rule = centred(doc.createParagraph());
    rule.setSpacingAfter(240);
    run(font, rule, DocumentWords.SUBJECT_RULE, BODY_SIZE);
  }

  private static void signature(
      XWPFDocument doc, DocumentDetails details, Catalogue catalogue, String font) {
    doc.createParagraph();
    XWPFTable table = borderless(doc);
    // The signature and the recipients stay together on one page.
    table.getRow(0).setCantSplitRow(true);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);

    XWPFParagraph heading = left.getParagraphs().get(0);
    heading.setSpacingAfter(0);
    run(font, heading, DocumentWords.recipients(catalogue), BODY_SIZE)
        .setUnderline(UnderlinePatterns.SINGLE);
    List<String> recipients = details.recipients();
    for (String recipient : recipients) {
      XWPFParagraph p = left.addParagraph();
      p.setSpacingAfter(0);
      run(font, p, DocumentWords.recipientLine(recipient, false), RECIPIENT_SIZE);
    }
    XWPFParagraph filing = left.addParagraph();
    filing.setSpacingAfter(0);
    run(
        font,
        filing,
        DocumentWords.recipientLine(DocumentWords.filingLine(catalogue), true),
        RECIPIENT_SIZE);

    run(
            font,
            centred(right.getParagraphs().get(0)),
            DocumentWords.upper(details.authority()),
            BODY_SIZE)
        .setBold(true);
    run(font, centred(right.addParagraph()), DocumentWords.upper(details.signerPost()), BODY_SIZE)
        .setBold(true);
    for (int i = 0; i < 4; i++) {
      centred(right.addParagraph());
    }
    run(font, centred(right.addParagraph()), details.signer(), BODY_SIZE).setBold(true);
  }

  private static XWPFTable borderless(XWPFDocument doc) {
    XWPFTable table = doc.createTable(1, 2);
    table.setWidthType(TableWidthType.DXA);
    table.setWidth(String.valueOf(TEXT_WIDTH));
    table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    int[] widths = {LEFT_COLUMN, TEXT_WIDTH - LEFT_COLUMN};
    CTTblGrid grid =
        table.getCTTbl().getTblGrid() != null
            ? table.getCTTbl().getTblGrid()
            : table.getCTTbl().addNewTblGrid();
    for (int i = 0; i < widths.length; i++) {
      CTTblGridCol column =
          i < grid.sizeOfGridColArray() ? grid.getGridColArray(i) : grid.addNewGridCol();
      column.setW(BigInteger.valueOf(widths[i]));
      XWPFTableCell cell = table.getRow(0).getCell(i);
      cell.setWidthType(TableWidthType.DXA);
      cell.setWidth(String.valueOf(widths[i]));
      cell.getParagraphs().get(0).setSpacingAfter(0);
    }
    return table;
  }

  private static XWPFParagraph centred(XWPFParagraph p) {
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(0);
    return p;
  }

  private static XWPFRun run(String font, XWPFParagraph p, String text, int size) {
    XWPFRun run = p.createRun();
    run.setFontFamily(font);
    run.setFontSize(size);
    run.setText(text);
    return run;
  }
}
