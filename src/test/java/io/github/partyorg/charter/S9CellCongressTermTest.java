package io.github.partyorg.charter;

import static io.github.partyorg.charter.CharterFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.TreeFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class S9CellCongressTermTest {

  private static Root bloc(
      Optional<LocalDate> lastCongress, Optional<LocalDate> founded, LocalDate day) {
    Cell cell =
        Cell.builder()
            .from(ledCell("c1", 5))
            .lastCongressOn(lastCongress)
            .foundedOn(founded)
            .build();
    return TreeFixtures.root()
        .snapshotDate(day.isAfter(AS_OF) ? day : AS_OF)
        .addBaseOrganisation(baseCommittee("b1", cell, ledCell("c2", 30)).build())
        .build();
  }

  private static List<Finding> s9(
      LocalDate lastCongress, LocalDate day, CellCongressPolicy policy) {
    Root root = bloc(Optional.of(lastCongress), Optional.empty(), day);
    return CharterCheck.check(root, day, policy).stream()
        .filter(f -> f.rule() == CharterRule.S9 && f.entityId().equals(CellId.of("c1")))
        .toList();
  }

  /**
   * Twice in 5 years: due 30 months after the last congress, at most 6 months late. Both sides of
   * the due day and of the last allowed day, under each policy, before the pilot.
   */
  @ParameterizedTest
  @CsvSource({
    "2020-01-15, 2022-07-15, TWICE_PER_TERM, ",
    "2020-01-15, 2022-07-16, TWICE_PER_TERM, WARNING",
    "2020-01-15, 2023-01-15, TWICE_PER_TERM, WARNING",
    "2020-01-15, 2023-01-16, TWICE_PER_TERM, ERROR",
    "2020-01-15, 2022-07-15, PILOT_FROM_1_JULY_2025, ",
    "2020-01-15, 2022-07-16, PILOT_FROM_1_JULY_2025, WARNING",
    "2020-01-15, 2023-01-16, PILOT_FROM_1_JULY_2025, ERROR"
  })
  void twiceInFiveYears_beforeThePilot_S9(
      LocalDate last, LocalDate day, CellCongressPolicy policy, Severity expected) {
    assertSeverity(s9(last, day, policy), expected);
  }

  /**
   * From 1 July 2025 the pilot (default) allows once in 5 years: 60 months, then 6 months' grace;
   * the Charter's reading keeps 30.
   */
  @ParameterizedTest
  @CsvSource({
    // Last congress on 2023-01-10: due 2025-07-10 twice per term, 2028-01-10 under the pilot.
    "2023-01-10, 2025-06-30, PILOT_FROM_1_JULY_2025, ",
    "2023-01-10, 2025-07-11, TWICE_PER_TERM, WARNING",
    "2023-01-10, 2025-07-11, PILOT_FROM_1_JULY_2025, ",
    "2023-01-10, 2028-01-10, PILOT_FROM_1_JULY_2025, ",
    "2023-01-10, 2028-01-11, PILOT_FROM_1_JULY_2025, WARNING",
    "2023-01-10, 2028-07-10, PILOT_FROM_1_JULY_2025, WARNING",
    "2023-01-10, 2028-07-11, PILOT_FROM_1_JULY_2025, ERROR",
    "2023-01-10, 2028-07-11, TWICE_PER_TERM, ERROR",
    // Overdue on 30 June 2025 under either reading; from 1 July 2025 the pilot makes it on time.
    "2022-06-01, 2025-06-30, PILOT_FROM_1_JULY_2025, ERROR",
    "2022-06-01, 2025-07-01, PILOT_FROM_1_JULY_2025, ",
    "2022-06-01, 2025-07-01, TWICE_PER_TERM, ERROR"
  })
  void onceInFiveYears_underThePilotFrom1July2025_S9(
      LocalDate last, LocalDate day, CellCongressPolicy policy, Severity expected) {
    assertSeverity(s9(last, day, policy), expected);
  }

  private static void assertSeverity(List<Finding> findings, Severity expected) {
    if (expected == null) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings).singleElement().extracting(Finding::severity).isEqualTo(expected);
    }
  }

  @Test
  void theDefaultIsThePilot_andTheDefaultCheckUsesIt_S9() {
    assertThat(CellCongressPolicy.DEFAULT).isEqualTo(CellCongressPolicy.PILOT_FROM_1_JULY_2025);
    LocalDate day = LocalDate.of(2025, 7, 11);
    Root root = bloc(Optional.of(LocalDate.of(2023, 1, 10)), Optional.empty(), day);
    assertThat(CharterCheck.check(root, day, Set.of(CharterRule.S9))).isEmpty();
    assertThat(CharterCheck.check(root, day)).noneMatch(f -> f.rule() == CharterRule.S9);
    assertThat(CellCongressPolicy.TWICE_PER_TERM.termMonths(day)).isEqualTo(30);
    assertThat(CellCongressPolicy.PILOT_FROM_1_JULY_2025.termMonths(day.minusDays(11)))
        .isEqualTo(30);
  }

  @Test
  void overdue_saysTheDueAndLastDays_inTheBlocsRegister_S9() {
    List<Finding> findings =
        s9(LocalDate.of(2020, 1, 15), LocalDate.of(2023, 2, 1), CellCongressPolicy.DEFAULT);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message().vi())
                  .isEqualTo(
                      "Chi bộ c1 (đại hội gần nhất ngày 15/01/2020, đại hội 05 năm hai lần) đến ngày"
                          + " 01/02/2023 đã quá hạn đại hội: hạn là ngày 15/07/2022, muộn nhất ngày"
                          + " 15/01/2023 (S9). Cần tổ chức đại hội chi bộ ngay.");
              assertThat(f.citation().vi())
                  .isEqualTo("Điều lệ Đảng (2011), Điều 24; Quy định 24-QĐ/TW (2021)");
            });
  }

  @Test
  void withinTolerance_isAReminder_S9() {
    List<Finding> findings =
        s9(LocalDate.of(2023, 1, 10), LocalDate.of(2028, 2, 1), CellCongressPolicy.DEFAULT);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message().vi())
                  .contains("đại hội 05 năm một lần (thí điểm)")
                  .contains("muộn nhất ngày 10/07/2028");
              assertThat(f.citation().vi()).contains("Quy định 294-QĐ/TW (2025)");
            });
  }

  @Test
  void noCongressRecorded_countsFromTheFounding_S9() {
    LocalDate day = LocalDate.of(2023, 2, 1);
    Root root = bloc(Optional.empty(), Optional.of(LocalDate.of(2020, 1, 15)), day);

    assertThat(CharterCheck.check(root, day, Set.of(CharterRule.S9)))
        .singleElement()
        .satisfies(f -> assertThat(f.message().vi()).contains("tính từ ngày thành lập 15/01/2020"));
  }

  @Test
  void neitherDate_isAMissingFact_S9() {
    Root root = bloc(Optional.empty(), Optional.empty(), AS_OF);

    assertThat(CharterCheck.check(root, AS_OF, Set.of(CharterRule.S9)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.entityId()).isEqualTo(CellId.of("c1"));
            });
  }

  @Test
  void baseCells_areLeftToS8_S9() {
    Root root = rootOf(baseCell("b1", led("b1", 5, 0)).lastCongressOn(Optional.empty()).build());

    assertThat(CharterCheck.check(root, AS_OF, Set.of(CharterRule.S9))).isEmpty();
  }
}
