package io.github.partyorg.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogues (messages_vi.properties, messages_en.properties): the same keys with the same
 * arguments, every key used by the code, the words formatted by the language, a caller's overrides;
 * and no sentence left in the Java code of the migrated packages (REFERENCE 6a).
 */
class CatalogueTest {
  private static final Catalogue STANDARD = Catalogue.standard();
  private static final Path MAIN = Path.of("src/main/java/io/github/partyorg");

  /**
   * The packages whose words all live in the catalogues. Not yet migrated (their sentences are
   * still in Java, see the closing note of issue 13): none. The bundled sample (sample) is data. In
   * json, the words are the error messages of the reader's exceptions (developer English, allowed
   * by the scan).
   */
  static final List<String> MIGRATED =
      List.of(
          "rating",
          "report",
          "charter",
          "structure",
          "fourgood",
          "targets",
          "history",
          "document",
          "cli",
          "json");

  /**
   * Bundled reference data inside a migrated package, skipped by the scan as the bundled sample is:
   * {@code fourgood/Presets.java} holds ready-made criteria profiles (F1, F2), whose headings,
   * sub-criteria, titles and issuers are the wording of criteria tables (quoted from or modelled on
   * the regulations' tables, such as Bến Tre's 10-HD/BTCTU gates), i.e. configuration data that a
   * province replaces with its own profile (read from JSON), not sentences the library composes.
   */
  static final List<String> REFERENCE_DATA = List.of("fourgood/Presets.java");

  /**
   * Keys built from a prefix and an enum constant's name or a suffix (the prefix is a literal in
   * the code): every constant has its key, checked by {@link #everyKeyIsUsedByTheCode()}.
   */
  private static final List<String> DYNAMIC_PREFIXES =
      List.of(
          "cli.help.",
          "rating.C0.why.",
          "rating.C5.band.",
          "report.admissions.range.",
          "report.award.",
          "report.quota.",
          "report.status.",
          "targets.metric.",
          "targets.status.",
          "targets.divisor.");

  @Test
  void catalogues_haveTheSameKeys_withTheSameArguments() {
    Set<String> vi = STANDARD.keys(Language.VI);
    Set<String> en = STANDARD.keys(Language.EN);
    assertThat(vi).isEqualTo(en).isNotEmpty();
    for (String key : vi) {
      assertThat(Catalogue.argumentIndexes(STANDARD.pattern(Language.EN, key)))
          .as(key)
          .isEqualTo(Catalogue.argumentIndexes(STANDARD.pattern(Language.VI, key)));
    }
  }

  @Test
  void patterns_haveNoQuote_thatMessageFormatWouldSwallow_andVietnameseIsNfc() {
    for (Language language : Language.values()) {
      for (String key : STANDARD.keys(language)) {
        String pattern = STANDARD.pattern(language, key);
        assertThat(pattern.replace("''", "")).as(key).doesNotContain("'");
        assertThat(pattern).as(key).isEqualTo(pattern.strip()).isNotBlank();
      }
    }
  }

