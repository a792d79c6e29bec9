package io.github.partyorg.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random mutations of valid documents (bytes flipped, deleted, inserted, slices repeated):
 * whatever comes out, the readers throw nothing but {@link JsonFormatException}. Complements the
 * Jazzer fuzz test, whose regression run covers only its stored inputs.
 */
class JsonReaderMutationTest {
  private static final byte[] SIGNIFICANT =
      "{}[]\",:0-9.eE+ nulltruefalse\\u00".getBytes(StandardCharsets.UTF_8);

  static LongStream seeds() {
    return LongStream.range(0, 1_000);
  }

  private static byte[] valid(Random random, long seed) throws IOException {
    return switch (random.nextInt(5)) {
      case 0 -> PartyorgJsonTest.seed("root.json").getBytes(StandardCharsets.UTF_8);
      case 1 -> PartyorgJsonTest.seed("yearFacts.json").getBytes(StandardCharsets.UTF_8);
      case 2 -> JsonSamples.write(new JsonSamples(seed).root()).getBytes(StandardCharsets.UTF_8);
      case 4 -> YearReportJsonTest.TEMPLATE.getBytes(StandardCharsets.UTF_8);
      default -> {
        JsonSamples samples = new JsonSamples(seed);
        samples.root();
        yield JsonSamples.write(samples.yearFacts()).getBytes(StandardCharsets.UTF_8);
      }
    };
  }

  static byte[] mutate(byte[] data, Random random) {
    byte[] out = data;
    int mutations = 1 + random.nextInt(4);
    for (int m = 0; m < mutations && out.length > 0; m++) {
      int at = random.nextInt(out.length);
      switch (random.nextInt(4)) {
        case 0 -> {
          out = out.clone();
          out[at] = (byte) random.nextInt(256);
        }
        case 1 -> {
          byte[] shorter = new byte[out.length - 1];
          System.arraycopy(out, 0, shorter, 0, at);
          System.arraycopy(out, at + 1, shorter, at, out.length - at - 1);
          out = shorter;
        }
        case 2 -> {
          byte[] longer = new byte[out.length + 1];
          System.arraycopy(out, 0, longer, 0, at);
          longer[at] = SIGNIFICANT[random.nextInt(SIGNIFICANT.length)];
          System.arraycopy(out, at, longer, at + 1, out.length - at);
          out = longer;
        }
        default -> {
          int length = Math.min(out.length - at, 1 + random.nextInt(40));
          byte[] longer = new byte[out.length + length];
          System.arraycopy(out, 0, longer, 0, at + length);
          System.arraycopy(out, at, longer, at + length, out.length - at);
          out = longer;
        }
      }
    }
    return out;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void mutatedDocuments_throwOnlyJsonFormatException(long seed) throws IOException {
    Random random = new Random(seed);
    String text = new String(mutate(valid(random, seed), random), StandardCharsets.UTF_8);
    PartyorgJson json =
        random.nextBoolean()
            ? PartyorgJson.standard()
            : PartyorgJson.withOptions(ReadOptions.defaults().withLenient(true));

    Throwable root = catchThrowable(() -> json.readRoot(new StringReader(text)));
    Throwable facts = catchThrowable(() -> json.readYearFacts(new StringReader(text)));
    Throwable report = catchThrowable(() -> json.readYearReport(new StringReader(text)));

    // A mutation may leave a valid document (a changed digit, added spaces); then it reads.
    for (Throwable thrown : new Throwable[] {root, facts, report}) {
      if (thrown != null) {
        assertThat(thrown).isInstanceOf(JsonFormatException.class);
        assertThat(thrown.getMessage()).matches("(?s)\\$.* \\(line \\d+, column \\d+\\): .*");
      }
    }
    // Every document is of one kind: at least one of the readers refuses it.
    assertThat(root == null && facts == null && report == null).isFalse();
  }
}
