package io.github.partyorg.cli;

import io.github.partyorg.document.DocumentDetails;
import io.github.partyorg.document.InvalidDocumentDetailsException;
import io.github.partyorg.document.ReportDocx;
import io.github.partyorg.document.ReportPage;
import io.github.partyorg.rating.Regime;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.structure.Message;
import io.github.partyorg.structure.Root;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * {@code report --format docx|html --out FILE}: the year-end report as a Word file in the Party's
 * document format, or the report and the rating as one HTML page with charts (package {@code
 * document}).
 */
final class YearDocuments {
  private static final String LOG4J_FACTORY = "log4j2.loggerContextFactory";

  private YearDocuments() {}

  static int write(String format, List<String> files, Options options, PrintStream err) {
    String out = options.out;
    if (out == null) {
      throw new UsageException("--format " + format + " needs --out FILE");
    }
    boolean docx = format.equals("docx");
    if (!docx && options.details != null) {
      throw new UsageException("--details applies to --format docx only");
    }
    if (docx && !files.isEmpty() && options.details == null) {
      throw new UsageException(
          "--format docx of files needs --details FILE (number, place, date, bodies, signer,"
              + " recipients)");
    }
    Regime regime = options.regime();
    YearEndReport report;
    Root root;
    RootRating rating;
    @Nullable YearInputs inputs = null;
    if (files.isEmpty()) {
      Year year = ReportCommand.sampleYear(options.year);
      BenTreSample sample = BenTreSample.get();
      if (regime == null && options.policies == null) {
        report = sample.report(year);
        root = sample.root(year);
        rating = sample.rating(year);
      } else {
        inputs = YearInputs.sample(year, options);
        report = inputs.report(regime);
        root = inputs.root;
        rating = inputs.rating(regime);
      }
    } else {
      inputs = ReportCommand.inputs(files, options, err);
      report = inputs.report(regime);
      root = inputs.root;
      rating = inputs.rating(regime);
    }
    byte[] bytes;
    if (docx) {
      String detailsFile = options.details;
      DocumentDetails details =
          detailsFile != null
              ? details(detailsFile)
              : BenTreSample.get().documentDetails(report.year());
      // Apache POI logs through the Log4j API; without a Log4j provider the API prints an error
      // on the first use. The command line has no logging to configure: use Log4j's simple logger.
      if (System.getProperty(LOG4J_FACTORY) == null) {
        System.setProperty(
            LOG4J_FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
      }
      try {
        bytes = ReportDocx.toBytes(report, details);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            (detailsFile != null ? detailsFile : "the bundled sample") + ": " + e.getMessage());
      }
    } else {
      ReportPage page = ReportPage.of(report, root, rating);
      if (inputs != null && inputs.hasFourGood()) {
        page = page.withFourGood(inputs.fourGood());
      }
      bytes = page.html(options.language).getBytes(StandardCharsets.UTF_8);
    }
    try {
      Files.write(Path.of(out), bytes);
    } catch (IOException | InvalidPathException e) {
      throw new IllegalStateException(out + ": cannot be written: " + e.getMessage(), e);
    }
    err.println(Main.english(Message.of("cli.progress.wrote", out.toString())));
    return Main.EXIT_OK;
  }

  private static DocumentDetails details(String file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new InvalidInputException(file + ": cannot be read: " + e.getMessage());
    }
    try {
      return DocumentDetails.fromProperties(properties);
    } catch (InvalidDocumentDetailsException e) {
      throw new InvalidInputException(file + ": " + e.getMessage());
    }
  }
}
