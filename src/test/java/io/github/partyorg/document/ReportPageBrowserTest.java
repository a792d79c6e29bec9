package io.github.partyorg.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.structure.Language;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page in a real browser: headless Chromium (Debian's package {@code chromium}, which .ci/run
 * installs) prints it to PDF and takes a screenshot; the PDF's pages, size and text (read with
 * {@code pdftotext} of poppler-utils) and the PNG's pixels are checked. Without Chromium or
 * pdftotext the tests are skipped with the reason, never passed.
 */
class ReportPageBrowserTest {
  private static final Year YEAR = Year.of(2022);

  @TempDir static Path dir;

  private static Path html;
  private static YearEndReport report;

  @BeforeAll
  static void writePage() throws IOException {
    BenTreSample sample = BenTreSample.get();
    report = sample.report(YEAR);
    html = dir.resolve("report-2022.html");
    Files.writeString(
        html,
        ReportPage.of(report, sample.root(YEAR), sample.rating(YEAR)).html(),
        StandardCharsets.UTF_8);
  }

  static Optional<Path> onPath(String... names) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : names) {
      for (String d : path.split(File.pathSeparator)) {
        Path candidate = Path.of(d, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private static Path chromium() {
    Optional<Path> chromium = onPath("chromium", "chromium-browser");
    assumeTrue(
        chromium.isPresent(),
        "Chromium is not installed: the page is not checked in a browser."
            + " Install Debian's package (apt-get install chromium), as .ci/run does.");
    return chromium.orElseThrow();
  }

  private static void run(Path chromium, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(chromium.toString());
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
    command.addAll(List.of(args));
    command.add(html.toUri().toString());
    Path log = Files.createTempFile(dir, "chromium", ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Chromium did not finish in 180 s: " + Files.readString(log));
    }
    assertThat(process.exitValue())
        .as("Chromium's exit code; its output: %s", Files.readString(log))
        .isZero();
  }

  @Test
  void chromiumPrintsThePageOnA4WithTheReportAndTheCharts() throws Exception {
    Path chromium = chromium();
    Optional<Path> pdftotext = onPath("pdftotext");
    Path pdf = dir.resolve("report-2022.pdf");
    run(chromium, "--no-pdf-header-footer", "--print-to-pdf=" + pdf);
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    String raw = new String(bytes, StandardCharsets.ISO_8859_1);
    int pages = count(Pattern.compile("/Type\\s*/Page[^s]"), raw);
    // The report's text, four charts with their tables and a hundred base organisations' rows.
    assertThat(pages).isBetween(4, 14);
    Matcher box =
        Pattern.compile("/MediaBox\\s*\\[\\s*0 0 ([0-9.]+) ([0-9.]+)\\s*\\]").matcher(raw);
    assertThat(box.find()).isTrue();
    // A4 in points: 595.28 x 841.89 (Chromium rounds to 594.96 x 841.92).
    assertThat(Double.parseDouble(box.group(1))).isBetween(594.0, 596.0);
    assertThat(Double.parseDouble(box.group(2))).isBetween(841.0, 843.0);
    Files.copy(
        pdf,
        DocumentFixtures.outputDirectory().resolve("report-2022.pdf"),
        StandardCopyOption.REPLACE_EXISTING);

    assumeTrue(
        pdftotext.isPresent(),
        "pdftotext (poppler-utils) is not installed: the PDF's text is not checked."
            + " Install it (apt-get install poppler-utils), as .ci/run does.");
    Path text = dir.resolve("report-2022.txt");
    Process process =
        new ProcessBuilder(
                pdftotext.get().toString(), "-enc", "UTF-8", pdf.toString(), text.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    String content = Files.readString(text, StandardCharsets.UTF_8);
    // pdftotext ends every page with a form feed.
    assertThat(count(Pattern.compile("\f"), content)).isEqualTo(pages);
    String flat = content.replaceAll("\\s+", " ");
    assertThat(flat).contains("Báo cáo tổng kết năm 2022");
    for (YearEndReport.Section section : report.sections(Language.VI)) {
      assertThat(flat).contains(section.heading());
    }
    assertThat(flat)
        .contains("Xếp loại chất lượng tổ chức cơ sở đảng")
        .contains("Xếp loại chất lượng đảng viên")
        .contains("Kết quả thực hiện chỉ tiêu nghị quyết")
        .contains("Tỷ lệ đủ điều kiện đề nghị công nhận “4 tốt”")
        .contains("Hoàn thành xuất sắc nhiệm vụ")
        .contains("Kết nạp 165/160 đảng viên mới, đạt 103,13% chỉ tiêu năm 2022.");
  }

  @Test
  void chromiumDrawsTheChartsOnScreen() throws Exception {
    Path chromium = chromium();
    Path png = dir.resolve("report-2022.png");
    run(chromium, "--screenshot=" + png, "--window-size=900,3000");
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(900);
    long white = 0;
    long barGreen = 0;
    long darkGreen = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        if (rgb == 0xFFFFFF) {
          white++;
        } else if (rgb == 0x43A047) {
          barGreen++;
        } else if (rgb == 0x1B5E20) {
          darkGreen++;
        }
      }
    }
    long all = (long) image.getWidth() * image.getHeight();
    // Not blank: text covers part of the page, and the bars of the charts are drawn in their
    // colours (76 base organisations at HTTNV: a long bar of #43a047; 11 at HTXSNV: #1b5e20).
    assertThat(all - white).as("pixels not white").isGreaterThan(all / 50);
    assertThat(barGreen).as("pixels of the HTTNV bars").isGreaterThan(2_000);
    assertThat(darkGreen).as("pixels of the HTXSNV bars").isGreaterThan(200);
    Files.copy(
        png,
        DocumentFixtures.outputDirectory().resolve("report-2022.png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  private static int count(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
