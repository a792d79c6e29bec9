package io.github.partyorg.rating;

import static io.github.partyorg.rating.RatingFixtures.REVIEW_2022;
import static io.github.partyorg.rating.RatingFixtures.REVIEW_2023;
import static io.github.partyorg.rating.RatingFixtures.excellent2022;
import static io.github.partyorg.rating.RatingFixtures.excellent2023;
import static io.github.partyorg.rating.RatingFixtures.graded;
import static io.github.partyorg.rating.RatingFixtures.pct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.BaseOrganisationKind;
import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.Gender;
import io.github.partyorg.structure.HostSector;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.OrganisationId;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.RootId;
import io.github.partyorg.structure.RootKind;
import io.github.partyorg.structure.Share;
import io.github.partyorg.structure.SubCommittee;
import io.github.partyorg.structure.SubCommitteeId;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RootRaterTest {
  private static final RatingPolicies ENFORCE =
      RatingPolicies.defaults().withQuotaHandling(QuotaHandling.ENFORCE);

  static Member member(String id) {
    return Member.builder()
        .id(MemberId.of(id))
        .fullName("Lê Văn Thử " + id.hashCode())
        .gender(Gender.MALE)
        .dateOfBirth(LocalDate.of(1985, 2, 2))
        .admissionDate(LocalDate.of(2012, 3, 3))
        .officialDate(LocalDate.of(2013, 3, 3))
        .build();
  }

  static Root rootOf(BaseOrganisation... bases) {
    return Root.builder()
        .id(RootId.of("DUK"))
        .kind(RootKind.PROVINCIAL_BLOC)
        .name("Đảng ủy Khối")
        .snapshotDate(LocalDate.of(2023, 12, 31))
        .addAllBaseOrganisations(List.of(bases))
        .build();
  }

  static BaseOrganisation baseCell(String id, List<Member> members) {
    return BaseOrganisation.builder()
        .id(BaseOrganisationId.of(id))
        .name("Chi bộ " + id)
        .kind(BaseOrganisationKind.BASE_CELL)
        .sector(HostSector.PUBLIC_SERVICE_UNIT)
        .addAllMembers(members)
        .build();
  }

  static OrganisationFacts.Builder goodOrg2023(OrganisationId id) {
    OrganisationFacts.Builder b = OrganisationFacts.builder();
    b.organisationId(id)
        .year(Year.of(2023))
        .putGrades(OrganisationCriterion.POLITICAL_TASK, Grade.TOT)
        .putGrades(OrganisationCriterion.POLITICS_IDEOLOGY, Grade.TOT)
        .putGrades(OrganisationCriterion.ORGANISATION_CADRES, Grade.TOT)
        .putGrades(OrganisationCriterion.INSPECTION_SUPERVISION, Grade.TOT)
        .putGrades(OrganisationCriterion.MASS_MOBILISATION, Grade.TOT)
        .putGrades(OrganisationCriterion.ORGANISATION_CADRES, Grade.TOT)
        .targetsMetPercent(pct("100"));
    return b;
  }

  /** A base cell with {@code good} members at HTTNV and {@code excellent} at HTXSNV (R2023). */
  static Scenario quotaScenario(int good, int excellent) {
    List<Member> members = new ArrayList<>();
    YearFacts.Builder facts = YearFacts.builder().year(Year.of(2023)).reviewDate(REVIEW_2023);
    for (int i = 0; i < good; i++) {
      String id = String.format("G%02d", i);
      members.add(member(id));
      facts.addMember(graded(id, 2023, Grade.TOT, Grade.TOT).build());
    }
    for (int i = 0; i < excellent; i++) {
      String id = String.format("X%02d", i);
      members.add(member(id));
      // X00 is the weakest (fewest tasks exceeded), then X01, ...
      facts.addMember(
          excellent2023(id).tasksExceededPercent(pct(Integer.toString(50 + 10 * i))).build());
    }
    BaseOrganisation base = baseCell("B1", members);
    facts.addOrganisation(goodOrg2023(base.id()).build());
    return new Scenario(rootOf(base), facts.build());
  }

  record Scenario(Root root, YearFacts facts) {}

  // ---------- Q1: the quota with 4, 5, 9, 10 and 11 members at HTTNV ----------

  @ParameterizedTest(name = "{0} HTTNV, {1} HTXSNV: allowed {2}, surplus {3}")
  @CsvSource({
    "4, 1, 0, 1",
    "5, 1, 1, 0",
    "9, 2, 1, 1",
    "10, 2, 2, 0",
    "11, 3, 2, 1",
    "11, 2, 2, 0"
  })
  void quotaCountedOnMembersAtHttnv_Q1(int good, int excellent, int allowed, int surplus) {
    Scenario s = quotaScenario(good, excellent);
    RootRating rating = RootRater.forYear(Year.of(2023)).rate(s.root(), s.facts());

    assertThat(rating.regime()).isEqualTo(Regime.R2023);
    assertThat(rating.memberCounts().count(Level.HTTNV)).isEqualTo(good);
    assertThat(rating.memberCounts().count(Level.HTXSNV)).isEqualTo(excellent);
    if (surplus == 0) {
      assertThat(rating.quotaFindings()).isEmpty();
    } else {
      assertThat(rating.quotaFindings())
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.scope()).isEqualTo(BaseOrganisationId.of("B1"));
                assertThat(f.allowed()).isEqualTo(allowed);
                assertThat(f.surplus()).isEqualTo(surplus);
                assertThat(f.excellent()).isEqualTo(excellent);
                assertThat(f.base()).isEqualTo(good);
                assertThat(f.demoted()).isEmpty();
              });
    }
  }

  @Test
  void quotaWarn_isTheDefault_andChangesNoLevel_Q1() {
    Scenario s = quotaScenario(4, 2);
    RootRating rating = RootRater.forYear(Year.of(2023)).rate(s.root(), s.facts());

    assertThat(rating.policies().quotaHandling()).isEqualTo(QuotaHandling.WARN);
    assertThat(rating.members().get(MemberId.of("X00")).proposed()).contains(Level.HTXSNV);
    assertThat(rating.quotaFindings().get(0).message().en())
        .isEqualTo(
            "Q1: B1 has 2 members at HTXSNV for 4 at HTTNV; at most 0 allowed (20%, round down):"
                + " 2 over");
    assertThat(rating.quotaFindings().get(0).message().vi())
        .isEqualTo(
            "Q1: B1 có 02 đảng viên HTXSNV so với 04 HTTNV; tối đa 0 (20%, làm tròn xuống): vượt 02");
  }

  @Test
  void quotaEnforce_demotesTheWeakestFirst_recountingAfterEach_Q1() {
    // 9 HTTNV allow 1 HTXSNV; demoting one makes 10 HTTNV, which allow 2: one demotion is enough.
    Scenario s = quotaScenario(9, 3);
    RootRating rating = RootRater.of(Regime.R2023, ENFORCE).rate(s.root(), s.facts());

    assertThat(rating.quotaFindings())
        .singleElement()
        .satisfies(f -> assertThat(f.demoted()).containsExactly(MemberId.of("X00")));
    MemberRating demoted = rating.members().get(MemberId.of("X00"));
    assertThat(demoted.proposed()).contains(Level.HTTNV);
    assertThat(demoted.ceiling()).isEqualTo(Level.HTTNV);
    Explanation last = demoted.explanation().get(demoted.explanation().size() - 1);
    assertThat(last.rule()).isEqualTo(RatingRule.Q1);
    assertThat(last.text().en())
        .isEqualTo(
            "Q1: demoted from HTXSNV to HTTNV because B1 is over the quota (3 at HTXSNV, at most"
                + " 1)");
    assertThat(rating.members().get(MemberId.of("X01")).proposed()).contains(Level.HTXSNV);
    assertThat(rating.memberCounts().count(Level.HTXSNV)).isEqualTo(2);
    assertThat(rating.memberCounts().count(Level.HTTNV)).isEqualTo(10);
  }

  @Test
  void quotaEnforce_tiesBrokenByIdInReverseOrder_Q1() {
    List<Member> members = new ArrayList<>();
    YearFacts.Builder facts = YearFacts.builder().year(Year.of(2023)).reviewDate(REVIEW_2023);
    for (String id : List.of("A", "B", "C", "D", "E")) {
      members.add(member(id));
      facts.addMember(graded(id, 2023, Grade.TOT, Grade.TOT).build());
    }
    for (String id : List.of("X1", "X2")) {
      members.add(member(id));
      facts.addMember(excellent2023(id).build());
    }
    RootRating rating =
        RootRater.of(Regime.R2023, ENFORCE).rate(rootOf(baseCell("B1", members)), facts.build());

    assertThat(rating.quotaFindings().get(0).demoted()).containsExactly(MemberId.of("X2"));
  }

  @Test
  void quotaPolicies_roundingAndBase_Q1() {
    assertThat(Q1Quota.allowed(12, QuotaRounding.FLOOR)).isEqualTo(2);
    assertThat(Q1Quota.allowed(12, QuotaRounding.HALF_UP)).isEqualTo(2);
    assertThat(Q1Quota.allowed(13, QuotaRounding.HALF_UP)).isEqualTo(3);
    assertThat(Q1Quota.allowed(11, QuotaRounding.CEILING)).isEqualTo(3);
    assertThat(Q1Quota.allowed(10, QuotaRounding.CEILING)).isEqualTo(2);
    assertThat(Q1Quota.allowed(0, QuotaRounding.CEILING)).isZero();

    // 4 HTTNV + 1 HTXSNV: exactly-HTTNV base 4 allows 0; HTTNV-or-better base 5 allows 1.
    Scenario s = quotaScenario(4, 1);
    RootRating exactly = RootRater.forYear(Year.of(2023)).rate(s.root(), s.facts());
    RootRating orBetter =
        RootRater.of(
                Regime.R2023, RatingPolicies.defaults().withQuotaBase(QuotaBase.HTTNV_OR_BETTER))
            .rate(s.root(), s.facts());
    assertThat(exactly.quotaFindings()).hasSize(1);
    assertThat(orBetter.quotaFindings()).isEmpty();
  }

  @Test
  void quotaOnBaseOrganisationsOfTheRoot_Q1() {
    List<BaseOrganisation> bases = new ArrayList<>();
    YearFacts.Builder facts = YearFacts.builder().year(Year.of(2023)).reviewDate(REVIEW_2023);
    for (int i = 0; i < 6; i++) {
      String id = "B" + i;
      List<Member> members = new ArrayList<>();
      for (int m = 0; m < 3; m++) {
        members.add(member(id + "-M" + m));
        facts.addMember(graded(id + "-M" + m, 2023, Grade.TOT, Grade.TOT).build());
      }
      BaseOrganisation base = baseCell(id, members);
      bases.add(base);
      OrganisationFacts.Builder org = goodOrg2023(base.id());
      if (i < 2) {
        org.putGrades(OrganisationCriterion.POLITICAL_TASK, Grade.XUAT_SAC)
            .putGrades(OrganisationCriterion.POLITICS_IDEOLOGY, Grade.TOT)
            .putGrades(OrganisationCriterion.ORGANISATION_CADRES, Grade.TOT)
            .putGrades(OrganisationCriterion.INSPECTION_SUPERVISION, Grade.TOT)
            .putGrades(OrganisationCriterion.MASS_MOBILISATION, Grade.TOT);
      }
      facts.addOrganisation(org.build());
    }
    RootRating rating =
        RootRater.of(Regime.R2023, ENFORCE)
            .rate(rootOf(bases.toArray(BaseOrganisation[]::new)), facts.build());

    // 4 at HTTNV allow 0 HTXSNV; demoting B1 (reverse id order on a tie) makes 5 at HTTNV,
    // which allow 1: B0 keeps HTXSNV.
    assertThat(rating.quotaFindings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.scope()).isEqualTo(RootId.of("DUK"));
              assertThat(f.demoted()).containsExactly(BaseOrganisationId.of("B1"));
            });
    assertThat(rating.baseOrganisationCounts().count(Level.HTTNV)).isEqualTo(5);
    assertThat(rating.finalLevel(BaseOrganisationId.of("B0"))).contains(Level.HTXSNV);
  }

  // ---------- Regimes and what-if ----------

  @Test
  void forYear_choosesTheRegimeOfTheYearAssessed() {
    assertThat(RootRater.forYear(Year.of(2022)).regime()).isEqualTo(Regime.R2018);
    assertThat(RootRater.forYear(Year.of(2023)).regime()).isEqualTo(Regime.R2023);
    assertThat(RootRater.forYear(Year.of(2025)).regime()).isEqualTo(Regime.R2025);
    assertThat(RootRater.forYear(Year.of(2025)).policies()).isEqualTo(RatingPolicies.defaults());
    assertThatThrownBy(() -> RootRater.forYear(Year.of(2017)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sameRootAndYear_underR2018AndR2023_differWhereTheRulesDiffer_C3() {
    List<Member> members = new ArrayList<>();
    YearFacts.Builder facts = YearFacts.builder().year(Year.of(2022)).reviewDate(REVIEW_2022);
    for (String id : List.of("A", "B", "C", "D", "E", "F")) {
      members.add(member(id));
      facts.addMember(
          graded(id, 2022, Grade.TOT, Grade.TOT).targetsCompletedPercent(pct("100")).build());
    }
    // A civil servant with excellent grades, rated only HTTNV in the state rating: C3 (R2018)
    // caps the member at HTTNV; R2023 has no C3.
    members.add(member("CS"));
    facts.addMember(
        excellent2022("CS")
            .civilServantLevel(Level.HTTNV)
            .tasksOnTimePercent(pct("100"))
            .tasksExceededPercent(pct("60"))
            .build());
    BaseOrganisation base = baseCell("B1", members);
    facts.addOrganisation(
        OrganisationFacts.builder()
            .organisationId(base.id())
            .year(Year.of(2022))
            .putGrades(OrganisationCriterion.POLITICAL_TASK, Grade.TOT)
            .putGrades(OrganisationCriterion.POLITICS_IDEOLOGY, Grade.TOT)
            .putGrades(OrganisationCriterion.ORGANISATION_CADRES, Grade.TOT)
            .putGrades(OrganisationCriterion.INSPECTION_SUPERVISION, Grade.TOT)
            .putGrades(OrganisationCriterion.MASS_MOBILISATION, Grade.TOT)
            .targetsMetPercent(pct("100"))
            .affiliatedBodies(Map.of(AffiliatedBody.TRADE_UNION, Level.HTTNV))
            .build());
    Root root = rootOf(base);
    YearFacts year = facts.build();

    RootRating r2018 = RootRater.forYear(Year.of(2022)).rate(root, year);
    RootRating r2023 = RootRater.of(Regime.R2023, RatingPolicies.defaults()).rate(root, year);

    assertThat(r2018.members().get(MemberId.of("CS")).proposed()).contains(Level.HTTNV);
    assertThat(r2023.members().get(MemberId.of("CS")).proposed()).contains(Level.HTXSNV);
    assertThat(r2018.differencesFrom(r2023))
        .contains(
            new LevelDifference(
                MemberId.of("CS"),
                java.util.Optional.of(Level.HTTNV),
                java.util.Optional.of(Level.HTXSNV)));
    assertThat(r2018.differencesFrom(r2018)).isEmpty();
    LevelDifference cs =
        r2018.differencesFrom(r2023).stream()
            .filter(d -> d.entityId().equals(MemberId.of("CS")))
            .findFirst()
            .orElseThrow();
    assertThat(cs.before()).contains(Level.HTTNV);
    assertThat(cs.after()).contains(Level.HTXSNV);
    // Typed lookups by id, whatever its kind, without casts.
    assertThat(r2023.proposedLevel(MemberId.of("CS"))).contains(Level.HTXSNV);
    assertThat(r2023.proposedLevel(base.id()))
        .isEqualTo(r2023.organisations().get(base.id()).proposed());
    assertThat(r2023.proposedLevel(MemberId.of("NOBODY"))).isEmpty();
    assertThat(r2023.proposedLevel(root.id())).isEmpty();
    assertThat(r2023.decidedLevel(MemberId.of("CS"))).isEmpty();
    // O10 in every regime: the collective's presence does not depend on the regime.
    assertThat(r2023.organisations().get(base.id()).leadershipCollective().isPresent())
        .isEqualTo(r2018.organisations().get(base.id()).leadershipCollective().isPresent());
  }

  // ---------- Bottom-up, aggregates, missing facts ----------

  static Root committeeRoot() {
    Cell c1 =
        Cell.builder()
            .id(CellId.of("C1"))
            .name("Chi bộ 1")
            .addMembers(member("M1"), member("M2"), member("M3"))
            .build();
    Cell c2 =
        Cell.builder()
            .id(CellId.of("C2"))
            .name("Chi bộ 2")
            .addMembers(member("M4"), member("M5"))
            .build();
    SubCommittee sub =
        SubCommittee.builder().id(SubCommitteeId.of("S1")).name("Bộ phận").addCells(c2).build();
    return rootOf(
        BaseOrganisation.builder()
            .id(BaseOrganisationId.of("B1"))
            .name("Đảng bộ 1")
            .kind(BaseOrganisationKind.BASE_COMMITTEE)
            .sector(HostSector.STATE_OWNED_ENTERPRISE)
            .addCells(c1)
            .addSubCommittees(sub)
            .build());
  }

  static YearFacts.Builder committeeFacts() {
    YearFacts.Builder facts = YearFacts.builder().year(Year.of(2023)).reviewDate(REVIEW_2023);
    facts.addMember(excellent2023("M1").build());
    facts.addMember(graded("M2", 2023, Grade.TOT, Grade.TOT).build());
    // HTNV: every criterion Trung bình (C0: task results Tốt would give HTTNV).
    facts.addMember(graded("M3", 2023, Grade.TRUNG_BINH, Grade.TRUNG_BINH).build());
    facts.addMember(graded("M4", 2023, Grade.TOT, Grade.TOT).build());
    facts.addMember(graded("M5", 2023, Grade.TOT, Grade.KEM).build());
    for (OrganisationId id :
        List.<OrganisationId>of(
            CellId.of("C1"),
            CellId.of("C2"),
            SubCommitteeId.of("S1"),
            BaseOrganisationId.of("B1"))) {
      facts.addOrganisation(goodOrg2023(id).build());
    }
    return facts;
  }

  @Test
  void ratesBottomUp_andCountsEachSubtree() {
    RootRating rating =
        RootRater.forYear(Year.of(2023)).rate(committeeRoot(), committeeFacts().build());

    assertThat(rating.members().keySet())
        .extracting(MemberId::value)
        .containsExactly("M1", "M2", "M3", "M4", "M5");
    assertThat(rating.organisations().keySet())
        .extracting(OrganisationId::value)
        .containsExactly("C1", "C2", "S1", "B1");
    assertThat(rating.organisations().values())
        .allSatisfy(r -> assertThat(r.proposed()).contains(Level.HTTNV));
    assertThat(rating.organisations().get(CellId.of("C1")).kind()).isEqualTo(OrganisationKind.CELL);
    assertThat(rating.organisations().get(BaseOrganisationId.of("B1")).kind())
        .isEqualTo(OrganisationKind.BASE_COMMITTEE);

    LevelCounts c1 = rating.memberCounts(CellId.of("C1")).orElseThrow();
    assertThat(c1.count(Level.HTXSNV)).isEqualTo(1);
    assertThat(c1.count(Level.HTTNV)).isEqualTo(1);
    assertThat(c1.count(Level.HTNV)).isEqualTo(1);
    assertThat(c1.shareAtLeast(Level.HTTNV)).isEqualTo(new Share(2, 3));
    LevelCounts s1 = rating.memberCounts(SubCommitteeId.of("S1")).orElseThrow();
    assertThat(s1.count(Level.KHTNV)).isEqualTo(1);
    LevelCounts b1 = rating.memberCounts(BaseOrganisationId.of("B1")).orElseThrow();
    assertThat(b1.rated()).isEqualTo(5);
    assertThat(b1.share(Level.KHTNV)).isEqualTo(new Share(1, 5));
    assertThat(rating.subOrganisationCounts(BaseOrganisationId.of("B1")).orElseThrow().rated())
        .isEqualTo(2);
    assertThat(rating.subOrganisationCounts(CellId.of("C1"))).isEmpty();
    assertThat(rating.memberCounts()).isEqualTo(b1);
    assertThat(rating.baseOrganisationCounts().count(Level.HTTNV)).isEqualTo(1);
    assertThat(rating.missingFacts()).isEmpty();
    assertThat(rating.toString()).contains("DUK").contains("R2023");
  }

  @Test
  void entitiesWithoutFacts_areReportedMissing_neverSilentlyRated() {
    YearFacts facts =
        YearFacts.builder()
            .year(Year.of(2023))
            .reviewDate(REVIEW_2023)
            .addMember(excellent2023("M1").build())
            .build();
    RootRating rating = RootRater.forYear(Year.of(2023)).rate(committeeRoot(), facts);

    assertThat(rating.members().get(MemberId.of("M2")).proposed()).isEmpty();
    assertThat(rating.organisations().get(CellId.of("C1")).proposed()).isEmpty();
    assertThat(rating.missingFacts())
        .extracting(f -> f.entityId().value() + " " + f.fact())
        .contains("M2 grades.POLITICS_IDEOLOGY", "C1 grades.POLITICAL_TASK")
        .noneMatch(s -> s.startsWith("M1 "));
    assertThat(rating.memberCounts().incomplete()).isEqualTo(4);
    assertThat(rating.memberCounts().rated()).isEqualTo(1);
  }

  @Test
  void r2018_cellWithASubUnitMissing_hasNoLevel_O1() {
    YearFacts.Builder facts = YearFacts.builder().year(Year.of(2022)).reviewDate(REVIEW_2022);
    facts.addMember(excellent2022("A").build());
    facts.addOrganisation(
        OrganisationFacts.builder()
            .organisationId(BaseOrganisationId.of("B1"))
            .year(Year.of(2022))
            .putGrades(OrganisationCriterion.POLITICAL_TASK, Grade.TOT)
            .putGrades(OrganisationCriterion.POLITICS_IDEOLOGY, Grade.TOT)
            .putGrades(OrganisationCriterion.ORGANISATION_CADRES, Grade.TOT)
            .putGrades(OrganisationCriterion.INSPECTION_SUPERVISION, Grade.TOT)
            .putGrades(OrganisationCriterion.MASS_MOBILISATION, Grade.TOT)
            .targetsMetPercent(pct("100"))
            .affiliatedBodies(Map.of())
            .build());
    RootRating rating =
        RootRater.forYear(Year.of(2022))
            .rate(rootOf(baseCell("B1", List.of(member("A"), member("B")))), facts.build());

    OrganisationRating b1 = rating.organisations().get(BaseOrganisationId.of("B1"));
    assertThat(b1.proposed()).isEmpty();
    assertThat(b1.missingFacts()).extracting(MissingFact::fact).contains("subUnitLevels");
  }

  // ---------- Decisions of the superior committee ----------

  @Test
  void decidedLevels_areRecordedBesideProposed_andRuleBreakingOnesReported() {
    Member exempted =
        Member.builder().from(member("M3")).exemptedSince(LocalDate.of(2023, 1, 1)).build();
    Root root = committeeRoot().withMemberUpdated(exempted);
    YearFacts facts =
        committeeFacts()
            .decide(MemberId.of("M2"), Level.HTXSNV) // above its C4 cap (HTTNV)
            .decide(MemberId.of("M3"), Level.HTTNV) // exempted: not rated (E1)
            .decide(MemberId.of("M9"), Level.HTNV) // not in the root
            .decide(CellId.of("C1"), Level.HTTNV) // as proposed: no finding
            .build();
    RootRating rating = RootRater.forYear(Year.of(2023)).rate(root, facts);

    assertThat(rating.decided()).containsEntry(MemberId.of("M2"), Level.HTXSNV);
    assertThat(rating.finalLevel(MemberId.of("M2"))).contains(Level.HTXSNV);
    assertThat(rating.members().get(MemberId.of("M2")).proposed()).contains(Level.HTTNV);
    assertThat(rating.proposedLevel(MemberId.of("M2"))).contains(Level.HTTNV);
    assertThat(rating.decidedLevel(MemberId.of("M2"))).contains(Level.HTXSNV);
    assertThat(rating.decidedLevel(CellId.of("C1"))).contains(Level.HTTNV);
    assertThat(rating.decidedLevel(MemberId.of("M1"))).isEmpty();
    assertThat(rating.finalLevel(MemberId.of("M1"))).contains(Level.HTXSNV);
    assertThat(rating.finalLevel(MemberId.of("M9"))).contains(Level.HTNV);
    assertThat(rating.decisionFindings())
        .extracting(
            f -> f.entityId().value() + " " + f.code() + " " + f.rule().map(Enum::name).orElse("-"))
        .containsExactlyInAnyOrder(
            "M2 ABOVE_CAP C4", "M3 NOT_RATED E1", "M9 UNKNOWN_ENTITY -", "M2 OVER_QUOTA Q1");
    assertThat(rating.decisionFindings())
        .filteredOn(
            f ->
                f.entityId().equals(MemberId.of("M2"))
                    && f.rule().equals(java.util.Optional.of(RatingRule.C4)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.proposed()).contains(Level.HTTNV);
              assertThat(f.message().en()).startsWith("The level HTXSNV decided for M2 is above");
            });
    // Counts use the final levels: two HTXSNV now in the base committee.
    assertThat(rating.memberCounts().count(Level.HTXSNV)).isEqualTo(2);
    assertThat(rating.memberCounts().notRated()).isEqualTo(1);
  }

  @Test
  void yearFacts_filedUnderAnotherIdOrYear_areRefused() {
    assertThatThrownBy(
            () ->
                YearFacts.builder()
                    .year(Year.of(2023))
                    .reviewDate(REVIEW_2023)
                    .putMembers(MemberId.of("A"), excellent2023("B").build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("member A");
    assertThatThrownBy(
            () ->
                YearFacts.builder()
                    .year(Year.of(2023))
                    .reviewDate(REVIEW_2023)
                    .addMember(excellent2022("A").build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2022");
    assertThatThrownBy(
            () ->
                YearFacts.builder()
                    .year(Year.of(2023))
                    .reviewDate(REVIEW_2023)
                    .addOrganisation(
                        OrganisationFacts.builder()
                            .organisationId(CellId.of("C1"))
                            .year(Year.of(2022))
                            .build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("organisation C1");
  }
}
