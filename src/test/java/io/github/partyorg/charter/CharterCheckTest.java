package io.github.partyorg.charter;

import static io.github.partyorg.charter.CharterFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.BaseOrganisationKind;
import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.ConsentKind;
import io.github.partyorg.structure.Gender;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Post;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.TreeFixtures;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CharterCheckTest {
  private static final Set<CharterRule> STRUCTURE_RULES =
      EnumSet.range(CharterRule.S1, CharterRule.S9);

  /** A small bloc that complies with S1 to S9 on {@link CharterFixtures#AS_OF}. */
  private static Root compliantBloc() {
    List<Member> c1 = new ArrayList<>(led("c1", 10, 0));
    for (int i = 3; i < 10; i++) {
      c1.set(i, withPosts(c1.get(i), Post.BASE_COMMITTEE_MEMBER));
    }
    List<Member> c2 = new ArrayList<>(led("c2", 10, 0));
    for (int i = 3; i < 5; i++) {
      c2.set(i, withPosts(c2.get(i), Post.STANDING_COMMITTEE_MEMBER));
    }
    c2.set(3, withPosts(c2.get(3), Post.BASE_COMMITTEE_SECRETARY));
    c2.set(4, withPosts(c2.get(4), Post.BASE_COMMITTEE_DEPUTY_SECRETARY));
    BaseOrganisation committee =
        baseCommittee("b2", cell("c1", c1), cell("c2", c2))
            .addSubCommittees(
                subCommittee("s1", ledCell("c3", 10))
                    .addConsents(consent(ConsentKind.S4_SUB_COMMITTEE, LocalDate.of(2021, 1, 1)))
                    .build())
            .build();
    return rootOf(baseCell("b1", led("b1", 5, 1)).build(), committee);
  }

  @Test
  void compliantSmallBloc_compliesWithS1ToS9() {
    assertThat(CharterCheck.check(compliantBloc(), AS_OF)).isEmpty();
  }

  @Test
  void emptyBloc_compliesWithS1ToS9() {
    assertThat(CharterCheck.check(rootOf(), AS_OF)).isEmpty();
  }

  /**
   * Two base organisations recorded as bz then ba (not alphabetical): bz is a base cell (S1, S8);
   * ba is a base committee (S2, S8) with direct cells c1 (S1, S5) and c3 (S1), then sub-committee
   * s1 (S4) with cell c2 (S6).
   */
  private static Root blocOutOfCompliance() {
    BaseOrganisation bz = baseCell("bz", led("bz", 2, 0)).lastCongressOn(Optional.empty()).build();
    Cell c1 = cell("c1", List.of(TreeFixtures.official("c1-1"), TreeFixtures.official("c1-2")));
    List<Member> c2 = new ArrayList<>(led("c2", 3, 0));
    c2.set(1, withPosts(c2.get(1), Post.CELL_DEPUTY_SECRETARY));
    c2.set(2, withPosts(c2.get(2), Post.CELL_DEPUTY_SECRETARY));
    BaseOrganisation ba =
        baseCommittee("ba", c1, ledCell("c3", 2))
            .lastCongressOn(LocalDate.of(2010, 1, 1))
            .addSubCommittees(subCommittee("s1", cell("c2", c2)).build())
            .build();
    return rootOf(bz, ba);
  }

  private static List<String> ruleAtEntity(List<Finding> findings) {
    return findings.stream().map(f -> f.rule() + "@" + f.entityId().value()).toList();
  }

  @Test
  void findingsOfS1ToS8_comeInTreeOrderThenRuleOrder() {
    List<Finding> findings = CharterCheck.check(blocOutOfCompliance(), AS_OF);

    assertThat(ruleAtEntity(findings))
        .containsExactly(
            "S1@bz", "S8@bz", "S2@ba", "S8@ba", "S1@c1", "S5@c1", "S1@c3", "S4@s1", "S6@c2");
  }

  @Test
  void findingsOfS1ToS8_areTheSameOnEveryRun() {
    Root root = blocOutOfCompliance();

    List<Finding> first = CharterCheck.check(root, AS_OF);

    assertThat(CharterCheck.check(root, AS_OF)).isEqualTo(first);
    assertThat(CharterCheck.check(blocOutOfCompliance(), AS_OF)).isEqualTo(first);
    assertThat(CharterCheck.check(root, AS_OF, EnumSet.allOf(CharterRule.class))).isEqualTo(first);
  }

  @Test
  void selectedRules_onlyS1AndS8AreChecked() {
    List<Finding> findings =
        CharterCheck.check(blocOutOfCompliance(), AS_OF, Set.of(CharterRule.S8, CharterRule.S1));

    assertThat(ruleAtEntity(findings)).containsExactly("S1@bz", "S8@bz", "S8@ba", "S1@c1", "S1@c3");
  }

  @Test
  void membershipRulesOnly_giveNoStructureFindingS1ToS8() {
    assertThat(CharterCheck.check(blocOutOfCompliance(), AS_OF, Set.of(CharterRule.M1))).isEmpty();
  }

  @Test
  void findingsOfS1ToS8_cannotBeModified() {
    List<Finding> findings = CharterCheck.check(blocOutOfCompliance(), AS_OF);

    assertThat(findings).isUnmodifiable();
  }

  @Test
  void nullArguments_areRefusedBeforeS1ToS8Run() {
    Root root = compliantBloc();

    assertThatNullPointerException()
        .isThrownBy(() -> CharterCheck.check(null, AS_OF))
        .withMessage("root");
    assertThatNullPointerException()
        .isThrownBy(() -> CharterCheck.check(root, null))
        .withMessage("asOf");
    assertThatNullPointerException()
        .isThrownBy(() -> CharterCheck.check(null, AS_OF, STRUCTURE_RULES))
        .withMessage("root");
    assertThatNullPointerException()
        .isThrownBy(() -> CharterCheck.check(root, null, STRUCTURE_RULES))
        .withMessage("asOf");
    assertThatNullPointerException()
        .isThrownBy(() -> CharterCheck.check(root, AS_OF, (Set<CharterRule>) null))
        .withMessage("rules");
  }

  // ---------------------------------------------------------------------------------------------
  // Personal data and text form, over a bloc that breaks every rule from S1 to S8.

  private static final String[] NAMES = {
    "Trần Thị Hồng Nhung", "Lê Văn Thắng", "Phạm Minh Đức", "Võ Thị Ánh Tuyết", "Đặng Quốc Bảo"
  };
  private static final LocalDate BIRTH = LocalDate.of(1975, 3, 14);

  private static Member person(String id, int index, Post... posts) {
    return Member.builder()
        .id(MemberId.of(id))
        .fullName(NAMES[index % NAMES.length])
        .gender(index % 2 == 0 ? Gender.FEMALE : Gender.MALE)
        .dateOfBirth(BIRTH)
        .admissionDate(LocalDate.of(2000, 5, 19))
        .officialDate(LocalDate.of(2001, 5, 19))
        .addPosts(posts)
        .build();
  }

  /** Every rule broken: named members appear by id in the S5 and S6 messages. */
  private static Root blocBreakingEveryRule() {
    List<Member> big = new ArrayList<>();
    for (int i = 0; i < 31; i++) {
      Post[] posts =
          i < 2
              ? new Post[] {Post.CELL_SECRETARY, Post.BASE_COMMITTEE_MEMBER}
              : i < 4
                  ? new Post[] {Post.CELL_DEPUTY_SECRETARY, Post.BASE_COMMITTEE_MEMBER}
                  : i < 9 ? new Post[] {Post.BASE_COMMITTEE_MEMBER} : new Post[0];
      big.add(person("big-" + i, i, posts));
    }
    BaseOrganisation committee =
        baseCommittee(
                "b1",
                Cell.builder()
                    .from(cell("big", big))
                    .lastCongressOn(LocalDate.of(2015, 1, 1))
                    .build())
            .addSubCommittees(
                subCommittee(
                        "s1", cell("small", List.of(person("small-1", 1), person("small-2", 2))))
                    .build())
            .lastCongressOn(LocalDate.of(2015, 1, 1))
            .build();
    List<Member> crowd = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      crowd.add(person("crowd-" + i, i, i == 0 ? new Post[] {Post.CELL_SECRETARY} : new Post[0]));
    }
    BaseOrganisation baseCell = baseCell("b2", crowd).lastCongressOn(Optional.empty()).build();
    return rootOf(committee, baseCell);
  }

  @Test
  void messagesOfS1ToS9_nameNoMemberAndGiveNoBirthDate() {
    Root root = blocBreakingEveryRule();

    List<Finding> findings = CharterCheck.check(root, AS_OF);

    assertThat(findings).extracting(Finding::rule).containsAll(STRUCTURE_RULES);
    List<String> forbidden = new ArrayList<>();
    root.allMembers().forEach(m -> forbidden.add(m.fullName()));
    forbidden.add(BIRTH.toString());
    forbidden.add(BIRTH.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    forbidden.add("1975");
    for (Finding finding : findings) {
      for (String text : List.of(finding.message().vi(), finding.message().en())) {
        assertThat(text).doesNotContain(forbidden);
      }
      assertThat(finding.toString()).doesNotContain(forbidden);
    }
  }

  @Test
  void messagesOfS1ToS8_areNfcVietnameseAndEnglishSentences() {
    List<Finding> findings = CharterCheck.check(blocBreakingEveryRule(), AS_OF);

    assertThat(findings).isNotEmpty();
    for (Finding finding : findings) {
      String vi = finding.message().vi();
      String en = finding.message().en();
      assertThat(Normalizer.isNormalized(vi, Normalizer.Form.NFC)).as(vi).isTrue();
      assertThat(vi).as(vi).containsPattern("[ạảãàáâậầấẩẫăắằặẳẵđĐêềếệểễôồốộổỗơờớợởỡư]");
      assertThat(vi).contains("(" + finding.rule() + ")").endsWith(".");
      assertThat(en).contains("(" + finding.rule() + ")").endsWith(".");
      assertThat(en).matches("\\p{ASCII}+");
    }
  }

  @Test
  void baseCommitteeKind_isCheckedByS2AndS7ButNotS1() {
    BaseOrganisation committee = baseCommittee("b1").build();

    assertThat(committee.kind()).isEqualTo(BaseOrganisationKind.BASE_COMMITTEE);
    assertThat(CharterCheck.check(rootOf(committee), AS_OF))
        .extracting(Finding::rule)
        .containsExactly(CharterRule.S2);
  }
}
