package io.github.partyorg.rating;

import static io.github.partyorg.rating.RatingFixtures.REVIEW_2023;
import static io.github.partyorg.rating.RatingFixtures.excellent2023;
import static io.github.partyorg.rating.RatingFixtures.graded;
import static io.github.partyorg.rating.RootRaterTest.goodOrg2023;
import static io.github.partyorg.rating.RootRaterTest.member;
import static io.github.partyorg.rating.RootRaterTest.rootOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.charter.DisciplineForm;
import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.BaseOrganisationKind;
import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.HostSector;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Post;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.RootId;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the whole-root run finds the disciplines "around" an organisation: those of its leadership
 * (members holding a cell post, or base committee posts for a base committee) and those of its
 * sub-organisations (O5, O6), and how the quota orders and counts (Q1).
 */
class RootRaterDisciplineAroundTest {

  private static Discipline notRemedied() {
    return Discipline.of(DisciplineForm.REPRIMAND, LocalDate.of(2023, 5, 5));
  }

  /** A base committee B1 with cell C1 (members L and O) and cell C2 (member P). */
  private static Root committee(Post leaderPost) {
    Member leader = Member.builder().from(member("L")).addPosts(leaderPost).build();
    Cell c1 =
        Cell.builder().id(CellId.of("C1")).name("Chi bộ 1").addMembers(leader, member("O")).build();
    Cell c2 = Cell.builder().id(CellId.of("C2")).name("Chi bộ 2").addMembers(member("P")).build();
    return rootOf(
        BaseOrganisation.builder()
            .id(BaseOrganisationId.of("B1"))
            .name("Đảng bộ 1")
            .kind(BaseOrganisationKind.BASE_COMMITTEE)
            .sector(HostSector.STATE_OWNED_ENTERPRISE)
            .addCells(c1, c2)
            .build());
  }

  private static YearFacts.Builder facts(String disciplined) {
    return facts(disciplined, true);
  }

  /** The facts, with or without those of C2 (given once: a second set is refused). */
  private static YearFacts.Builder facts(String disciplined, boolean withC2) {
    YearFacts.Builder facts = YearFacts.builder().year(Year.of(2023)).reviewDate(REVIEW_2023);
    for (String id : List.of("L", "O", "P")) {
      MemberFacts.Builder f = graded(id, 2023, Grade.TOT, Grade.TOT);
      if (id.equals(disciplined)) {
        f.addDisciplines(notRemedied());
      }
      facts.addMember(f.build());
    }
    facts.addOrganisation(goodOrg2023(CellId.of("C1")).build());
    if (withC2) {
      facts.addOrganisation(goodOrg2023(CellId.of("C2")).build());
    }
    facts.addOrganisation(goodOrg2023(BaseOrganisationId.of("B1")).build());
    return facts;
  }

  @ParameterizedTest
  @EnumSource(
      value = Post.class,
      names = {"CELL_SECRETARY", "CELL_DEPUTY_SECRETARY", "CELL_COMMITTEE_MEMBER"})
  void cellLeaderDisciplined_notRemedied_makesTheCellKhtnv_O6(Post post) {
    RootRating rating = RootRater.forYear(Year.of(2023)).rate(committee(post), facts("L").build());

    assertThat(rating.organisations().get(CellId.of("C1")).proposed()).contains(Level.KHTNV);
    assertThat(rating.organisations().get(CellId.of("C2")).proposed()).contains(Level.HTTNV);
  }

  @Test
  void ordinaryMemberDisciplined_isNotADisciplineAroundTheCell_O6() {
    RootRating rating =
        RootRater.forYear(Year.of(2023)).rate(committee(Post.CELL_SECRETARY), facts("O").build());

    assertThat(rating.organisations().get(CellId.of("C1")).proposed()).contains(Level.HTTNV);
    assertThat(rating.members().get(MemberId.of("O")).proposed()).contains(Level.KHTNV);
  }

  @ParameterizedTest
  @ValueSource(strings = {"BASE_COMMITTEE_MEMBER", "STANDING_COMMITTEE_MEMBER"})
  void baseCommitteeMemberDisciplined_makesTheBaseCommitteeKhtnv_O6(String post) {
    RootRating rating =
        RootRater.forYear(Year.of(2023)).rate(committee(Post.valueOf(post)), facts("L").build());

    assertThat(rating.organisations().get(BaseOrganisationId.of("B1")).proposed())
        .contains(Level.KHTNV);
    // A base committee post is not a cell post: the cell itself is not touched.
    assertThat(rating.organisations().get(CellId.of("C1")).proposed()).contains(Level.HTTNV);
  }

