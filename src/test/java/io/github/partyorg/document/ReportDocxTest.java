package io.github.partyorg.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.structure.Catalogue;
import io.github.partyorg.structure.Language;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;

/**
 * The .docx opened with the library that wrote it (Apache POI): the parts of a Party document that
 * Hướng dẫn 36-HD/VPTW makes mandatory (REFERENCE section 12), in their places, sizes and styles.
 */
class ReportDocxTest {
  private static final Year YEAR = Year.of(2022);
  private static YearEndReport report;
  private static XWPFDocument doc;

  @BeforeAll
  static void write() throws IOException {
    report = BenTreSample.get().report(YEAR);
    byte[] bytes = ReportDocx.toBytes(report, DocumentFixtures.benTre(YEAR).build());
    Files.write(DocumentFixtures.outputDirectory().resolve("report-2022.docx"), bytes);
    doc = new XWPFDocument(new ByteArrayInputStream(bytes));
  }

  static List<YearEndReport.Section> sections() {
    return BenTreSample.get().report(YEAR).sections(Language.VI);
  }

  private static List<String> lines(XWPFTableCell cell) {
    return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
  }

  private static XWPFRun firstRun(XWPFParagraph p) {
    return p.getRuns().get(0);
  }

  @Test
  void headerBlockHasTheIssuingBodyUnderItsSuperiorTheStarAndTheNumber() {
    XWPFTable header = (XWPFTable) doc.getBodyElements().get(0);
    XWPFTableCell left = header.getRow(0).getCell(0);
    assertThat(lines(left))
        .containsExactly(
            "ĐẢNG BỘ TỈNH BẾN TRE", "ĐẢNG ỦY KHỐI CƠ QUAN - DOANH NGHIỆP", "*", "Số 12-BC/ĐUK");
    List<XWPFParagraph> p = left.getParagraphs();
    assertThat(firstRun(p.get(0)).isBold()).isFalse();
    assertThat(firstRun(p.get(1)).isBold()).isTrue();
    assertThat(p)
        .allSatisfy(x -> assertThat(x.getAlignment()).isEqualTo(ParagraphAlignment.CENTER));
    assertThat(p).allSatisfy(x -> assertThat(firstRun(x).getFontSizeAsDouble()).isEqualTo(14.0));
  }

