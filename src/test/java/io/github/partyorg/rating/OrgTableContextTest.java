package io.github.partyorg.rating;

import static io.github.partyorg.rating.RatingFixtures.REVIEW_2023;
import static io.github.partyorg.rating.RatingFixtures.graded;
import static io.github.partyorg.rating.RootRaterTest.goodOrg2023;
import static io.github.partyorg.rating.RootRaterTest.member;
import static io.github.partyorg.rating.RootRaterTest.rootOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.BaseOrganisationKind;
import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.HostSector;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.OrganisationId;
import io.github.partyorg.structure.Post;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.SubCommittee;
import io.github.partyorg.structure.SubCommitteeId;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the organisations' table (issue 19) reads again from the tree and the facts when it makes an
 * {@link OrganisationRating}, and what it read while the root was rated, give the same levels: the
 * cell committee and the executive committee (O10: a leader concluded to show degradation makes the
 * collective KHTNV; a cell has a collective only when a member sits on its committee), the day an
 * organisation was founded (E2, R2018), and a sub-unit left without a level (O1, R2018).
 */
class OrgTableContextTest {
  private static final CellId C1 = CellId.of("C1");
  private static final CellId C2 = CellId.of("C2");
  private static final BaseOrganisationId B1 = BaseOrganisationId.of("B1");

  /** B1, a base committee: C1 holds L (with a cell post) and O; C2 holds P and the executive E. */
  private static Root committee(Post cellPost, LocalDate c2FoundedOn) {
    Member leader = Member.builder().from(member("L")).addPosts(cellPost).build();
    Member executive =
        Member.builder().from(member("E")).addPosts(Post.BASE_COMMITTEE_MEMBER).build();
    Cell c1 = Cell.builder().id(C1).name("Chi bộ 1").addMembers(leader, member("O")).build();
    Cell c2 =
        Cell.builder()
            .id(C2)
            .name("Chi bộ 2")
            .foundedOn(c2FoundedOn)
            .addMembers(member("P"), executive)
            .build();
    return rootOf(
        BaseOrganisation.builder()
            .id(B1)
            .name("Đảng bộ 1")
            .kind(BaseOrganisationKind.BASE_COMMITTEE)
            .sector(HostSector.STATE_OWNED_ENTERPRISE)
            .addCells(c1, c2)
            .build());
  }

  private static Root committee(Post cellPost) {
    return committee(cellPost, LocalDate.of(2000, 1, 1));
  }

  /** Every member HTTNV; {@code degraded} concluded to show degradation. */
  private static YearFacts.Builder facts(Year year, String degraded) {
    YearFacts.Builder facts =
        YearFacts.builder()
            .year(year)
            .reviewDate(year.getValue() == 2023 ? REVIEW_2023 : LocalDate.of(2018, 12, 15));
    for (String id : new String[] {"L", "O", "P", "E"}) {
      MemberFacts.Builder f = graded(id, year.getValue(), Grade.TOT, Grade.TOT);
      if (id.equals(degraded)) {
        f.degradationConcluded(true);
      }
      facts.addMember(f.build());
    }
    for (OrganisationId id : new OrganisationId[] {C1, C2, B1}) {
      facts.addOrganisation(goodOrg2023(id).year(year).build());
    }
    return facts;
  }

  /** The table's levels equal those of every rating it makes, for every organisation. */
  private static void assertLevelsMatchTheRatings(RootRating rating) {
    for (Map.Entry<OrganisationId, OrganisationRating> e : rating.organisations().entrySet()) {
      assertThat(rating.proposedLevel(e.getKey())).isEqualTo(e.getValue().proposed());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"CELL_COMMITTEE_MEMBER", "CELL_SECRETARY", "CELL_DEPUTY_SECRETARY"})
  void aCellLeaderConcludedDegraded_makesTheCellCommitteeKhtnv_O10(String post) {
    RootRating rating =
        RootRater.forYear(Year.of(2023))
            .rate(committee(Post.valueOf(post)), facts(Year.of(2023), "L").build());

    OrganisationRating c1 = rating.organisations().get(C1);
    boolean hasCommittee = post.equals("CELL_COMMITTEE_MEMBER");
    // A secretary alone is no committee: no collective is rated, but the level is the same.
    assertThat(c1.leadershipCollective().isPresent()).isEqualTo(hasCommittee);
    if (hasCommittee) {
      assertThat(c1.leadershipCollective()).contains(Level.KHTNV);
    }
    assertThat(rating.organisations().get(C2).leadershipCollective()).isEmpty();
    assertLevelsMatchTheRatings(rating);
    assertThat(rating.leadershipCollectiveCounts().byLevel().get(Level.KHTNV))
        .isEqualTo(hasCommittee ? 1 : 0);
  }

  @Test
  void aMemberWithoutAPost_isNoLeader_O10() {
    RootRating rating =
        RootRater.forYear(Year.of(2023))
            .rate(committee(Post.CELL_COMMITTEE_MEMBER), facts(Year.of(2023), "O").build());

    assertThat(rating.organisations().get(C1).leadershipCollective()).contains(Level.HTTNV);
    assertThat(rating.organisations().get(B1).leadershipCollective()).contains(Level.HTTNV);
  }

