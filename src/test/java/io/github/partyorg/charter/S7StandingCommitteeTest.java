package io.github.partyorg.charter;

import static io.github.partyorg.charter.CharterFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.Post;
import io.github.partyorg.structure.Root;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class S7StandingCommitteeTest {

  /** {@code count} members led as by {@link CharterFixtures#led}, posts given from the first. */
  private static List<Member> withExecutive(String prefix, int count, int executive, int standing) {
    List<Member> members = new ArrayList<>(led(prefix, count, 0));
    for (int i = 0; i < executive; i++) {
      Post post = i < standing ? Post.STANDING_COMMITTEE_MEMBER : Post.BASE_COMMITTEE_MEMBER;
      members.set(i, withPosts(members.get(i), post));
    }
    return members;
  }

  /** A base committee whose executive is spread over two cells of 10. */
  private static Root bloc(int executive, int standing) {
    int inFirst = Math.min(executive, 5);
    int standingInFirst = Math.min(standing, inFirst);
    return rootOf(
        baseCommittee(
                "b1",
                cell("c1", withExecutive("c1", 10, inFirst, standingInFirst)),
                cell(
                    "c2", withExecutive("c2", 10, executive - inFirst, standing - standingInFirst)))
            .build());
  }

  @Test
  void baseCommitteeWithNineExecutiveMembersAndNoStandingCommittee_violatesS7() {
    assertThat(findings(bloc(9, 0), CharterRule.S7))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.entityId()).isEqualTo(BaseOrganisationId.of("b1"));
              assertThat(f.message().vi())
                  .contains("Đảng bộ cơ sở b1", "9 đảng ủy viên", "chưa có ban thường vụ");
              assertThat(f.message().en())
                  .contains("Base committee b1", "9 executive members", "no standing committee");
            });
  }

  @Test
  void baseCommitteeWithNineExecutiveMembersAndAStandingCommittee_compliesWithS7() {
    assertThat(findings(bloc(9, 3), CharterRule.S7)).isEmpty();
  }

  @Test
  void baseCommitteeWithEightExecutiveMembersAndNoStandingCommittee_compliesWithS7() {
    assertThat(findings(bloc(8, 0), CharterRule.S7)).isEmpty();
  }

  @Test
  void baseCommitteeWithEightExecutiveMembersAndAStandingCommittee_warnsS7() {
    assertThat(findings(bloc(8, 3), CharterRule.S7))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message().vi()).contains("8 đảng ủy viên", "3 ủy viên ban thường vụ");
              assertThat(f.message().en())
                  .contains("8 executive members", "3 standing committee members");
            });
  }

  @Test
  void baseCommitteeWithoutExecutive_compliesWithS7() {
    assertThat(findings(bloc(0, 0), CharterRule.S7)).isEmpty();
  }

  @Test
  void baseCellWithStandingCommitteePosts_isNotCheckedByS7() {
    Root root = rootOf(baseCell("b1", withExecutive("b1", 10, 3, 3)).build());

    assertThat(findings(root, CharterRule.S7)).isEmpty();
  }
}
