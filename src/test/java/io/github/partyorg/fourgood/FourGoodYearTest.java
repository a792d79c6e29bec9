package io.github.partyorg.fourgood;

import static io.github.partyorg.fourgood.FourGoodFixtures.C1;
import static io.github.partyorg.fourgood.FourGoodFixtures.YEAR;
import static io.github.partyorg.fourgood.FourGoodFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class FourGoodYearTest {

  @Test
  void meetingDatedOutsideTheYear_isRefusedNamingCellAndDate() {
    assertThatThrownBy(
            () ->
                FourGoodYear.builder()
                    .year(YEAR)
                    .addMeetings(
                        meeting(C1, LocalDate.of(2022, 12, 30), MeetingKind.REGULAR).build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The meeting of cell C1 on 2022-12-30 is dated outside the year 2023; record it in"
                + " that year's records.");
  }

  @Test
  void sheetOutsideTheYearOrTwiceForAMonth_isRefused_F3() {
    assertThatThrownBy(
            () ->
                FourGoodYear.builder()
                    .year(YEAR)
                    .addMonthlySheets(MonthlySheet.of(C1, YearMonth.of(2024, 1), "1.1"))
                    .build())
        .hasMessage("The sheet of C1 for 2024-01 is outside the year 2023.");
    assertThatThrownBy(
            () ->
                FourGoodYear.builder()
                    .year(YEAR)
                    .addMonthlySheets(MonthlySheet.of(C1, YearMonth.of(2023, 1), "1.1"))
                    .addMonthlySheets(MonthlySheet.of(C1, YearMonth.of(2023, 1), "1.2"))
                    .build())
        .hasMessage("There are two of the sheet of C1 for 2023-01; merge them into one sheet.");
  }

  @Test
  void lastAnswerCountsAndMonthsAreCounted() {
    FourGoodYear year =
        FourGoodYear.builder()
            .year(YEAR)
            .addReportedAnswers(new ReportedAnswer(C1, "3.2", false, "a"))
            .addReportedAnswers(new ReportedAnswer(C1, " 3.2 ", true, "b"))
            .addMonthlySheets(MonthlySheet.of(C1, YearMonth.of(2023, 1), "1.1"))
            .addMonthlySheets(MonthlySheet.of(C1, YearMonth.of(2023, 2), "1.2"))
            .build();
    assertThat(year.answer(C1, "3.2")).hasValueSatisfying(a -> assertThat(a.met()).isTrue());
    assertThat(year.answer(C1, "9.9")).isEmpty();
    assertThat(year.monthsMet(C1, "1.1")).isEqualTo(1);
    assertThat(year.meetingRecords(C1).meetings()).isEmpty();
  }
}
