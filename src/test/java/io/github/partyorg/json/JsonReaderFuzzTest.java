package io.github.partyorg.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.util.List;
import java.util.function.Consumer;

/**
 * Fuzzes the readers: whatever the input, nothing but {@link JsonFormatException} escapes.
 *
 * <p>In the normal test phase this runs in regression mode over the seeds in {@code
 * src/test/resources/io/github/partyorg/json/JsonReaderFuzzTestInputs/}. To fuzz for longer: {@code
 * JAZZER_FUZZ=1 ./mvnw -B test -Dtest=JsonReaderFuzzTest -Dcoverage.line.minimum=0}.
 */
class JsonReaderFuzzTest {
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
}
