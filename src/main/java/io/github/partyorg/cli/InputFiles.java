package io.github.partyorg.cli;

import io.github.partyorg.fourgood.CriteriaProfile;
import io.github.partyorg.fourgood.FourGoodYear;
import io.github.partyorg.history.RootHistory;
import io.github.partyorg.json.DocumentKind;
import io.github.partyorg.json.JsonFormatException;
import io.github.partyorg.json.PartyorgJson;
import io.github.partyorg.json.Policies;
import io.github.partyorg.json.ReadOptions;
import io.github.partyorg.json.Utf8Reader;
import io.github.partyorg.json.YearBundle;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.report.YearReportData;
import io.github.partyorg.structure.Message;
import io.github.partyorg.structure.Root;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Reads the JSON input files of the commands, turning every failure into an exit code 3. */
final class InputFiles {
  /** Above this many members, reading a root reports its progress on standard error. */
  static final int PROGRESS_MEMBERS = 10_000;

  /**
   * The longest input file the commands read: 1 GiB characters. The library's default for embedded
   * use ({@link ReadOptions#DEFAULT_MAX_DOCUMENT_LENGTH}, 64 MiB) guards a service against hostile
   * uploads; a file named on the command line was chosen by its user, and a province-sized bundle
   * (about 100,000 members: root and facts pretty-printed, about 70 MB) is larger than 64 MiB. The
   * nesting and string limits stay the library's.
   */
  static final long MAX_FILE_CHARACTERS = 1L << 30;

  private static final PartyorgJson JSON =
      PartyorgJson.withOptions(ReadOptions.defaults().withMaxDocumentLength(MAX_FILE_CHARACTERS));

  private InputFiles() {}

  /**
   * Reads a {@code partyorg.root} file.
   *
   * @param file the file's name
   * @param err where progress goes for a large file
   * @return the root
   * @throws InvalidInputException if the file is missing, unreadable or invalid
   */
  static Root readRoot(String file, PrintStream err) {
    long start = System.nanoTime();
    Root root = read(file, JSON::readRoot);
    String progress = progress(root.memberCount(), file, System.nanoTime() - start);
    if (progress != null) {
      err.println(progress);
    }
    return root;
  }

  /**
   * The progress line of a root read, for a large root only.
   *
   * @param members the root's member count
   * @param file the file's name
   * @param nanos how long the reading took
   * @return the line, or null when the root has at most {@link #PROGRESS_MEMBERS} members
   */
  static @Nullable String progress(int members, String file, long nanos) {
    return members > PROGRESS_MEMBERS
        ? Main.english(
            Message.of(
                "cli.progress.read",
                members,
                file,
                BigDecimal.valueOf(nanos).movePointLeft(9).setScale(1, RoundingMode.HALF_UP)))
        : null;
  }

  /**
   * Reads a {@code partyorg.yearFacts} file.
   *
   * @param file the file's name
   * @return the facts
   * @throws InvalidInputException if the file is missing, unreadable or invalid
   */
  static YearFacts readYearFacts(String file) {
    return read(file, JSON::readYearFacts);
  }

  /**
   * Reads a {@code partyorg.yearReport} file.
   *
   * @param file the file's name
   * @return the year's report data
   * @throws InvalidInputException if the file is missing, unreadable or invalid
   */
  static YearReportData readYearReport(String file) {
    return read(file, JSON::readYearReport);
  }

  /**
   * Reads a {@code partyorg.fourGoodProfile} file.
   *
   * @param file the file's name
   * @return the criteria profile
   * @throws InvalidInputException if the file is missing, unreadable or invalid
   */
  static CriteriaProfile readFourGoodProfile(String file) {
    return read(file, JSON::readFourGoodProfile);
  }

  /**
   * Reads a {@code partyorg.fourGoodYear} file.
   *
   * @param file the file's name
   * @return the year's four-good records
   * @throws InvalidInputException if the file is missing, unreadable or invalid
   */
  static FourGoodYear readFourGoodYear(String file) {
    return read(file, JSON::readFourGoodYear);
  }

