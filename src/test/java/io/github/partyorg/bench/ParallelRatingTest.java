package io.github.partyorg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.rating.Regime;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.structure.RootKind;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Parallel rating of a small national-like set gives exactly the sequential result. */
class ParallelRatingTest {
  static final int ROOTS = 20;

  static final Synthetic.Dataset[] SET = new Synthetic.Dataset[ROOTS];

  static {
    for (int n = 0; n < ROOTS; n++) {
      SET[n] = Synthetic.root(1_000 + n, RootKind.OTHER, 100 + 37 * n, n % 2 == 0);
    }
  }

  @ParameterizedTest
  @EnumSource(Regime.class)
  void parallelByRoot_equalsSequential(Regime regime) {
    IntFunction<Synthetic.Dataset> roots = n -> SET[n];

    List<RootRating> sequential = National.sequential(ROOTS, roots, regime);
    List<RootRating> parallel = National.parallel(ROOTS, roots, regime);

    assertThat(parallel).hasSize(ROOTS);
    for (int n = 0; n < ROOTS; n++) {
      RootRating s = sequential.get(n);
      RootRating p = parallel.get(n);
      assertThat(p.rootId()).isEqualTo(SET[n].root().id());
      assertThat(p.members()).isEqualTo(s.members());
      assertThat(p.organisations()).isEqualTo(s.organisations());
      assertThat(p.decided()).isEqualTo(s.decided());
      assertThat(p.quotaFindings()).isEqualTo(s.quotaFindings());
      assertThat(p.memberCounts()).isEqualTo(s.memberCounts());
      assertThat(p.baseOrganisationCounts()).isEqualTo(s.baseOrganisationCounts());
    }
  }
}
