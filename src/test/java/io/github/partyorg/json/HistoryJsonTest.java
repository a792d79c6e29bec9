package io.github.partyorg.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.history.HistoryYear;
import io.github.partyorg.history.RootHistory;
import io.github.partyorg.rating.RatingPolicies;
import io.github.partyorg.rating.Regime;
import io.github.partyorg.rating.RootRater;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.structure.Root;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The partyorg.history kind: read(write(x)) equals x, and refusals name the place. */
class HistoryJsonTest {
  private static final PartyorgJson JSON = PartyorgJson.standard();

  static String write(RootHistory history) {
    StringWriter out = new StringWriter();
    JSON.writeHistory(history, out);
    return out.toString();
  }

  static RootHistory read(String json) {
    return JSON.readHistory(new StringReader(json));
  }

  static LongStream seeds() {
    return LongStream.range(0, 40);
  }

  /**
   * A random history: one generated root, facts for a few distinct years (each rated under the
   * year's regime or another, with default or random policies), some with year-report data.
   */
  static RootHistory history(long seed) {
    JsonSamples samples = new JsonSamples(seed);
    Root root = samples.root();
    Random random = new Random(seed * 31 + 7);
    TreeMap<Year, YearFacts> byYear = new TreeMap<>();
    int count = seed % 10 == 0 ? 0 : 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      YearFacts facts = samples.yearFacts();
      byYear.putIfAbsent(facts.year(), facts);
    }
    List<HistoryYear> years = new ArrayList<>();
    for (YearFacts facts : byYear.values()) {
      Regime regime =
          random.nextInt(3) == 0
              ? Regime.values()[random.nextInt(Regime.values().length)]
              : Regime.forYear(facts.year());
      RatingPolicies policies =
          random.nextBoolean()
              ? RatingPolicies.defaults()
              : PoliciesJsonTest.random(seed + facts.year().getValue()).rating();
      HistoryYear year = HistoryYear.rate(root, facts, RootRater.of(regime, policies));
      if (random.nextBoolean()) {
        year =
            year.withReportData(
                new YearReportRoundTripPropertyTest.Generator(random).data(facts.year()));
      }
      years.add(year);
    }
    return RootHistory.of(root.id(), years);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readBackEqualsWritten(long seed) {
    RootHistory history = history(seed);

    String json = write(history);
    RootHistory back = read(json);

    assertThat(back).isEqualTo(history);
    assertThat(write(back)).isEqualTo(json);
  }

  @Test
  void theSeedsCoverEveryOptionalPart() {
    List<String> docs = seeds().mapToObj(s -> write(history(s))).toList();

    assertThat(docs).anyMatch(d -> d.contains("\"regime\" :"));
    assertThat(docs).anyMatch(d -> d.contains("\"ratingPolicies\""));
    assertThat(docs).anyMatch(d -> d.contains("\"yearReport\""));
    assertThat(seeds().anyMatch(s -> history(s).isEmpty())).isTrue();
    assertThat(seeds().anyMatch(s -> history(s).size() > 1)).isTrue();
  }

  @Test
  void aYearOfAnotherRoot_isRefusedAtTheHistory() {
    String json = write(history(3)).replaceFirst("\"rootId\" : \"[^\"]*\"", "\"rootId\" : \"X\"");

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(JsonFormatException.class)
        .satisfies(e -> assertThat(((JsonFormatException) e).path()).isEqualTo("$"))
        .hasMessageContaining("X");
  }

  @Test
  void aHistoryWithoutYears_isRefused() {
    assertThatThrownBy(
            () -> read("{\"format\":\"partyorg.history\",\"version\":1,\"rootId\":\"R\"}"))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("years");
    assertThatThrownBy(
            () ->
                read(
                    "{\"format\":\"partyorg.history\",\"version\":1,\"rootId\":\"R\","
                        + "\"years\":[{\"regime\":\"R2018\"}]}"))
        .isInstanceOf(JsonFormatException.class)
        .satisfies(e -> assertThat(((JsonFormatException) e).path()).isEqualTo("$.years[0].root"));
    assertThat(JSON.readKind(new StringReader(write(history(1))))).isEqualTo(DocumentKind.HISTORY);
  }
}
