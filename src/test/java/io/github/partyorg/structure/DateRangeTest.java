package io.github.partyorg.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {
  private static final LocalDate JAN_10 = LocalDate.of(2024, 1, 10);
  private static final LocalDate JAN_20 = LocalDate.of(2024, 1, 20);
  private static final DateRange CLOSED = DateRange.of(JAN_10, JAN_20); // 11 days

  @Test
  void endBeforeStart_isRefused_andOneDayRangeIsAccepted() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DateRange.of(JAN_10, JAN_10.minusDays(1)))
        .withMessageNotContaining("2024-01-09") // issue 17: no value of the record
        .withMessageNotContaining("2024-01-10"); // issue 17: no value of the record
    assertThat(DateRange.of(JAN_10, JAN_10).daysWithin(JAN_10, JAN_20)).isEqualTo(1);
    assertThatNullPointerException().isThrownBy(() -> DateRange.from(null)).withMessage("start");
    assertThatNullPointerException()
        .isThrownBy(() -> DateRange.of(JAN_10, null))
        .withMessage("end");
  }

  @Test
  void endDate_isEmptyWhileRunning() {
    assertThat(CLOSED.endDate()).contains(JAN_20);
    assertThat(DateRange.from(JAN_10).endDate()).isEmpty();
    assertThat(DateRange.from(JAN_10).end()).isNull();
  }

  @Test
  void contains_includesBothEnds() {
    assertThat(CLOSED.contains(JAN_10.minusDays(1))).isFalse();
    assertThat(CLOSED.contains(JAN_10)).isTrue();
    assertThat(CLOSED.contains(JAN_20)).isTrue();
    assertThat(CLOSED.contains(JAN_20.plusDays(1))).isFalse();
    assertThat(DateRange.from(JAN_10).contains(JAN_20.plusYears(50))).isTrue();
  }

  @Test
  void daysWithin_countsTheWholeRangeInsideAWindow() {
    assertThat(CLOSED.daysWithin(JAN_10, JAN_20.plusDays(1))).isEqualTo(11);
    assertThat(CLOSED.daysWithin(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1))).isEqualTo(11);
  }

  @Test
  void daysWithin_clipsAtTheWindowEnds() {
    // window starts on the last day of the range
    assertThat(CLOSED.daysWithin(JAN_20, LocalDate.of(2024, 2, 1))).isEqualTo(1);
    // window ends (exclusive) on the first day of the range
    assertThat(CLOSED.daysWithin(LocalDate.of(2024, 1, 1), JAN_10)).isZero();
    // window ends (exclusive) the day after the first day
    assertThat(CLOSED.daysWithin(LocalDate.of(2024, 1, 1), JAN_10.plusDays(1))).isEqualTo(1);
    // window starts the day after the range
    assertThat(CLOSED.daysWithin(JAN_20.plusDays(1), LocalDate.of(2024, 2, 1))).isZero();
    // window inside the range
    assertThat(CLOSED.daysWithin(LocalDate.of(2024, 1, 12), LocalDate.of(2024, 1, 15)))
        .isEqualTo(3);
  }

  @Test
  void daysWithin_ofARunningRange_countsToTheWindowEnd() {
    DateRange running = DateRange.from(JAN_10);
    assertThat(running.daysWithin(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1)))
        .isEqualTo(22);
    assertThat(running.daysWithin(LocalDate.of(2024, 1, 1), JAN_10)).isZero();
  }

  @Test
  void daysWithin_ofAnEmptyOrReversedWindow_isZero() {
    assertThat(CLOSED.daysWithin(JAN_20, JAN_10)).isZero();
    assertThat(CLOSED.daysWithin(JAN_10, JAN_10)).isZero();
  }
}
