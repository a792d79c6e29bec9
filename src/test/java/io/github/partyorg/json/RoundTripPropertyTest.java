package io.github.partyorg.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.structure.Root;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** read(write(x)) equals x, over seeded random roots and year facts. */
class RoundTripPropertyTest {

  static LongStream seeds() {
    return LongStream.range(0, 250);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rootSurvivesWriteThenRead(long seed) {
    Root root = new JsonSamples(seed).root();

    String json = JsonSamples.write(root);
    Root back = JsonSamples.readRoot(json);

    assertThat(back).isEqualTo(root);
    assertThat(JsonSamples.write(back)).isEqualTo(json);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void yearFactsSurviveWriteThenRead(long seed) {
    JsonSamples samples = new JsonSamples(seed);
    samples.root();
    YearFacts facts = samples.yearFacts();

    String json = JsonSamples.write(facts);
    YearFacts back = JsonSamples.readYearFacts(json);

    assertThat(back).isEqualTo(facts);
    assertThat(back.members()).containsExactlyEntriesOf(facts.members());
    assertThat(JsonSamples.write(back)).isEqualTo(json);
  }
}
