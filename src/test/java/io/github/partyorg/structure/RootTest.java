package io.github.partyorg.structure;

import static io.github.partyorg.structure.TreeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RootTest {

  @Test
  void lookupsFindMembersCellsAndBasesById() {
    Root root =
        root()
            .addBaseOrganisation(baseCell("b1", official("m1"), official("m2"), official("m3")))
            .addBaseOrganisation(baseCommittee("b2", cell("c1", official("m4"))))
            .build();

    assertThat(root.memberCount()).isEqualTo(4);
    assertThat(root.member(MemberId.of("m4"))).isPresent();
    assertThat(root.locate(MemberId.of("m4")))
        .contains(new MemberLocation(BaseOrganisationId.of("b2"), null, CellId.of("c1")));
    assertThat(root.locate(MemberId.of("m1")))
        .contains(
            new MemberLocation(BaseOrganisationId.of("b1"), null, BaseOrganisationId.of("b1")));
    assertThat(root.cell(CellId.of("c1"))).isPresent();
    assertThat(root.member(MemberId.of("nobody"))).isEmpty();
  }
}
