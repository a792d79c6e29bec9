package io.github.partyorg.charter;

import static io.github.partyorg.charter.AdmissionAgePolicy.CALENDAR_MONTH;
import static io.github.partyorg.charter.AdmissionAgePolicy.EXACT_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AdmissionAgeTest {

  /** Turns 18 on 2022-05-20: the birthday is later in its month than the 1st. */
  private static final LocalDate YOUNG = LocalDate.of(2004, 5, 20);

  /** Turns 60 on 2022-05-20. */
  private static final LocalDate OLD = LocalDate.of(1962, 5, 20);

  @ParameterizedTest
  @EnumSource(AdmissionAgePolicy.class)
  void oneDayBefore18thBirthdayInAnEarlierMonth_notEligible_M1(AdmissionAgePolicy policy) {
    LocalDate dob = LocalDate.of(2004, 6, 1);
    AdmissionAgeResult result = AdmissionAge.check(dob, LocalDate.of(2022, 5, 31), policy, false);

    assertThat(result.eligible()).isFalse();
    assertThat(result.ageInMonths()).isEqualTo(18 * 12 - 1);
    assertThat(result.reason().vi()).contains("Chưa đủ 18 tuổi").contains("Điều lệ Đảng");
    assertThat(result.rule()).isEqualTo(CharterRule.M1);
  }

  @ParameterizedTest
  @EnumSource(AdmissionAgePolicy.class)
  void on18thBirthday_eligible_M1(AdmissionAgePolicy policy) {
    AdmissionAgeResult result = AdmissionAge.check(YOUNG, LocalDate.of(2022, 5, 20), policy, false);

    assertThat(result.eligible()).isTrue();
    assertThat(result.ageInMonths()).isEqualTo(18 * 12);
    assertThat(result.policy()).isEqualTo(policy);
  }

  @Test
  void dayBefore18thBirthdayInTheSameMonth_eligibleByCalendarMonth_M1() {
    AdmissionAgeResult result =
        AdmissionAge.check(YOUNG, LocalDate.of(2022, 5, 19), CALENDAR_MONTH, false);

    assertThat(result.eligible()).isTrue();
    assertThat(result.ageInMonths()).isEqualTo(18 * 12 - 1);
  }

  @Test
  void dayBefore18thBirthday_notEligibleByExactDay_M1() {
    assertThat(AdmissionAge.check(YOUNG, LocalDate.of(2022, 5, 19), EXACT_DAY, false).eligible())
        .isFalse();
  }

  @Test
  void firstDayOfThe18thBirthdayMonth_eligibleByCalendarMonthOnly_M1() {
    LocalDate firstOfMonth = LocalDate.of(2022, 5, 1);

    assertThat(AdmissionAge.check(YOUNG, firstOfMonth, CALENDAR_MONTH, false).eligible()).isTrue();
    assertThat(AdmissionAge.check(YOUNG, firstOfMonth, EXACT_DAY, false).eligible()).isFalse();
  }

  @Test
  void lastDayOfTheMonthBeforeThe18thBirthdayMonth_notEligibleByCalendarMonth_M1() {
    assertThat(
            AdmissionAge.check(YOUNG, LocalDate.of(2022, 4, 30), CALENDAR_MONTH, false).eligible())
        .isFalse();
  }

  @Test
  void under18_notEligibleEvenWithApproval_M1() {
    assertThat(
            AdmissionAge.check(YOUNG, LocalDate.of(2022, 4, 30), CALENDAR_MONTH, true).eligible())
        .isFalse();
  }

  @ParameterizedTest
  @EnumSource(AdmissionAgePolicy.class)
  void on60thBirthday_eligible_M1(AdmissionAgePolicy policy) {
    AdmissionAgeResult result = AdmissionAge.check(OLD, LocalDate.of(2022, 5, 20), policy, false);

    assertThat(result.eligible()).isTrue();
    assertThat(result.ageInMonths()).isEqualTo(60 * 12);
    assertThat(result.reason().en()).contains("Of admission age");
  }

  @Test
  void dayAfter60thBirthday_eligibleByCalendarMonthOnly_M1() {
    LocalDate dayAfter = LocalDate.of(2022, 5, 21);

    assertThat(AdmissionAge.check(OLD, dayAfter, CALENDAR_MONTH, false).eligible()).isTrue();
    assertThat(AdmissionAge.check(OLD, dayAfter, EXACT_DAY, false).eligible()).isFalse();
  }

  @Test
  void lastDayOfThe60thBirthdayMonth_eligibleByCalendarMonth_M1() {
    AdmissionAgeResult result =
        AdmissionAge.check(OLD, LocalDate.of(2022, 5, 31), CALENDAR_MONTH, false);

    assertThat(result.eligible()).isTrue();
    assertThat(result.ageInMonths()).isEqualTo(60 * 12);
  }

  @Test
  void lastDayOfThe60thBirthdayMonth_notEligibleByExactDay_M1() {
    assertThat(AdmissionAge.check(OLD, LocalDate.of(2022, 5, 31), EXACT_DAY, false).eligible())
        .isFalse();
  }

  @ParameterizedTest
  @EnumSource(AdmissionAgePolicy.class)
  void firstDayOfTheMonthAfterThe60thBirthdayMonth_notEligibleWithoutApproval_M1(
      AdmissionAgePolicy policy) {
    AdmissionAgeResult result = AdmissionAge.check(OLD, LocalDate.of(2022, 6, 1), policy, false);

    assertThat(result.eligible()).isFalse();
    assertThat(result.reason().vi()).contains("Trên 60 tuổi").contains("trực thuộc Trung ương");
    assertThat(result.reason().en()).contains("approval");
  }

  @ParameterizedTest
  @EnumSource(AdmissionAgePolicy.class)
  void over60WithApproval_eligible_M1(AdmissionAgePolicy policy) {
    AdmissionAgeResult result = AdmissionAge.check(OLD, LocalDate.of(2022, 6, 1), policy, true);

    assertThat(result.eligible()).isTrue();
    assertThat(result.reason().en()).contains("approved");
  }

  @Test
  void withinTheBoundsTheApprovalChangesNothing_M1() {
    LocalDate day = LocalDate.of(2022, 1, 1);
    LocalDate dob = LocalDate.of(1990, 1, 1);

    assertThat(AdmissionAge.check(dob, day, CALENDAR_MONTH, true))
        .isEqualTo(AdmissionAge.check(dob, day, CALENDAR_MONTH, false));
  }

  @Test
  void bornOn29February_turns18OnThe28thOfFebruaryOfACommonYear_M1() {
    LocalDate dob = LocalDate.of(2004, 2, 29);

    assertThat(AdmissionAge.check(dob, LocalDate.of(2022, 2, 27), EXACT_DAY, false).eligible())
        .isFalse();
    AdmissionAgeResult onThe28th =
        AdmissionAge.check(dob, LocalDate.of(2022, 2, 28), EXACT_DAY, false);
    assertThat(onThe28th.eligible()).isTrue();
    assertThat(onThe28th.ageInMonths()).isEqualTo(18 * 12);
  }

  @Test
  void defaultPolicyIsCalendarMonth_M1() {
    assertThat(AdmissionAgePolicy.DEFAULT).isEqualTo(CALENDAR_MONTH);
    assertThat(AdmissionAge.check(YOUNG, LocalDate.of(2022, 5, 1), false))
        .isEqualTo(AdmissionAge.check(YOUNG, LocalDate.of(2022, 5, 1), CALENDAR_MONTH, false));
    assertThat(CALENDAR_MONTH.label().vi()).isEqualTo("Tính theo tháng dương lịch");
  }

  @Test
  void considerationBeforeBirth_isRefused_M1() {
    assertThatThrownBy(
            () -> AdmissionAge.check(YOUNG, YOUNG.minusDays(1), AdmissionAgePolicy.DEFAULT, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(YOUNG.toString());
  }

  @Test
  void considerationOnTheDayOfBirth_isAgeZero_M1() {
    assertThat(AdmissionAge.check(YOUNG, YOUNG, false).ageInMonths()).isZero();
  }

  @Test
  void nullArguments_areRefused_M1() {
    LocalDate day = LocalDate.of(2022, 1, 1);
    assertThatThrownBy(() -> AdmissionAge.check(null, day, CALENDAR_MONTH, false))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("dateOfBirth");
    assertThatThrownBy(() -> AdmissionAge.check(day, null, CALENDAR_MONTH, false))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("considerationDate");
    assertThatThrownBy(() -> AdmissionAge.check(day, day, null, false))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("policy");
  }
}
