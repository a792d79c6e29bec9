package io.github.partyorg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.rating.Level;
import io.github.partyorg.rating.MemberRating;
import io.github.partyorg.rating.Regime;
import io.github.partyorg.rating.RootRater;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.structure.Member;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator's sizes and determinism, and the baseline's agreement with the library. */
class SyntheticTest {
  static final Synthetic.Dataset BLOC = Synthetic.bloc();

  @Test
  void bloc_hasExactlyItsMembers_andFactsForEach() {
    assertThat(BLOC.root().memberCount()).isEqualTo(Synthetic.BLOC_MEMBERS);
    assertThat(BLOC.facts().members()).hasSize(Synthetic.BLOC_MEMBERS);
    assertThat(BLOC.root().baseOrganisations().size()).isBetween(80, 140);
  }

  @Test
  void generation_isDeterministic() {
    assertThat(Synthetic.bloc().root()).isEqualTo(BLOC.root());
    assertThat(Synthetic.bloc().facts()).isEqualTo(BLOC.facts());
  }

  @Test
  void nationalSizes_sumToTheNationalSet() {
    long total = 0;
    for (int n = 0; n < Synthetic.NATIONAL_ROOTS; n++) {
      int size = Synthetic.nationalRootSize(n);
      assertThat(size).isBetween(1_000, 10_000);
      total += size;
    }
    assertThat(total).isEqualTo(Synthetic.NATIONAL_MEMBERS);
  }

  @Test
  void baseline_givesTheLibrarysMemberLevels() {
    Baseline baseline = new Baseline(BLOC.root(), BLOC.facts());
    List<Member> members = BLOC.root().allMembers().toList();
    byte[] levels = new byte[baseline.members];
    int[] counts = new int[baseline.bases * 5];
    for (Regime regime : List.of(Regime.R2023, Regime.R2025)) {
      RootRating rating = RootRater.forYear(Synthetic.YEAR).rate(BLOC.root(), BLOC.facts());
      if (regime == Regime.R2023) {
        rating = RootRater.of(Regime.R2023, rating.policies()).rate(BLOC.root(), BLOC.facts());
        baseline.rateR2023(levels, counts);
      } else {
        baseline.rateR2025(levels, counts);
      }
      for (int i = 0; i < members.size(); i++) {
        MemberRating r = rating.members().get(members.get(i).id());
        byte expected = r.proposed().map(l -> (byte) l.ordinal()).orElse(Baseline.NOT_RATED);
        assertThat(levels[i]).as("%s %s", regime, members.get(i).id()).isEqualTo(expected);
      }
      assertThat(Level.values()).hasSize(4);
    }
  }
}