  @Test
  void subOrganisationDisciplined_countsForItsCommittee_O5_O6() {
    YearFacts.Builder facts = facts("none", false);
    facts.addOrganisation(
        goodOrg2023(CellId.of("C2"))
            .discipline(new Discipline(DisciplineForm.REPRIMAND, LocalDate.of(2023, 3, 1), true))
            .build());
    RootRating rating =
        RootRater.forYear(Year.of(2023)).rate(committee(Post.CELL_SECRETARY), facts.build());

    OrganisationRating b1 = rating.organisations().get(BaseOrganisationId.of("B1"));
    // 1 of 2 sub-organisations disciplined is more than 20% (O5): KHTNV.
    assertThat(b1.proposed()).contains(Level.KHTNV);
    assertThat(b1.explanation())
        .filteredOn(e -> e.rule() == RatingRule.O5)
        .singleElement()
        .satisfies(e -> assertThat(e.facts()).containsEntry("subOrganisationsDisciplined", "1/2"));
    assertThat(b1.explanation())
        .filteredOn(e -> e.rule() == RatingRule.O6)
        .singleElement()
        .satisfies(e -> assertThat(e.ceiling()).contains(Level.HTTNV));
  }

  @Test
  void quotaEnforce_demotesFewerExcellentGradesFirst_whenTasksExceededTie_Q1() {
    YearFacts.Builder facts = YearFacts.builder().year(Year.of(2023)).reviewDate(REVIEW_2023);
    List<Member> members = new java.util.ArrayList<>();
    for (String id : List.of("A", "B", "C", "D", "E")) {
      members.add(member(id));
      facts.addMember(graded(id, 2023, Grade.TOT, Grade.TOT).build());
    }
    members.add(member("XA"));
    members.add(member("XZ"));
    // XA has only the task criterion graded Xuất sắc, XZ all four, with the same share of tasks
    // exceeded: XA is weaker and goes first, although the reverse-id tie-break alone would pick XZ.
    facts.addMember(excellent2023("XA").build());
    facts.addMember(
        graded("XZ", 2023, Grade.XUAT_SAC, Grade.XUAT_SAC)
            .tasksOnTimePercent(RatingFixtures.pct("100"))
            .tasksExceededPercent(RatingFixtures.pct("50"))
            .build());
    BaseOrganisation base =
        BaseOrganisation.builder()
            .id(BaseOrganisationId.of("B1"))
            .name("Chi bộ 1")
            .kind(BaseOrganisationKind.BASE_CELL)
            .sector(HostSector.OTHER)
            .addAllMembers(members)
            .build();
    RootRating rating =
        RootRater.of(
                Regime.R2023, RatingPolicies.defaults().withQuotaHandling(QuotaHandling.ENFORCE))
            .rate(rootOf(base), facts.build());

    assertThat(rating.quotaFindings().get(0).demoted()).containsExactly(MemberId.of("XA"));
  }

  @Test
  void decidedExcellentBaseOrganisations_overTheRootQuota_areReported_Q1() {
    List<BaseOrganisation> bases = new java.util.ArrayList<>();
    YearFacts.Builder facts = YearFacts.builder().year(Year.of(2023)).reviewDate(REVIEW_2023);
    for (int i = 0; i < 5; i++) {
      String id = "B" + i;
      Member m = member(id + "M");
      facts.addMember(graded(id + "M", 2023, Grade.TOT, Grade.TOT).build());
      BaseOrganisation base =
          BaseOrganisation.builder()
              .id(BaseOrganisationId.of(id))
              .name("Chi bộ " + id)
              .kind(BaseOrganisationKind.BASE_CELL)
              .sector(HostSector.OTHER)
              .addMembers(m)
              .build();
      bases.add(base);
      facts.addOrganisation(goodOrg2023(base.id()).build());
    }
    // 4 at HTTNV allow 0 HTXSNV; one decided HTXSNV is over the quota of the root.
    facts.decide(BaseOrganisationId.of("B0"), Level.HTXSNV);
    RootRating rating =
        RootRater.forYear(Year.of(2023))
            .rate(rootOf(bases.toArray(BaseOrganisation[]::new)), facts.build());

    assertThat(rating.decisionFindings())
        .filteredOn(f -> f.code() == DecisionFinding.Code.OVER_QUOTA)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.entityId()).isEqualTo(BaseOrganisationId.of("B0"));
              assertThat(f.message().en()).contains(RootId.of("DUK").value());
            });
  }
}
