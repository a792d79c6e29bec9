package io.github.partyorg.charter;

import static io.github.partyorg.charter.CharterFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.Post;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.TreeFixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class S5CellLeadershipTest {

  private static Root bloc(Cell cell) {
    return rootOf(baseCommittee("b1", cell).build());
  }

  /** {@code official} official members of cell c1, the first {@code posts.length} holding posts. */
  private static Cell cellWithPosts(int official, Post... posts) {
    List<Member> members = new ArrayList<>();
    for (int i = 1; i <= official; i++) {
      Member member = TreeFixtures.official("c1-" + i);
      members.add(i <= posts.length ? withPosts(member, posts[i - 1]) : member);
    }
    return cell("c1", members);
  }

  @Test
  void cellWithoutSecretary_violatesS5() {
    assertThat(findings(bloc(cellWithPosts(3)), CharterRule.S5))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.entityId()).isEqualTo(CellId.of("c1"));
              assertThat(f.message().vi()).contains("Chi bộ c1", "chưa có bí thư");
              assertThat(f.message().en()).contains("Cell c1", "no secretary");
            });
  }

  @Test
  void cellWithOneSecretary_compliesWithS5() {
    assertThat(findings(bloc(cellWithPosts(3, Post.CELL_SECRETARY)), CharterRule.S5)).isEmpty();
  }

  @Test
  void cellWithTwoSecretaries_violatesS5() {
    Cell cell = cellWithPosts(3, Post.CELL_SECRETARY, Post.CELL_SECRETARY);

    assertThat(findings(bloc(cell), CharterRule.S5))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message().vi()).contains("2 bí thư", "c1-1, c1-2");
              assertThat(f.message().en()).contains("2 secretaries", "c1-1, c1-2");
            });
  }

  @Test
  void baseCellWithoutSecretary_violatesS5() {
    Root root = rootOf(baseCell("b1", List.of(TreeFixtures.official("m1"))).build());

    assertThat(findings(root, CharterRule.S5))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.entityId()).isEqualTo(BaseOrganisationId.of("b1"));
              assertThat(f.message().en()).startsWith("Base cell b1 has no secretary");
            });
  }

  @Test
  void cellWithNineOfficialMembersAndNoCommitteeMember_violatesS5() {
    Cell cell = cellWithPosts(9, Post.CELL_SECRETARY, Post.CELL_DEPUTY_SECRETARY);

    assertThat(findings(bloc(cell), CharterRule.S5))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message().vi()).contains("9 đảng viên chính thức", "chưa bầu chi ủy");
              assertThat(f.message().en()).contains("9 official members", "no cell committee");
            });
  }

  @Test
  void cellWithNineOfficialMembersAndACommittee_compliesWithS5() {
    assertThat(findings(bloc(ledCell("c1", 9)), CharterRule.S5)).isEmpty();
  }

  @Test
  void cellWithEightOfficialMembersAndOnlySecretaryAndDeputy_compliesWithS5() {
    Cell cell = cellWithPosts(8, Post.CELL_SECRETARY, Post.CELL_DEPUTY_SECRETARY);

    assertThat(findings(bloc(cell), CharterRule.S5)).isEmpty();
  }

  @Test
  void cellWithEightOfficialAndOneProbationaryMemberAndNoCommittee_compliesWithS5() {
    assertThat(findings(bloc(cell("c1", led("c1", 8, 1))), CharterRule.S5)).isEmpty();
  }

  @Test
  void cellWithEightOfficialMembersAndACommitteeMember_warnsS5() {
    Cell cell = cellWithPosts(8, Post.CELL_SECRETARY, Post.CELL_COMMITTEE_MEMBER);

    assertThat(findings(bloc(cell), CharterRule.S5))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message().vi()).contains("8 đảng viên chính thức", "1 chi ủy viên");
              assertThat(f.message().en()).contains("8 official members", "1 cell committee");
            });
  }

  @Test
  void cellCommitteeOfSeven_compliesWithS5() {
    Cell cell =
        cellWithPosts(
            12,
            Post.CELL_SECRETARY,
            Post.CELL_DEPUTY_SECRETARY,
            Post.CELL_COMMITTEE_MEMBER,
            Post.CELL_COMMITTEE_MEMBER,
            Post.CELL_COMMITTEE_MEMBER,
            Post.CELL_COMMITTEE_MEMBER,
            Post.CELL_COMMITTEE_MEMBER);

    assertThat(findings(bloc(cell), CharterRule.S5)).isEmpty();
  }

  @Test
  void cellCommitteeOfEight_violatesS5() {
    Cell cell =
        cellWithPosts(
            12,
            Post.CELL_SECRETARY,
            Post.CELL_DEPUTY_SECRETARY,
            Post.CELL_COMMITTEE_MEMBER,
            Post.CELL_COMMITTEE_MEMBER,
            Post.CELL_COMMITTEE_MEMBER,
            Post.CELL_COMMITTEE_MEMBER,
            Post.CELL_COMMITTEE_MEMBER,
            Post.CELL_COMMITTEE_MEMBER);

    assertThat(findings(bloc(cell), CharterRule.S5))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message().vi()).contains("Chi ủy của chi bộ c1", "8 thành viên");
              assertThat(f.message().en()).contains("committee of cell c1", "8 members");
            });
  }

  @Test
  void baseCellCommitteeOfEight_violatesS5() {
    List<Member> members = new ArrayList<>(led("b1", 12, 0));
    for (int i = 3; i < 8; i++) {
      members.set(i, withPosts(members.get(i), Post.CELL_COMMITTEE_MEMBER));
    }
    Root root = rootOf(baseCell("b1", members).build());

    assertThat(findings(root, CharterRule.S5))
        .singleElement()
        .satisfies(f -> assertThat(f.message().en()).contains("committee of base cell b1"));
  }

  @Test
  void cellWithNoSecretaryAndNoCommitteeAmongNineOfficialMembers_violatesS5Twice() {
    assertThat(findings(bloc(cellWithPosts(9)), CharterRule.S5))
        .extracting(Finding::severity)
        .containsExactly(Severity.ERROR, Severity.ERROR);
  }
}
