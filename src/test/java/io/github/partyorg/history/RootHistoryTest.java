package io.github.partyorg.history;

import static io.github.partyorg.history.HistoryFixtures.m;
import static io.github.partyorg.history.HistoryFixtures.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.rating.Level;
import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.RootId;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RootHistoryTest {
  private static final List<EntityId> ENTITIES =
      List.of(
          m("M1"),
          m("M2"),
          m("M3"),
          m("M4"),
          m("M5"),
          m("M6"),
          CellId.of("B1-C1"),
          BaseOrganisationId.of("B2"));
  private static final Level[] LEVELS = Level.values();

  /** Random decided levels, mostly HTXSNV or KHTNV so that runs happen. */
  static Map<EntityId, Level> randomLevels(Random random) {
    Map<EntityId, Level> levels = new LinkedHashMap<>();
    for (EntityId id : ENTITIES) {
      int r = random.nextInt(10);
      if (r < 5) {
        levels.put(id, Level.HTXSNV);
      } else if (r < 7) {
        levels.put(id, Level.KHTNV);
      } else if (r < 9) {
        levels.put(id, LEVELS[random.nextInt(LEVELS.length)]);
      }
    }
    return levels;
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, 25).mapToObj(i -> 1000L + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void addingAYear_keepsEveryEarlierYearAndItsFindings_Y1Y2(long seed) {
    Random random = new Random(seed);
    RootHistory history = RootHistory.empty(HistoryFixtures.ROOT);
    List<HistoryYear> added = new ArrayList<>();
    List<List<HistoryFinding>> findings = new ArrayList<>();
    int y = 2018;
    int years = 3 + random.nextInt(6);
    for (int i = 0; i < years; i++) {
      y += random.nextInt(6) == 0 ? 2 : 1; // sometimes a gap year
      HistoryYear next = year(y, randomLevels(random));
      RootHistory longer = history.withYear(next);

      assertThat(history.size()).isEqualTo(i);
      assertThat(longer.size()).isEqualTo(i + 1);
      assertThat(longer.last()).isSameAs(next);
      List<HistoryYear> kept = longer.years();
      for (int k = 0; k < added.size(); k++) {
        assertThat(kept.get(k)).isSameAs(added.get(k));
        assertThat(longer.findings(added.get(k).year())).isEqualTo(findings.get(k));
      }
      added.add(next);
      findings.add(longer.findings(next.year()));
      history = longer;
    }
    assertThat(history).isEqualTo(RootHistory.of(HistoryFixtures.ROOT, added));
    assertThat(history.hashCode())
        .isEqualTo(RootHistory.of(HistoryFixtures.ROOT, added).hashCode());
  }

  @Test
  void aYearIsAddedOnlyAfterTheLast() {
    RootHistory h = RootHistory.empty(HistoryFixtures.ROOT).withYear(year(2022, Map.of()));

    assertThatThrownBy(() -> h.withYear(year(2022, Map.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ends in 2022")
        .hasMessageContaining("withYearReplaced");
    assertThatThrownBy(() -> h.withYear(year(2021, Map.of())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aYearOfAnotherRoot_isRefused() {
    RootHistory other = RootHistory.empty(RootId.of("OTHER"));

    assertThatThrownBy(() -> other.withYear(year(2022, Map.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DUK-T")
        .hasMessageContaining("OTHER");
  }

  @Test
  void replacingAYear_sharesTheEarlierYearsAndKeepsTheLaterOnes() {
    HistoryYear y2021 = year(2021, Map.of());
    HistoryYear y2022 = year(2022, Map.of());
    HistoryYear y2023 = year(2023, Map.of());
    RootHistory h = RootHistory.of(HistoryFixtures.ROOT, List.of(y2021, y2022, y2023));
    HistoryYear corrected = year(2022, Map.of(m("M1"), Level.KHTNV));

    RootHistory fixed = h.withYearReplaced(corrected);

    assertThat(fixed.years()).containsExactly(y2021, corrected, y2023);
    assertThat(fixed.years().get(0)).isSameAs(y2021);
    assertThat(fixed.years().get(2)).isSameAs(y2023);
    assertThat(fixed).isNotEqualTo(h);
    assertThat(h.get(Year.of(2022))).isSameAs(y2022);
    assertThatThrownBy(() -> h.withYearReplaced(year(2020, Map.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no year 2020");
  }

  @Test
  void lookups() {
    HistoryYear y2021 = year(2021, Map.of());
    HistoryYear y2023 = year(2023, Map.of());
    RootHistory h = RootHistory.of(HistoryFixtures.ROOT, List.of(y2021, y2023));

    assertThat(h.yearsHeld()).containsExactly(Year.of(2021), Year.of(2023));
    assertThat(h.year(Year.of(2022))).isEmpty();
    assertThat(h.previous(Year.of(2023))).isEmpty();
    assertThat(h.previous(Year.of(2022))).contains(y2021);
    assertThat(h.isEmpty()).isFalse();
    assertThat(RootHistory.empty(HistoryFixtures.ROOT).isEmpty()).isTrue();
    assertThat(h.toString()).contains("DUK-T", "2021", "2023");
    assertThatThrownBy(() -> RootHistory.empty(HistoryFixtures.ROOT).last())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> h.get(Year.of(2022)))
        .hasMessageContaining("[2021, 2023]")
        .hasMessageContaining("2022");
  }

  @Test
  void aRatingOfAnotherYearOrRoot_isRefused() {
    HistoryYear y2022 = year(2022, Map.of());
    HistoryYear y2023 = year(2023, Map.of());

    assertThatThrownBy(() -> HistoryYear.of(y2023.root(), y2023.facts(), y2022.rating()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2022")
        .hasMessageContaining("2023");
    assertThat(HistoryYear.of(y2023.root(), y2023.facts(), y2023.rating())).isEqualTo(y2023);
    assertThat(y2023.decided()).isEmpty();
    assertThat(y2023.toString()).isEqualTo("HistoryYear[DUK-T 2023]");
  }
}
