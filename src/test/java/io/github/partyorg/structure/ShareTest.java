package io.github.partyorg.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ShareTest {
  private static final BigDecimal P85 = BigDecimal.valueOf(85);

  @Test
  void exactly85Percent_isNotAbove85_S13() {
    assertThat(Share.of(17, 20).isAbove(P85)).isFalse();
    assertThat(Share.of(8500, 10000).isAbove(P85)).isFalse();
    assertThat(Share.of(17, 20).isAtLeast(P85)).isTrue();
  }

  @Test
  void percent85Point01_isAbove85_S13() {
    assertThat(Share.of(8501, 10000).isAbove(P85)).isTrue();
    assertThat(Share.of(8499, 10000).isAtLeast(P85)).isFalse();
  }

  @Test
  void comparesWithFractionalThresholdsExactly() {
    assertThat(Share.of(2, 3).compareToPercent(new BigDecimal("66.67"))).isNegative();
    assertThat(Share.of(2, 3).compareToPercent(new BigDecimal("66.66"))).isPositive();
  }

  @Test
  void percentIsForDisplayOnly() {
    assertThat(Share.of(1701, 2000).percent()).isEqualByComparingTo("85.05");
    assertThat(Share.of(17, 20).percent().toPlainString()).isEqualTo("85");
    assertThat(Share.of(2, 3).percent().toPlainString()).isEqualTo("66.67");
    assertThat(Share.of(20, 20).percent().toPlainString()).isEqualTo("100");
    assertThat(Share.of(17, 20)).hasToString("17/20");
    assertThat(Share.of(20, 20).isWhole()).isTrue();
    assertThat(Share.of(19, 20).isWhole()).isFalse();
  }

  @Test
  void refusesAnImpossibleShare() {
    assertThatThrownBy(() -> Share.of(1, 0)).hasMessageNotContaining("1/0"); // issue 17
    // Issue 17: the counts are not echoed (they may come from a document).
    assertThatThrownBy(() -> Share.of(3, 2)).hasMessageNotContaining("3/2");
    assertThatThrownBy(() -> Share.of(-1, 2)).hasMessageNotContaining("-1/2");
    assertThatThrownBy(() -> Share.of(0, -1)).hasMessageContaining("0 <= part <= whole");
  }

  @Test
  void emptyShare_isNeitherAboveNorAtLeastAnything_andHasNoPercentageToCompare() {
    Share empty = Share.of(0, 0);
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.isAtLeast(BigDecimal.ZERO)).isFalse();
    assertThat(empty.isAbove(BigDecimal.ZERO)).isFalse();
    assertThat(empty.isWhole()).isFalse();
    assertThat(empty.percent()).isEqualByComparingTo("0");
    assertThat(empty.percent(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("0.00");
    assertThatThrownBy(() -> empty.compareToPercent(BigDecimal.ONE))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void percentWithScaleAndRounding() {
    assertThat(Share.of(2, 3).percent(2, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("66.67");
    assertThat(Share.of(2, 3).percent(0, java.math.RoundingMode.FLOOR)).isEqualByComparingTo("66");
  }

  @Test
  void percentOutside0To100_isRefusedNamingIt() {
    assertThatThrownBy(() -> Share.requirePercent(new BigDecimal("100.01"), "sub-criterion 2.4"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The share of sub-criterion 2.4 is outside 0-100%; give a percentage from 0 to 100.");
    // Issue 17: the value is not echoed (it may come from a document).
    assertThatThrownBy(() -> Share.requirePercent(new BigDecimal("-0.5"), "x"))
        .hasMessageNotContaining("0.5");
    assertThat(Share.requirePercent(BigDecimal.ZERO, "x")).isEqualByComparingTo("0");
    assertThat(Share.requirePercent(BigDecimal.valueOf(100), "x")).isEqualByComparingTo("100");
  }
}