  /**
   * Reads a {@code partyorg.policies} file.
   *
   * @param file the file's name
   * @return the policies
   * @throws InvalidInputException if the file is missing, unreadable or invalid
   */
  static Policies readPolicies(String file) {
    return read(file, JSON::readPolicies);
  }

  /**
   * Reads a {@code partyorg.yearBundle} file.
   *
   * @param file the file's name
   * @param err where progress goes for a large root
   * @return the bundle
   * @throws InvalidInputException if the file is missing, unreadable or invalid
   */
  static YearBundle readYearBundle(String file, PrintStream err) {
    long start = System.nanoTime();
    YearBundle bundle = read(file, JSON::readYearBundle);
    String progress = progress(bundle.root().memberCount(), file, System.nanoTime() - start);
    if (progress != null) {
      err.println(progress);
    }
    return bundle;
  }

  /**
   * Reads a {@code partyorg.history} file.
   *
   * @param file the file's name
   * @return the history
   * @throws InvalidInputException if the file is missing, unreadable or invalid
   */
  static RootHistory readHistory(String file) {
    return read(file, JSON::readHistory);
  }

  /**
   * Reads the kind of a document (its {@code format} field) without reading it as that kind.
   *
   * @param file the file's name
   * @return the kind
   * @throws InvalidInputException if the file is missing, unreadable, not JSON or of no known kind
   */
  static DocumentKind readKind(String file) {
    return read(file, JSON::readKind);
  }

  /**
   * Reads a {@code partyorg.root} or a {@code partyorg.yearBundle} file, reading the input once (so
   * that standard input, a pipe or a FIFO works): its bytes are kept while the kind is found, then
   * the document is read as that kind.
   *
   * @param file the file's name, or {@code -} for standard input
   * @param err where progress goes for a large root
   * @return the root, that of the bundle for a bundle
   * @throws InvalidInputException if the file is missing, unreadable, invalid or of another kind
   */
  static Root readRootOrBundle(String file, PrintStream err) {
    byte[] bytes = bytes(file);
    DocumentKind kind =
        parse(file, new Utf8Reader(new ByteArrayInputStream(bytes)), JSON::readKind);
    long start = System.nanoTime();
    Root root;
    if (kind == DocumentKind.YEAR_BUNDLE) {
      root =
          parse(file, new Utf8Reader(new ByteArrayInputStream(bytes)), JSON::readYearBundle).root();
    } else if (kind == DocumentKind.ROOT) {
      root = parse(file, new Utf8Reader(new ByteArrayInputStream(bytes)), JSON::readRoot);
    } else {
      throw new InvalidInputException(
          name(file)
              + ": a "
              + kind.formatName()
              + " document; give a partyorg.root or a partyorg.yearBundle document");
    }
    String progress = progress(root.memberCount(), name(file), System.nanoTime() - start);
    if (progress != null) {
      err.println(progress);
    }
    return root;
  }

  /** The file as it is named in messages: {@code -} is standard input. */
  static String name(String file) {
    return file.equals(STDIN) ? "(standard input)" : file;
  }

  /** The name of standard input on the command line. */
  static final String STDIN = "-";

  private static byte[] bytes(String file) {
    try (InputStream in = open(file)) {
      return in.readAllBytes();
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(file + ": no such file");
    } catch (IOException e) {
      throw new InvalidInputException(
          name(file) + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** Opens the file, or standard input for {@code -} (not closed when the stream is). */
  private static InputStream open(String file) throws IOException {
    if (file.equals(STDIN)) {
      return new FilterInputStream(System.in) {
        @Override
        public void close() {
          // Standard input stays open.
        }
      };
    }
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw new InvalidInputException(file + ": not a valid file name");
    }
    return Files.newInputStream(path);
  }

  private static <T> T read(String file, Function<Reader, T> reader) {
    try (InputStream in = open(file)) {
      return parse(file, new Utf8Reader(in), reader);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(file + ": no such file");
    } catch (IOException e) {
      throw new InvalidInputException(
          name(file) + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** Reads the document once from the reader; a format error names the file. */
  private static <T> T parse(String file, Reader in, Function<Reader, T> reader) {
    try {
      return reader.apply(in);
    } catch (JsonFormatException e) {
      throw new InvalidInputException(name(file) + ": " + e.getMessage());
    }
  }
}
