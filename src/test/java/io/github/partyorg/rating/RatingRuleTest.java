package io.github.partyorg.rating;

import static io.github.partyorg.rating.Regime.R2018;
import static io.github.partyorg.rating.Regime.R2023;
import static io.github.partyorg.rating.Regime.R2025;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RatingRuleTest {

  @Test
  void regimes_matchTheDomainReference() {
    EnumSet<Regime> all = EnumSet.allOf(Regime.class);
    for (RatingRule r :
        EnumSet.of(
            RatingRule.E1,
            RatingRule.E2,
            RatingRule.E3,
            RatingRule.E5,
            RatingRule.C1,
            RatingRule.C2,
            RatingRule.O0,
            RatingRule.O3,
            RatingRule.O10,
            RatingRule.Q1)) {
      assertThat(r.regimes()).as(r.name()).isEqualTo(all);
    }
    for (RatingRule r :
        EnumSet.of(
            RatingRule.E4,
            RatingRule.C3,
            RatingRule.O1,
            RatingRule.O2,
            RatingRule.O8,
            RatingRule.O9)) {
      assertThat(r.regimes()).as(r.name()).containsExactly(R2018);
    }
    assertThat(RatingRule.C0.regimes()).containsExactly(R2018, R2023);
    assertThat(RatingRule.O4.regimes()).containsExactly(R2018, R2023);
    assertThat(RatingRule.O5.regimes()).containsExactly(R2018, R2023, R2025);
    assertThat(RatingRule.C6.regimes()).containsExactly(R2025);
    assertThat(RatingRule.O5.policyDecides(R2025)).isTrue();
    assertThat(RatingRule.O5.policyDecides(R2023)).isFalse();
    assertThat(RatingRule.C4.regimes()).containsExactly(R2023);
    assertThat(RatingRule.O6.regimes()).containsExactly(R2023);
    assertThat(RatingRule.C5.regimes()).containsExactly(R2025);
    assertThat(RatingRule.O7.regimes()).containsExactly(R2025);
  }

  @Test
  void appliesUnder_andOnByDefault() {
    assertThat(RatingRule.C4.appliesUnder(R2023)).isTrue();
    assertThat(RatingRule.C4.appliesUnder(R2025)).isFalse();
    assertThat(RatingRule.O9.onByDefault()).isFalse();
    assertThat(RatingRule.Q1.onByDefault()).isTrue();
  }

  @Test
  void regimes_areUnmodifiable_andTitlesBilingual() {
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> RatingRule.C1.regimes().clear());
    assertThat(RatingRule.C5.title().vi()).isEqualTo("Xếp loại theo điểm (thang điểm 100)");
    assertThat(RatingRule.C5.title().en()).isEqualTo("Level by score out of 100");
  }
}