  @Test
  void theFilesAreUtf8_andHoldEveryKeyOnce() throws IOException {
    for (String lang : List.of("vi", "en")) {
      String text =
          Files.readString(
              Path.of("src/main/resources/io/github/partyorg/messages_" + lang + ".properties"),
              StandardCharsets.UTF_8);
      List<String> keys = new ArrayList<>();
      for (String line : text.split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          keys.add(line.substring(0, line.indexOf('=')));
        }
      }
      assertThat(keys).doesNotHaveDuplicates();
      assertThat(new PropertyResourceBundle(new StringReader(text)).keySet()).hasSameSizeAs(keys);
    }
  }

  @Test
  void everyKeyIsUsedByTheCode() throws IOException {
    String code = allMainCode();
    List<String> unused = new ArrayList<>();
    for (String key : STANDARD.keys(Language.VI)) {
      boolean literal = code.contains("\"" + key + "\"");
      boolean counted =
          key.endsWith(".none")
              && code.contains("\"" + key.substring(0, key.length() - ".none".length()) + "\"");
      boolean dynamic =
          DYNAMIC_PREFIXES.stream()
              .anyMatch(p -> key.startsWith(p) && code.contains("\"" + p + "\""));
      if (!literal && !counted && !dynamic) {
        unused.add(key);
      }
    }
    assertThat(unused).as("keys no code uses").isEmpty();
  }

  @Test
  void everyKeyTheCodeNames_isInTheCatalogue() throws IOException {
    Matcher m =
        Pattern.compile(
                "\"((?:rating|report|labelled|fourgood|targets|history|document|cli)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"")
            .matcher(allMainCode());
    Set<String> missing = new TreeSet<>();
    Set<String> keys = STANDARD.keys(Language.VI);
    while (m.find()) {
      String key = m.group(1);
      if (!keys.contains(key) && keys.stream().noneMatch(k -> k.startsWith(key + "."))) {
        missing.add(key);
      }
    }
    assertThat(missing).isEmpty();
  }

  /**
   * No Vietnamese or English sentence in the Java code of the migrated packages: a string literal
   * (comments and javadoc aside) is flagged if it holds a Vietnamese letter (Latin letters with
   * diacritics, đ) or three English words in a row. Allowed, by construction of the statement it
   * sits in: (1) the labels and titles of enum constants (the names of values, which {@link
   * Labelled#parse} reads back; they stay beside their constant), (2) exception messages (a
   * statement with {@code throw}, {@code Exception(} or {@code requireNonNull(}, or one collecting
   * the problems of a refused value with {@code problems.add(}, and the whole of an exception
   * class, {@code *Exception.java}: English for the developer, as the JDK's own), and the names a
   * JSON reader gives the value it refuses in its exception ({@code in.value(}, {@code obj.build(}:
   * "The model refuses this base organisation id: ..."), (3) regulation citations ({@code Regime}),
   * which are references, not sentences.
   */
  @Test
  void noSentenceIsLeftInTheJavaCode_ofTheMigratedPackages() throws IOException {
    List<String> found = new ArrayList<>();
    for (String pkg : MIGRATED) {
      try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
        for (Path file :
            files
                .filter(p -> p.toString().endsWith(".java"))
                .filter(p -> !p.toString().endsWith("Exception.java"))
                .filter(p -> REFERENCE_DATA.stream().noneMatch(d -> p.endsWith(d)))
                .toList()) {
          for (String literal : sentences(Files.readString(file, StandardCharsets.UTF_8))) {
            found.add(file.getFileName() + ": " + literal);
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theScan_findsASentence_andAllowsLabelsAndExceptions() {
    assertThat(sentences("class A { String s = \"không xếp loại\"; }")).hasSize(1);
    assertThat(sentences("class A { String s = x + \" is not rated here\"; }")).hasSize(1);
    assertThat(sentences("class A { String k = \"rating.C1.none\"; String n = \"HTTNV\"; }"))
        .isEmpty();
    assertThat(sentences("enum E { A(\"Hoàn thành nhiệm vụ\", \"Completed duties\"); }")).isEmpty();
    assertThat(sentences("class A { void f() { throw new X(\"no such thing here\"); } }"))
        .isEmpty();
    assertThat(sentences("class A { /** Không xếp loại. */ int a; // not rated at all\n }"))
        .isEmpty();
    assertThat(sentences("class A { X x = obj.build(\"Youth Union introductions\", f); }"))
        .isEmpty();
    assertThat(sentences("class A { X x = other.build(\"Youth Union introductions\"); }"))
        .hasSize(1);
  }

  private static final Pattern VIETNAMESE = Pattern.compile("[À-ỹĐđ]");
  private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]+(?:[ ,;:]+[A-Za-z]+){2,}");
  private static final Pattern ENUM_CONSTANTS =
      Pattern.compile("^(?:@\\w+\\s*)*[A-Z][A-Z0-9_]*\\s*\\(", Pattern.DOTALL);

  /** The flagged literals of a Java source, as the test above defines them. */
  static List<String> sentences(String source) {
    String code = source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//[^\\n\"]*$", " ");
    List<String> found = new ArrayList<>();
    for (String statement : statements(code)) {
      String s = statement.strip();
      if (ENUM_CONSTANTS.matcher(s).find()
          || s.contains("throw ")
          || s.contains("Exception(")
          || s.contains("requireNonNull(")
          || s.contains("problems.add(")
          || s.contains("in.value(")
          || s.contains("obj.build(")
          || s.contains("LocalizedText citation")) {
        continue;
      }
      Matcher literal = Pattern.compile("\"((?:[^\"\\\\]++|\\\\.)*+)\"").matcher(s);
      while (literal.find()) {
        String text = literal.group(1);
        if (VIETNAMESE.matcher(text).find() || ENGLISH.matcher(text).find()) {
          found.add(text);
        }
      }
    }
    return found;
  }

  /** The source split at ';', '{' and '}' outside string and char literals. */
  private static List<String> statements(String code) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      current.append(c);
      if (quote != 0) {
        if (c == '\\' && i + 1 < code.length()) {
          current.append(code.charAt(++i));
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == ';' || c == '{' || c == '}') {
        out.add(current.toString());
        current.setLength(0);
      }
    }
    out.add(current.toString());
    return out;
  }

  private static String allMainCode() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
      }
    }
    return all.toString();
  }

  // ---------- formatting by the language ----------

  @Test
  void vietnamese_writesCountsUnderTenWithALeadingZero_decimalComma_ddMMyyyy() {
    assertThat(STANDARD.write(Language.VI, 9)).isEqualTo("09");
    assertThat(STANDARD.write(Language.VI, 10L)).isEqualTo("10");
    assertThat(STANDARD.write(Language.VI, 0)).isEqualTo("0");
    assertThat(STANDARD.write(Language.VI, 5356)).isEqualTo("5.356");
    assertThat(STANDARD.write(Language.VI, new BigDecimal("95.680"))).isEqualTo("95,68");
    assertThat(STANDARD.write(Language.VI, LocalDate.of(2025, 1, 10))).isEqualTo("10/01/2025");
    assertThat(STANDARD.write(Language.VI, YearMonth.of(2023, 3))).isEqualTo("03/2023");
    assertThat(STANDARD.write(Language.VI, Year.of(2023))).isEqualTo("2023");
  }

  @Test
  void english_writesPlainCounts_decimalPoint_isoDates() {
    assertThat(STANDARD.write(Language.EN, 9)).isEqualTo("9");
    assertThat(STANDARD.write(Language.EN, 5356)).isEqualTo("5,356");
    assertThat(STANDARD.write(Language.EN, new BigDecimal("95.680"))).isEqualTo("95.68");
    assertThat(STANDARD.write(Language.EN, new BigDecimal("1E+2"))).isEqualTo("100");
    assertThat(STANDARD.write(Language.EN, LocalDate.of(2025, 1, 10))).isEqualTo("2025-01-10");
  }

  @Test
  void englishPlurals_byChoice_vietnameseByTheLeadingZero() {
    Message one = Message.of("report.discipline", 1L);
    Message nine = Message.of("report.discipline", 9L);
    assertThat(one.in(Language.EN)).isEqualTo("Disciplined 1 member.");
    assertThat(nine.in(Language.EN)).isEqualTo("Disciplined 9 members.");
    assertThat(nine.in(Language.VI)).isEqualTo("Quyết định kỷ luật 09 đảng viên.");
  }

  @Test
  void anArgumentOfAnotherType_isRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> STANDARD.write(Language.VI, new Object()))
        .withMessageContaining("java.lang.Object");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> STANDARD.format(Language.VI, Message.of("no.such.key")))
        .withMessageContaining("no.such.key");
  }

  // ---------- a caller's catalogue ----------

  @Test
  void callersCatalogue_overridesTheKeyItNames_only() {
    Catalogue own =
        STANDARD.withOverrides(
            Language.VI, Map.of("report.discipline", "Đã thi hành kỷ luật {0} đảng viên."));
    Message m = Message.of("report.discipline", 9L);
    assertThat(own.format(Language.VI, m)).isEqualTo("Đã thi hành kỷ luật 09 đảng viên.");
    assertThat(own.format(Language.EN, m)).isEqualTo("Disciplined 9 members.");
    assertThat(own.format(Language.VI, Message.of("report.discipline.none")))
        .isEqualTo(STANDARD.format(Language.VI, Message.of("report.discipline.none")));
    assertThat(STANDARD.format(Language.VI, m)).isEqualTo("Quyết định kỷ luật 09 đảng viên.");
  }

  @Test
  void callersCatalogue_fromAUtf8Bundle() throws IOException {
    PropertyResourceBundle bundle =
        new PropertyResourceBundle(
            new StringReader("report.discipline=Thi hành kỷ luật {0} đảng viên.\n"));
    Catalogue own = STANDARD.withOverrides(Language.VI, bundle);
    assertThat(own.format(Language.VI, Message.of("report.discipline", 3L)))
        .isEqualTo("Thi hành kỷ luật 03 đảng viên.");
  }

  @Test
  void callersCatalogue_refusesAnUnknownKey_orOtherArguments() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> STANDARD.withOverrides(Language.VI, Map.of("report.typo", "x")))
        .withMessageContaining("report.typo");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                STANDARD.withOverrides(
                    Language.EN, Map.of("report.discipline", "Disciplined {1} members.")))
        .withMessageContaining("report.discipline")
        .withMessageContaining("[0]");
  }

  @Test
  void messages_areValues() {
    assertThat(Message.of("report.discipline", 9L))
        .isEqualTo(Message.of("report.discipline", 9L))
        .hasSameHashCodeAs(Message.of("report.discipline", 9L))
        .isNotEqualTo(Message.of("report.discipline", 8L))
        .isNotEqualTo(Message.of("report.discipline.none"))
        .hasToString("report.discipline[9]");
    assertThat(Message.of("report.discipline", 9L).arguments()).containsExactly(9L);
    assertThat(Message.of("report.discipline", 9L).text())
        .isEqualTo(LocalizedText.of("Quyết định kỷ luật 09 đảng viên.", "Disciplined 9 members."));
  }
}
