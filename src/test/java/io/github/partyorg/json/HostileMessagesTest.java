package io.github.partyorg.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.structure.InvalidStructureException;
import io.github.partyorg.structure.Violation;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 17: over every document of the fuzz corpus (the seeds and the hostile documents named
 * {@code hostile-*}: inverted date ranges, dates after the snapshot, scores and percentages out of
 * range, discipline and review dates outside the year, a member's name as a bare token or with a
 * bad escape, ids and field names with terminal escape codes and bidi controls, names of Unicode
 * spaces, dates no record can have), read by each reader, no message of a {@link
 * JsonFormatException} or of any exception in its cause chain contains a string value or a number
 * of the document, nor a control or format character. Ids may appear (that is how entities are
 * named), escaped.
 */
class HostileMessagesTest {
  private static final Path CORPUS =
      Path.of(
          "src/test/resources/io/github/partyorg/json/JsonReaderFuzzTestInputs/"
              + "readerThrowsOnlyJsonFormatException");
  private static final PartyorgJson STRICT = PartyorgJson.standard();
  private static final PartyorgJson LENIENT =
      PartyorgJson.withOptions(ReadOptions.defaults().withLenient(true));

  /** A JSON string (group 1, escapes kept) or a number (group 2), outside strings. */
  private static final Pattern TOKEN =
      Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*(:)?|(-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)");

  /** Keys whose string values are ids or formats, which messages may name. */
  private static final Pattern ID_KEY = Pattern.compile("id|.*Id|.*Ids|format|kind|form|level");

  static Stream<Path> documents() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void noMessage_echoesAValueOfTheDocument_norAControlCharacter(Path file) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    Set<String> values = values(text);
    List<String> messages = new ArrayList<>();
    for (PartyorgJson json : List.of(STRICT, LENIENT)) {
      for (Consumer<StringReader> reader : readers(json)) {
        try {
          reader.accept(new StringReader(text));
        } catch (JsonFormatException e) {
          messages.addAll(messages(e));
        }
      }
    }
    assertThat(messages).as("messages of %s", file.getFileName()).isNotEmpty();
    for (String message : messages) {
      assertThat(message.codePoints().filter(HostileMessagesTest::unprintable).toArray())
          .as("control or format characters in: %s", message)
          .isEmpty();
      for (String value : values) {
        assertThat(message)
            .as("a value of %s in a message", file.getFileName())
            .doesNotContain(value);
      }
    }
  }

  /** Every message of the exception and of its causes, the model's violations included. */
  static List<String> messages(Throwable e) {
    List<String> messages = new ArrayList<>();
    for (Throwable t = e; t != null; t = t.getCause()) {
      messages.add(String.valueOf(t.getMessage()));
      messages.add(t.toString());
      if (t instanceof InvalidStructureException invalid) {
        for (Violation v : invalid.violations()) {
          messages.add(v.toString());
        }
      }
      for (Throwable s : t.getSuppressed()) {
        messages.addAll(messages(s));
      }
    }
    return messages;
  }

  static boolean unprintable(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE
        || type == Character.SURROGATE;
  }

  /**
   * The string values (not keys, ids, formats or enum constants; at least 4 characters) and the
   * numbers (at least 3 characters; not the version) of a document, found by a scan that also works
   * on malformed JSON.
   */
  static Set<String> values(String text) {
    Set<String> values = new LinkedHashSet<>();
    Matcher m = TOKEN.matcher(text);
    String key = "";
    while (m.find()) {
      if (m.group(1) != null) {
        String raw = m.group(1);
        if (m.group(2) != null) {
          key = raw;
          continue;
        }
        if (raw.length() >= 4
            && !ID_KEY.matcher(key).matches()
            && !raw.matches("[A-Z0-9_]+")
            && !raw.contains("\\")
            && !raw.isBlank()) {
          values.add(raw);
        }
      } else if (m.group(3) != null && !key.equals("version") && distinctive(m.group(3))) {
        values.add(m.group(3));
      }
    }
    // Bare words of a malformed document (a name written without quotes).
    Matcher bare = Pattern.compile(":\\s*([^\\s\"\\[{\\d-][^,\\n}\\]]*)").matcher(text);
    while (bare.find()) {
      String word = bare.group(1).strip();
      if (!word.equals("true") && !word.equals("false") && !word.equals("null")) {
        for (String part : word.split("\\s+")) {
          if (part.length() >= 4) {
            values.add(part);
          }
        }
      }
    }
    return values;
  }

  /**
   * A number worth looking for: a fraction, or an integer above 100 (smaller ones are line and
   * column numbers, indices and the bounds the sentences state, such as 0..100).
   */
  private static boolean distinctive(String number) {
    if (number.contains(".") || number.contains("e") || number.contains("E")) {
      return true;
    }
    return number.length() >= 3 && !number.startsWith("-") && Long.parseLong(number) > 100
        || number.startsWith("-") && number.length() >= 3;
  }

  private static List<Consumer<StringReader>> readers(PartyorgJson json) {
    return List.of(
        json::readRoot,
        json::readYearFacts,
        json::readYearReport,
        json::readPolicies,
        json::readFourGoodProfile,
        json::readFourGoodYear,
        json::readRootRating,
        json::readFourGoodResult,
        json::readTargetsResult,
        json::readCharterFindings,
        json::readYearEndReport,
        json::readYearBundle,
        json::readKind);
  }
}
