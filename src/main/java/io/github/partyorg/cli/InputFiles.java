package io.github.partyorg.cli;

import io.github.partyorg.fourgood.CriteriaProfile;
import io.github.partyorg.fourgood.FourGoodYear;
import io.github.partyorg.history.RootHistory;
import io.github.partyorg.json.DocumentKind;
import io.github.partyorg.json.JsonFormatException;
import io.github.partyorg.json.PartyorgJson;
import io.github.partyorg.json.Policies;
import io.github.partyorg.json.ReadOptions;
import io.github.partyorg.json.YearBundle;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.report.YearReportData;
import io.github.partyorg.structure.Root;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
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
        ? String.format(
            Locale.ROOT, "partyorg: read %,d members from %s in %.1f s", members, file, nanos / 1e9)
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

  private static <T> T read(String file, Function<Reader, T> reader) {
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw new InvalidInputException(file + ": not a valid file name");
    }
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return reader.apply(in);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(file + ": no such file");
    } catch (IOException e) {
      throw new InvalidInputException(
          file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    } catch (JsonFormatException e) {
      throw new InvalidInputException(file + ": " + e.getMessage());
    }
  }
}
