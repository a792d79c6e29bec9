package io.github.partyorg.history;

import static io.github.partyorg.history.HistoryFixtures.history;
import static io.github.partyorg.history.HistoryFixtures.m;
import static io.github.partyorg.history.HistoryFixtures.year;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.rating.Level;
import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.Catalogue;
import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.Language;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Y1 (five years at HTXSNV) and Y2 (two years at KHTNV), on both sides of every count. */
class CommendationAndStrikingOffTest {

  private static Map<Integer, Map<? extends EntityId, Level>> years(
      int first, int last, Map<? extends EntityId, Level> levels) {
    Map<Integer, Map<? extends EntityId, Level>> map = new LinkedHashMap<>();
    for (int y = first; y <= last; y++) {
      map.put(y, levels);
    }
    return map;
  }

  @Test
  void fiveYearsAtHtxsnv_proposesTheMemberForACommendation_Y1() {
    RootHistory h = history(years(2019, 2023, Map.of(m("M1"), Level.HTXSNV)));

    List<HistoryFinding> found = h.commendationCandidates(Year.of(2023));

    assertThat(found).hasSize(1);
    HistoryFinding f = found.get(0);
    assertThat(f.rule()).isEqualTo(HistoryRule.Y1);
    assertThat(f.entityId()).isEqualTo(m("M1"));
    assertThat(f.years())
        .containsExactly(Year.of(2019), Year.of(2020), Year.of(2021), Year.of(2022), Year.of(2023));
    assertThat(f.text().vi())
        .contains("M1", "05 năm liên tục (2019-2023)", "06-HD/TW", "19.2", "giấy khen");
    assertThat(f.text().en()).contains("M1", "five years in a row (2019-2023)", "06-HD/TW");
    assertThat(f.citation().vi()).contains("06-HD/TW");
    // A finding is data: a catalogue key and its arguments, equal by value, rendered when read.
    assertThat(f.message().key()).isEqualTo("history.Y1.member");
    assertThat(h.commendationCandidates(Year.of(2023)).get(0)).isEqualTo(f);
    Catalogue own =
        Catalogue.standard()
            .withOverrides(
                Language.VI,
                Map.of("history.Y1.member", "Đảng viên {0}: 05 năm liền HTXSNV ({1}), theo {2}."));
    assertThat(f.text(own).vi())
        .isEqualTo(
            "Đảng viên M1: 05 năm liền HTXSNV (2019-2023), theo "
                + HistoryRule.Y1.citation().vi()
                + ".");
    assertThat(f.text(own).en()).isEqualTo(f.text().en());
  }

  @Test
  void fourYearsAtHtxsnv_isNotEnough_Y1() {
    RootHistory h = history(years(2019, 2022, Map.of(m("M1"), Level.HTXSNV)));

    assertThat(h.commendationCandidates(Year.of(2022))).isEmpty();
    assertThat(h.findings(Year.of(2022))).isEmpty();
  }

  @Test
  void fourYearsInHistoryButTheFifthBeforeTheHistoryStarts_isNotEnough_Y1() {
    RootHistory h = history(years(2020, 2023, Map.of(m("M1"), Level.HTXSNV)));

    assertThat(h.commendationCandidates(Year.of(2023))).isEmpty();
  }

  @Test
  void aYearAtHttnvInsideTheRun_breaksIt_Y1() {
    Map<Integer, Map<? extends EntityId, Level>> levels =
        years(2019, 2023, Map.of(m("M1"), Level.HTXSNV));
    levels.put(2021, Map.of(m("M1"), Level.HTTNV));

    assertThat(history(levels).commendationCandidates(Year.of(2023))).isEmpty();
  }

  @Test
  void aYearMissingFromTheHistory_breaksTheRun_Y1() {
    Map<Integer, Map<? extends EntityId, Level>> levels =
        years(2018, 2023, Map.of(m("M1"), Level.HTXSNV));
    levels.remove(2020);

    RootHistory h = history(levels);

    assertThat(h.yearsHeld()).doesNotContain(Year.of(2020)).hasSize(5);
    assertThat(h.commendationCandidates(Year.of(2023))).isEmpty();
  }

