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

  /** REFERENCE M3: admitted 15/01/1990, out 01/01/2000, back 01/01/2002: 33 years on 15/01/2025. */
  @Test
  void aTwoYearGap_isSubtractedInCalendarTerms_33Years_M3() {
    Member member =
        withGaps(
            "m1",
            LocalDate.of(1990, 1, 15),
            // Out from 01/01/2000, back on 01/01/2002: the gap's last day is 31/12/2001.
            DateRange.of(LocalDate.of(2000, 1, 1), LocalDate.of(2001, 12, 31)));

    assertThat(PartyAge.gapsBefore(member, LocalDate.of(2025, 1, 15))).isEqualTo(Period.ofYears(2));
    assertThat(PartyAge.on(member, LocalDate.of(2025, 1, 15))).isEqualTo(Period.ofYears(33));
    assertThat(PartyAge.on(member, LocalDate.of(2025, 1, 14))).isEqualTo(Period.of(32, 11, 30));
    // As a count of days (731) added to the admission date, it would be 32 years 11 months.
    assertThat(PartyAge.gapDaysBefore(member, LocalDate.of(2025, 1, 15))).isEqualTo(731);
    assertThat(Badges.dueDate(member, 30)).isEqualTo(LocalDate.of(2022, 1, 15));
  }

  /** A gap spanning 29 February is a month, as in a common year, not 29 days. */
  @Test
  void aGapSpanning29February_isOneMonth_M3() {
    Member leap =
        withGaps(
            "m1",
            LocalDate.of(1995, 3, 15),
            DateRange.of(LocalDate.of(2004, 2, 1), LocalDate.of(2004, 2, 29)));
    Member common =
        withGaps(
            "m2",
            LocalDate.of(1995, 3, 15),
            DateRange.of(LocalDate.of(2005, 2, 1), LocalDate.of(2005, 2, 28)));

    assertThat(PartyAge.gapsBefore(leap, LocalDate.of(2025, 1, 1))).isEqualTo(Period.ofMonths(1));
    assertThat(PartyAge.gapsBefore(common, LocalDate.of(2025, 1, 1))).isEqualTo(Period.ofMonths(1));
    // 30 years on 15/04/2025 for both, not 13/04 (29 days) or 12/04 (28 days).
    assertThat(PartyAge.on(leap, LocalDate.of(2025, 4, 15))).isEqualTo(Period.ofYears(30));
    assertThat(PartyAge.on(leap, LocalDate.of(2025, 4, 14))).isEqualTo(Period.of(29, 11, 30));
    assertThat(Badges.dueDate(leap, 30)).isEqualTo(LocalDate.of(2025, 4, 15));
    assertThat(Badges.dueDate(common, 30)).isEqualTo(LocalDate.of(2025, 4, 15));
  }

  /** A gap from 10/02/2008 to 09/03/2008 (28 February included) is one month exactly. */
  @Test
  void aGapAcross29February_endingMidMonth_isOneMonth_M3() {
    Member member =
        withGaps(
            "m1",
            LocalDate.of(2000, 3, 10),
            DateRange.of(LocalDate.of(2008, 2, 10), LocalDate.of(2008, 3, 9)));

    assertThat(PartyAge.gapsBefore(member, LocalDate.of(2022, 1, 1))).isEqualTo(Period.ofMonths(1));
    assertThat(PartyAge.on(member, LocalDate.of(2022, 4, 10))).isEqualTo(Period.ofYears(22));
  }

  /** During a gap, party age does not grow; a gap still running at the day counts up to it. */
  @Test
  void onADayInsideAGap_onlyThePartBeforeTheDayCounts_M3() {
    Member member =
        withGaps(
            "m1",
            LocalDate.of(2000, 3, 10),
            DateRange.of(LocalDate.of(2010, 3, 10), LocalDate.of(2012, 3, 9)));

    assertThat(PartyAge.on(member, LocalDate.of(2011, 3, 10))).isEqualTo(Period.ofYears(10));
    assertThat(PartyAge.on(member, LocalDate.of(2012, 3, 10))).isEqualTo(Period.ofYears(10));
    assertThat(PartyAge.on(member, LocalDate.of(2013, 3, 10))).isEqualTo(Period.ofYears(11));
  }
}
