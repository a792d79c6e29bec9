package io.github.partyorg.structure;

import static io.github.partyorg.structure.TreeFixtures.baseCell;
import static io.github.partyorg.structure.TreeFixtures.baseCommittee;
import static io.github.partyorg.structure.TreeFixtures.cell;
import static io.github.partyorg.structure.TreeFixtures.member;
import static io.github.partyorg.structure.TreeFixtures.official;
import static io.github.partyorg.structure.TreeFixtures.probationary;
import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class BaseOrganisationTest {

  private static final Member STANDING =
      member("m1").addPosts(Post.STANDING_COMMITTEE_MEMBER).build();
  private static final Member EXECUTIVE = member("m2").addPosts(Post.BASE_COMMITTEE_MEMBER).build();
  private static final Member BOTH =
      member("m5")
          .addPosts(Post.BASE_COMMITTEE_MEMBER, Post.STANDING_COMMITTEE_MEMBER, Post.CELL_SECRETARY)
          .build();
  private static final Member SECRETARY = member("m3").addPosts(Post.CELL_SECRETARY).build();

  /** A base committee with a direct cell and a sub-committee of two cells. */
  private static BaseOrganisation committeeWithSubCommittee() {
    SubCommittee sub =
        SubCommittee.builder()
            .id(SubCommitteeId.of("s1"))
            .name("Bộ phận")
            .addCells(cell("c2", EXECUTIVE, probationary("m4")), cell("c3", BOTH))
            .build();
    return BaseOrganisation.builder()
        .from(baseCommittee("b1", cell("c1", STANDING, SECRETARY)))
        .addSubCommittees(sub)
        .build();
  }

  @Test
  void name_isStoredInNfc_andEqualNamesGiveEqualOrganisations() {
    String name = "Đảng bộ Công ty Điện lực";
    BaseOrganisation fromNfd =
        BaseOrganisation.builder()
            .from(baseCell("b1"))
            .name(Normalizer.normalize(name, Normalizer.Form.NFD))
            .build();
    BaseOrganisation fromNfc = BaseOrganisation.builder().from(baseCell("b1")).name(name).build();

    assertThat(fromNfd.name()).isEqualTo(name);
    assertThat(fromNfd).isEqualTo(fromNfc).hasSameHashCodeAs(fromNfc);
  }

  @Test
  void memberCount_countsCellsSubCommitteesAndDirectMembers() {
    assertThat(committeeWithSubCommittee().memberCount()).isEqualTo(5);
    assertThat(baseCell("b2", official("m1"), probationary("m2")).memberCount()).isEqualTo(2);
    assertThat(baseCommittee("b3").memberCount()).isZero();
    assertThat(committeeWithSubCommittee().allMembers()).hasSize(5);
  }

  @Test
  void allCells_listsDirectCellsThenThoseOfSubCommittees() {
    assertThat(committeeWithSubCommittee().allCells())
        .extracting(Cell::id)
        .containsExactly(CellId.of("c1"), CellId.of("c2"), CellId.of("c3"));
    assertThat(baseCommittee("b2", cell("c1"), cell("c2")).allCells())
        .extracting(Cell::id)
        .containsExactly(CellId.of("c1"), CellId.of("c2"));
    assertThat(baseCell("b3").allCells()).isEmpty();
  }

  @Test
  void memberHolders_areTheCellsOfACommittee_orTheBaseCellItself() {
    BaseOrganisation committee = committeeWithSubCommittee();
    BaseOrganisation cellBase = baseCell("b2", official("m1"));

    assertThat(committee.memberHolders())
        .extracting(MemberHolder::id)
        .containsExactly(CellId.of("c1"), CellId.of("c2"), CellId.of("c3"));
    assertThat(cellBase.memberHolders()).containsExactly(cellBase);
    assertThat(committee.isBaseCommittee()).isTrue();
    assertThat(cellBase.isBaseCommittee()).isFalse();
  }

  @Test
  void committeeMembers_includeStandingCommitteeMembers() {
    assertThat(committeeWithSubCommittee().committeeMembers())
        .containsExactlyInAnyOrder(STANDING, EXECUTIVE, BOTH);
  }

  @Test
  void standingCommitteeMembers_areThoseHoldingTheStandingPost() {
    assertThat(committeeWithSubCommittee().standingCommitteeMembers())
        .containsExactlyInAnyOrder(STANDING, BOTH);
    assertThat(baseCell("b2", SECRETARY).standingCommitteeMembers()).isEmpty();
    assertThat(baseCell("b2", SECRETARY).committeeMembers()).isEmpty();
  }

  @Test
  void baseCell_isAMemberHolder() {
    BaseOrganisation b = baseCell("b1", official("m1"), probationary("m2"));
    MemberHolder holder = b;

    assertThat(holder.officialMemberCount()).isEqualTo(1);
    assertThat(holder.member(MemberId.of("m2"))).isPresent();
    assertThat(b.toString()).contains("b1");
  }
}
