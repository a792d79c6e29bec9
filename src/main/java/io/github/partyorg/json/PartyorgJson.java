package io.github.partyorg.json;

import io.github.partyorg.charter.Finding;
import io.github.partyorg.fourgood.CriteriaProfile;
import io.github.partyorg.fourgood.FourGoodResult;
import io.github.partyorg.fourgood.FourGoodYear;
import io.github.partyorg.history.RootHistory;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.report.YearReportData;
import io.github.partyorg.structure.Root;
import io.github.partyorg.targets.ResolutionEvaluation;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads and writes the documents of the JSON interchange format (đọc, ghi tài liệu JSON).
 *
 * <p>Each document is one object that starts with {@code "format"} (see {@link DocumentKind}) and
 * {@code "version": 1}; {@code docs/JSON.md} and the JSON Schemas under {@code
 * io/github/partyorg/json/schema/} describe every field. Writing then reading gives back an equal
 * value: {@code readRoot(writeRoot(x)).equals(x)}, and the same for every kind, results included
 * ({@link RootRating}, {@link FourGoodResult}, {@link ResolutionEvaluation}, the list of charter
 * {@link Finding}s and {@link YearEndReport}).
 *
 * <p>Readers are strict by default: see {@link ReadOptions}. Every problem in the input, including
 * content the model refuses and a reader that fails, is a {@link JsonFormatException} naming the
 * JSON path, the line and the column; no other exception escapes a reader for bad input. Readers
 * and writers neither close the given {@link Reader} or {@link Writer}; the writers flush it.
 *
 * <p>Immutable and thread-safe: one instance can read many documents concurrently.
 *
 * <p>It needs the optional dependency {@code tools.jackson.core:jackson-core} 3.x; without it
 * {@link #standard()} and {@link #withOptions(ReadOptions)} throw an {@link IllegalStateException}
 * that names it.
 */
public final class PartyorgJson {
  /** The Jackson class this package needs first; looked up by name so that its absence is told. */
  private static final String JACKSON_CLASS = "tools.jackson.core.json.JsonFactory";

  /** Whether jackson-core 3 is visible to this library, checked once. */
  private static final boolean JACKSON_PRESENT = jacksonPresent();

  /** Holds the standard instance, so that it is made only once jackson-core is known present. */
  private static final class Standard {
    static final PartyorgJson INSTANCE = new PartyorgJson(ReadOptions.defaults());

    private Standard() {}
  }

  private final ReadOptions options;
  private final JsonFactory factory;

  private PartyorgJson(ReadOptions options) {
    this.options = options;
    this.factory = Input.factory(options);
  }

  private static boolean jacksonPresent() {
    try {
      Class.forName(JACKSON_CLASS, false, PartyorgJson.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * Fails with a plain message, rather than a {@link NoClassDefFoundError} from deep inside, when
   * the optional dependency is missing.
   */
  static void requireJackson() {
    if (!JACKSON_PRESENT) {
      throw new IllegalStateException(
          "Reading and writing JSON needs the optional dependency tools.jackson.core:jackson-core"
              + " 3.x, which is not present: add it to the class path, or, in a modular"
              + " application, to the module path with 'requires tools.jackson.core;' in your"
              + " module-info.java (the library requires it only statically).");
    }
  }

  /**
   * The reader and writer with the default, strict options.
   *
   * @return the standard instance
   * @throws IllegalStateException if {@code tools.jackson.core:jackson-core} 3.x is not present
   */
  public static PartyorgJson standard() {
    requireJackson();
    return Standard.INSTANCE;
  }

  /**
   * A reader and writer with the given options.
   *
   * @param options how documents are read
   * @return the instance
   * @throws NullPointerException if {@code options} is null
   * @throws IllegalStateException if {@code tools.jackson.core:jackson-core} 3.x is not present
   */
  public static PartyorgJson withOptions(ReadOptions options) {
    Objects.requireNonNull(options, "options");
    requireJackson();
    return new PartyorgJson(options);
  }

  /**
   * The options documents are read with.
   *
   * @return the options
   */
  public ReadOptions options() {
    return options;
  }

  /**
   * Reads a {@code partyorg.root} document.
   *
   * @param reader the document; not closed
   * @return the root
   * @throws JsonFormatException if the document is not a valid root document, the model refuses its
   *     content, or the reader fails
   * @throws NullPointerException if {@code reader} is null
   */
  public Root readRoot(Reader reader) {
    return read(reader, RootFormat::read);
  }

  /**
   * Writes a root as a {@code partyorg.root} document.
   *
   * @param root the root
   * @param writer where to write; flushed, not closed
   * @throws UncheckedIOException if the writer fails
   * @throws NullPointerException if an argument is null
   */
  public void writeRoot(Root root, Writer writer) {
    Objects.requireNonNull(root, "root");
    Output.document(
        Objects.requireNonNull(writer, "writer"),
        DocumentKind.ROOT,
        o -> RootFormat.write(root, o));
  }

  /**
   * Reads a {@code partyorg.yearFacts} document.
   *
   * @param reader the document; not closed
   * @return the year's facts
   * @throws JsonFormatException if the document is not a valid year-facts document, the model
   *     refuses its content, or the reader fails
   * @throws NullPointerException if {@code reader} is null
   */
  public YearFacts readYearFacts(Reader reader) {
    return read(reader, YearFactsFormat::read);
  }

  /**
   * Writes a year's facts as a {@code partyorg.yearFacts} document.
   *
   * @param facts the facts
   * @param writer where to write; flushed, not closed
   * @throws UncheckedIOException if the writer fails
   * @throws NullPointerException if an argument is null
   */
  public void writeYearFacts(YearFacts facts, Writer writer) {
    Objects.requireNonNull(facts, "facts");
    Output.document(
        Objects.requireNonNull(writer, "writer"),
        DocumentKind.YEAR_FACTS,
        o -> YearFactsFormat.write(facts, o));
  }

  /**
   * Reads a {@code partyorg.yearReport} document.
   *
   * @param reader the document; not closed
   * @return the year's report data
   * @throws JsonFormatException if the document is not a valid year-report document, the model
   *     refuses its content, or the reader fails
   * @throws NullPointerException if {@code reader} is null
   */
  public YearReportData readYearReport(Reader reader) {
    return read(reader, YearReportFormat::read);
  }

  /**
   * Writes a year's report data as a {@code partyorg.yearReport} document.
   *
   * @param data the data
   * @param writer where to write; flushed, not closed
   * @throws UncheckedIOException if the writer fails
   * @throws NullPointerException if an argument is null
   */
  public void writeYearReport(YearReportData data, Writer writer) {
    Objects.requireNonNull(data, "data");
    Output.document(
        Objects.requireNonNull(writer, "writer"),
        DocumentKind.YEAR_REPORT,
        o -> YearReportFormat.write(data, o));
  }

  /**
   * Writes a rating result as a {@code partyorg.rootRating} document, with every explanation;
   * {@link #readRootRating} reads it back equal.
   *
   * @param rating the rating
   * @param writer where to write; flushed, not closed
   * @throws UncheckedIOException if the writer fails
   * @throws NullPointerException if an argument is null
   */
  public void writeRootRating(RootRating rating, Writer writer) {
    Objects.requireNonNull(rating, "rating");
    Output.document(
        Objects.requireNonNull(writer, "writer"),
        DocumentKind.ROOT_RATING,
        o -> RootRatingFormat.write(rating, o));
  }

  /**
   * Reads a {@code partyorg.policies} document; every absent field takes its documented default.
   *
   * @param reader the document; not closed
   * @return the policies
   * @throws JsonFormatException if the document is not a valid policies document, the model refuses
   *     its content, or the reader fails
   * @throws NullPointerException if {@code reader} is null
   */
  public Policies readPolicies(Reader reader) {
    return read(reader, PoliciesFormat::read);
  }

  /**
   * Writes policies as a {@code partyorg.policies} document, with every field.
   *
   * @param policies the policies
   * @param writer where to write; flushed, not closed
   * @throws UncheckedIOException if the writer fails
   * @throws NullPointerException if an argument is null
   */
  public void writePolicies(Policies policies, Writer writer) {
    Objects.requireNonNull(policies, "policies");
    Output.document(
        Objects.requireNonNull(writer, "writer"),
        DocumentKind.POLICIES,
        o -> PoliciesFormat.write(policies, o));
  }

  /**
   * Writes the evaluation of a resolution as a {@code partyorg.targetsResult} document; {@link
   * #readTargetsResult} reads it back equal.
   *
   * @param evaluation the evaluation
   * @param writer where to write; flushed, not closed
   * @throws UncheckedIOException if the writer fails
   * @throws NullPointerException if an argument is null
   */
  public void writeTargetsResult(ResolutionEvaluation evaluation, Writer writer) {
    Objects.requireNonNull(evaluation, "evaluation");
    Output.document(
        Objects.requireNonNull(writer, "writer"),
        DocumentKind.TARGETS_RESULT,
        o -> ResultFormats.targets(evaluation, o));
  }

  /**
   * Writes charter findings as a {@code partyorg.charterFindings} document; {@link
   * #readCharterFindings} reads them back equal.
   *
   * @param findings the findings, in the order given
   * @param writer where to write; flushed, not closed
   * @throws UncheckedIOException if the writer fails
   * @throws NullPointerException if an argument is null
   */
  public void writeCharterFindings(List<Finding> findings, Writer writer) {
    List<Finding> copy = List.copyOf(findings);
    Output.document(
        Objects.requireNonNull(writer, "writer"),
        DocumentKind.CHARTER_FINDINGS,
        o -> ResultFormats.charterFindings(copy, o));
  }

  /**
   * Writes a year-end report as a {@code partyorg.yearEndReport} document: its sections in each
   * language, the values they are rendered from and the evaluation of the year's resolution; {@link
   * #readYearEndReport} reads it back equal.
   *
   * @param report the report
   * @param writer where to write; flushed, not closed
   * @throws UncheckedIOException if the writer fails
   * @throws NullPointerException if an argument is null
   */
  public void writeYearEndReport(YearEndReport report, Writer writer) {
    Objects.requireNonNull(report, "report");
    Output.document(
        Objects.requireNonNull(writer, "writer"),
        DocumentKind.YEAR_END_REPORT,
        o -> ResultFormats.yearEndReport(report, o));
  }

  /**
   * Reads a {@code partyorg.fourGoodProfile} document.
   *
   * @param reader the document; not closed
   * @return the criteria profile
   * @throws JsonFormatException if the document is not a valid four-good profile document, the
   *     model refuses its content, or the reader fails
   * @throws NullPointerException if {@code reader} is null
   */
  public CriteriaProfile readFourGoodProfile(Reader reader) {
    return read(reader, FourGoodFormat::readProfile);
  }

  /**
   * Writes a criteria profile as a {@code partyorg.fourGoodProfile} document.
   *
   * @param profile the profile
   * @param writer where to write; flushed, not closed
   * @throws UncheckedIOException if the writer fails
   * @throws NullPointerException if an argument is null
   */
  public void writeFourGoodProfile(CriteriaProfile profile, Writer writer) {
    Objects.requireNonNull(profile, "profile");
    Output.document(
        Objects.requireNonNull(writer, "writer"),
        DocumentKind.FOUR_GOOD_PROFILE,
        o -> FourGoodFormat.writeProfile(profile, o));
  }

  /**
   * Reads a {@code partyorg.fourGoodYear} document.
   *
   * @param reader the document; not closed
   * @return the year's four-good records
   * @throws JsonFormatException if the document is not a valid four-good year document, the model
   *     refuses its content, or the reader fails
   * @throws NullPointerException if {@code reader} is null
   */
  public FourGoodYear readFourGoodYear(Reader reader) {
    return read(reader, FourGoodFormat::readYear);
  }

  /**
   * Writes a year's four-good records as a {@code partyorg.fourGoodYear} document.
   *
   * @param year the records
   * @param writer where to write; flushed, not closed
   * @throws UncheckedIOException if the writer fails
   * @throws NullPointerException if an argument is null
   */
  public void writeFourGoodYear(FourGoodYear year, Writer writer) {
    Objects.requireNonNull(year, "year");
    Output.document(
        Objects.requireNonNull(writer, "writer"),
        DocumentKind.FOUR_GOOD_YEAR,
        o -> FourGoodFormat.writeYear(year, o));
  }

  /**
   * Writes a four-good result as a {@code partyorg.fourGoodResult} document, with every criterion's
   * facts and failures; {@link #readFourGoodResult} reads it back equal.
   *
   * @param result the result
   * @param writer where to write; flushed, not closed
   * @throws UncheckedIOException if the writer fails
   * @throws NullPointerException if an argument is null
   */
  public void writeFourGoodResult(FourGoodResult result, Writer writer) {
    Objects.requireNonNull(result, "result");
    Output.document(
        Objects.requireNonNull(writer, "writer"),
        DocumentKind.FOUR_GOOD_RESULT,
        o -> FourGoodFormat.writeResult(result, o));
  }

  /**
   * Reads a {@code partyorg.rootRating} document back into the rating it was written from.
   *
   * @param reader the document; not closed
   * @return the rating, equal to the one written
   * @throws JsonFormatException if the document is not a valid root-rating document, the model
   *     refuses its content (for example a member rated twice), or the reader fails
   * @throws NullPointerException if {@code reader} is null
   */
  public RootRating readRootRating(Reader reader) {
    return read(reader, RootRatingFormat::read);
  }

  /**
   * Reads a {@code partyorg.fourGoodResult} document back into the result it was written from. The
   * derived fields ({@code granted}, {@code met}, {@code rule}, the lists of organisations granted
   * and the shares) must agree with the criteria's results; the derived texts ({@code failures},
   * {@code explanation}) are checked for their shape only.
   *
   * @param reader the document; not closed
   * @return the result, equal to the one written
   * @throws JsonFormatException if the document is not a valid four-good result document, a derived
   *     field disagrees, the model refuses its content, or the reader fails
   * @throws NullPointerException if {@code reader} is null
   */
  public FourGoodResult readFourGoodResult(Reader reader) {
    return read(reader, FourGoodFormat::readResult);
  }

  /**
   * Reads a {@code partyorg.targetsResult} document back into the evaluation it was written from.
   * The resolution's targets are the outcomes' targets, in order; {@code counts} and each outcome's
   * {@code provenance} must agree with the outcomes.
   *
   * @param reader the document; not closed
   * @return the evaluation, equal to the one written
   * @throws JsonFormatException if the document is not a valid targets-result document, a derived
   *     field disagrees, the model refuses its content, or the reader fails
   * @throws NullPointerException if {@code reader} is null
   */
  public ResolutionEvaluation readTargetsResult(Reader reader) {
    return read(reader, ResultFormats::readTargets);
  }

  /**
   * Reads a {@code partyorg.charterFindings} document back into the findings it was written from,
   * in order. Each finding's {@code citation} follows from its rule and is checked for its shape
   * only.
   *
   * @param reader the document; not closed
   * @return the findings, unmodifiable, equal to those written
   * @throws JsonFormatException if the document is not a valid charter-findings document, the model
   *     refuses its content, or the reader fails
   * @throws NullPointerException if {@code reader} is null
   */
  public List<Finding> readCharterFindings(Reader reader) {
    return read(reader, ResultFormats::readCharterFindings);
  }

  /**
   * Reads a {@code partyorg.yearEndReport} document back into the report it was written from, built
   * with {@link YearEndReport#from}. The {@code sections} are rendered from the other fields, so
   * they are checked for their shape only.
   *
   * @param reader the document; not closed
   * @return the report, equal to the one written
   * @throws JsonFormatException if the document is not a valid year-end report document, the model
   *     refuses its content, or the reader fails
   * @throws NullPointerException if {@code reader} is null
   */
  public YearEndReport readYearEndReport(Reader reader) {
    return read(reader, ResultFormats::readYearEndReport);
  }

  /**
   * Reads a {@code partyorg.yearBundle} document: one year's root, facts and year-report data,
   * optionally policies and the four-good profile and year, each part a complete document of its
   * kind nested under the field named after the kind.
   *
   * @param reader the document; not closed
   * @return the bundle
   * @throws JsonFormatException if the document is not a valid year-bundle document (the path of a
   *     problem in a part runs through it, for example {@code $.root.baseOrganisations[3].id}), the
   *     model refuses its content, or the reader fails
   * @throws NullPointerException if {@code reader} is null
   */
  public YearBundle readYearBundle(Reader reader) {
    return read(reader, YearBundleFormat::read);
  }

  /**
   * Writes a year bundle as a {@code partyorg.yearBundle} document.
   *
   * @param bundle the bundle
   * @param writer where to write; flushed, not closed
   * @throws UncheckedIOException if the writer fails
   * @throws NullPointerException if an argument is null
   */
  public void writeYearBundle(YearBundle bundle, Writer writer) {
    Objects.requireNonNull(bundle, "bundle");
    Output.document(
        Objects.requireNonNull(writer, "writer"),
        DocumentKind.YEAR_BUNDLE,
        o -> YearBundleFormat.write(bundle, o));
  }

  /**
   * Reads a {@code partyorg.history} document: a root's years, each with its root, facts and,
   * optionally, regime, rating policies and year-report data, each part a complete document of its
   * kind. Each year is rated on reading (under its regime, by default the year's, and its rating
   * policies, by default the defaults), so the history read equals the one written.
   *
   * @param reader the document; not closed
   * @return the history
   * @throws JsonFormatException if the document is not a valid history document (the path of a
   *     problem runs through the year, for example {@code
   *     $.years[2].root.baseOrganisations[0].id}), the model refuses its content (a year of another
   *     root, years out of order), or the reader fails
   * @throws NullPointerException if {@code reader} is null
   */
  public RootHistory readHistory(Reader reader) {
    return read(reader, HistoryFormat::read);
  }

  /**
   * Writes a history as a {@code partyorg.history} document: each year's inputs (ratings are not
   * written; they are recomputed on reading).
   *
   * @param history the history
   * @param writer where to write; flushed, not closed
   * @throws UncheckedIOException if the writer fails
   * @throws NullPointerException if an argument is null
   */
  public void writeHistory(RootHistory history, Writer writer) {
    Objects.requireNonNull(history, "history");
    Output.document(
        Objects.requireNonNull(writer, "writer"),
        DocumentKind.HISTORY,
        o -> HistoryFormat.write(history, o));
  }

  /**
   * Reads only the kind of a document: the value of its {@code format} field. The other fields are
   * skipped whatever they hold (the document is still read to its end, within the read limits, and
   * must be well-formed JSON); the version is not checked. Use it to choose the reader of a file
   * whose kind is not known beforehand.
   *
   * @param reader the document; not closed
   * @return the kind named by the {@code format} field
   * @throws JsonFormatException if the document is not a JSON object, has no {@code format} field,
   *     names no kind of this library, is malformed, or the reader fails
   * @throws NullPointerException if {@code reader} is null
   */
  public DocumentKind readKind(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    try (Input in = Input.open(factory, reader, options.withLenient(true))) {
      return in.document(() -> DocumentKinds.read(in));
    } catch (JsonFormatException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new JsonFormatException(
          "$", 0, 0, "The document cannot be read.", Input.withoutMessage(e));
    }
  }

  private <T> T read(Reader reader, Function<Input, T> body) {
    Objects.requireNonNull(reader, "reader");
    try (Input in = Input.open(factory, reader, options)) {
      return in.document(() -> body.apply(in));
    } catch (JsonFormatException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      // Defence in depth: whatever slipped past the typed checks is still a format error.
      throw new JsonFormatException(
          "$", 0, 0, "The document cannot be read.", Input.withoutMessage(e));
    }
  }
}
