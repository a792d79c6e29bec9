package io.github.partyorg.charter;

import static io.github.partyorg.charter.CharterFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.Root;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class S8CongressTermTest {
  private static final LocalDate LAST_CONGRESS = LocalDate.of(2017, 6, 15);
  private static final LocalDate DUE = LocalDate.of(2022, 6, 15);
  private static final LocalDate LATEST = LocalDate.of(2023, 6, 15);

  private static BaseOrganisation.Builder base() {
    return baseCell("b1", led("b1", 3, 0));
  }

  private static Root congressOn(LocalDate day) {
    return rootOf(base().lastCongressOn(day).build());
  }

  @Test
  void checkedFiveYearsAfterTheLastCongress_compliesWithS8() {
    assertThat(findings(congressOn(LAST_CONGRESS), CharterRule.S8, DUE)).isEmpty();
  }

  @Test
  void checkedFiveYearsAndOneDayAfterTheLastCongress_warnsS8() {
    assertThat(findings(congressOn(LAST_CONGRESS), CharterRule.S8, DUE.plusDays(1)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.entityId()).isEqualTo(BaseOrganisationId.of("b1"));
              assertThat(f.message().vi())
                  .contains("đại hội gần nhất ngày 15/06/2017", "15/06/2022", "15/06/2023");
              assertThat(f.message().en())
                  .contains("last congress on 2017-06-15", "2022-06-15", "2023-06-15");
            });
  }

  @Test
  void checkedSixYearsAfterTheLastCongress_warnsButIsNotOverdueUnderS8() {
    assertThat(findings(congressOn(LAST_CONGRESS), CharterRule.S8, LATEST))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void checkedSixYearsAndOneDayAfterTheLastCongress_violatesS8() {
    assertThat(findings(congressOn(LAST_CONGRESS), CharterRule.S8, LATEST.plusDays(1)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message().vi()).contains("quá hạn", "16/06/2023", "15/06/2023");
              assertThat(f.message().en()).contains("overdue", "2023-06-16", "2023-06-15");
            });
  }

  @Test
  void checkedBeforeTheLastCongress_compliesWithS8() {
    assertThat(findings(congressOn(LAST_CONGRESS), CharterRule.S8, LAST_CONGRESS.minusDays(1)))
        .isEmpty();
  }

  @Test
  void noCongressRecorded_foundedSixYearsAndOneDayBefore_violatesS8FromTheFounding() {
    Root root = rootOf(base().lastCongressOn(Optional.empty()).foundedOn(LAST_CONGRESS).build());

    assertThat(findings(root, CharterRule.S8, LATEST.plusDays(1)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message().vi()).contains("ngày thành lập 15/06/2017");
              assertThat(f.message().en()).contains("founding on 2017-06-15");
            });
  }

  @Test
  void noCongressRecorded_foundedFiveYearsBefore_compliesWithS8() {
    Root root = rootOf(base().lastCongressOn(Optional.empty()).foundedOn(LAST_CONGRESS).build());

    assertThat(findings(root, CharterRule.S8, DUE)).isEmpty();
  }

  @Test
  void lastCongressTakesPrecedenceOverTheFounding_compliesWithS8() {
    Root root = rootOf(base().foundedOn(LocalDate.of(1990, 1, 1)).build());

    assertThat(findings(root, CharterRule.S8)).isEmpty();
  }

  @Test
  void neitherCongressNorFoundingRecorded_cannotBeCheckedUnderS8() {
    Root root = rootOf(base().lastCongressOn(Optional.empty()).build());

    assertThat(findings(root, CharterRule.S8))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message().vi()).contains("ngày đại hội gần nhất");
              assertThat(f.message().en()).contains("Record the date of the last congress");
            });
  }

  @Test
  void congressOnTwentyNinthOfFebruary_isDueOnTwentyEighthUnderS8() {
    Root root = congressOn(LocalDate.of(2016, 2, 29));

    assertThat(findings(root, CharterRule.S8, LocalDate.of(2021, 2, 28))).isEmpty();
    assertThat(findings(root, CharterRule.S8, LocalDate.of(2021, 3, 1)))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    assertThat(findings(root, CharterRule.S8, LocalDate.of(2022, 3, 1)))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }
}