  @Test
  void anExecutiveConcludedDegraded_makesTheExecutiveCommitteeKhtnv_O10() {
    RootRating rating =
        RootRater.forYear(Year.of(2023))
            .rate(committee(Post.CELL_COMMITTEE_MEMBER), facts(Year.of(2023), "E").build());

    assertThat(rating.organisations().get(B1).leadershipCollective()).contains(Level.KHTNV);
    assertThat(rating.organisations().get(C1).leadershipCollective()).contains(Level.HTTNV);
    assertLevelsMatchTheRatings(rating);
  }

  @Test
  void aCellFoundedUnderSixMonthsBeforeTheReview_isNotRated_andLeftOutOfTheCounts_E2_R2018() {
    Year year = Year.of(2018);
    RootRating rating =
        RootRater.forYear(year)
            .rate(
                committee(Post.CELL_COMMITTEE_MEMBER, LocalDate.of(2018, 9, 1)),
                facts(year, "").build());

    OrganisationRating c2 = rating.organisations().get(C2);
    assertThat(c2.isRated()).isFalse();
    assertThat(c2.explanation().get(0).rule()).isEqualTo(RatingRule.E2);
    assertThat(rating.organisations().get(C1).isRated()).isTrue();
    assertThat(rating.subOrganisationCounts(B1).orElseThrow().notRated()).isEqualTo(1);
    assertLevelsMatchTheRatings(rating);
  }

  @Test
  void aSubCommitteeAndABaseCommitteeFoundedLate_areNotRated_E2_R2018() {
    Year year = Year.of(2018);
    LocalDate late = LocalDate.of(2018, 10, 1);
    SubCommitteeId s1 = SubCommitteeId.of("S1");
    Cell c2 = Cell.builder().id(C2).name("Chi bộ 2").addMembers(member("P"), member("E")).build();
    Cell c1 = Cell.builder().id(C1).name("Chi bộ 1").addMembers(member("L"), member("O")).build();
    Root root =
        rootOf(
            BaseOrganisation.builder()
                .id(B1)
                .name("Đảng bộ 1")
                .kind(BaseOrganisationKind.BASE_COMMITTEE)
                .sector(HostSector.STATE_OWNED_ENTERPRISE)
                .foundedOn(late)
                .addCells(c1)
                .addSubCommittees(
                    SubCommittee.builder()
                        .id(s1)
                        .name("Bộ phận")
                        .foundedOn(late)
                        .addCells(c2)
                        .build())
                .build());
    YearFacts.Builder facts = facts(year, "");
    facts.addOrganisation(goodOrg2023(s1).year(year).build());
    RootRating rating = RootRater.forYear(year).rate(root, facts.build());

    assertThat(rating.organisations().get(s1).isRated()).isFalse();
    assertThat(rating.organisations().get(B1).isRated()).isFalse();
    assertThat(rating.organisations().get(C1).isRated()).isTrue();
    assertLevelsMatchTheRatings(rating);
  }

  @Test
  void aCellWithoutALevel_isASubUnitMissing_forItsCommittee_O1_R2018() {
    Year year = Year.of(2018);
    YearFacts.Builder facts = YearFacts.builder().year(year).reviewDate(LocalDate.of(2018, 12, 15));
    for (String id : new String[] {"L", "O", "P", "E"}) {
      facts.addMember(graded(id, 2018, Grade.TOT, Grade.TOT).build());
    }
    // C2 has no facts: it gets no level, and B1 lacks a sub-unit's level.
    facts.addOrganisation(goodOrg2023(C1).year(year).build());
    facts.addOrganisation(goodOrg2023(B1).year(year).build());
    RootRating rating =
        RootRater.forYear(year).rate(committee(Post.CELL_COMMITTEE_MEMBER), facts.build());

    assertThat(rating.organisations().get(C2).proposed()).isEmpty();
    OrganisationRating b1 = rating.organisations().get(B1);
    assertThat(b1.missingFacts()).extracting(MissingFact::fact).contains("subUnitLevels");
    assertThat(b1.proposed()).isEmpty();
    assertLevelsMatchTheRatings(rating);
  }

  @Test
  void aTableIsNotEqualToAnotherRegimesRatingOfTheSameRoot() {
    Root root = committee(Post.CELL_COMMITTEE_MEMBER);
    YearFacts facts = facts(Year.of(2023), "L").build();
    Map<OrganisationId, OrganisationRating> r2023 =
        RootRater.forYear(Year.of(2023)).rate(root, facts).organisations();
    Map<OrganisationId, OrganisationRating> r2018 =
        RootRater.of(Regime.R2018, RatingPolicies.defaults()).rate(root, facts).organisations();

    assertThat(r2023).isNotEqualTo(r2018).isNotEqualTo(Map.of());
    assertThat(r2023).isEqualTo(RootRater.forYear(Year.of(2023)).rate(root, facts).organisations());
  }
}
