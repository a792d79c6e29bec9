package io.github.partyorg.charter;

import static io.github.partyorg.charter.StrikingOffPolicy.ANY_MONTHS_COMBINED;
import static io.github.partyorg.charter.StrikingOffPolicy.EACH_SEPARATELY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StrikingOffTest {

  private static final Year Y = Year.of(2022);

  private static YearMonth m(int month) {
    return YearMonth.of(2022, month);
  }

  @ParameterizedTest
  @EnumSource(StrikingOffPolicy.class)
  void twoMonthsOfMissedMeetings_notProposed_M6(StrikingOffPolicy policy) {
    StrikingOffResult result = StrikingOff.evaluate(Y, Set.of(m(3), m(7)), Set.of(), policy);

    assertThat(result.proposed()).isFalse();
    assertThat(result.monthsCounted()).containsExactly(m(3), m(7));
    assertThat(result.reason().vi())
        .contains("dưới 03 tháng")
        .contains("Điều lệ Đảng (2011), Điều 8");
    assertThat(result.rule()).isEqualTo(CharterRule.M6);
  }

  @ParameterizedTest
  @EnumSource(StrikingOffPolicy.class)
  void threeMonthsOfMissedMeetings_proposed_M6(StrikingOffPolicy policy) {
    StrikingOffResult result = StrikingOff.evaluate(Y, Set.of(m(11), m(1), m(6)), Set.of(), policy);

    assertThat(result.proposed()).isTrue();
    assertThat(result.count()).isEqualTo(3);
    assertThat(result.monthsCounted()).containsExactly(m(1), m(6), m(11));
    assertThat(result.reason().vi()).contains("đề nghị xóa tên");
    assertThat(result.reason().en()).contains("proposed for striking off");
  }

  @ParameterizedTest
  @EnumSource(StrikingOffPolicy.class)
  void twoAndThreeMonthsOfUnpaidFee_M6(StrikingOffPolicy policy) {
    assertThat(StrikingOff.evaluate(Y, Set.of(), Set.of(m(1), m(2)), policy).proposed()).isFalse();
    StrikingOffResult three = StrikingOff.evaluate(Y, Set.of(), Set.of(m(1), m(2), m(3)), policy);
    assertThat(three.proposed()).isTrue();
    assertThat(three.monthsCounted()).containsExactly(m(1), m(2), m(3));
  }

  @Test
  void twoMissedMeetingsAndOneOtherUnpaidMonth_proposedByDefault_M6() {
    StrikingOffResult result = StrikingOff.evaluate(Y, Set.of(m(1), m(2)), Set.of(m(5)));

    assertThat(result.policy()).isEqualTo(StrikingOffPolicy.DEFAULT).isEqualTo(ANY_MONTHS_COMBINED);
    assertThat(result.proposed()).isTrue();
    assertThat(result.monthsCounted()).containsExactly(m(1), m(2), m(5));
    assertThat(result.monthsMissedMeetings()).containsExactly(m(1), m(2));
    assertThat(result.monthsFeeUnpaid()).containsExactly(m(5));
  }

  @Test
  void twoMissedMeetingsAndOneOtherUnpaidMonth_notProposedEachSeparately_M6() {
    StrikingOffResult result =
        StrikingOff.evaluate(Y, Set.of(m(1), m(2)), Set.of(m(5)), EACH_SEPARATELY);

    assertThat(result.proposed()).isFalse();
    assertThat(result.monthsCounted()).containsExactly(m(1), m(2));
    assertThat(result.reason().en())
        .contains("missed meetings 2 months, unpaid fee 1 month;")
        .contains("Each counted separately");
  }

  @Test
  void eachSeparately_countsTheLongerList_M6() {
    StrikingOffResult result =
        StrikingOff.evaluate(Y, Set.of(m(1)), Set.of(m(4), m(5), m(6)), EACH_SEPARATELY);

    assertThat(result.proposed()).isTrue();
    assertThat(result.monthsCounted()).containsExactly(m(4), m(5), m(6));
  }

  @Test
  void sameMonthMissedAndUnpaid_countsOnceByDefault_M6() {
    StrikingOffResult result =
        StrikingOff.evaluate(Y, Set.of(m(1), m(2)), Set.of(m(2), m(1)), ANY_MONTHS_COMBINED);

    assertThat(result.proposed()).isFalse();
    assertThat(result.monthsCounted()).containsExactly(m(1), m(2));
  }

  @Test
  void overlapPlusOneNewMonth_reachesThreeByDefault_M6() {
    StrikingOffResult result =
        StrikingOff.evaluate(Y, Set.of(m(1), m(2)), Set.of(m(2), m(12)), ANY_MONTHS_COMBINED);

    assertThat(result.proposed()).isTrue();
    assertThat(result.monthsCounted()).containsExactly(m(1), m(2), m(12));
  }

  @Test
  void noMonths_notProposed_M6() {
    StrikingOffResult result = StrikingOff.evaluate(Y, Set.of(), Set.of());

    assertThat(result.proposed()).isFalse();
    assertThat(result.count()).isZero();
  }

  @Test
  void monthOutsideTheYear_isRefused_M6() {
    assertThatThrownBy(() -> StrikingOff.evaluate(Y, Set.of(YearMonth.of(2021, 12)), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2021-12")
        .hasMessageContaining("monthsMissedMeetings");
    assertThatThrownBy(() -> StrikingOff.evaluate(Y, Set.of(), Set.of(YearMonth.of(2023, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("monthsFeeUnpaid");
  }

  @Test
  void nullArguments_areRefused_M6() {
    Set<YearMonth> withNull = new HashSet<>();
    withNull.add(null);
    assertThatThrownBy(() -> StrikingOff.evaluate(null, Set.of(), Set.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("year");
    assertThatThrownBy(() -> StrikingOff.evaluate(Y, null, Set.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("monthsMissedMeetings");
    assertThatThrownBy(() -> StrikingOff.evaluate(Y, Set.of(), withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("monthsFeeUnpaid element");
    assertThatThrownBy(() -> StrikingOff.evaluate(Y, Set.of(), Set.of(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("policy");
  }

  @Test
  void resultWhoseProposalContradictsItsCount_isRefused_M6() {
    assertThatThrownBy(
            () ->
                new StrikingOffResult(
                    Y, true, List.of(m(1)), List.of(m(1)), List.of(), ANY_MONTHS_COMBINED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new StrikingOffResult(
                    Y,
                    false,
                    List.of(m(1), m(2), m(3)),
                    List.of(m(1), m(2), m(3)),
                    List.of(),
                    ANY_MONTHS_COMBINED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringAndLabels_M6() {
    StrikingOffResult result = StrikingOff.evaluate(Y, Set.of(m(1), m(2), m(3)), Set.of());

    assertThat(result.toString()).startsWith("M6 proposed: In 2022, 3 months");
    assertThat(StrikingOff.evaluate(Y, Set.of(), Set.of()).toString())
        .startsWith("M6 not proposed");
    assertThat(EACH_SEPARATELY.label().vi()).contains("đảng phí");
  }
}
