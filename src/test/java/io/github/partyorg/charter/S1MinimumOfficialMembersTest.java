package io.github.partyorg.charter;

import static io.github.partyorg.charter.CharterFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.TreeFixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class S1MinimumOfficialMembersTest {

  private static Root bloc(io.github.partyorg.structure.Cell cell) {
    return rootOf(baseCommittee("b1", cell).build());
  }

  @Test
  void cellWithTwoOfficialMembers_violatesS1() {
    List<Finding> findings = findings(bloc(ledCell("c1", 2)), CharterRule.S1);

    assertThat(findings).hasSize(1);
    Finding finding = findings.get(0);
    assertThat(finding.rule()).isEqualTo(CharterRule.S1);
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.entityId()).isEqualTo(CellId.of("c1"));
    assertThat(finding.message().vi()).contains("c1", "02 đảng viên chính thức", "tối thiểu 03");
    assertThat(finding.message().en()).contains("Cell c1", "only 2 official members", "of 3");
  }

  @Test
  void cellWithThreeOfficialMembers_compliesWithS1() {
    assertThat(findings(bloc(ledCell("c1", 3)), CharterRule.S1)).isEmpty();
  }

  @Test
  void baseCellWithTwoOfficialMembers_violatesS1() {
    Root root = rootOf(baseCell("b1", led("b1", 2, 0)).build());

    List<Finding> findings = findings(root, CharterRule.S1);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.entityId()).isEqualTo(BaseOrganisationId.of("b1"));
              assertThat(f.message().vi()).startsWith("Chi bộ cơ sở b1");
              assertThat(f.message().en()).startsWith("Base cell b1");
            });
  }

  @Test
  void baseCellWithThreeOfficialMembers_compliesWithS1() {
    Root root = rootOf(baseCell("b1", led("b1", 3, 0)).build());

    assertThat(findings(root, CharterRule.S1)).isEmpty();
  }

  @Test
  void cellWithTwoOfficialAndTwoProbationaryMembers_violatesS1() {
    assertThat(findings(bloc(cell("c1", led("c1", 2, 2))), CharterRule.S1)).hasSize(1);
  }

  @Test
  void cellWithThreeOfficialMembersOfWhomOneExempted_compliesWithS1() {
    List<Member> members = new ArrayList<>(led("c1", 3, 0));
    members.set(2, exempted(members.get(2)));

    assertThat(findings(bloc(cell("c1", members)), CharterRule.S1)).isEmpty();
  }

  @Test
  void emptyCell_violatesS1() {
    assertThat(findings(bloc(cell("c1", List.of())), CharterRule.S1))
        .singleElement()
        .satisfies(f -> assertThat(f.message().en()).contains("has no official members"));
  }

  @Test
  void cellWithOneOfficialMember_violatesS1_withSingularWording() {
    assertThat(findings(bloc(cell("c1", List.of(TreeFixtures.official("m1")))), CharterRule.S1))
        .singleElement()
        .satisfies(f -> assertThat(f.message().en()).contains("has only 1 official member,"));
  }
}
