package io.github.partyorg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --format docx|html --out FILE [--details FILE]}. */
class ReportDocumentsCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir Path dir;

  private int run(Object... args) {
    String[] strings = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      strings[i] = args[i].toString();
    }
    return Main.run(
        strings,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private Path details(String... lines) throws IOException {
    return Files.writeString(
        dir.resolve("details.properties"), String.join("\n", lines), StandardCharsets.UTF_8);
  }

  private static final String[] DETAILS = {
    "number=7",
    "symbol=BC/ĐUK",
    "place=Bến Tre",
    "date=2023-01-05",
    "superiorBody=Đảng bộ tỉnh Bến Tre",
    "issuingBody=Đảng ủy Khối Cơ quan - Doanh nghiệp",
    "authority=T/M Ban Thường vụ",
    "signerPost=Bí thư",
    "signer=Trần Văn Ký",
    "recipient.2=Các đảng ủy cơ sở",
    "recipient.1=Ban Thường vụ Tỉnh ủy (b/c)"
  };

  @Test
  void theSamplesReportAsADocxCarriesTheSamplesDetails() throws IOException {
    Path docx = dir.resolve("report.docx");
    assertThat(run("report", "--format", "docx", "--out", docx)).isZero();
    assertThat(out.size()).isZero();
    assertThat(err()).contains("wrote " + docx);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(docx)))) {
      String left = doc.getTables().get(0).getRow(0).getCell(0).getText();
      assertThat(left).contains("Số 12-BC/ĐUK");
      assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
          .contains("BÁO CÁO", "tổng kết công tác năm 2022, phương hướng, nhiệm vụ năm 2023");
    }
  }

  @Test
  void filesWithADetailsFileGiveADocxWithThoseDetails() throws IOException {
    SampleFiles files = SampleFiles.write(dir, Year.of(2022));
    Path docx = dir.resolve("report.docx");
    int status =
        run(
            "report",
            files.root(),
            files.facts(),
            files.data(),
            "--format",
            "docx",
            "--details",
            details(DETAILS),
            "--out",
            docx);
    assertThat(status).as(err()).isZero();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(docx)))) {
      assertThat(doc.getTables().get(0).getRow(0).getCell(0).getText()).contains("Số 7-BC/ĐUK");
      assertThat(doc.getTables().get(0).getRow(0).getCell(1).getText())
          .contains("Bến Tre, ngày 05 tháng 01 năm 2023");
      assertThat(doc.getTables().get(1).getRow(0).getCell(0).getText())
          .isEqualTo("Nơi nhận:- Ban Thường vụ Tỉnh ủy (b/c),- Các đảng ủy cơ sở,- Lưu Văn phòng.");
    }
  }

  @Test
  void anIncompleteDetailsFileIsInvalidInputNamingEveryPart() throws IOException {
    SampleFiles files = SampleFiles.write(dir, Year.of(2022));
    int status =
        run(
            "report",
            files.root(),
            files.facts(),
            files.data(),
            "--format",
            "docx",
            "--details",
            details("number=x", "place=Bến Tre", "colour=red"),
            "--out",
            dir.resolve("r.docx"));
    assertThat(status).isEqualTo(Main.EXIT_INVALID_INPUT);
    assertThat(err())
        .contains("details.properties")
        .contains("colour: unknown key")
        .contains("number: not a whole number")
        .contains("signer: missing")
        .contains("recipients: missing");
    assertThat(dir.resolve("r.docx")).doesNotExist();
  }

  @Test
  void filesWithoutADetailsFileAreAUsageError() throws IOException {
    SampleFiles files = SampleFiles.write(dir, Year.of(2022));
    int status =
        run(
            "report",
            files.root(),
            files.facts(),
            files.data(),
            "--format",
            "docx",
            "--out",
            dir.resolve("r.docx"));
    assertThat(status).isEqualTo(Main.EXIT_USAGE);
    assertThat(err()).contains("--format docx of files needs --details FILE");
  }

  @Test
  void theSamplesPageIsWrittenInTheLanguageAsked() throws IOException {
    Path html = dir.resolve("report.html");
    assertThat(run("report", "--year", "2023", "--format", "html", "--lang", "en", "--out", html))
        .isZero();
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    assertThat(page).contains("Year-end report 2023").contains("<svg");
  }

  @Test
  void aBundleWithFourGoodPartsDrawsTheFourGoodShare() throws IOException {
    Path bundle = SampleFiles.writeBundle(dir, "bundle.json", Year.of(2022), null);
    Path html = dir.resolve("report.html");
    assertThat(run("report", bundle, "--format", "html", "--out", html)).as(err()).isZero();
    assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("id=\"chart-four-good\"");
  }

  @Test
  void docxAndHtmlNeedOut() {
    assertThat(run("report", "--format", "docx")).isEqualTo(Main.EXIT_USAGE);
    assertThat(err()).contains("--format docx needs --out FILE");
  }

  @Test
  void outAndDetailsApplyOnlyWhereTheyAreUsed() throws IOException {
    assertThat(run("report", "--out", dir.resolve("x.txt"))).isEqualTo(Main.EXIT_USAGE);
    assertThat(err()).contains("--out applies to --format docx and html");
    assertThat(run("report", "--format", "html", "--details", details(DETAILS), "--out", "x.html"))
        .isEqualTo(Main.EXIT_USAGE);
    assertThat(run("rate", "--out", dir.resolve("x.txt"))).isEqualTo(Main.EXIT_USAGE);
    assertThat(err()).contains("--out does not apply to the rate command");
    assertThat(run("report", "--format", "docx", "--out")).isEqualTo(Main.EXIT_USAGE);
    assertThat(err()).contains("--out needs a file");
  }
}
