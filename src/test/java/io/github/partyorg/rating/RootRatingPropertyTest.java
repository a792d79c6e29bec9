package io.github.partyorg.rating;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.charter.DisciplineForm;
import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.BaseOrganisationKind;
import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.Gender;
import io.github.partyorg.structure.HostSector;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.OrganisationId;
import io.github.partyorg.structure.Post;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.RootId;
import io.github.partyorg.structure.RootKind;
import io.github.partyorg.structure.Share;
import io.github.partyorg.structure.SubCommittee;
import io.github.partyorg.structure.SubCommitteeId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of a whole-root rating over seeded random roots, facts and regimes (each case
 * reproducible by its seed): under ENFORCE no scope exceeds the quota (Q1); no proposed level is
 * above a cap that applied; the result does not depend on the order of the input.
 */
class RootRatingPropertyTest {

  static LongStream seeds() {
    return LongStream.range(0, 250);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void underEnforce_noScopeExceedsTheQuota_Q1(long seed) {
    Case c = new Generator(new Random(seed)).generate(false);
    RatingPolicies policies = c.policies.withQuotaHandling(QuotaHandling.ENFORCE);
    RootRating rating = RootRater.of(c.regime, policies).rate(c.root, c.facts);

    for (BaseOrganisation base : c.root.baseOrganisations()) {
      Map<EntityId, Level> levels = new LinkedHashMap<>();
      base.allMembers()
          .forEach(
              m -> rating.members().get(m.id()).proposed().ifPresent(l -> levels.put(m.id(), l)));
      assertWithinQuota(levels, policies);
    }
    // Every level: the direct subordinates of each committee, and the root's base organisations
    // (in each group of similar function when the policy groups them, under R2023 and R2025).
    for (BaseOrganisation base : c.root.baseOrganisations()) {
      if (!base.isBaseCommittee()) {
        continue;
      }
      List<EntityId> direct = new ArrayList<>();
      base.cells().forEach(cell -> direct.add(cell.id()));
      for (SubCommittee sub : base.subCommittees()) {
        direct.add(sub.id());
        List<EntityId> subCells = new ArrayList<>();
        sub.cells().forEach(cell -> subCells.add(cell.id()));
        assertWithinQuota(levelsOf(rating, subCells), policies);
      }
      assertWithinQuota(levelsOf(rating, direct), policies);
    }
    Map<Object, List<EntityId>> groups = new LinkedHashMap<>();
    for (BaseOrganisation base : c.root.baseOrganisations()) {
      Object key =
          policies.quotaGroups() == QuotaGroups.BY_HOST_SECTOR && c.regime != Regime.R2018
              ? base.sector()
              : "";
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(base.id());
    }
    for (List<EntityId> group : groups.values()) {
      assertWithinQuota(levelsOf(rating, group), policies);
    }
  }

  private static Map<EntityId, Level> levelsOf(RootRating rating, List<EntityId> ids) {
    Map<EntityId, Level> levels = new LinkedHashMap<>();
    for (EntityId id : ids) {
      rating.organisations().get((OrganisationId) id).proposed().ifPresent(l -> levels.put(id, l));
    }
    return levels;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void degradationConcluded_isKhtnvUnderEveryRegime_C2(long seed) {
    Case c = new Generator(new Random(seed)).generate(false);
    RootRating rating = RootRater.of(c.regime, c.policies).rate(c.root, c.facts);
    for (MemberFacts f : c.facts.members().values()) {
      MemberRating r = rating.members().get(f.memberId());
      if (f.degradationConcluded() && r.isRated()) {
        assertThat(r.ceiling()).as(f.memberId() + " under " + c.regime).isEqualTo(Level.KHTNV);
        r.proposed().ifPresent(l -> assertThat(l).isEqualTo(Level.KHTNV));
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void organisationDisciplinedNotSelfDetected_isKhtnvUnderEveryRegime_O3(long seed) {
    Case c = new Generator(new Random(seed)).generate(false);
    RootRating rating = RootRater.of(c.regime, c.policies).rate(c.root, c.facts);
    for (OrganisationFacts f : c.facts.organisations().values()) {
      boolean counts =
          f.discipline().filter(d -> !d.selfDetectedAndRemedied()).isPresent()
              || f.violationCase().filter(d -> !d.selfDetectedAndRemedied()).isPresent();
      OrganisationRating r = rating.organisations().get(f.organisationId());
      if (counts && r.isRated()) {
        assertThat(r.ceiling())
            .as(f.organisationId() + " under " + c.regime)
            .isEqualTo(Level.KHTNV);
        r.proposed().ifPresent(l -> assertThat(l).isEqualTo(Level.KHTNV));
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void noLeadershipCollective_isAboveItsOrganisation_andEachIsCounted_O10(long seed) {
    Case c = new Generator(new Random(seed)).generate(false);
    RatingPolicies policies = c.policies.withQuotaHandling(QuotaHandling.ENFORCE);
    RootRating rating = RootRater.of(c.regime, policies).rate(c.root, c.facts);
    int collectives = 0;
    for (OrganisationRating r : rating.organisations().values()) {
      if (r.leadershipCollective().isPresent()) {
        collectives++;
        Level organisation = rating.finalLevel(r.organisationId()).orElseThrow();
        assertThat(organisation.isAtLeast(r.leadershipCollective().get())).isTrue();
      }
      if (r.kind() == OrganisationKind.BASE_COMMITTEE && r.proposed().isPresent()) {
        assertThat(r.leadershipCollective()).isPresent();
      }
      if (r.kind() == OrganisationKind.SUB_COMMITTEE) {
        assertThat(r.leadershipCollective()).isEmpty();
      }
    }
    assertThat(rating.leadershipCollectiveCounts().rated()).isEqualTo(collectives);
  }

  private static void assertWithinQuota(Map<EntityId, Level> levels, RatingPolicies policies) {
    assertThat(Q1Quota.excellent(levels))
        .isLessThanOrEqualTo(
            Q1Quota.allowed(Q1Quota.base(levels, policies.quotaBase()), policies.quotaRounding()));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void noProposedLevelExceedsACapThatApplied(long seed) {
    Case c = new Generator(new Random(seed)).generate(false);
    RootRating rating = RootRater.of(c.regime, c.policies).rate(c.root, c.facts);

    for (MemberRating r : rating.members().values()) {
      assertCapsHold(r.proposed(), r.ceiling(), r.explanation());
    }
    for (OrganisationRating r : rating.organisations().values()) {
      assertCapsHold(r.proposed(), r.ceiling(), r.explanation());
      r.leadershipCollective()
          .ifPresent(l -> assertThat(r.proposed().orElseThrow().isAtLeast(l)).isTrue());
    }
  }

  private static void assertCapsHold(
      Optional<Level> proposed, Level ceiling, List<Explanation> explanation) {
    assertThat(explanation).isNotEmpty();
    if (proposed.isEmpty()) {
      return;
    }
    assertThat(ceiling.isAtLeast(proposed.get())).isTrue();
    for (Explanation entry : explanation) {
      entry.ceiling().ifPresent(cap -> assertThat(cap.isAtLeast(proposed.get())).isTrue());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void resultDoesNotDependOnTheOrderOfTheInput(long seed) {
    Case c = new Generator(new Random(seed)).generate(false);
    Case reversed = new Generator(new Random(seed)).generate(true);
    RatingPolicies policies = c.policies.withQuotaHandling(QuotaHandling.ENFORCE);

    RootRating a = RootRater.of(c.regime, policies).rate(c.root, c.facts);
    RootRating b = RootRater.of(reversed.regime, policies).rate(reversed.root, reversed.facts);

    assertThat(b.members()).isEqualTo(a.members());
    assertThat(b.organisations()).isEqualTo(a.organisations());
    assertThat(new HashSet<>(b.quotaFindings())).isEqualTo(new HashSet<>(a.quotaFindings()));
    assertThat(b.memberCounts()).isEqualTo(a.memberCounts());
    assertThat(b.baseOrganisationCounts()).isEqualTo(a.baseOrganisationCounts());
  }

  record Case(Root root, YearFacts facts, Regime regime, RatingPolicies policies) {}

  /** Seeded random roots and facts; {@code reversed} gives the same data in reverse order. */
  static final class Generator {
    final Random random;

    Generator(Random random) {
      this.random = random;
    }

    Case generate(boolean reversed) {
      Regime regime = Regime.values()[random.nextInt(3)];
      int year = regime == Regime.R2018 ? 2022 : regime == Regime.R2023 ? 2023 : 2025;
      RatingPolicies policies =
          RatingPolicies.defaults()
              .withQuotaRounding(QuotaRounding.values()[random.nextInt(3)])
              .withQuotaBase(QuotaBase.values()[random.nextInt(2)])
              .withO9(random.nextBoolean())
              .withDisciplineEffect(DisciplineEffect.values()[random.nextInt(2)])
              .withQuotaGroups(QuotaGroups.values()[random.nextInt(2)]);
      List<MemberFacts> memberFacts = new ArrayList<>();
      List<OrganisationFacts> orgFacts = new ArrayList<>();
      List<BaseOrganisation> bases = new ArrayList<>();
      int baseCount = 1 + random.nextInt(4);
      for (int b = 0; b < baseCount; b++) {
        String baseId = "B" + b;
        if (random.nextBoolean()) {
          List<Member> members = members(baseId, year, regime, memberFacts, reversed);
          bases.add(
              BaseOrganisation.builder()
                  .id(BaseOrganisationId.of(baseId))
                  .name("Chi bộ " + baseId)
                  .kind(BaseOrganisationKind.BASE_CELL)
                  .sector(HostSector.values()[random.nextInt(2)])
                  .addAllMembers(members)
                  .build());
        } else {
          List<Cell> cells = new ArrayList<>();
          int cellCount = 1 + random.nextInt(3);
          for (int c = 0; c < cellCount; c++) {
            String cellId = baseId + "C" + c;
            cells.add(cell(cellId, year, regime, memberFacts, orgFacts, reversed));
          }
          List<Cell> subCells = new ArrayList<>();
          boolean withSub = random.nextBoolean();
          if (withSub) {
            subCells.add(cell(baseId + "S0C0", year, regime, memberFacts, orgFacts, reversed));
            orgFacts.add(orgFacts(SubCommitteeId.of(baseId + "S0"), year, regime));
          }
          if (reversed) {
            Collections.reverse(cells);
          }
          BaseOrganisation.Builder base =
              BaseOrganisation.builder()
                  .id(BaseOrganisationId.of(baseId))
                  .name("Đảng bộ " + baseId)
                  .kind(BaseOrganisationKind.BASE_COMMITTEE)
                  .sector(HostSector.values()[random.nextInt(2)])
                  .addAllCells(cells);
          if (withSub) {
            base.addSubCommittees(
                SubCommittee.builder()
                    .id(SubCommitteeId.of(baseId + "S0"))
                    .name("Bộ phận " + baseId)
                    .addAllCells(subCells)
                    .build());
          }
          bases.add(base.build());
        }
        orgFacts.add(orgFacts(BaseOrganisationId.of(baseId), year, regime));
      }
      if (reversed) {
        Collections.reverse(bases);
        Collections.reverse(memberFacts);
        Collections.reverse(orgFacts);
      }
      Root root =
          Root.builder()
              .id(RootId.of("R"))
              .kind(RootKind.OTHER)
              .name("Đảng ủy")
              .snapshotDate(LocalDate.of(year, 12, 31))
              .addAllBaseOrganisations(bases)
              .build();
      YearFacts.Builder facts =
          YearFacts.builder().year(Year.of(year)).reviewDate(LocalDate.of(year, 12, 15));
      memberFacts.forEach(facts::addMember);
      orgFacts.forEach(facts::addOrganisation);
      return new Case(root, facts.build(), regime, policies);
    }

    Cell cell(
        String id,
        int year,
        Regime regime,
        List<MemberFacts> memberFacts,
        List<OrganisationFacts> orgFacts,
        boolean reversed) {
      orgFacts.add(orgFacts(CellId.of(id), year, regime));
      return Cell.builder()
          .id(CellId.of(id))
          .name("Chi bộ " + id)
          .addAllMembers(members(id, year, regime, memberFacts, reversed))
          .build();
    }

    List<Member> members(
        String prefix, int year, Regime regime, List<MemberFacts> facts, boolean reversed) {
      List<Member> members = new ArrayList<>();
      int count = random.nextInt(12);
      for (int i = 0; i < count; i++) {
        String id = prefix + "M" + i;
        LocalDate admitted = LocalDate.of(year - random.nextInt(3), 1 + random.nextInt(12), 1);
        Member.Builder m =
            Member.builder()
                .id(MemberId.of(id))
                .fullName("Phạm Văn " + id)
                .gender(Gender.MALE)
                .dateOfBirth(LocalDate.of(1980, 1, 1))
                .admissionDate(admitted);
        if (!admitted.plusYears(1).isAfter(LocalDate.of(year, 12, 15))) {
          m.officialDate(admitted.plusYears(1));
        }
        if (random.nextInt(10) == 0) {
          LocalDate june = LocalDate.of(year, 6, 1);
          m.exemptedSince(admitted.isAfter(june) ? admitted : june);
        }
        if (i == 0) {
          m.addPosts(Post.CELL_SECRETARY, Post.BASE_COMMITTEE_MEMBER);
        }
        if (i == 1 && random.nextBoolean()) {
          m.addPosts(Post.CELL_COMMITTEE_MEMBER);
        }
        members.add(m.build());
        if (random.nextInt(12) != 0) {
          facts.add(memberFacts(MemberId.of(id), year, regime));
        }
      }
      if (reversed) {
        Collections.reverse(members);
      }
      return members;
    }

    BigDecimal percent() {
      return BigDecimal.valueOf(random.nextInt(4) == 0 ? random.nextInt(101) : 100);
    }

    Grade grade() {
      int r = random.nextInt(10);
      return r < 3 ? Grade.XUAT_SAC : r < 8 ? Grade.TOT : r < 9 ? Grade.TRUNG_BINH : Grade.KEM;
    }

    MemberFacts memberFacts(MemberId id, int year, Regime regime) {
      MemberFacts.Builder b = MemberFacts.builder();
      b.memberId(id).year(Year.of(year));
      if (regime == Regime.R2025) {
        b.score(BigDecimal.valueOf(40 + random.nextInt(61)));
        b.targetsCompletedPercent(percent())
            .tasksLatePercent(BigDecimal.valueOf(random.nextInt(30)))
            .shortcomingsRemediedPercent(percent());
        if (random.nextInt(6) == 0) {
          b.leadershipPost(true)
              .ledUnitTasksDonePercent(BigDecimal.valueOf(60 + random.nextInt(41)));
          if (random.nextBoolean()) {
            b.confidenceVoteLow(Share.of(random.nextInt(11), 10));
          }
        }
      } else {
        Map<Criterion, Grade> grades = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
          grades.put(c, grade());
        }
        b.grades(grades).targetsCompletedPercent(percent());
      }
      BigDecimal onTime = percent();
      b.tasksOnTimePercent(onTime)
          .tasksExceededPercent(BigDecimal.valueOf(random.nextInt(onTime.intValue() + 1)));
      if (random.nextInt(5) == 0) {
        b.civilServantLevel(Level.values()[random.nextInt(4)]);
      }
      if (random.nextInt(15) == 0) {
        b.addDisciplines(
            new Discipline(
                DisciplineForm.values()[random.nextInt(4)],
                LocalDate.of(year, 1 + random.nextInt(12), 1),
                random.nextBoolean()));
      }
      b.sickLeaveMonths(random.nextInt(10) == 0 ? 3 : 0);
      b.degradationConcluded(random.nextInt(20) == 0);
      return b.build();
    }

    OrganisationFacts orgFacts(OrganisationId id, int year, Regime regime) {
      OrganisationFacts.Builder b = OrganisationFacts.builder();
      b.organisationId(id).year(Year.of(year));
      Map<OrganisationCriterion, Grade> grades = new EnumMap<>(OrganisationCriterion.class);
      for (OrganisationCriterion criterion : OrganisationCriterion.values()) {
        grades.put(criterion, grade());
      }
      b.grades(grades);
      b.score(BigDecimal.valueOf(40 + random.nextInt(61)));
      b.targetsMetPercent(percent()).keyTargetsUnmet(random.nextInt(5) == 0);
      BigDecimal done = percent();
      b.tasksDonePercent(done)
          .tasksExceededPercent(BigDecimal.valueOf(random.nextInt(done.intValue() + 1)))
          .tasksOnTimePercent(
              random.nextBoolean() ? done : BigDecimal.valueOf(random.nextInt(done.intValue() + 1)))
          .tasksLatePercent(BigDecimal.valueOf(random.nextInt(Math.min(30, done.intValue()) + 1)))
          .shortcomingsRemediedPercent(percent());
      if (random.nextInt(15) == 0) {
        b.violationCase(
            new Discipline(DisciplineForm.WARNING, LocalDate.of(year, 4, 4), random.nextBoolean()));
      }
      b.leadershipDisunited(random.nextInt(20) == 0);
      Map<AffiliatedBody, Level> bodies = new EnumMap<>(AffiliatedBody.class);
      bodies.put(AffiliatedBody.TRADE_UNION, random.nextInt(6) == 0 ? Level.HTNV : Level.HTTNV);
      b.affiliatedBodies(bodies);
      if (random.nextInt(15) == 0) {
        b.discipline(
            new Discipline(
                DisciplineForm.REPRIMAND, LocalDate.of(year, 5, 5), random.nextBoolean()));
      }
      b.leadershipCollectiveDisciplined(random.nextInt(30) == 0);
      return b.build();
    }
  }
}