  @Test
  void headerBlockHasThePartysNameUnderlinedAndThePlaceAndDateInItalics() {
    XWPFTable header = (XWPFTable) doc.getBodyElements().get(0);
    XWPFTableCell right = header.getRow(0).getCell(1);
    assertThat(lines(right))
        .containsExactly("ĐẢNG CỘNG SẢN VIỆT NAM", "Bến Tre, ngày 15 tháng 12 năm 2022");
    XWPFRun party = firstRun(right.getParagraphs().get(0));
    assertThat(party.isBold()).isTrue();
    assertThat(party.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
    assertThat(party.getFontSizeAsDouble()).isEqualTo(15.0);
    XWPFRun date = firstRun(right.getParagraphs().get(1));
    assertThat(date.isItalic()).isTrue();
    assertThat(date.isBold()).isFalse();
  }

  @Test
  void headerBlockHasNoBorders() {
    XWPFTable header = (XWPFTable) doc.getBodyElements().get(0);
    assertThat(header.getTopBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
    assertThat(header.getInsideVBorderType()).isEqualTo(XWPFTable.XWPFBorderType.NONE);
  }

  @Test
  void titleIsTheDocumentTypeWithTheSubjectUnderIt() {
    List<XWPFParagraph> paragraphs = doc.getParagraphs();
    int type = indexOf(paragraphs, "BÁO CÁO");
    assertThat(type).isNotNegative();
    XWPFParagraph title = paragraphs.get(type);
    assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
    assertThat(firstRun(title).isBold()).isTrue();
    assertThat(firstRun(title).getFontSizeAsDouble()).isEqualTo(16.0);
    XWPFParagraph subject = paragraphs.get(type + 1);
    assertThat(subject.getText())
        .isEqualTo("tổng kết công tác năm 2022, phương hướng, nhiệm vụ năm 2023");
    assertThat(firstRun(subject).isBold()).isTrue();
  }

  @Test
  void aSubjectGivenReplacesTheDefault() throws IOException {
    byte[] bytes =
        ReportDocx.toBytes(
            report, DocumentFixtures.benTre(YEAR).subject("kết quả lãnh đạo năm 2022").build());
    try (XWPFDocument other = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<String> texts = other.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertThat(texts).contains("kết quả lãnh đạo năm 2022");
      assertThat(texts)
          .doesNotContain("tổng kết công tác năm 2022, phương hướng, nhiệm vụ năm 2023");
    }
  }

  @ParameterizedTest(name = "section {index}: {0}")
  @MethodSource("sections")
  void everySectionHeadingIsABoldParagraphFollowedByItsSentences(YearEndReport.Section section) {
    List<XWPFParagraph> paragraphs = doc.getParagraphs();
    int n = sections().indexOf(section) + 1;
    int heading = indexOf(paragraphs, n + ". " + section.heading());
    assertThat(heading).as("heading %s", section.heading()).isNotNegative();
    assertThat(firstRun(paragraphs.get(heading)).isBold()).isTrue();
    List<String> following = new ArrayList<>();
    for (int i = 0; i < section.lines().size(); i++) {
      XWPFParagraph line = paragraphs.get(heading + 1 + i);
      following.add(line.getText());
      assertThat(line.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
      assertThat(firstRun(line).getFontSizeAsDouble()).isEqualTo(14.0);
    }
    assertThat(following).containsExactlyElementsOf(section.lines());
  }

  @Test
  void theSampleReportHasSections() {
    assertThat(sections()).hasSizeGreaterThan(3);
  }

  @Test
  void signatureBlockHasTheAuthorityThePostAndTheNameOnTheRight() {
    XWPFTable signature = lastTable();
    XWPFTableCell right = signature.getRow(0).getCell(1);
    List<String> lines = lines(right).stream().filter(s -> !s.isEmpty()).toList();
    assertThat(lines).containsExactly("T/M BAN THƯỜNG VỤ", "BÍ THƯ", DocumentFixtures.SIGNER);
    assertThat(right.getParagraphs())
        .filteredOn(p -> !p.getText().isEmpty())
        .allSatisfy(p -> assertThat(firstRun(p).isBold()).isTrue());
  }

  @Test
  void recipientsEndWithTheFilingLine() {
    XWPFTableCell left = lastTable().getRow(0).getCell(0);
    assertThat(lines(left))
        .containsExactly(
            "Nơi nhận:",
            "- Ban Thường vụ Tỉnh ủy (b/c),",
            "- Ban Tổ chức Tỉnh ủy,",
            "- Các đảng ủy, chi bộ cơ sở trực thuộc,",
            "- Lưu Văn phòng.");
    assertThat(firstRun(left.getParagraphs().get(0)).getUnderline())
        .isEqualTo(UnderlinePatterns.SINGLE);
    assertThat(firstRun(left.getParagraphs().get(1)).getFontSizeAsDouble()).isEqualTo(12.0);
  }

  @Test
  void aCallersCatalogue_givesTheDocumentItsWords() throws IOException {
    Catalogue own =
        Catalogue.standard()
            .withOverrides(
                Language.VI,
                Map.of(
                    "document.filingLine", "Lưu VP Đảng ủy",
                    "report.heading.party", "Công tác xây dựng tổ chức đảng và đảng viên",
                    "document.font", "Liberation Serif"));
    byte[] bytes = ReportDocx.toBytes(report, DocumentFixtures.benTre(YEAR).build(), own);
    try (XWPFDocument other = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<XWPFTable> tables = other.getTables();
      XWPFTableCell left = tables.get(tables.size() - 1).getRow(0).getCell(0);
      assertThat(lines(left)).last().isEqualTo("- Lưu VP Đảng ủy.");
      List<String> texts = other.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertThat(texts).anyMatch(s -> s.endsWith(". Công tác xây dựng tổ chức đảng và đảng viên"));
      assertThat(other.getParagraphs().stream().flatMap(p -> p.getRuns().stream()))
          .allSatisfy(r -> assertThat(r.getFontFamily()).isEqualTo("Liberation Serif"));
    }
    // The standard words are untouched.
    assertThat(lines(lastTable().getRow(0).getCell(0))).last().isEqualTo("- Lưu Văn phòng.");
    assertThat(ReportDocx.FONT).isEqualTo("Times New Roman");
  }

  @Test
  void pageIsA4WithTheMarginsOfTheGuidance() {
    var section = doc.getDocument().getBody().getSectPr();
    CTPageSz size = section.getPgSz();
    // Twips: 210 mm = 11906, 297 mm = 16838.
    assertThat(size.getW()).isEqualTo(BigInteger.valueOf(11906));
    assertThat(size.getH()).isEqualTo(BigInteger.valueOf(16838));
    CTPageMar margins = section.getPgMar();
    assertThat(margins.getTop()).isEqualTo(BigInteger.valueOf(1417)); // 25 mm
    assertThat(margins.getBottom()).isEqualTo(BigInteger.valueOf(1417)); // 25 mm
    assertThat(margins.getLeft()).isEqualTo(BigInteger.valueOf(1984)); // 35 mm
    assertThat(margins.getRight()).isEqualTo(BigInteger.valueOf(850)); // 15 mm
  }

  @Test
  void everyRunIsInTimesNewRoman() {
    List<XWPFRun> runs = new ArrayList<>();
    for (IBodyElement element : doc.getBodyElements()) {
      if (element instanceof XWPFParagraph p) {
        runs.addAll(p.getRuns());
      } else if (element instanceof XWPFTable t) {
        t.getRows()
            .forEach(
                r ->
                    r.getTableCells()
                        .forEach(c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns()))));
      }
    }
    assertThat(runs).hasSizeGreaterThan(20);
    assertThat(runs).allSatisfy(r -> assertThat(r.getFontFamily()).isEqualTo("Times New Roman"));
  }

  @Test
  void aDocumentDatedBeforeTheEndOfTheYearReportedIsRefused() {
    DocumentDetails early = DocumentFixtures.benTre(YEAR).date(LocalDate.of(2021, 12, 31)).build();
    assertThatThrownBy(() -> ReportDocx.toBytes(report, early))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The document Số 12-BC/ĐUK is dated 2021-12-31, before the end of 2022, the year it"
                + " reports on.");
    DocumentDetails firstDay = DocumentFixtures.benTre(YEAR).date(LocalDate.of(2022, 1, 1)).build();
    assertThat(ReportDocx.toBytes(report, firstDay)).isNotEmpty();
  }

  @Test
  void withoutPoiTheErrorNamesTheArtifact() {
    assertThat(ReportDocx.isAvailable()).isTrue();
    assertThat(ReportDocx.isAvailable("org.example.NoSuchWriter")).isFalse();
    assertThatThrownBy(() -> ReportDocx.requireAvailable("org.example.NoSuchWriter"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("org.apache.poi:poi-ooxml");
  }

  private static XWPFTable lastTable() {
    List<XWPFTable> tables = doc.getTables();
    assertThat(tables).hasSize(2);
    return tables.get(1);
  }

  private static int indexOf(List<XWPFParagraph> paragraphs, String text) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).getText().equals(text)) {
        return i;
      }
    }
    return -1;
  }
}
