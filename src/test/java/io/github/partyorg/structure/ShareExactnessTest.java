package io.github.partyorg.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShareExactnessTest {
  private static BigDecimal pct(String value) {
    return new BigDecimal(value);
  }

  @ParameterizedTest(name = "{0}/{1} at least {2}%: {3}")
  @CsvSource({
    "80, 100, 80, true",
    "79, 100, 80, false",
    "4, 5, 80, true",
    "3, 4, 80, false",
    "1, 2, 50, true",
    "49, 100, 50, false",
    "5, 5, 100, true",
    "4, 5, 100, false",
    "0, 3, 0, true",
    "2, 3, 66.67, false",
    "2, 3, 66.66, true"
  })
  void isAtLeast_isExact(long part, long whole, String percent, boolean expected) {
    assertThat(new Share(part, whole).isAtLeast(pct(percent))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}/{1} above {2}%: {3}")
  @CsvSource({
    "1, 5, 20, false",
    "2, 9, 20, true",
    "20, 100, 20, false",
    "21, 100, 20, true",
    "1, 4, 20, true",
    "0, 5, 0, false",
    "1, 5, 19.99, true"
  })
  void isAbove_isExactAndStrict(long part, long whole, String percent, boolean expected) {
    assertThat(new Share(part, whole).isAbove(pct(percent))).isEqualTo(expected);
  }

  @Test
  void emptyShare_isNeitherAtLeastNorAboveAnything() {
    Share empty = new Share(0, 0);
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.isAtLeast(BigDecimal.ZERO)).isFalse();
    assertThat(empty.isAbove(BigDecimal.ZERO)).isFalse();
    assertThat(empty.percent(2, RoundingMode.HALF_UP)).isEqualTo(pct("0.00"));
    assertThat(empty).hasToString("0/0");
  }

  @Test
  void nonEmptyShare_isNotEmpty() {
    assertThat(new Share(0, 1).isEmpty()).isFalse();
  }

  @Test
  void percent_roundsAsAsked() {
    Share twoThirds = new Share(2, 3);
    assertThat(twoThirds.percent(2, RoundingMode.HALF_UP)).isEqualTo(pct("66.67"));
    assertThat(twoThirds.percent(2, RoundingMode.DOWN)).isEqualTo(pct("66.66"));
    assertThat(twoThirds.percent(0, RoundingMode.HALF_UP)).isEqualTo(pct("67"));
    assertThat(new Share(1, 8).percent(1, RoundingMode.HALF_EVEN)).isEqualTo(pct("12.5"));
    assertThat(new Share(1, 8).percent(0, RoundingMode.HALF_EVEN)).isEqualTo(pct("12"));
    assertThat(new Share(4, 5).percent(0, RoundingMode.UNNECESSARY)).isEqualTo(pct("80"));
  }

  @Test
  void toString_isPartSlashWhole() {
    assertThat(new Share(79, 100)).hasToString("79/100");
  }

  @Test
  void badCounts_areRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Share(-1, 3))
        .withMessage("A share needs 0 <= part <= whole; give counts that satisfy it.");
    assertThatIllegalArgumentException().isThrownBy(() -> new Share(4, 3));
    assertThatIllegalArgumentException().isThrownBy(() -> new Share(0, -1));
  }
}
