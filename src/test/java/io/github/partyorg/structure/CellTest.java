package io.github.partyorg.structure;

import static io.github.partyorg.structure.TreeFixtures.cell;
import static io.github.partyorg.structure.TreeFixtures.member;
import static io.github.partyorg.structure.TreeFixtures.official;
import static io.github.partyorg.structure.TreeFixtures.probationary;
import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CellTest {
  private static final String NAME = "Chi bộ Phòng Tổ chức";
  private static final String NFD = Normalizer.normalize(NAME, Normalizer.Form.NFD);

  @Test
  void name_isStoredInNfc_andEqualNamesGiveEqualCells() {
    Cell fromNfd = Cell.builder().id(CellId.of("c1")).name(NFD).build();
    Cell fromNfc = Cell.builder().id(CellId.of("c1")).name(NAME).build();

    assertThat(fromNfd.name()).isEqualTo(NAME);
    assertThat(fromNfd).isEqualTo(fromNfc).hasSameHashCodeAs(fromNfc);
  }

  @Test
  void officialMemberCount_leavesOutProbationaryMembers_andKeepsExemptedOnes() {
    Cell c =
        cell(
            "c1",
            official("m1"),
            member("m2").exemptedSince(LocalDate.of(2020, 1, 1)).build(),
            probationary("m3"));

    assertThat(c.officialMemberCount()).isEqualTo(2);
  }

  @Test
  void membersHolding_andMember_findMembersOfTheCell() {
    Member secretary = member("m1").addPosts(Post.CELL_SECRETARY).build();
    Member deputy = member("m2").addPosts(Post.CELL_DEPUTY_SECRETARY).build();
    Cell c = cell("c1", secretary, deputy, official("m3"));

    assertThat(c.membersHolding(Post.CELL_SECRETARY)).containsExactly(secretary);
    assertThat(c.membersHolding(Post.CELL_COMMITTEE_MEMBER)).isEmpty();
    assertThat(c.member(MemberId.of("m2"))).contains(deputy);
    assertThat(c.member(MemberId.of("m9"))).isEmpty();
  }

  @Test
  void hasConsent_needsTheKindAndADateOnOrBeforeTheDay() {
    LocalDate day = LocalDate.of(2021, 3, 1);
    Cell c =
        Cell.builder()
            .from(cell("c1"))
            .addConsents(Consent.of(ConsentKind.S3_LARGE_CELL, day, "5-QĐ/ĐUK"))
            .build();

    assertThat(c.hasConsent(ConsentKind.S3_LARGE_CELL, day.minusDays(1))).isFalse();
    assertThat(c.hasConsent(ConsentKind.S3_LARGE_CELL, day)).isTrue();
    assertThat(c.hasConsent(ConsentKind.S4_SUB_COMMITTEE, day)).isFalse();
  }

  @Test
  void subCommittee_nameIsStoredInNfc_andConsentsAreFound() {
    LocalDate day = LocalDate.of(2021, 3, 1);
    SubCommittee sub =
        SubCommittee.builder()
            .id(SubCommitteeId.of("s1"))
            .name(Normalizer.normalize("Đảng bộ bộ phận Khối", Normalizer.Form.NFD))
            .addConsents(Consent.of(ConsentKind.S4_SUB_COMMITTEE, day, "7-QĐ/ĐUK"))
            .addCells(cell("c1"))
            .build();

    assertThat(sub.name()).isEqualTo("Đảng bộ bộ phận Khối");
    assertThat(sub.hasConsent(ConsentKind.S4_SUB_COMMITTEE, day)).isTrue();
    assertThat(sub.hasConsent(ConsentKind.S4_SUB_COMMITTEE, day.minusDays(1))).isFalse();
    assertThat(sub.hasConsent(ConsentKind.S3_LARGE_CELL, day)).isFalse();
    assertThat(sub.toString()).contains("s1");
  }
}
