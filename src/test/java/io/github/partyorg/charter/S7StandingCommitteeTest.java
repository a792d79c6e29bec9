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
    return withExecutive(prefix, count, executive, standing, false);
  }

  /**
   * As above; with {@code secretary}, the first executive member is also the base committee's
   * secretary.
   */
  private static List<Member> withExecutive(
      String prefix, int count, int executive, int standing, boolean secretary) {
    List<Member> members = new ArrayList<>(led(prefix, count, 0));
    for (int i = 0; i < executive; i++) {
      Post post = i < standing ? Post.STANDING_COMMITTEE_MEMBER : Post.BASE_COMMITTEE_MEMBER;
      members.set(i, withPosts(members.get(i), post));
      if (secretary && i == 0) {
        members.set(i, withPosts(members.get(i), Post.BASE_COMMITTEE_SECRETARY));
      }
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
                cell("c1", withExecutive("c1", 10, inFirst, standingInFirst, inFirst > 0)),
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
  void baseCellWithStandingCommitteePosts_warnsToReviewThePosts_S7() {
    Root root = rootOf(baseCell("b1", withExecutive("b1", 10, 3, 3)).build());

    assertThat(findings(root, CharterRule.S7))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message().vi())
                  .startsWith(
                      "Chi bộ cơ sở b1 có đảng viên được ghi nhận chức vụ của đảng ủy cơ sở")
                  .contains("cần xem lại chức vụ");
            });
  }

  @Test
  void baseCellWithoutBaseCommitteePosts_givesNothing_S7() {
    assertThat(findings(rootOf(baseCell("b1", led("b1", 10, 0)).build()), CharterRule.S7))
        .isEmpty();
  }

  /** A base committee of 9 executive members with a standing committee and given secretaries. */
  private static Root withSecretaries(Post... postsOfTheFirstTwo) {
    List<Member> first = new ArrayList<>(withExecutive("c1", 10, 5, 3, false));
    for (int i = 0; i < postsOfTheFirstTwo.length; i++) {
      first.set(i, withPosts(first.get(i), postsOfTheFirstTwo[i]));
    }
    return rootOf(
        baseCommittee("b1", cell("c1", first), cell("c2", withExecutive("c2", 10, 4, 0))).build());
  }

  @Test
  void oneSecretaryAndOneDeputy_complyWithS7() {
    assertThat(
            findings(
                withSecretaries(
                    Post.BASE_COMMITTEE_SECRETARY, Post.BASE_COMMITTEE_DEPUTY_SECRETARY),
                CharterRule.S7))
        .isEmpty();
  }

  @Test
  void twoSecretaries_areNotInLineWithS7() {
    assertThat(
            findings(
                withSecretaries(Post.BASE_COMMITTEE_SECRETARY, Post.BASE_COMMITTEE_SECRETARY),
                CharterRule.S7))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message().vi())
                  .isEqualTo(
                      "Đảng bộ cơ sở b1 có 02 bí thư đảng ủy (đảng viên c1-1, c1-2) (S7). Đảng ủy chỉ"
                          + " có một bí thư; cần sửa lại chức vụ cho đúng.");
            });
  }

  @Test
  void anExecutiveWithoutASecretary_isAMissingFact_S7() {
    assertThat(findings(withSecretaries(), CharterRule.S7))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message().vi()).contains("chưa ghi nhận bí thư đảng ủy");
            });
  }

  @Test
  void secretaryAndDeputyCountAsExecutiveMembers_S7() {
    // 7 executive members by post, plus a secretary and a deputy holding only those posts: 9.
    List<Member> first = new ArrayList<>(led("c1", 10, 0));
    first.set(0, withPosts(first.get(0), Post.BASE_COMMITTEE_SECRETARY));
    first.set(1, withPosts(first.get(1), Post.BASE_COMMITTEE_DEPUTY_SECRETARY));
    Root root =
        rootOf(
            baseCommittee("b1", cell("c1", first), cell("c2", withExecutive("c2", 10, 7, 0)))
                .build());

    assertThat(findings(root, CharterRule.S7))
        .singleElement()
        .satisfies(f -> assertThat(f.message().vi()).contains("9 đảng ủy viên"));
  }

  @Test
  void aMemberRecordedAsSecretaryAndDeputy_isNotInLineWithS7() {
    List<Member> first = new ArrayList<>(withExecutive("c1", 10, 5, 3, false));
    first.set(
        0,
        withPosts(
            first.get(0), Post.BASE_COMMITTEE_SECRETARY, Post.BASE_COMMITTEE_DEPUTY_SECRETARY));
    Root root =
        rootOf(
            baseCommittee("b1", cell("c1", first), cell("c2", withExecutive("c2", 10, 4, 0)))
                .build());

    assertThat(findings(root, CharterRule.S7))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message().en()).contains("both secretary and deputy secretary");
            });
  }
}
