package io.github.partyorg.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The static factories of {@link Goal} give the records a constructor would (T1). */
class GoalFactoriesTest {

  @Test
  void factories_equalTheRecords_T1() {
    assertThat(Goal.shareAtLeast(90)).isEqualTo(new Goal.ShareAtLeast(new BigDecimal("90")));
    assertThat(Goal.shareAtLeast(new BigDecimal("92.5")))
        .isEqualTo(new Goal.ShareAtLeast(new BigDecimal("92.5")));
    assertThat(Goal.shareExactly100()).isEqualTo(new Goal.ShareExactly100());
    assertThat(Goal.shareAbove(90)).isEqualTo(new Goal.ShareAbove(new BigDecimal("90")));
    assertThat(Goal.countAtLeast(160)).isEqualTo(new Goal.CountAtLeast(160));
    assertThat(Goal.range(180, 200)).isEqualTo(new Goal.CountRange(180, 200));
    assertThat(Goal.rateOfBase(3, 5356)).isEqualTo(new Goal.RateOfBase(new BigDecimal("3"), 5356));
    assertThat(Goal.reduction(5)).isEqualTo(new Goal.Reduction(new BigDecimal("5")));
    assertThat(Goal.none()).isEqualTo(new Goal.None());
    assertThat(Goal.planCompletion()).isEqualTo(new Goal.PlanCompletion());
    assertThat(Goal.range(180, 200).kind()).isEqualTo(TargetKind.COUNT_RANGE);
  }
}
