package io.github.partyorg.rating;

import static io.github.partyorg.rating.RatingFixtures.REVIEW_2022;
import static io.github.partyorg.rating.RatingFixtures.REVIEW_2023;
import static io.github.partyorg.rating.RatingFixtures.REVIEW_2025;
import static io.github.partyorg.rating.RatingFixtures.pct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.partyorg.charter.DisciplineForm;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.SubCommitteeId;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class OrganisationRaterTest {

  /** A context under construction, with defaults that let every rule pass. */
  private static final class Case {
    Regime regime;
    RatingPolicies policies = RatingPolicies.defaults();
    OrganisationKind kind = OrganisationKind.CELL;
    OrganisationFacts.Builder facts;
    LocalDate review;
    Optional<LocalDate> foundedOn = Optional.empty();
    List<Level> levels = nCopies(5, Level.HTXSNV);
    int incomplete;
    int subOrganisations;
    List<Discipline> subOrganisationDisciplines = List.of();
    List<Discipline> leadershipMemberDisciplines = List.of();

    Case(Regime regime, OrganisationFacts.Builder facts, LocalDate review) {
      this.regime = regime;
      this.facts = facts;
      this.review = review;
    }

    Case committee(int subOrganisations, Discipline... disciplined) {
      this.kind = OrganisationKind.SUB_COMMITTEE;
      this.subOrganisations = subOrganisations;
      this.levels = nCopies(subOrganisations, Level.HTXSNV);
      this.subOrganisationDisciplines = List.of(disciplined);
      return this;
    }

    Case levels(List<Level> levels) {
      this.levels = levels;
      return this;
    }

    Case leaders(Discipline... disciplines) {
      this.leadershipMemberDisciplines = List.of(disciplines);
      return this;
    }

    Case o9() {
      this.policies = RatingPolicies.defaults().withO9(true);
      return this;
    }

    OrganisationRating rate() {
      OrganisationRating r =
          OrganisationRater.rate(
              new OrgContext(
                  regime,
                  policies,
                  kind,
                  facts.build(),
                  review,
                  foundedOn,
                  levels,
                  incomplete,
                  subOrganisations,
                  subOrganisationDisciplines,
                  leadershipMemberDisciplines));
      assertInvariants(r);
      return r;
    }
  }

  static void assertInvariants(OrganisationRating r) {
    assertThat(r.explanation()).isNotEmpty();
    r.proposed().ifPresent(p -> assertThat(r.ceiling().isAtLeast(p)).isTrue());
    r.leadershipCollective().ifPresent(l -> assertThat(r.proposed()).isPresent());
    if (!r.missingFacts().isEmpty()) {
      assertThat(r.proposed()).isEmpty();
    }
  }

  static List<Level> nCopies(int count, Level level) {
    return new ArrayList<>(Collections.nCopies(count, level));
  }

  /** {@code good} sub-units at HTTNV, the rest of {@code whole} at HTNV, {@code bad} at KHTNV. */
  static List<Level> mix(int htxsnv, int httnv, int htnv, int khtnv) {
    List<Level> all = nCopies(htxsnv, Level.HTXSNV);
    all.addAll(nCopies(httnv, Level.HTTNV));
    all.addAll(nCopies(htnv, Level.HTNV));
    all.addAll(nCopies(khtnv, Level.KHTNV));
    return all;
  }

  static OrganisationFacts.Builder graded(int year, Grade task, Grade others) {
    OrganisationFacts.Builder b = OrganisationFacts.builder();
    b.organisationId(CellId.of("CB-1"))
        .year(Year.of(year))
        .putGrades(OrganisationCriterion.POLITICAL_TASK, task)
        .putGrades(OrganisationCriterion.POLITICS_IDEOLOGY, others)
        .putGrades(OrganisationCriterion.ORGANISATION_CADRES, others)
        .putGrades(OrganisationCriterion.INSPECTION_SUPERVISION, others)
        .putGrades(OrganisationCriterion.MASS_MOBILISATION, others)
        .targetsMetPercent(pct("100"))
        .affiliatedBodies(Map.of());
    return b;
  }

  static Case r2018() {
    return new Case(Regime.R2018, graded(2022, Grade.XUAT_SAC, Grade.TOT), REVIEW_2022);
  }

  static Case r2023() {
    return new Case(Regime.R2023, graded(2023, Grade.XUAT_SAC, Grade.TOT), REVIEW_2023);
  }

  static OrganisationFacts.Builder scored(String score) {
    OrganisationFacts.Builder b = OrganisationFacts.builder();
    b.organisationId(CellId.of("CB-1"))
        .year(Year.of(2025))
        .score(pct(score))
        .tasksDonePercent(pct("100"))
        .tasksOnTimePercent(pct("100"))
        .tasksLatePercent(pct("0"))
        .shortcomingsRemediedPercent(pct("100"))
        .tasksExceededPercent(pct("30"));
    return b;
  }

  static Case r2025(String score) {
    return new Case(Regime.R2025, scored(score), REVIEW_2025);
  }

  static Discipline in(int year, DisciplineForm form) {
    return Discipline.of(form, LocalDate.of(year, 6, 1));
  }

  static Discipline remedied(int year) {
    return new Discipline(DisciplineForm.REPRIMAND, LocalDate.of(year, 6, 1), true);
  }

  static Explanation only(OrganisationRating r, RatingRule rule) {
    List<Explanation> found = r.explanation().stream().filter(e -> e.rule() == rule).toList();
    assertThat(found).as("entries of " + rule).hasSize(1);
    return found.get(0);
  }

  static boolean applied(OrganisationRating r, RatingRule rule) {
    return r.explanation().stream().anyMatch(e -> e.rule() == rule);
  }

  // ---------- O0: the candidate ----------

  @ParameterizedTest(name = "task {0}, others {1}: {2}")
  @CsvSource({
    "XUAT_SAC, TOT, HTXSNV",
    "XUAT_SAC, XUAT_SAC, HTXSNV",
    "TOT, XUAT_SAC, HTTNV",
    "TOT, TOT, HTTNV",
    "XUAT_SAC, TRUNG_BINH, HTTNV",
    "TOT, TRUNG_BINH, HTTNV",
    "TRUNG_BINH, XUAT_SAC, HTNV",
    "XUAT_SAC, KEM, KHTNV",
    "KEM, TOT, KHTNV"
  })
  void gradesGiveTheCandidate_O0(Grade task, Grade others, Level expected) {
    Case c = r2023();
    c.facts = graded(2023, task, others);
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).contains(expected);
    assertThat(only(r, RatingRule.O0).facts())
        .containsEntry("grades.POLITICAL_TASK", task.name())
        .containsEntry("grades.POLITICS_IDEOLOGY", others.name());
  }

  @Test
  void onlyTheTaskGraded_XuatSac_isNotRated_everyOtherGradeMissing_O0() {
    // Issue 11: one grade of Xuất sắc and no other grade gave HTXSNV; a missing grade is a
    // missing fact, never "met" (REFERENCE C0).
    Case c = r2023();
    OrganisationFacts.Builder b = OrganisationFacts.builder();
    b.organisationId(CellId.of("CB-1"))
        .year(Year.of(2023))
        .putGrades(OrganisationCriterion.POLITICAL_TASK, Grade.XUAT_SAC)
        .targetsMetPercent(pct("100"));
    c.facts = b;
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).isEmpty();
    assertThat(r.missingFacts())
        .extracting(MissingFact::fact)
        .containsExactly(
            "grades.POLITICS_IDEOLOGY",
            "grades.ORGANISATION_CADRES",
            "grades.INSPECTION_SUPERVISION",
            "grades.MASS_MOBILISATION");
  }

  @ParameterizedTest
  @EnumSource(
      value = Regime.class,
      names = {"R2018", "R2023"})
  void missingTaskGrade_isAMissingFactAndNoLevel_O0(Regime regime) {
    int year = regime == Regime.R2018 ? 2022 : 2023;
    OrganisationFacts.Builder b = OrganisationFacts.builder();
    b.organisationId(CellId.of("CB-1"))
        .year(Year.of(year))
        .putGrades(OrganisationCriterion.POLITICS_IDEOLOGY, Grade.XUAT_SAC)
        .putGrades(OrganisationCriterion.ORGANISATION_CADRES, Grade.XUAT_SAC)
        .putGrades(OrganisationCriterion.INSPECTION_SUPERVISION, Grade.XUAT_SAC)
        .putGrades(OrganisationCriterion.MASS_MOBILISATION, Grade.XUAT_SAC)
        .targetsMetPercent(pct("100"))
        .affiliatedBodies(Map.of());
    Case c = new Case(regime, b, regime == Regime.R2018 ? REVIEW_2022 : REVIEW_2023);
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).isEmpty();
    assertThat(r.leadershipCollective()).isEmpty();
    assertThat(r.missingFacts())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.rule()).isEqualTo(RatingRule.O0);
              assertThat(m.fact()).isEqualTo("grades.POLITICAL_TASK");
              assertThat(m.regime()).isEqualTo(regime);
              assertThat(m.entityId()).isEqualTo(CellId.of("CB-1"));
              assertThat(m.message().vi())
                  .isEqualTo(
                      "Tổ chức đảng CB-1: thiếu mức đánh giá tiêu chí Lãnh đạo thực hiện nhiệm vụ"
                          + " chính trị (grades.POLITICAL_TASK), cần cho O0 theo "
                          + regime
                          + "; bổ sung để xếp loại.");
              assertThat(m.message().en())
                  .isEqualTo(
                      "Organisation CB-1: the grade of the criterion Leading the political task"
                          + " (grades.POLITICAL_TASK) is missing, needed by O0 under "
                          + regime
                          + "; give it to rate the organisation.");
            });
    assertThat(applied(r, RatingRule.O1)).isFalse();
  }

  @ParameterizedTest(name = "score {0}: {1}")
  @CsvSource({
    "0, KHTNV",
    "49.99, KHTNV",
    "50, HTNV",
    "69.99, HTNV",
    "70, HTTNV",
    "89.99, HTTNV",
    "90, HTXSNV",
    "100, HTXSNV"
  })
  void scoreBands_O0R2025(String score, Level expected) {
    OrganisationRating r = r2025(score).rate();
    assertThat(r.proposed()).contains(expected);
    assertThat(r.ceiling()).isEqualTo(Level.HTXSNV);
    Explanation o0 = r.explanation().get(0);
    assertThat(o0.rule()).isEqualTo(RatingRule.O0);
    assertThat(o0.text().en()).startsWith("O0: score " + score + ", band " + expected + " (");
    assertThat(o0.text().vi())
        .startsWith(
            "O0: tổng điểm " + score.replace('.', ',') + "/100, thuộc khung " + expected + " (");
    assertThat(o0.facts()).containsExactly(entry("score", score));
  }

  @Test
  void missingScore_isAMissingFactAndExplained_O0R2025() {
    Case c = r2025("90");
    // O3 and O5 off under R2025 (their policies), so that no rule but O0 has an entry.
    c.policies = RatingPolicies.defaults().withCollectiveRulesUnderR2025(false, false);
    OrganisationFacts.Builder b = OrganisationFacts.builder();
    b.organisationId(CellId.of("CB-1")).year(Year.of(2025));
    c.facts = b;
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).isEmpty();
    assertThat(r.missingFacts()).extracting(MissingFact::fact).containsExactly("score");
    assertThat(r.explanation())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.rule()).isEqualTo(RatingRule.O0);
              assertThat(e.text().en()).isEqualTo("O0: facts are missing: no level proposed");
              assertThat(e.text().vi())
                  .isEqualTo("O0: thiếu thông tin cần thiết: chưa đề xuất mức xếp loại");
              assertThat(e.facts()).containsExactly(entry("missingFacts", "1"));
            });
  }

  // ---------- O1, O2: shares of sub-units and same-level bodies (R2018) ----------

  @Test
  void eightyOfHundredAtHttnv_staysHtxsnv_O1() {
    OrganisationRating r = r2018().levels(mix(0, 80, 20, 0)).rate();
    assertThat(r.proposed()).contains(Level.HTXSNV);
    assertThat(only(r, RatingRule.O1).ceiling()).isEmpty();
    assertThat(only(r, RatingRule.O1).facts())
        .containsEntry("subUnitsAtLeastHTNV", "100/100")
        .containsEntry("subUnitsAtLeastHTTNV", "80/100");
  }

  @Test
  void seventyNineOfHundredAtHttnv_isAtMostHttnv_O1() {
    OrganisationRating r = r2018().levels(mix(0, 79, 21, 0)).rate();
    assertThat(r.proposed()).contains(Level.HTTNV);
    assertThat(only(r, RatingRule.O1).ceiling()).contains(Level.HTTNV);
    assertThat(only(r, RatingRule.O1).text().en())
        .isEqualTo(
            "O1: members at HTNV or better 100/100, at HTTNV or better 79/100 (needs 100% and"
                + " 80%): not HTXSNV, at most HTTNV");
    assertThat(only(r, RatingRule.O2).ceiling()).isEmpty();
  }

  @Test
  void fourOfFiveAtHttnv_staysHtxsnv_O1() {
    assertThat(r2018().levels(mix(2, 2, 1, 0)).rate().proposed()).contains(Level.HTXSNV);
  }

  @Test
  void threeOfFourAtHttnv_isAtMostHttnv_O1() {
    assertThat(r2018().levels(mix(3, 0, 1, 0)).rate().proposed()).contains(Level.HTTNV);
  }

  @Test
  void oneSubUnitAtKhtnv_isAtMostHtnv_O1O2() {
    OrganisationRating r = r2018().levels(mix(4, 0, 0, 1)).rate();
    assertThat(r.proposed()).contains(Level.HTNV);
    assertThat(only(r, RatingRule.O1).ceiling()).contains(Level.HTTNV);
    assertThat(only(r, RatingRule.O2).ceiling()).contains(Level.HTNV);
    assertThat(only(r, RatingRule.O2).facts()).containsEntry("subUnitsAtLeastHTNV", "4/5");
  }

  @Test
  void affiliatedBodyAtHtnv_blocksHtxsnvButNotHttnv_O1O2() {
    Case c = r2018();
    c.facts.affiliatedBodies(
        Map.of(
            AffiliatedBody.GOVERNMENT_OR_UNIT,
            Level.HTXSNV,
            AffiliatedBody.TRADE_UNION,
            Level.HTNV));
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).contains(Level.HTTNV);
    Explanation o1 = only(r, RatingRule.O1);
    assertThat(o1.ceiling()).contains(Level.HTTNV);
    assertThat(o1.text().en())
        .isEqualTo(
            "O1: members at HTNV or better 5/5, at HTTNV or better 5/5 (needs 100% and 80%); same-level bodies below HTTNV: Trade union HTNV: not HTXSNV, at most HTTNV");
    assertThat(o1.text().vi())
        .isEqualTo(
            "O1: đảng viên từ HTNV trở lên 5/5, từ HTTNV trở lên 5/5 (yêu cầu 100% và 80%); chính quyền, đoàn thể cùng cấp dưới mức HTTNV: Công đoàn HTNV: chưa đủ điều kiện mức HTXSNV, chỉ được xếp loại tối đa mức HTTNV");
    assertThat(o1.facts())
        .containsEntry("affiliatedBodies.TRADE_UNION", "HTNV")
        .containsEntry("affiliatedBodies.GOVERNMENT_OR_UNIT", "HTXSNV");
    assertThat(only(r, RatingRule.O2).ceiling()).isEmpty();
  }

  @Test
  void affiliatedBodyAtHttnv_doesNotBlockHtxsnv_O1() {
    Case c = r2018();
    c.facts.affiliatedBodies(Map.of(AffiliatedBody.FRONT, Level.HTTNV));
    assertThat(c.rate().proposed()).contains(Level.HTXSNV);
  }

  @Test
  void affiliatedBodyAtKhtnv_isAtMostHtnv_O2() {
    Case c = r2018();
    c.facts.affiliatedBodies(Map.of(AffiliatedBody.YOUTH_UNION, Level.KHTNV));
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).contains(Level.HTNV);
    assertThat(only(r, RatingRule.O2).ceiling()).contains(Level.HTNV);
    assertThat(only(r, RatingRule.O2).text().en())
        .isEqualTo(
            "O2: members at HTNV or better 5/5, at HTTNV or better 5/5 (needs 100% and 50%); same-level bodies below HTNV: Youth Union KHTNV: not HTTNV, at most HTNV");
  }

  @Test
  void affiliatedBodiesNotRecorded_isAMissingFact_O1() {
    Case c = r2018();
    OrganisationFacts.Builder b = OrganisationFacts.builder();
    b.from(c.facts.build()).affiliatedBodies(Optional.empty());
    c.facts = b;
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).isEmpty();
    assertThat(r.leadershipCollective()).isEmpty();
    assertThat(r.missingFacts())
        .extracting(MissingFact::rule, MissingFact::fact)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(RatingRule.O1, "affiliatedBodies"));
    assertThat(r.missingFacts().get(0).message().en())
        .isEqualTo(
            "Organisation CB-1: the ratings of the same-level government, Front and mass"
                + " organisations (affiliatedBodies) is missing, needed by O1 under R2018; give it"
                + " to rate the organisation.");
  }

  @Test
  void affiliatedBodiesNotRecorded_httnvCandidate_isAMissingFact_O2() {
    Case c = r2018();
    OrganisationFacts.Builder b = OrganisationFacts.builder();
    b.from(graded(2022, Grade.TOT, Grade.TOT).build()).affiliatedBodies(Optional.empty());
    c.facts = b;
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).isEmpty();
    assertThat(r.missingFacts()).extracting(MissingFact::rule).containsExactly(RatingRule.O2);
  }

  @Test
  void htnvCandidate_needsNoAffiliatedBodies_O1O2() {
    Case c = r2018();
    OrganisationFacts.Builder b = OrganisationFacts.builder();
    b.from(graded(2022, Grade.TRUNG_BINH, Grade.TOT).build()).affiliatedBodies(Optional.empty());
    c.facts = b;
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).contains(Level.HTNV);
    assertThat(applied(r, RatingRule.O1)).isFalse();
    assertThat(applied(r, RatingRule.O2)).isFalse();
  }

  @Test
  void emptyAffiliatedBodies_meansNoneExist_O1() {
    OrganisationRating r = r2018().rate();
    assertThat(r.proposed()).contains(Level.HTXSNV);
    assertThat(r.missingFacts()).isEmpty();
  }

  @Test
  void fiftyPercentAtHttnv_staysHttnv_O2() {
    Case c = r2018().levels(mix(0, 1, 1, 0));
    c.facts = graded(2022, Grade.TOT, Grade.TOT);
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).contains(Level.HTTNV);
    assertThat(only(r, RatingRule.O2).ceiling()).isEmpty();
    assertThat(applied(r, RatingRule.O1)).isFalse();
  }

  @Test
  void fortyNinePercentAtHttnv_isAtMostHtnv_O2() {
    Case c = r2018().levels(mix(0, 49, 51, 0));
    c.facts = graded(2022, Grade.TOT, Grade.TOT);
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).contains(Level.HTNV);
    assertThat(only(r, RatingRule.O2).ceiling()).contains(Level.HTNV);
  }

  @Test
  void fiftyOfHundredAtHttnv_fromHtxsnvCandidate_isHttnv_O1O2() {
    OrganisationRating r = r2018().levels(mix(10, 40, 50, 0)).rate();
    assertThat(r.proposed()).contains(Level.HTTNV);
  }

  @Test
  void committee_talksOfSubOrganisations_O1() {
    OrganisationRating r = r2018().committee(4).levels(mix(0, 3, 1, 0)).rate();
    assertThat(r.kind()).isEqualTo(OrganisationKind.SUB_COMMITTEE);
    assertThat(only(r, RatingRule.O1).text().en())
        .startsWith("O1: sub-organisations at HTNV or better 4/4, at HTTNV or better 3/4");
    assertThat(only(r, RatingRule.O1).text().vi())
        .startsWith("O1: tổ chức đảng trực thuộc từ HTNV trở lên 4/4, từ HTTNV trở lên 3/4");
  }

  @Test
  void noRatedSubUnit_isAtMostHtnv_O1O2() {
    // An empty share is never "at least" a percentage: a cell without rated members cannot show
    // the shares O1 and O2 ask for.
    OrganisationRating r = r2018().levels(List.of()).rate();
    assertThat(r.proposed()).contains(Level.HTNV);
  }

  @Test
  void subUnitsIncomplete_isAMissingFactAndNoLevel_R2018() {
    Case c = r2018();
    c.incomplete = 2;
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).isEmpty();
    assertThat(r.leadershipCollective()).isEmpty();
    assertThat(r.missingFacts())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.rule()).isEqualTo(RatingRule.O1);
              assertThat(m.fact()).isEqualTo("subUnitLevels");
              assertThat(m.message().en())
                  .isEqualTo(
                      "Organisation CB-1: the levels of 2 members (subUnitLevels) is missing,"
                          + " needed by O1 under R2018; give it to rate the organisation.");
              assertThat(m.message().vi())
                  .isEqualTo(
                      "Tổ chức đảng CB-1: thiếu mức xếp loại của 02 đảng viên (subUnitLevels), cần"
                          + " cho O1 theo R2018; bổ sung để xếp loại.");
            });
  }

  @Test
  void subUnitsIncomplete_doesNotMatter_R2023() {
    Case c = r2023();
    c.incomplete = 2;
    assertThat(c.rate().proposed()).contains(Level.HTXSNV);
  }

  @Test
  void noSharesRule_R2023() {
    OrganisationRating r = r2023().levels(mix(0, 0, 0, 5)).rate();
    assertThat(r.proposed()).contains(Level.HTXSNV);
    assertThat(r.explanation())
        .extracting(Explanation::rule)
        .containsExactly(
            RatingRule.O0,
            RatingRule.O3,
            RatingRule.O4,
            RatingRule.O5,
            RatingRule.O6,
            RatingRule.O10);
    assertThat(r.leadershipCollective()).contains(Level.HTXSNV);
  }

  // ---------- O3: discipline of the organisation (R2018) ----------

  @Test
  void organisationDisciplined_isKhtnv_O3() {
    Case c = r2018();
    c.facts.discipline(in(2022, DisciplineForm.REPRIMAND));
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).contains(Level.KHTNV);
    Explanation o3 = only(r, RatingRule.O3);
    assertThat(o3.ceiling()).contains(Level.KHTNV);
    assertThat(o3.text().en())
        .isEqualTo("O3: the organisation was disciplined (Reprimand) in the year: KHTNV");
    assertThat(o3.text().vi())
        .isEqualTo("O3: tổ chức bị kỷ luật Khiển trách trong năm: xếp loại mức KHTNV");
    assertThat(o3.facts())
        .containsExactly(
            entry("discipline", "REPRIMAND"),
            entry("violationCase", "none"),
            entry("selfDetectedAndRemedied", "false"));
  }

  @Test
  void organisationDisciplinedButSelfDetectedAndRemedied_noCap_O3() {
    Case c = r2018();
    c.facts.discipline(remedied(2022));
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).contains(Level.HTXSNV);
    Explanation o3 = only(r, RatingRule.O3);
    assertThat(o3.ceiling()).isEmpty();
    assertThat(o3.text().en())
        .isEqualTo(
            "O3: the organisation was disciplined (Reprimand) but found and fixed the fault"
                + " itself: no cap");
    assertThat(o3.text().vi())
        .isEqualTo(
            "O3: tổ chức bị kỷ luật Khiển trách nhưng đã tự phát hiện và khắc phục: không hạn chế mức xếp loại");
  }

  // ---------- O4: targets unmet (R2018, R2023) ----------

  @ParameterizedTest
  @EnumSource(
      value = Regime.class,
      names = {"R2018", "R2023"})
  void underHalfTargetsWithKeyTargetsUnmet_isKhtnv_O4(Regime regime) {
    Case c = regime == Regime.R2018 ? r2018() : r2023();
    c.facts.targetsMetPercent(pct("49.99")).keyTargetsUnmet(true);
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).contains(Level.KHTNV);
    Explanation o4 = only(r, RatingRule.O4);
    assertThat(o4.ceiling()).contains(Level.KHTNV);
    assertThat(o4.text().en())
        .isEqualTo("O4: 49.99% of targets met (under 50%) with key targets unmet: KHTNV");
    assertThat(o4.text().vi())
        .isEqualTo(
            "O4: đạt 49,99% chỉ tiêu (dưới 50%), chỉ tiêu chủ yếu chưa đạt: xếp loại mức KHTNV");
    assertThat(o4.facts())
        .containsExactly(
            entry("targetsMetPercent", "49.99"),
            entry("keyTargetsUnmet", "true"),
            entry("forceMajeure", "false"));
  }

  @Test
  void halfTargetsWithKeyTargetsUnmet_noCap_O4() {
    Case c = r2018();
    c.facts.targetsMetPercent(pct("50.00")).keyTargetsUnmet(true);
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).contains(Level.HTXSNV);
    assertThat(only(r, RatingRule.O4).text().en())
        .isEqualTo("O4: 50% of targets met (50% or more): no cap");
    assertThat(only(r, RatingRule.O4).text().vi())
        .isEqualTo("O4: đạt 50% chỉ tiêu (từ 50% trở lên): không hạn chế mức xếp loại");
  }

  @Test
  void underHalfTargetsButKeyTargetsMet_noCap_O4() {
    Case c = r2023();
    c.facts.targetsMetPercent(pct("10"));
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).contains(Level.HTXSNV);
    assertThat(only(r, RatingRule.O4).ceiling()).isEmpty();
    assertThat(only(r, RatingRule.O4).text().en())
        .isEqualTo("O4: 10% of targets met (key targets met): no cap");
    assertThat(only(r, RatingRule.O4).text().vi())
        .isEqualTo(
            "O4: đạt 10% chỉ tiêu (các chỉ tiêu chủ yếu đều đạt): không hạn chế mức xếp loại");
  }

  @Test
  void underHalfTargetsUnderForceMajeure_noCap_O4() {
    Case c = r2018();
    c.facts.targetsMetPercent(pct("30")).keyTargetsUnmet(true).forceMajeure(true);
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).contains(Level.HTXSNV);
    assertThat(only(r, RatingRule.O4).text().en())
        .isEqualTo("O4: 30% of targets met (force majeure): no cap");
    assertThat(only(r, RatingRule.O4).text().vi())
        .isEqualTo(
            "O4: đạt 30% chỉ tiêu (do nguyên nhân bất khả kháng): không hạn chế mức xếp loại");
  }

  @ParameterizedTest
  @EnumSource(
      value = Regime.class,
      names = {"R2018", "R2023"})
  void targetsMetNotGiven_isAMissingFact_O4(Regime regime) {
    Case c = regime == Regime.R2018 ? r2018() : r2023();
    OrganisationFacts.Builder b = OrganisationFacts.builder();
    b.from(c.facts.build()).targetsMetPercent(Optional.empty());
    c.facts = b;
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).isEmpty();
    assertThat(r.missingFacts())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.rule()).isEqualTo(RatingRule.O4);
              assertThat(m.fact()).isEqualTo("targetsMetPercent");
            });
    assertThat(applied(r, RatingRule.O4)).isFalse();
  }

  @Test
  void targetsNotNeeded_R2025() {
    OrganisationRating r = r2025("95").rate();
    assertThat(r.missingFacts()).isEmpty();
    assertThat(applied(r, RatingRule.O4)).isFalse();
  }

  // ---------- O5: leadership collective or sub-organisations disciplined ----------

  @ParameterizedTest
  @EnumSource(
      value = Regime.class,
      names = {"R2018", "R2023"})
  void leadershipCollectiveDisciplined_isKhtnv_O5(Regime regime) {
    Case c = regime == Regime.R2018 ? r2018() : r2023();
    c.facts.leadershipCollectiveDisciplined(true);
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).contains(Level.KHTNV);
    Explanation o5 = only(r, RatingRule.O5);
    assertThat(o5.ceiling()).contains(Level.KHTNV);
    assertThat(o5.text().en())
        .isEqualTo("O5: the leadership collective was disciplined in the year: KHTNV");
    assertThat(o5.text().vi())
        .isEqualTo("O5: tập thể lãnh đạo bị kỷ luật trong năm: xếp loại mức KHTNV");
  }

  @Test
  void oneOfFiveSubOrganisationsDisciplined_noCap_O5() {
    OrganisationRating r = r2018().committee(5, in(2022, DisciplineForm.REPRIMAND)).rate();
    assertThat(r.proposed()).contains(Level.HTXSNV);
    Explanation o5 = only(r, RatingRule.O5);
    assertThat(o5.ceiling()).isEmpty();
    assertThat(o5.facts())
        .containsExactly(
            entry("leadershipCollectiveDisciplined", "false"),
            entry("subOrganisationsDisciplined", "1/5"));
    assertThat(o5.text().en())
        .isEqualTo(
            "O5: leadership collective not disciplined; 1/5 sub-organisations disciplined (20% or"
                + " less): no cap");
    assertThat(o5.text().vi())
        .isEqualTo(
            "O5: tập thể lãnh đạo không bị kỷ luật; 1/5 tổ chức trực thuộc bị kỷ luật (không quá 20%): không hạn chế mức xếp loại");
  }

  @ParameterizedTest
  @EnumSource(
      value = Regime.class,
      names = {"R2018", "R2023"})
  void twoOfNineSubOrganisationsDisciplined_isKhtnv_O5(Regime regime) {
    Case c = regime == Regime.R2018 ? r2018() : r2023();
    int year = regime == Regime.R2018 ? 2022 : 2023;
    c.committee(9, in(year, DisciplineForm.REPRIMAND), remedied(year));
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).contains(Level.KHTNV);
    Explanation o5 = only(r, RatingRule.O5);
    assertThat(o5.ceiling()).contains(Level.KHTNV);
    assertThat(o5.text().en())
        .isEqualTo("O5: 2/9 sub-organisations disciplined, more than 20%: KHTNV");
    assertThat(o5.text().vi())
        .isEqualTo("O5: 2/9 tổ chức trực thuộc bị kỷ luật, trên 20%: xếp loại mức KHTNV");
  }

  @Test
  void leadershipDisciplined_isKhtnvUnderR2025ByDefault_labelledInf_O5() {
    Case c = r2025("80");
    c.facts.leadershipCollectiveDisciplined(true);
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).contains(Level.KHTNV);
    assertThat(only(r, RatingRule.O5).text().en()).contains("[INF]").endsWith(": KHTNV");
    assertThat(only(r, RatingRule.O5).text().vi()).contains("cách hiểu của thư viện [INF]");
  }

  @Test
  void noCapFromO5_R2025_whenThePolicyIsOff() {
    Case c = r2025("80");
    c.policies = RatingPolicies.defaults().withCollectiveRulesUnderR2025(true, false);
    c.facts.leadershipCollectiveDisciplined(true);
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).contains(Level.HTTNV);
    assertThat(applied(r, RatingRule.O5)).isFalse();
  }

  // ---------- O6: disciplines around the organisation (R2023) ----------

  @Test
  void noDisciplineAround_noCap_O6() {
    OrganisationRating r = r2023().committee(5).rate();
    assertThat(r.proposed()).contains(Level.HTXSNV);
    Explanation o6 = only(r, RatingRule.O6);
    assertThat(o6.ceiling()).isEmpty();
    assertThat(o6.text().en())
        .isEqualTo(
            "O6: no sub-organisation and no member of the leadership disciplined (the"
                + " organisation's own discipline: O3): no cap");
    assertThat(o6.text().vi())
        .isEqualTo(
            "O6: không có tổ chức đảng trực thuộc nào, thành viên cấp ủy nào bị kỷ luật (kỷ luật của chính tổ chức: O3): không hạn chế mức xếp loại");
  }

  @Test
  void leadershipMemberDisciplineRemedied_isAtMostHttnv_O6() {
    OrganisationRating r = r2023().leaders(remedied(2023)).rate();
    assertThat(r.proposed()).contains(Level.HTTNV);
    Explanation o6 = only(r, RatingRule.O6);
    assertThat(o6.ceiling()).contains(Level.HTTNV);
    assertThat(o6.facts())
        .containsExactly(
            entry("subOrganisationsDisciplined", "0"),
            entry("leadershipMembersDisciplined", "1"),
            entry("notSelfDetectedAndRemedied", "0"));
    assertThat(o6.text().en())
        .isEqualTo(
            "O6: 1 disciplines of sub-organisations or leadership members, all self-detected and"
                + " remedied: at most HTTNV");
    assertThat(o6.text().vi())
        .isEqualTo(
            "O6: 01 trường hợp kỷ luật tổ chức trực thuộc, thành viên lãnh đạo, đều do tự phát hiện, khắc phục: chỉ được xếp loại tối đa mức HTTNV");
  }

  @Test
  void subOrganisationDisciplineRemedied_isAtMostHttnv_O6() {
    OrganisationRating r = r2023().committee(5, remedied(2023)).rate();
    assertThat(r.proposed()).contains(Level.HTTNV);
    assertThat(only(r, RatingRule.O6).ceiling()).contains(Level.HTTNV);
  }

  @Test
  void oneDisciplineNotRemedied_isKhtnv_O6() {
    OrganisationRating r =
        r2023().committee(5, remedied(2023)).leaders(in(2023, DisciplineForm.REPRIMAND)).rate();
    assertThat(r.proposed()).contains(Level.KHTNV);
    Explanation o6 = only(r, RatingRule.O6);
    assertThat(o6.ceiling()).contains(Level.KHTNV);
    assertThat(o6.text().en())
        .isEqualTo(
            "O6: 2 disciplines of sub-organisations or leadership members, 1 not self-detected"
                + " and remedied: KHTNV");
    assertThat(o6.text().vi())
        .isEqualTo(
            "O6: 02 trường hợp kỷ luật tổ chức trực thuộc, thành viên lãnh đạo, trong đó 01 trường hợp không do tự phát hiện, khắc phục: xếp loại mức KHTNV");
  }

  @Test
  void o6_notAppliedUnderR2018() {
    OrganisationRating r = r2018().leaders(remedied(2022)).rate();
    assertThat(r.proposed()).contains(Level.HTXSNV);
    assertThat(applied(r, RatingRule.O6)).isFalse();
  }

  // ---------- O7: the collective's conditions under R2025 ----------

  @Test
  void everyConditionMet_isHtxsnv_O7() {
    OrganisationRating r = r2025("90").rate();
    assertThat(r.proposed()).contains(Level.HTXSNV);
    Explanation o7 = only(r, RatingRule.O7);
    assertThat(o7.ceiling()).isEmpty();
    assertThat(o7.facts())
        .containsExactly(
            entry("tasksOnTimePercent", "100"),
            entry("tasksExceededPercent", "30"),
            entry("shortcomingsRemediedPercent", "100"),
            entry("disciplinesAround", "0"));
    assertThat(o7.text().en())
        .isEqualTo("O7: meets the collective's conditions of HTXSNV (366-QĐ/TW art. 11)");
    assertThat(o7.text().vi())
        .isEqualTo("O7: đủ điều kiện của tập thể ở mức HTXSNV (Điều 11 Quy định 366-QĐ/TW)");
  }

  @Test
  void score75With60PercentDone_isKhtnv_notHttnv_O7() {
    // Issue 11: an organisation scoring 75 with 60% of its tasks done was rated HTTNV.
    Case c = r2025("75");
    c.facts
        .tasksDonePercent(pct("60"))
        .tasksOnTimePercent(pct("60"))
        .tasksExceededPercent(pct("0"));
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).contains(Level.KHTNV);
    Explanation o7 = only(r, RatingRule.O7);
    assertThat(o7.ceiling()).contains(Level.KHTNV);
    assertThat(o7.text().en())
        .isEqualTo(
            "O7: not HTTNV: 60% of tasks on time, under 100%; not HTNV: 60% of tasks done, under"
                + " 100%; given the highest lower level whose conditions hold (the library's"
                + " reading [INF]): KHTNV");
    assertThat(o7.text().vi())
        .isEqualTo(
            "O7: không đạt HTTNV: 60% nhiệm vụ đúng hạn, dưới 100%; không đạt HTNV: hoàn thành 60%"
                + " nhiệm vụ, dưới 100%; xếp mức thấp hơn có điều kiện đạt (cách hiểu của thư"
                + " viện [INF]): KHTNV");
  }

  @ParameterizedTest(name = "on time {0}: {1}")
  @CsvSource({"100, HTTNV", "99.99, HTNV"})
  void onTime100_isTheThresholdOfHttnv_O7(String onTime, Level expected) {
    Case c = r2025("80");
    c.facts.tasksOnTimePercent(pct(onTime)).tasksLatePercent(pct("0.01"));
    assertThat(c.rate().proposed()).contains(expected);
  }

  @ParameterizedTest(name = "late {0}: {1}")
  @CsvSource({"20, HTNV", "20.01, KHTNV"})
  void late20_isTheThresholdOfHtnv_O7(String late, Level expected) {
    Case c = r2025("60");
    c.facts.tasksOnTimePercent(pct("70")).tasksLatePercent(pct(late));
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).contains(expected);
    if (expected == Level.KHTNV) {
      assertThat(only(r, RatingRule.O7).text().en()).contains("% of tasks late, over 20%");
    }
  }

  @ParameterizedTest(name = "done {0}: {1}")
  @CsvSource({"100, HTNV", "99.99, KHTNV"})
  void done100_isTheThresholdOfHtnv_O7(String done, Level expected) {
    Case c = r2025("60");
    c.facts
        .tasksDonePercent(pct(done))
        .tasksOnTimePercent(pct("90"))
        .tasksExceededPercent(pct("0"));
    assertThat(c.rate().proposed()).contains(expected);
  }

  @ParameterizedTest(name = "exceeded {0}: {1}")
  @CsvSource({"30, HTXSNV", "29.99, HTTNV"})
  void exceeded30_isTheThresholdOfHtxsnv_O7(String exceeded, Level expected) {
    Case c = r2025("95");
    c.facts.tasksExceededPercent(pct(exceeded));
    assertThat(c.rate().proposed()).contains(expected);
  }

  @ParameterizedTest(name = "remedied {0}: {1}")
  @CsvSource({"100, HTXSNV", "99.99, HTTNV"})
  void shortcomingsRemedied100_isTheThresholdOfHtxsnv_O7(String remedied, Level expected) {
    Case c = r2025("95");
    c.facts.shortcomingsRemediedPercent(pct(remedied));
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).contains(expected);
    if (expected == Level.HTTNV) {
      assertThat(only(r, RatingRule.O7).text().vi())
          .contains("khắc phục 99,99% hạn chế, khuyết điểm đã chỉ ra, dưới 100%");
    }
  }

  @Test
  void disciplineAround_isAtMostHttnv_O7() {
    OrganisationRating r = r2025("95").leaders(remedied(2025)).rate();
    assertThat(r.proposed()).contains(Level.HTTNV);
    assertThat(only(r, RatingRule.O7).facts()).containsEntry("disciplinesAround", "1");
    assertThat(only(r, RatingRule.O7).text().en())
        .startsWith("O7: not HTXSNV: a sub-organisation or a member of the leadership was");
  }

  @Test
  void subOrganisationDisciplined_isAtMostHttnv_O7() {
    OrganisationRating r = r2025("95").committee(5, remedied(2025)).rate();
    assertThat(r.proposed()).contains(Level.HTTNV);
  }

  @Test
  void taskSharesMissingForHtxsnvCandidate_areMissingFacts_O7() {
    Case c = r2025("95");
    OrganisationFacts.Builder b = OrganisationFacts.builder();
    b.organisationId(CellId.of("CB-1")).year(Year.of(2025)).score(pct("95"));
    c.facts = b;
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).isEmpty();
    assertThat(r.missingFacts())
        .extracting(MissingFact::rule, MissingFact::fact)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(RatingRule.O7, "tasksOnTimePercent"));
  }

  @Test
  void exceededAndRemediedMissingForHtxsnvCandidate_areMissingFacts_O7() {
    Case c = r2025("95");
    OrganisationFacts.Builder b = OrganisationFacts.builder();
    b.organisationId(CellId.of("CB-1"))
        .year(Year.of(2025))
        .score(pct("95"))
        .tasksDonePercent(pct("100"))
        .tasksOnTimePercent(pct("100"));
    c.facts = b;
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).isEmpty();
    assertThat(r.missingFacts())
        .extracting(MissingFact::fact)
        .containsExactly("tasksExceededPercent", "shortcomingsRemediedPercent");
  }

  @Test
  void httnvCandidate_readsOnlyTheOnTimeShare_O7() {
    Case c = r2025("89.99");
    OrganisationFacts.Builder b = OrganisationFacts.builder();
    b.organisationId(CellId.of("CB-1"))
        .year(Year.of(2025))
        .score(pct("89.99"))
        .tasksOnTimePercent(pct("100"));
    c.facts = b;
    OrganisationRating r = c.leaders(in(2025, DisciplineForm.REPRIMAND)).rate();
    assertThat(r.proposed()).contains(Level.HTTNV);
    assertThat(r.missingFacts()).isEmpty();
    assertThat(only(r, RatingRule.O7).ceiling()).isEmpty();
  }

  @Test
  void khtnvBand_o7NotApplied() {
    OrganisationRating r = r2025("49.99").rate();
    assertThat(r.proposed()).contains(Level.KHTNV);
    assertThat(applied(r, RatingRule.O7)).isFalse();
  }

  // ---------- O10: the leadership collective (every regime; O8 its R2018 text) ----------

  @ParameterizedTest
  @EnumSource(Level.class)
  void leadershipCollective_isTheOrganisationsLevel_O10(Level organisationLevel) {
    Case c = r2018();
    switch (organisationLevel) {
      case HTXSNV -> {}
      case HTTNV -> c.facts = graded(2022, Grade.TOT, Grade.TOT);
      case HTNV -> c.facts = graded(2022, Grade.TRUNG_BINH, Grade.TOT);
      case KHTNV -> c.facts = graded(2022, Grade.KEM, Grade.TOT);
    }
    OrganisationRating r = c.leaders(in(2022, DisciplineForm.REPRIMAND)).rate();
    assertThat(r.proposed()).contains(organisationLevel);
    assertThat(r.leadershipCollective()).contains(organisationLevel);
    Explanation o10 = only(r, RatingRule.O10);
    assertThat(o10.ceiling()).isEmpty();
    assertThat(o10.facts())
        .containsEntry("organisationLevel", organisationLevel.name())
        .containsEntry("leadershipMembersWarnedOrAbove", "0");
    if (organisationLevel != Level.KHTNV) {
      assertThat(o10.text().en())
          .isEqualTo(
              "O10: the leadership collective (the cell committee) is not rated above its"
                  + " organisation: "
                  + organisationLevel);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = DisciplineForm.class,
      names = {"WARNING", "DISMISSAL_FROM_POST", "EXPULSION"})
  void leadershipMemberWarnedOrAbove_collectiveIsKhtnv_O10(DisciplineForm form) {
    for (Case c : List.of(r2018(), r2023())) {
      int year = c.regime == Regime.R2018 ? 2022 : 2023;
      OrganisationRating r = c.leaders(in(year, form)).rate();
      assertThat(r.leadershipCollective()).contains(Level.KHTNV);
      Explanation o10 = only(r, RatingRule.O10);
      assertThat(o10.facts()).containsEntry("leadershipMembersWarnedOrAbove", "1");
      assertThat(o10.text().en())
          .isEqualTo(
              "O10: the leadership collective (the cell committee): 1 member(s) disciplined at"
                  + " warning or above: the collective is KHTNV");
      assertThat(o10.text().vi())
          .isEqualTo(
              "O10: tập thể lãnh đạo (chi ủy): có 01 thành viên bị kỷ luật từ cảnh cáo trở lên: tập thể lãnh đạo xếp loại mức KHTNV");
    }
  }

  @Test
  void leadershipMemberReprimanded_collectiveNotKhtnv_O10() {
    OrganisationRating r = r2023().leaders(remedied(2023)).rate();
    assertThat(r.proposed()).contains(Level.HTTNV);
    assertThat(r.leadershipCollective()).contains(Level.HTTNV);
  }

  @Test
  void disunitedCollective_isKhtnv_O10() {
    Case c = r2025("95");
    c.facts.leadershipDisunited(true);
    OrganisationRating r = c.rate();
    assertThat(r.proposed()).contains(Level.HTXSNV);
    assertThat(r.leadershipCollective()).contains(Level.KHTNV);
    assertThat(only(r, RatingRule.O10).text().vi()).contains("mất đoàn kết");
  }

  @Test
  void disciplinedCollective_isKhtnv_O10() {
    Case c = r2023();
    c.facts.leadershipCollectiveDisciplined(true);
    assertThat(c.rate().leadershipCollective()).contains(Level.KHTNV);
  }

  @ParameterizedTest(name = "targets met {0}: collective KHTNV {1}")
  @CsvSource({"50, false", "49.99, true"})
  void unitUnderHalfItsTargets_collectiveIsKhtnv_O10(String met, boolean khtnv) {
    Case c = r2023();
    c.facts.targetsMetPercent(pct(met));
    OrganisationRating r = c.rate();
    assertThat(r.leadershipCollective().orElseThrow() == Level.KHTNV).isEqualTo(khtnv);
  }

  @Test
  void noLeadershipCollective_noLevel_O10() {
    Case c = r2023().committee(5);
    OrganisationRating r = c.rate();
    assertThat(r.leadershipCollective()).isEmpty();
    assertThat(applied(r, RatingRule.O10)).isFalse();
  }

  @Test
  void o8_neverUsed_O10ExplainsTheCollective() {
    assertThat(applied(r2018().rate(), RatingRule.O8)).isFalse();
    assertThat(applied(r2018().rate(), RatingRule.O10)).isTrue();
  }

  // ---------- O9: share of members at KHTNV (policy, R2018) ----------

  @Test
  void o9_offByDefault_noEntry() {
    OrganisationRating r = r2018().levels(mix(0, 0, 0, 5)).rate();
    assertThat(applied(r, RatingRule.O9)).isFalse();
  }

  @Test
  void o9On_oneOfFiveKhtnv_noCap() {
    OrganisationRating r = r2018().o9().levels(mix(4, 0, 0, 1)).rate();
    Explanation o9 = only(r, RatingRule.O9);
    assertThat(o9.ceiling()).isEmpty();
    assertThat(o9.facts()).containsExactly(entry("membersKHTNV", "1/5"));
    assertThat(o9.text().en()).isEqualTo("O9: 1/5 members at KHTNV (20% or less): no cap");
    assertThat(o9.text().vi())
        .isEqualTo("O9: 1/5 đảng viên KHTNV (không quá 20%): không hạn chế mức xếp loại");
  }

  @Test
  void o9On_twoOfNineKhtnv_isKhtnv() {
    OrganisationRating r = r2018().o9().levels(mix(7, 0, 0, 2)).rate();
    assertThat(r.proposed()).contains(Level.KHTNV);
    Explanation o9 = only(r, RatingRule.O9);
    assertThat(o9.ceiling()).contains(Level.KHTNV);
    assertThat(o9.text().en()).isEqualTo("O9: 2/9 members at KHTNV, more than 20%: KHTNV");
    assertThat(o9.text().vi()).isEqualTo("O9: 2/9 đảng viên KHTNV, trên 20%: xếp loại mức KHTNV");
  }

  @Test
  void o9On_appliesUnderR2018Only() {
    assertThat(applied(r2018().o9().levels(mix(7, 0, 0, 2)).rate(), RatingRule.O9)).isTrue();
    assertThat(applied(r2023().o9().levels(mix(7, 0, 0, 2)).rate(), RatingRule.O9)).isFalse();
    assertThat(applied(r2025("95").o9().levels(mix(7, 0, 0, 2)).rate(), RatingRule.O9)).isFalse();
  }

  @Test
  void o9On_notAppliedToCommittees() {
    OrganisationRating r = r2018().o9().committee(9).levels(mix(7, 0, 0, 2)).rate();
    assertThat(applied(r, RatingRule.O9)).isFalse();
  }

  @Test
  void o9On_committeeWithIncompleteSubOrganisations_isStillRated_R2023() {
    Case c = r2023().o9().committee(5);
    c.incomplete = 1;
    OrganisationRating r = c.rate();
    assertThat(r.missingFacts()).isEmpty();
    assertThat(r.proposed()).contains(Level.HTXSNV);
  }

  // ---------- E2 for organisations (R2018) ----------

  @Test
  void foundedExactlySixMonthsBeforeReview_isRated_E2() {
    Case c = r2018();
    c.foundedOn = Optional.of(REVIEW_2022.minusMonths(6));
    OrganisationRating r = c.rate();
    assertThat(r.isRated()).isTrue();
    assertThat(r.proposed()).contains(Level.HTXSNV);
    assertThat(applied(r, RatingRule.E2)).isFalse();
  }

  @Test
  void foundedOneDayLess_isNotRated_E2() {
    Case c = r2018();
    c.foundedOn = Optional.of(LocalDate.of(2022, 6, 16));
    OrganisationRating r = c.rate();
    assertThat(r.isRated()).isFalse();
    assertThat(r.proposed()).isEmpty();
    assertThat(r.missingFacts()).isEmpty();
    assertThat(r.leadershipCollective()).isEmpty();
    assertThat(r.ceiling()).isEqualTo(Level.HTXSNV);
    Explanation e2 = r.explanation().get(0);
    assertThat(r.explanation()).hasSize(1);
    assertThat(e2.rule()).isEqualTo(RatingRule.E2);
    assertThat(e2.facts())
        .containsExactly(entry("foundedOn", "2022-06-16"), entry("reviewDate", "2022-12-15"));
    assertThat(e2.text().en())
        .isEqualTo(
            "E2: founded on 2022-06-16, less than 6 months before the review on 2022-12-15: not"
                + " rated");
    assertThat(e2.text().vi())
        .isEqualTo(
            "E2: thành lập ngày 16/06/2022, chưa đủ 06 tháng đến ngày kiểm điểm 15/12/2022: không xếp loại");
  }

  @Test
  void noFoundingDate_isRated_E2() {
    OrganisationRating r = r2018().rate();
    assertThat(r.isRated()).isTrue();
  }

  @Test
  void foundedRecently_isRatedUnderR2023_E2() {
    Case c = r2023();
    c.foundedOn = Optional.of(LocalDate.of(2023, 12, 1));
    OrganisationRating r = c.rate();
    assertThat(r.isRated()).isTrue();
    assertThat(r.proposed()).contains(Level.HTXSNV);
  }

  @Test
  void foundedRecently_isRatedUnderR2025_E2() {
    Case c = r2025("95");
    c.foundedOn = Optional.of(LocalDate.of(2025, 12, 1));
    assertThat(c.rate().isRated()).isTrue();
  }

  // ---------- the whole explanation ----------

  @Test
  void cellWithFiveMembers_R2018_fullExplanationInBothLanguages() {
    Case c = r2018().levels(mix(1, 3, 1, 0));
    OrganisationRating r = c.rate();
    assertThat(r.organisationId()).isEqualTo(CellId.of("CB-1"));
    assertThat(r.regime()).isEqualTo(Regime.R2018);
    assertThat(r.kind()).isEqualTo(OrganisationKind.CELL);
    assertThat(r.proposed()).contains(Level.HTXSNV);
    assertThat(r.leadershipCollective()).contains(Level.HTXSNV);
    assertThat(r.ceiling()).isEqualTo(Level.HTXSNV);
    assertThat(r.explanation())
        .extracting(e -> e.text().vi())
        .containsExactly(
            "O0: mức đánh giá các tiêu chí (Lãnh đạo thực hiện nhiệm vụ chính trị: Xuất sắc; Xây dựng Đảng về chính trị, tư tưởng, đạo đức: Tốt; Công tác tổ chức, cán bộ: Tốt; Công tác kiểm tra, giám sát: Tốt; Công tác dân vận: Tốt): mức HTXSNV",
            "O1: đảng viên từ HTNV trở lên 5/5, từ HTTNV trở lên 4/5 (yêu cầu 100% và 80%); chính quyền, đoàn thể cùng cấp từ HTTNV trở lên: đủ điều kiện mức HTXSNV",
            "O2: đảng viên từ HTNV trở lên 5/5, từ HTTNV trở lên 4/5 (yêu cầu 100% và 50%); chính quyền, đoàn thể cùng cấp từ HTNV trở lên: đủ điều kiện mức HTTNV",
            "O3: tổ chức không bị kỷ luật trong năm: không hạn chế mức xếp loại",
            "O4: đạt 100% chỉ tiêu (từ 50% trở lên): không hạn chế mức xếp loại",
            "O5: tập thể lãnh đạo không bị kỷ luật; 0/0 tổ chức trực thuộc bị kỷ luật (không quá 20%): không hạn chế mức xếp loại",
            "O10: tập thể lãnh đạo (chi ủy) không xếp loại cao hơn tổ chức: mức HTXSNV");
    assertThat(r.explanation())
        .extracting(e -> e.text().en())
        .containsExactly(
            "O0: grades (Leading the political task Excellent; Politics, ideology, ethics Good; Organisation and cadres Good; Inspection and supervision Good; Mass mobilisation Good): HTXSNV",
            "O1: members at HTNV or better 5/5, at HTTNV or better 4/5 (needs 100% and 80%); same-level bodies at HTTNV or better: meets the conditions of HTXSNV",
            "O2: members at HTNV or better 5/5, at HTTNV or better 4/5 (needs 100% and 50%); same-level bodies at HTNV or better: meets the conditions of HTTNV",
            "O3: the organisation was not disciplined in the year: no cap",
            "O4: 100% of targets met (50% or more): no cap",
            "O5: leadership collective not disciplined; 0/0 sub-organisations disciplined (20% or less): no cap",
            "O10: the leadership collective (the cell committee) is not rated above its organisation: HTXSNV");
    assertThat(r.explanation()).allSatisfy(e -> assertThat(e.regime()).isEqualTo(Regime.R2018));
    assertThat(r.explanation()).allSatisfy(e -> assertThat(e.ceiling()).isEmpty());
    assertThat(only(r, RatingRule.O0).facts())
        .containsExactly(
            entry("grades.POLITICAL_TASK", "XUAT_SAC"),
            entry("grades.POLITICS_IDEOLOGY", "TOT"),
            entry("grades.ORGANISATION_CADRES", "TOT"),
            entry("grades.INSPECTION_SUPERVISION", "TOT"),
            entry("grades.MASS_MOBILISATION", "TOT"));
  }

  // ---------- invariants over many contexts ----------

  @ParameterizedTest(name = "seed {0}")
  @org.junit.jupiter.params.provider.MethodSource("seeds")
  void everyResultIsExplainedAndWithinItsCeiling(long seed) {
    java.util.Random random = new java.util.Random(seed);
    Regime regime = Regime.values()[random.nextInt(Regime.values().length)];
    int year = regime == Regime.R2018 ? 2022 : regime == Regime.R2023 ? 2023 : 2025;
    LocalDate review = LocalDate.of(year, 12, 15);
    OrganisationFacts.Builder b = OrganisationFacts.builder();
    b.organisationId(SubCommitteeId.of("DBBP-" + seed)).year(Year.of(year));
    Map<OrganisationCriterion, Grade> grades = new EnumMap<>(OrganisationCriterion.class);
    for (OrganisationCriterion criterion : OrganisationCriterion.values()) {
      if (random.nextInt(6) > 0) {
        grades.put(criterion, Grade.values()[random.nextInt(Grade.values().length)]);
      }
    }
    b.grades(grades);
    if (random.nextInt(8) > 0) {
      b.score(pct(Integer.toString(random.nextInt(101))));
    }
    if (random.nextInt(8) > 0) {
      b.targetsMetPercent(pct(Integer.toString(random.nextInt(101))));
    }
    b.keyTargetsUnmet(random.nextBoolean()).forceMajeure(random.nextInt(4) == 0);
    int done = random.nextInt(101);
    if (random.nextInt(8) > 0) {
      b.tasksDonePercent(pct(Integer.toString(done)));
    }
    if (random.nextInt(8) > 0) {
      b.tasksExceededPercent(pct(Integer.toString(random.nextInt(done + 1))));
    }
    if (random.nextInt(8) > 0) {
      b.tasksOnTimePercent(pct(Integer.toString(random.nextInt(done + 1))));
    }
    if (random.nextInt(8) > 0) {
      b.tasksLatePercent(pct(Integer.toString(random.nextInt(done + 1))));
    }
    if (random.nextInt(8) > 0) {
      b.shortcomingsRemediedPercent(pct(Integer.toString(90 + random.nextInt(11))));
    }
    boolean ownCounts = false;
    if (random.nextInt(4) == 0) {
      boolean self = random.nextBoolean();
      ownCounts = !self;
      b.discipline(new Discipline(DisciplineForm.REPRIMAND, review, self));
    }
    if (random.nextInt(6) == 0) {
      boolean self = random.nextBoolean();
      ownCounts |= !self;
      b.violationCase(new Discipline(DisciplineForm.WARNING, review, self));
    }
    b.leadershipCollectiveDisciplined(random.nextInt(6) == 0);
    b.leadershipDisunited(random.nextInt(8) == 0);
    if (random.nextInt(8) > 0) {
      Map<AffiliatedBody, Level> bodies = new EnumMap<>(AffiliatedBody.class);
      for (AffiliatedBody body : AffiliatedBody.values()) {
        if (random.nextBoolean()) {
          bodies.put(body, Level.values()[random.nextInt(2) + random.nextInt(3)]);
        }
      }
      b.affiliatedBodies(bodies);
    }
    Case c = new Case(regime, b, review);
    c.kind = OrganisationKind.values()[random.nextInt(OrganisationKind.values().length)];
    List<Level> levels = new ArrayList<>();
    int count = random.nextInt(12);
    for (int i = 0; i < count; i++) {
      levels.add(Level.values()[random.nextInt(3) + random.nextInt(2)]);
    }
    c.levels = levels;
    c.incomplete = random.nextInt(6) == 0 ? 1 : 0;
    c.subOrganisations = c.kind.holdsMembers() ? 0 : count;
    List<Discipline> around = new ArrayList<>();
    for (int i = 0; i < c.subOrganisations; i++) {
      if (random.nextInt(6) == 0) {
        around.add(new Discipline(DisciplineForm.REPRIMAND, review, random.nextBoolean()));
      }
    }
    c.subOrganisationDisciplines = around;
    c.leadershipMemberDisciplines =
        random.nextInt(5) == 0
            ? List.of(
                Discipline.of(
                    DisciplineForm.values()[random.nextInt(DisciplineForm.values().length - 1)],
                    review))
            : List.of();
    if (random.nextInt(5) == 0) {
      c.foundedOn = Optional.of(review.minusMonths(random.nextInt(12)));
    }
    if (random.nextBoolean()) {
      c.policies = RatingPolicies.defaults().withO9(true);
    }
    OrganisationRating r = c.rate();
    assertThat(r.organisationId()).isEqualTo(SubCommitteeId.of("DBBP-" + seed));
    assertThat(r.regime()).isEqualTo(regime);
    r.explanation()
        .forEach(
            e -> {
              assertThat(e.regime()).isEqualTo(regime);
              assertThat(e.text().en()).startsWith(e.rule() + ": ");
              assertThat(e.text().vi()).startsWith(e.rule() + ": ");
              assertThat(
                      java.text.Normalizer.isNormalized(
                          e.text().vi(), java.text.Normalizer.Form.NFC))
                  .isTrue();
              e.ceiling().ifPresent(cap -> assertThat(cap.isAtLeast(r.ceiling())).isTrue());
            });
    r.leadershipCollective()
        .ifPresent(l -> assertThat(r.proposed().orElseThrow().isAtLeast(l)).isTrue());
    // O3, every regime (R2025 by the default policy): disciplined, not self-detected: KHTNV.
    if (ownCounts && r.isRated()) {
      assertThat(r.ceiling()).isEqualTo(Level.KHTNV);
      r.proposed().ifPresent(p -> assertThat(p).isEqualTo(Level.KHTNV));
    }
    r.missingFacts()
        .forEach(
            m -> {
              assertThat(m.entityId()).isEqualTo(SubCommitteeId.of("DBBP-" + seed));
              assertThat(m.regime()).isEqualTo(regime);
              assertThat(
                      java.text.Normalizer.isNormalized(
                          m.message().vi(), java.text.Normalizer.Form.NFC))
                  .isTrue();
            });
    assertThat(r.missingFacts()).extracting(MissingFact::fact).doesNotHaveDuplicates();
  }

  static java.util.stream.LongStream seeds() {
    return java.util.stream.LongStream.range(0, 300);
  }
}
