package io.github.partyorg.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseNumbersTest {
  private final VietnameseNumbers numbers = VietnameseNumbers.defaults();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"0, 0", "1, 01", "9, 09", "10, 10", "99, 99", "165, 165", "5356, 5.356"})
  void counts_arePaddedBelowTenAsTheSeedDoes_T4(long count, String text) {
    assertThat(VietnameseNumbers.count(count)).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"0, 0", "9, 9", "10, 10", "5356, '5,356'", "1234567, '1,234,567'"})
  void englishCounts_areNeverPadded(long count, String text) {
    assertThat(VietnameseNumbers.countEn(count)).isEqualTo(text);
  }

  @Test
  void negativeCount_isRefusedNamingTheField() {
    assertThatThrownBy(() -> VietnameseNumbers.count(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count");
    assertThatThrownBy(() -> VietnameseNumbers.countEn(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} -> {1} / {2}")
  @CsvSource({
    "103.125, '103,13', 103.13",
    "103.124, '103,12', 103.12",
    "23.387, '23,39', 23.39",
    "40.00, 40, 40",
    "0.5, '0,5', 0.5",
    "1234.5, '1.234,5', '1,234.5'",
    "-1.5, '-1,5', -1.5",
    "0, 0, 0"
  })
  void decimals_useACommaHalfUpToTwoPlaces_T4(String value, String vi, String en) {
    assertThat(numbers.decimal(new BigDecimal(value))).isEqualTo(vi);
    assertThat(numbers.decimalEn(new BigDecimal(value))).isEqualTo(en);
  }

  @Test
  void percent_ofTheSeed_165of160_is103comma13() {
    assertThat(numbers.percentOf(165, 160)).isEqualByComparingTo("103.13");
    assertThat(numbers.percent(numbers.percentOf(165, 160))).isEqualTo("103,13%");
    assertThat(numbers.percentEn(numbers.percentOf(165, 160))).isEqualTo("103.13%");
  }

  @Test
  void precisionAndRounding_areAPolicy_T4() {
    VietnameseNumbers oneDown = VietnameseNumbers.of(1, RoundingMode.DOWN);
    assertThat(oneDown.decimal(new BigDecimal("23.387"))).isEqualTo("23,3");
    assertThat(oneDown.scale()).isEqualTo(1);
    assertThat(oneDown.rounding()).isEqualTo(RoundingMode.DOWN);
    assertThat(numbers.scale()).isEqualTo(2);
    assertThat(numbers.rounding()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(VietnameseNumbers.of(0, RoundingMode.HALF_UP).percentOf(165, 160))
        .isEqualByComparingTo("103");
    assertThatThrownBy(() -> VietnameseNumbers.of(-1, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scale");
    assertThatThrownBy(() -> VietnameseNumbers.of(11, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(VietnameseNumbers.of(10, RoundingMode.HALF_UP).decimal(BigDecimal.ONE))
        .isEqualTo("1");
  }

  @Test
  void percentOf_aZeroWhole_isRefused() {
    assertThatThrownBy(() -> numbers.percentOf(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whole");
  }

  @Test
  void change_asTheSeedPhrasesIt_15to9() {
    assertThat(numbers.changeVi(15, 9)).isEqualTo("giảm 06 trường hợp, tương đương giảm 40%");
    assertThat(numbers.changeEn(15, 9)).isEqualTo("6 fewer, a 40% fall");
  }

  @Test
  void change_upwards_equal_andFromZero() {
    assertThat(numbers.changeVi(15, 18)).isEqualTo("tăng 03 trường hợp, tương đương tăng 20%");
    assertThat(numbers.changeEn(15, 18)).isEqualTo("3 more, a 20% rise");
    assertThat(numbers.changeVi(9, 9)).isEqualTo("không tăng, không giảm");
    assertThat(numbers.changeEn(9, 9)).isEqualTo("unchanged");
    assertThat(numbers.changeVi(0, 5)).isEqualTo("tăng 05 trường hợp");
    assertThat(numbers.changeEn(0, 5)).isEqualTo("5 more");
    assertThat(numbers.changeVi(9, 8)).isEqualTo("giảm 01 trường hợp, tương đương giảm 11,11%");
    assertThat(numbers.changeEn(3, 0)).isEqualTo("3 fewer, a 100% fall");
  }

  @Test
  void change_withANegativeCount_isRefusedNamingTheField() {
    assertThatThrownBy(() -> numbers.changeVi(-1, 2)).hasMessageContaining("previous");
    assertThatThrownBy(() -> numbers.changeEn(1, -2)).hasMessageContaining("current");
  }

  @Test
  void roundedPercent_writesTheGivenPercentageWithoutRoundingAgain() {
    assertThat(VietnameseNumbers.roundedPercent(new java.math.BigDecimal("103.13")))
        .isEqualTo("103,13%");
    assertThat(VietnameseNumbers.roundedPercent(new java.math.BigDecimal("40.00")))
        .isEqualTo("40%");
    assertThat(VietnameseNumbers.roundedPercent(new java.math.BigDecimal("1234.5")))
        .isEqualTo("1.234,5%");
    assertThat(VietnameseNumbers.roundedPercentEn(new java.math.BigDecimal("103.125")))
        .isEqualTo("103.125%");
    assertThat(VietnameseNumbers.roundedPercentEn(new java.math.BigDecimal("1E+2")))
        .isEqualTo("100%");
  }
}
