package io.github.partyorg.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.charter.CharterCheck;
import io.github.partyorg.charter.CharterRule;
import io.github.partyorg.charter.Finding;
import io.github.partyorg.structure.Root;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleBlocTest {

  @Test
  void isDeterministic() {
    assertThat(ExampleBloc.create()).isEqualTo(ExampleBloc.create());
  }

  @Test
  void hasTheAdvertisedShape() {
    Root bloc = ExampleBloc.create();
    assertThat(bloc.baseOrganisationIds()).hasSize(7);
    assertThat(bloc.memberCount()).isBetween(150, 300);
    assertThat(bloc.snapshotDate()).isEqualTo(ExampleBloc.SNAPSHOT);
  }

  @Test
  void showsEachDeliberateDeparture_S1_S2_S6_S8() {
    List<String> found =
        CharterCheck.check(ExampleBloc.create(), ExampleBloc.SNAPSHOT).stream()
            .map(ExampleBlocTest::key)
            .toList();
    assertThat(found).contains("S1 DL-BV", "S2 CB-XD", "S6 CN-KD", "S8 DB-CN");
  }

  @Test
  void largeCellWithConsent_andSubCommitteeWithConsent_areCompliant_S3_S4() {
    List<Finding> findings = CharterCheck.check(ExampleBloc.create(), ExampleBloc.SNAPSHOT);
    assertThat(findings).noneMatch(f -> f.rule() == CharterRule.S3 || f.rule() == CharterRule.S4);
  }

  private static String key(Finding finding) {
    return finding.rule() + " " + finding.entityId().value();
  }
}
