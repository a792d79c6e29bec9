package io.github.partyorg.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the readers: whatever the input, nothing but {@link JsonFormatException} escapes.
 *
 * <p>In the normal test phase this runs in regression mode over the seeds in {@code
 * src/test/resources/io/github/partyorg/json/JsonReaderFuzzTestInputs/}. To fuzz: {@code
 * JAZZER_FUZZ=1 ./mvnw -B test -Dtest=JsonReaderFuzzTest -Dcoverage.line.minimum=0}, for 30 s; for
 * longer, give the duration in the system property {@code partyorg.fuzz.duration} or the
 * environment variable {@code PARTYORG_FUZZ_DURATION} (Jazzer's form: {@code 15m}, {@code 2h},
 * {@code 90s}), for example {@code -Dpartyorg.fuzz.duration=15m} (issue 17).
 */
class JsonReaderFuzzTest {
  /** The system property that sets how long to fuzz. */
  static final String DURATION_PROPERTY = "partyorg.fuzz.duration";

  /** The environment variable that sets how long to fuzz, when the property is not given. */
  static final String DURATION_VARIABLE = "PARTYORG_FUZZ_DURATION";

  /**
   * Passes the duration asked for to Jazzer, which takes the annotation's {@code maxDuration} as
   * libFuzzer's {@code -max_total_time} and then the arguments of the JUnit configuration
   * parameters {@code jazzer.internal.arg.N} (read from the system properties when the test
   * starts), the last of a repeated flag winning. Runs before the fuzz test asks for its arguments.
   */
  @BeforeAll
  static void fuzzForTheDurationAskedFor() {
    String duration = System.getProperty(DURATION_PROPERTY, System.getenv(DURATION_VARIABLE));
    if (duration != null && !duration.isBlank()) {
      System.setProperty("jazzer.internal.arg.0", "partyorg-fuzz");
      System.setProperty("jazzer.internal.arg.1", "-max_total_time=" + seconds(duration.strip()));
    }
  }

  /**
   * Seconds of a duration written {@code 90}, {@code 90s}, {@code 15m}, {@code 2h} or {@code 1d}.
   *
   * @throws IllegalArgumentException for another form
   */
  static long seconds(String duration) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(\\d{1,9})([smhd]?)").matcher(duration);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          DURATION_PROPERTY + ": expected a duration such as 90s, 15m or 2h");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "m" -> n * 60;
      case "h" -> n * 3600;
      case "d" -> n * 86_400;
      default -> n;
    };
  }

  private static final PartyorgJson STRICT =
      PartyorgJson.withOptions(
          ReadOptions.defaults().withMaxDocumentLength(1 << 20).withMaxStringLength(1_000));
  private static final PartyorgJson LENIENT =
      PartyorgJson.withOptions(STRICT.options().withLenient(true));

  @FuzzTest(maxDuration = "30s")
  void readerThrowsOnlyJsonFormatException(byte[] data) {
    String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
    boolean lenient = data.length > 0 && (data[0] & 1) == 1;
    PartyorgJson json = lenient ? LENIENT : STRICT;
    List<Consumer<StringReader>> readers =
        List.of(
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
            json::readHistory,
            json::readKind);
    for (Consumer<StringReader> reader : readers) {
      try {
        reader.accept(new StringReader(text));
      } catch (JsonFormatException expected) {
        assertNamesAPlace(expected);
      }
    }
  }

  /** The documented exception always says where: a JSON path from the root, and a position. */
  private static void assertNamesAPlace(JsonFormatException e) {
    assertThat(e.path()).startsWith("$");
    assertThat(e.line()).isNotNegative();
    assertThat(e.column()).isNotNegative();
    assertThat(e.getMessage()).startsWith(e.path());
  }

  @Test
  void fuzzDuration_isReadInJazzersForms() {
    assertThat(seconds("90")).isEqualTo(90);
    assertThat(seconds("90s")).isEqualTo(90);
    assertThat(seconds("15m")).isEqualTo(900);
    assertThat(seconds("2h")).isEqualTo(7200);
    assertThat(seconds("1d")).isEqualTo(86_400);
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> seconds("15 minutes")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
