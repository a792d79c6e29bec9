package io.github.partyorg.charter;

import static io.github.partyorg.charter.MembershipFixtures.admittedOn;
import static io.github.partyorg.charter.MembershipFixtures.withGaps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.partyorg.structure.DateRange;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberId;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BadgesTest {

  private static final Year Y2022 = Year.of(2022);

  @Test
  void milestones_haveNo35Badge_M4() {
    assertThat(Badges.MILESTONES)
        .containsExactly(30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90)
        .doesNotContain(35);
  }

  @ParameterizedTest
  @ValueSource(ints = {35, 0, 29, 31, 95, -30})
  void noBadgeForOtherYears_isRefused_M4(int years) {
    Member member = admittedOn("m1", LocalDate.of(1980, 1, 1));

    assertThatThrownBy(() -> Badges.dueDate(member, years))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no party badge for " + years);
  }

  @Test
  void the35thYear_dueNothingEvenEarly_M4() {
    Member member = admittedOn("m1", LocalDate.of(1987, 6, 1));

    assertThat(Badges.dueIn(member, Y2022, EarlyAward.NONE)).isEmpty();
    assertThat(Badges.dueIn(member, Y2022, EarlyAward.SERIOUS_ILLNESS)).isEmpty();
  }

  @Test
  void dueOnFirstJanuaryOfTheYear_isDue_M4() {
    Member member = admittedOn("m1", LocalDate.of(1992, 1, 1));

    assertThat(Badges.dueIn(member, Y2022, EarlyAward.NONE))
        .containsExactly(BadgeDue.onTime(MemberId.of("m1"), 30, LocalDate.of(2022, 1, 1)));
  }

  @Test
  void dueOn31DecemberOfTheYear_isDue_M4() {
    Member member = admittedOn("m1", LocalDate.of(1992, 12, 31));

    assertThat(Badges.dueIn(member, Y2022, EarlyAward.NONE))
        .containsExactly(BadgeDue.onTime(MemberId.of("m1"), 30, LocalDate.of(2022, 12, 31)));
  }

  @Test
  void dueOn31DecemberOfThePreviousYear_isNotDue_M4() {
    Member member = admittedOn("m1", LocalDate.of(1991, 12, 31));

    assertThat(Badges.dueIn(member, Y2022, EarlyAward.NONE)).isEmpty();
    assertThat(Badges.dueIn(member, Y2022, EarlyAward.SERIOUS_ILLNESS)).isEmpty();
  }

  @Test
  void dueOnFirstJanuaryOfTheNextYear_isNotDueWithoutEarlyAward_M4() {
    assertThat(Badges.dueIn(admittedOn("m1", LocalDate.of(1993, 1, 1)), Y2022, EarlyAward.NONE))
        .isEmpty();
  }

  @Test
  void seriouslyIll_dueExactly12MonthsAfterTheYear_isEarly_M4() {
    Member member = admittedOn("m1", LocalDate.of(1993, 12, 31));

    assertThat(Badges.dueIn(member, Y2022, EarlyAward.SERIOUS_ILLNESS))
        .containsExactly(
            new BadgeDue(
                MemberId.of("m1"),
                30,
                LocalDate.of(2023, 12, 31),
                true,
                LocalDate.of(2022, 12, 31)));
  }

  @Test
  void seriouslyIll_due12MonthsAndOneDayAfterTheYear_isNotDue_M4() {
    Member member = admittedOn("m1", LocalDate.of(1994, 1, 1));

    assertThat(Badges.dueIn(member, Y2022, EarlyAward.SERIOUS_ILLNESS)).isEmpty();
  }

  @Test
  void seriouslyIll_65BadgeHasA12MonthWindow_M4() {
    assertThat(Badges.earlyWindowMonths(65)).isEqualTo(12);
    assertThat(
            Badges.dueIn(
                admittedOn("m1", LocalDate.of(1959, 1, 1)), Y2022, EarlyAward.SERIOUS_ILLNESS))
        .isEmpty();
  }

  @Test
  void seriouslyIll_70BadgeDueExactly24MonthsAfterTheYear_isEarly_M4() {
    Member member = admittedOn("m1", LocalDate.of(1954, 12, 31));

    assertThat(Badges.earlyWindowMonths(70)).isEqualTo(24);
    assertThat(Badges.dueIn(member, Y2022, EarlyAward.SERIOUS_ILLNESS))
        .containsExactly(
            new BadgeDue(
                MemberId.of("m1"),
                70,
                LocalDate.of(2024, 12, 31),
                true,
                LocalDate.of(2022, 12, 31)));
    assertThat(Badges.dueIn(member, Y2022, EarlyAward.NONE)).isEmpty();
  }

  @Test
  void seriouslyIll_70BadgeDue24MonthsAndOneDayAfterTheYear_isNotDue_M4() {
    assertThat(
            Badges.dueIn(
                admittedOn("m1", LocalDate.of(1955, 1, 1)), Y2022, EarlyAward.SERIOUS_ILLNESS))
        .isEmpty();
  }

  @Test
  void seriouslyIll_aBadgeDueInTheYearAndAnotherEarly_listsBothInOrder_M4() {
    // 85 years on 2022-03-01, 90 years on 2027-03-01: out of the 24-month window.
    Member member = admittedOn("m1", LocalDate.of(1937, 3, 1));
    assertThat(Badges.dueIn(member, Y2022, EarlyAward.SERIOUS_ILLNESS))
        .extracting(BadgeDue::years)
        .containsExactly(85);
    // 45 years on 2022-06-01 and 50 years on 2027: only the 45 badge.
    Member younger = admittedOn("m2", LocalDate.of(1977, 6, 1));
    assertThat(Badges.dueIn(younger, Y2022, EarlyAward.SERIOUS_ILLNESS))
        .extracting(BadgeDue::years, BadgeDue::early)
        .containsExactly(tuple(45, false));
  }

  @Test
  void seriouslyIll_aBadgeDueInTheYear_isNotFlaggedEarly_M4() {
    Member member = admittedOn("m1", LocalDate.of(1942, 11, 30));

    assertThat(Badges.dueIn(member, Y2022, EarlyAward.SERIOUS_ILLNESS))
        .containsExactly(BadgeDue.onTime(MemberId.of("m1"), 80, LocalDate.of(2022, 11, 30)));
  }

  @Test
  void aGapOf365Days_movesTheDueDate_M4() {
    Member member =
        withGaps(
            "m1",
            LocalDate.of(1990, 1, 1),
            DateRange.of(LocalDate.of(1995, 1, 1), LocalDate.of(1995, 12, 31)));

    assertThat(Badges.dueDate(member, 30)).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(Badges.dueIn(member, Year.of(2020), EarlyAward.NONE)).isEmpty();
    assertThat(Badges.dueIn(member, Year.of(2021), EarlyAward.NONE))
        .extracting(BadgeDue::dueDate)
        .containsExactly(LocalDate.of(2021, 1, 1));
  }

  @Test
  void aGapReachedOnlyAfterTheFirstShift_movesTheDueDateFurther_M4() {
    Member member =
        withGaps(
            "m1",
            LocalDate.of(1990, 1, 1),
            DateRange.of(LocalDate.of(1995, 1, 1), LocalDate.of(1995, 12, 31)),
            DateRange.of(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 30)));

    LocalDate due = Badges.dueDate(member, 30);
    // The June 2020 gap is one month in calendar terms (not 30 days): 1991-01-01 + 1 month.
    assertThat(due).isEqualTo(LocalDate.of(2021, 2, 1));
    assertThat(PartyAge.completedYears(member, due)).isEqualTo(30);
    assertThat(PartyAge.completedYears(member, due.minusDays(1))).isEqualTo(29);
  }

  @Test
  void reasons_citeTheGuidanceAndTellEarlyFromDue_M4() {
    BadgeDue due = BadgeDue.onTime(MemberId.of("m1"), 30, LocalDate.of(2022, 1, 1));
    BadgeDue early =
        new BadgeDue(
            MemberId.of("m1"), 70, LocalDate.of(2024, 1, 1), true, LocalDate.of(2022, 1, 1));

    assertThat(due.rule()).isEqualTo(CharterRule.M4);
    assertThat(due.reason().vi())
        .isEqualTo(
            "Đủ 30 năm tuổi Đảng ngày 01/01/2022, đề nghị xét tặng Huy hiệu 30 năm tuổi Đảng"
                + " (M4, Quy định 24-QĐ/TW (2021); Hướng dẫn 01-HD/TW (2021), điểm 18).");
    assertThat(early.reason().vi())
        .contains("bệnh nặng")
        .contains("tặng sớm Huy hiệu 70 năm tuổi Đảng từ ngày 01/01/2022");
    assertThat(early.reason().en()).contains("early").contains("point 18");
    assertThat(due.toString()).startsWith("M4 badge due [m1]: Reaches 30 years");
  }

  @Test
  void invalidArguments_areRefused_M4() {
    Member member = admittedOn("m1", LocalDate.of(1990, 1, 1));
    assertThatThrownBy(() -> BadgeDue.onTime(MemberId.of("m1"), 35, LocalDate.of(2022, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Badges.earlyWindowMonths(35))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Badges.dueIn(null, Y2022, EarlyAward.NONE))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("member");
    assertThatThrownBy(() -> Badges.dueIn(member, null, EarlyAward.NONE))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("year");
    assertThatThrownBy(() -> Badges.dueIn(member, Y2022, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("earlyAward");
    assertThatThrownBy(() -> Badges.dueDate(null, 30))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("member");
    assertThat(EarlyAward.SERIOUS_ILLNESS.label().vi()).isEqualTo("Đảng viên bị bệnh nặng");
  }

  /**
   * M4 early window from the day the party age is reached (default policy): a 60-year badge due on
   * 30/12/2026 may be awarded from 30/12/2025, not on 01/03/2025; the end-of-year reading offered
   * it all 2025 long, almost two years early.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "2025-03-01, FROM_DUE_DAY, false",
    "2025-12-29, FROM_DUE_DAY, false",
    "2025-12-30, FROM_DUE_DAY, true",
    "2025-12-31, FROM_DUE_DAY, true",
    "2025-03-01, FROM_END_OF_AWARD_YEAR, true",
    "2024-12-31, FROM_END_OF_AWARD_YEAR, false"
  })
  void earlyWindow_countedFromTheDueDay_M4(
      LocalDate awardDay, EarlyBadgeWindow window, boolean offered) {
    Member member = admittedOn("m1", LocalDate.of(1966, 12, 30));
    assertThat(Badges.dueDate(member, 60)).isEqualTo(LocalDate.of(2026, 12, 30));

    List<BadgeDue> due = Badges.dueOn(member, awardDay, EarlyAward.SERIOUS_ILLNESS, window);

    if (offered) {
      assertThat(due)
          .singleElement()
          .satisfies(
              b -> {
                assertThat(b.years()).isEqualTo(60);
                assertThat(b.early()).isTrue();
                assertThat(b.earliestAwardDate())
                    .isEqualTo(
                        window == EarlyBadgeWindow.FROM_DUE_DAY
                            ? LocalDate.of(2025, 12, 30)
                            : LocalDate.of(2025, 1, 1));
              });
    } else {
      assertThat(due).isEmpty();
    }
    assertThat(Badges.dueOn(member, awardDay, EarlyAward.NONE, window)).isEmpty();
  }

  /** The 70- to 90-year badges: 24 months before the due day, both sides. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"2022-06-14, false", "2022-06-15, true"})
  void earlyWindowOf24Months_countedFromTheDueDay_M4(LocalDate awardDay, boolean offered) {
    Member member = admittedOn("m1", LocalDate.of(1954, 6, 15));

    assertThat(Badges.dueOn(member, awardDay, EarlyAward.SERIOUS_ILLNESS, EarlyBadgeWindow.DEFAULT))
        .hasSize(offered ? 1 : 0);
  }

  @Test
  void theDefaultWindowIsFromTheDueDay_M4() {
    assertThat(EarlyBadgeWindow.DEFAULT).isEqualTo(EarlyBadgeWindow.FROM_DUE_DAY);
    assertThat(EarlyBadgeWindow.FROM_DUE_DAY.label().vi()).isEqualTo("Tính từ ngày đủ tuổi đảng");
  }

  /** Seeded members with random gaps: reproducible, each case reported. */
  static Stream<Member> randomMembers() {
    Random random = new Random(20221231L);
    return IntStream.range(0, 300)
        .mapToObj(
            i -> {
              LocalDate admission = LocalDate.of(1931, 1, 1).plusDays(random.nextInt(365 * 90 - 1));
              List<DateRange> gaps = new ArrayList<>();
              LocalDate cursor = admission;
              int count = random.nextInt(4);
              for (int g = 0; g < count; g++) {
                LocalDate start = cursor.plusDays(1 + random.nextInt(365 * 12));
                LocalDate end = start.plusDays(random.nextInt(800));
                gaps.add(DateRange.of(start, end));
                cursor = end;
              }
              return withGaps("r" + i, admission, gaps.toArray(DateRange[]::new));
            });
  }

  @ParameterizedTest
  @MethodSource("randomMembers")
  void dueDate_isTheFirstDayOfTheCompletedYears_M4(Member member) {
    for (int years : Badges.MILESTONES) {
      LocalDate due = Badges.dueDate(member, years);
      assertThat(PartyAge.completedYears(member, due)).isEqualTo(years);
      assertThat(PartyAge.completedYears(member, due.minusDays(1))).isEqualTo(years - 1);
    }
  }
}