  @Test
  void sixYearsAtHtxsnv_isFoundWithTheLastFiveYears_Y1() {
    RootHistory h = history(years(2018, 2023, Map.of(m("M1"), Level.HTXSNV)));

    assertThat(h.commendationCandidates(Year.of(2023)))
        .singleElement()
        .satisfies(f -> assertThat(f.firstYear()).isEqualTo(Year.of(2019)));
    assertThat(h.commendationCandidates(Year.of(2022)))
        .singleElement()
        .satisfies(f -> assertThat(f.firstYear()).isEqualTo(Year.of(2018)));
  }

  @Test
  void anOrganisationFiveYearsAtHtxsnv_isConsideredExemplary_Y1() {
    BaseOrganisationId b2 = BaseOrganisationId.of("B2");
    RootHistory fourYears = history(years(2020, 2023, Map.of(b2, Level.HTXSNV)));
    RootHistory fiveYears = history(years(2019, 2023, Map.of(b2, Level.HTXSNV)));

    assertThat(fourYears.commendationCandidates(Year.of(2023))).isEmpty();
    assertThat(fiveYears.commendationCandidates(Year.of(2023)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.entityId()).isEqualTo(b2);
              assertThat(f.text().vi()).contains("B2", "trong sạch, vững mạnh tiêu biểu");
              assertThat(f.text().vi()).contains("21-HD/BTCTW");
            });
  }

  @Test
  void twoYearsAtKhtnv_considersStrikingOff_Y2() {
    RootHistory h = history(years(2022, 2023, Map.of(m("M3"), Level.KHTNV)));

    List<HistoryFinding> found = h.strikingOffCandidates(Year.of(2023));

    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(HistoryRule.Y2);
              assertThat(f.entityId()).isEqualTo(m("M3"));
              assertThat(f.years()).containsExactly(Year.of(2022), Year.of(2023));
              assertThat(f.text().vi())
                  .contains("M3", "02 năm liên tục (2022-2023)", "24-QĐ/TW", "điểm 8", "294-QĐ/TW");
              assertThat(f.text().en())
                  .contains("M3", "two years in a row", "strike the member off", "24-QĐ/TW");
            });
    assertThat(h.findings(Year.of(2023))).isEqualTo(found);
  }

  @Test
  void oneYearAtKhtnv_isNotEnough_Y2() {
    Map<Integer, Map<? extends EntityId, Level>> levels = new LinkedHashMap<>();
    levels.put(2022, Map.of(m("M3"), Level.HTNV));
    levels.put(2023, Map.of(m("M3"), Level.KHTNV));

    RootHistory h = history(levels);

    assertThat(h.strikingOffCandidates(Year.of(2023))).isEmpty();
    assertThat(h.strikingOffCandidates(Year.of(2022))).isEmpty();
    assertThat(
            history(years(2023, 2023, Map.of(m("M3"), Level.KHTNV)))
                .strikingOffCandidates(Year.of(2023)))
        .isEmpty();
  }

  @Test
  void khtnvInTwoYearsWithAGapBetween_isNotTwoYearsInARow_Y2() {
    Map<Integer, Map<? extends EntityId, Level>> levels = new LinkedHashMap<>();
    levels.put(2021, Map.of(m("M3"), Level.KHTNV));
    levels.put(2023, Map.of(m("M3"), Level.KHTNV));

    assertThat(history(levels).strikingOffCandidates(Year.of(2023))).isEmpty();
  }

  @Test
  void aMemberMovedBetweenCells_keepsTheRun_Y1() {
    RootHistory h = RootHistory.empty(HistoryFixtures.ROOT);
    for (int y = 2019; y <= 2023; y++) {
      HistoryFixtures.Layout layout = HistoryFixtures.Layout.standard();
      if (y >= 2021) {
        layout.cells.put("B1-C1", List.of(HistoryFixtures.member("M2")));
        layout.cells.put(
            "B3-C1", List.of(HistoryFixtures.member("M4"), HistoryFixtures.member("M1")));
      }
      h =
          h.withYear(
              HistoryYear.rate(
                  layout.root(y), HistoryFixtures.decided(y, Map.of(m("M1"), Level.HTXSNV))));
    }

    assertThat(h.commendationCandidates(Year.of(2023)))
        .extracting(HistoryFinding::entityId)
        .containsExactly(m("M1"));
  }

  @Test
  void findingsAreMadeOnlyForAYearHeld() {
    RootHistory h = history(years(2022, 2023, Map.of()));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> h.findings(Year.of(2021)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DUK-T")
        .hasMessageContaining("2021");
    assertThat(year(2023, Map.of()).level(m("M1"))).isEmpty();
  }
}
