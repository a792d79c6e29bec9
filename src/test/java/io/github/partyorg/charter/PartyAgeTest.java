package io.github.partyorg.charter;

import static io.github.partyorg.charter.MembershipFixtures.admittedOn;
import static io.github.partyorg.charter.MembershipFixtures.withGaps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.structure.DateRange;
import io.github.partyorg.structure.Member;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class PartyAgeTest {

  private static final LocalDate ADMISSION = LocalDate.of(2000, 3, 10);

  @Test
  void noGaps_countsFromTheAdmissionDecision_M3() {
    Member member = admittedOn("m1", ADMISSION);

    assertThat(PartyAge.on(member, LocalDate.of(2022, 5, 12))).isEqualTo(Period.of(22, 2, 2));
    assertThat(PartyAge.completedYears(member, LocalDate.of(2022, 5, 12))).isEqualTo(22);
  }

  @Test
  void onTheAdmissionDate_isZero_M3() {
    assertThat(PartyAge.on(admittedOn("m1", ADMISSION), ADMISSION)).isEqualTo(Period.ZERO);
  }

  @Test
  void dayBeforeAndOnTheAnniversary_completedYears_M3() {
    Member member = admittedOn("m1", ADMISSION);

    assertThat(PartyAge.completedYears(member, LocalDate.of(2020, 3, 9))).isEqualTo(19);
    assertThat(PartyAge.completedYears(member, LocalDate.of(2020, 3, 10))).isEqualTo(20);
  }

  @Test
  void aGapOf365Days_isSubtracted_M3() {
    Member member =
        withGaps(
            "m1", ADMISSION, DateRange.of(LocalDate.of(2005, 1, 1), LocalDate.of(2005, 12, 31)));

    assertThat(PartyAge.gapDaysBefore(member, LocalDate.of(2022, 3, 10))).isEqualTo(365);
    // Effective start 2001-03-10.
    assertThat(PartyAge.on(member, LocalDate.of(2022, 3, 10))).isEqualTo(Period.of(21, 0, 0));
    assertThat(PartyAge.completedYears(member, LocalDate.of(2022, 3, 9))).isEqualTo(20);
  }

  @Test
  void aGapPartlyAfterTheDate_countsOnlyItsDaysBeforeTheDate_M3() {
    Member member =
        withGaps(
            "m1", ADMISSION, DateRange.of(LocalDate.of(2010, 3, 1), LocalDate.of(2010, 12, 31)));

    // Days 2010-03-01 .. 2010-03-10 fall before 2010-03-11: 10 days.
    assertThat(PartyAge.gapDaysBefore(member, LocalDate.of(2010, 3, 11))).isEqualTo(10);
    assertThat(PartyAge.on(member, LocalDate.of(2010, 3, 11))).isEqualTo(Period.of(9, 11, 19));
  }

  @Test
  void aGapStartingOnTheDate_countsNothing_M3() {
    Member member =
        withGaps(
            "m1", ADMISSION, DateRange.of(LocalDate.of(2010, 3, 10), LocalDate.of(2010, 12, 31)));

    assertThat(PartyAge.on(member, LocalDate.of(2010, 3, 10))).isEqualTo(Period.ofYears(10));
  }

  @Test
  void twoGaps_areBothSubtracted_M3() {
    Member member =
        withGaps(
            "m1",
            ADMISSION,
            DateRange.of(LocalDate.of(2002, 1, 1), LocalDate.of(2002, 1, 31)),
            DateRange.of(LocalDate.of(2004, 2, 1), LocalDate.of(2004, 2, 29)));

    assertThat(PartyAge.gapDaysBefore(member, LocalDate.of(2022, 1, 1))).isEqualTo(31 + 29);
    // In calendar terms: January 2002 is one month, February 2004 one month (29 days in a leap
    // year, still one month). Effective start 2000-03-10 + 2 months = 2000-05-10.
    assertThat(PartyAge.gapsBefore(member, LocalDate.of(2022, 1, 1))).isEqualTo(Period.ofMonths(2));
    assertThat(PartyAge.on(member, LocalDate.of(2022, 5, 10))).isEqualTo(Period.ofYears(22));
    assertThat(PartyAge.on(member, LocalDate.of(2022, 5, 9))).isEqualTo(Period.of(21, 11, 29));
  }

  @Test
  void admittedOn29February_completesTheYearOn28FebruaryOfACommonYear_M3() {
    Member member = admittedOn("m1", LocalDate.of(2004, 2, 29));

    assertThat(PartyAge.on(member, LocalDate.of(2005, 2, 27))).isEqualTo(Period.of(0, 11, 29));
    assertThat(PartyAge.on(member, LocalDate.of(2005, 2, 28))).isEqualTo(Period.ofYears(1));
    assertThat(PartyAge.on(member, LocalDate.of(2005, 3, 1))).isEqualTo(Period.of(1, 0, 1));
  }

  @Test
  void dateBeforeAdmission_isRefused_M3() {
    Member member = admittedOn("m1", ADMISSION);

    assertThatThrownBy(() -> PartyAge.on(member, ADMISSION.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("m1")
        .hasMessageNotContaining(member.fullName());
  }

  @Test
  void nullArguments_areRefused_M3() {
    assertThatThrownBy(() -> PartyAge.on(null, ADMISSION))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("member");
    assertThatThrownBy(() -> PartyAge.on(admittedOn("m1", ADMISSION), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date");
  }
}
