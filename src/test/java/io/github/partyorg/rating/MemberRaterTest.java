package io.github.partyorg.rating;

import static io.github.partyorg.rating.RatingFixtures.REVIEW_2022;
import static io.github.partyorg.rating.RatingFixtures.REVIEW_2023;
import static io.github.partyorg.rating.RatingFixtures.REVIEW_2025;
import static io.github.partyorg.rating.RatingFixtures.excellent2022;
import static io.github.partyorg.rating.RatingFixtures.excellent2023;
import static io.github.partyorg.rating.RatingFixtures.graded;
import static io.github.partyorg.rating.RatingFixtures.official;
import static io.github.partyorg.rating.RatingFixtures.pct;
import static io.github.partyorg.rating.RatingFixtures.scored2025;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.github.partyorg.charter.DisciplineForm;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberId;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemberRaterTest {
  private static final RatingPolicies BARS =
      RatingPolicies.defaults().withDisciplineEffect(DisciplineEffect.BARS_EXCELLENCE_ONLY);

  private static MemberRating rate2018(MemberFacts.Builder facts) {
    return MemberRater.of(Regime.R2018).rate(official("DV-1"), facts.build(), REVIEW_2022);
  }

  private static MemberRating rate2023(MemberFacts.Builder facts, RatingPolicies policies) {
    return MemberRater.of(Regime.R2023, policies)
        .rate(official("DV-1"), facts.build(), REVIEW_2023);
  }

  private static MemberRating rate2025(MemberFacts.Builder facts, RatingPolicies policies) {
    return MemberRater.of(Regime.R2025, policies)
        .rate(official("DV-1"), facts.build(), REVIEW_2025);
  }

  private static Discipline reprimandIn(int year) {
    return Discipline.of(DisciplineForm.REPRIMAND, LocalDate.of(year, 5, 10));
  }

  // ---------- R2018: C0 grades, C1, C2, C3, E4 ----------

  @Test
  void excellentGradesAndAllTargets_isHTXSNV_C0() {
    MemberRating r = rate2018(excellent2022("DV-1"));
    assertThat(r.proposed()).contains(Level.HTXSNV);
    assertThat(r.ceiling()).isEqualTo(Level.HTXSNV);
    assertThat(r.missingFacts()).isEmpty();
    assertThat(r.isRated()).isTrue();
    assertThat(r.explanation())
        .extracting(Explanation::rule)
        .containsExactly(RatingRule.C0, RatingRule.C1, RatingRule.C2);
  }

  @ParameterizedTest(name = "others {0}, task results {1}: {2}")
  @CsvSource({
    "TOT, XUAT_SAC, HTXSNV",
    "XUAT_SAC, TOT, HTTNV",
    "TOT, TOT, HTTNV",
    "TRUNG_BINH, XUAT_SAC, HTTNV",
    "TOT, TRUNG_BINH, HTNV",
    "TRUNG_BINH, TOT, HTTNV",
    "KEM, XUAT_SAC, KHTNV",
    "TOT, KEM, KHTNV"
  })
  void gradesGiveTheCandidate_C0(Grade others, Grade task, Level expected) {
    MemberFacts.Builder f = graded("DV-1", 2022, others, task);
    f.targetsCompletedPercent(pct("100"));
    assertThat(rate2018(f).proposed()).contains(expected);
  }

  @Test
  void targets4999_isKHTNV_C2() {
    MemberFacts.Builder f = excellent2022("DV-1");
    f.targetsCompletedPercent(pct("49.99"));
    MemberRating r = rate2018(f);
    assertThat(r.proposed()).contains(Level.KHTNV);
    assertThat(r.ceiling()).isEqualTo(Level.KHTNV);
    assertThat(r.explanation().get(2).text().en())
        .isEqualTo("C2: 49.99% of assigned targets completed, under 50%: KHTNV");
    assertThat(r.explanation().get(2).ceiling()).contains(Level.KHTNV);
  }

  @Test
  void targets50_noCap_C2() {
    MemberFacts.Builder f = excellent2022("DV-1");
    f.targetsCompletedPercent(pct("50.00"));
    MemberRating r = rate2018(f);
    assertThat(r.proposed()).contains(Level.HTXSNV);
    assertThat(r.explanation().get(2).text().en())
        .isEqualTo(
            "C2: 50% of assigned targets completed (50% or more), not KHTNV in a state rating, no"
                + " conclusion of degradation, forbidden acts or failed duty to set an example: no"
                + " cap");
  }

  @Test
  void civilServantKHTNV_isKHTNV_C2() {
    MemberFacts.Builder f = excellent2022("DV-1");
    f.civilServantLevel(Level.KHTNV);
    MemberRating r = rate2018(f);
    assertThat(r.proposed()).contains(Level.KHTNV);
    assertThat(r.explanation())
        .filteredOn(e -> e.rule() == RatingRule.C2)
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.text().en())
                    .isEqualTo("C2: rated KHTNV as a civil servant in the state rating: KHTNV"));
  }

  @Test
  void degradationConcluded_isKHTNV_C2() {
    MemberFacts.Builder f = excellent2022("DV-1");
    f.degradationConcluded(true).targetsCompletedPercent(pct("40"));
    MemberRating r = rate2018(f);
    assertThat(r.proposed()).contains(Level.KHTNV);
    assertThat(r.explanation().get(2).text().vi())
        .isEqualTo(
            "C2: hoàn thành 40% chỉ tiêu, nhiệm vụ được giao, dưới 50%; bị cấp có thẩm quyền kết luận suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa”: xếp loại mức KHTNV");
  }

  @Test
  void civilServantHTTNVInStateRating_capsAtHTTNV_C3() {
    MemberFacts.Builder f = excellent2022("DV-1");
    f.civilServantLevel(Level.HTTNV);
    MemberRating r = rate2018(f);
    assertThat(r.proposed()).contains(Level.HTTNV);
    assertThat(r.ceiling()).isEqualTo(Level.HTTNV);
    assertThat(r.explanation().get(3).text().en())
        .isEqualTo(
            "C3: rated HTTNV as a civil servant in the state rating, not HTXSNV: at most HTTNV");
  }

  @Test
  void civilServantHTXSNVInStateRating_noCap_C3() {
    MemberFacts.Builder f = excellent2022("DV-1");
    f.civilServantLevel(Level.HTXSNV);
    MemberRating r = rate2018(f);
    assertThat(r.proposed()).contains(Level.HTXSNV);
    assertThat(r.explanation().get(3).ceiling()).isEmpty();
  }

  @Test
  void sameFacts_R2018capsByC3_R2023hasNoC3() {
    MemberFacts.Builder f = excellent2023("DV-1");
    f.targetsCompletedPercent(pct("100")).civilServantLevel(Level.HTTNV);
    MemberFacts facts = f.build();
    MemberRating r2018 = MemberRater.of(Regime.R2018).rate(official("DV-1"), facts, REVIEW_2023);
    MemberRating r2023 = MemberRater.of(Regime.R2023).rate(official("DV-1"), facts, REVIEW_2023);
    assertThat(r2018.proposed()).contains(Level.HTTNV);
    assertThat(r2023.proposed()).contains(Level.HTXSNV);
    assertThat(r2023.explanation()).extracting(Explanation::rule).doesNotContain(RatingRule.C3);
  }

  @Test
  void disciplinedUnderR2018_isKHTNV_C1() {
    MemberFacts.Builder f = excellent2022("DV-1");
    f.addDisciplines(reprimandIn(2022));
    MemberRating r = rate2018(f);
    assertThat(r.proposed()).contains(Level.KHTNV);
    assertThat(r.explanation().get(1).text().en())
        .isEqualTo("C1: 1 discipline in 2022 (reprimand on 2022-05-10): KHTNV");
  }

  @Test
  void disciplinedUnderR2018_ignoresThePolicy_C1() {
    MemberFacts.Builder f = excellent2022("DV-1");
    f.addDisciplines(
        reprimandIn(2022), Discipline.of(DisciplineForm.WARNING, LocalDate.of(2022, 8, 1)));
    MemberRating r =
        MemberRater.of(Regime.R2018, BARS).rate(official("DV-1"), f.build(), REVIEW_2022);
    assertThat(r.proposed()).contains(Level.KHTNV);
    assertThat(r.explanation().get(1).text().vi())
        .isEqualTo(
            "C1: bị kỷ luật 02 lần trong năm 2022 (khiển trách ngày 10/05/2022, cảnh cáo ngày 01/08/2022): xếp loại mức KHTNV");
  }

  @Test
  void sickLeave3Months_capsExcellentAtHTNV_E4() {
    MemberFacts.Builder f = excellent2022("DV-1");
    f.sickLeaveMonths(3);
    MemberRating r = rate2018(f);
    assertThat(r.proposed()).contains(Level.HTNV);
    assertThat(r.ceiling()).isEqualTo(Level.HTNV);
  }

  @Test
  void sickLeave2Months_keepsHTXSNV_E4() {
    MemberFacts.Builder f = excellent2022("DV-1");
    f.sickLeaveMonths(2);
    assertThat(rate2018(f).proposed()).contains(Level.HTXSNV);
  }

  @Test
  void fullExplanation_inBothLanguages_R2018() {
    MemberFacts.Builder f = excellent2022("DV-5");
    f.targetsCompletedPercent(pct("45")).civilServantLevel(Level.HTXSNV);
    MemberRating r = MemberRater.of(Regime.R2018).rate(official("DV-5"), f.build(), REVIEW_2022);
    assertThat(r.proposed()).contains(Level.KHTNV);
    assertThat(r.explanation())
        .extracting(e -> e.text().vi())
        .containsExactly(
            "C0: mức đánh giá các tiêu chí (Chính trị tư tưởng: Tốt; Đạo đức, lối sống: Tốt; Tác phong, lề lối làm việc, ý thức kỷ luật: Tốt; Kết quả thực hiện nhiệm vụ: Xuất sắc), các tiêu chí đều từ Tốt trở lên, kết quả thực hiện nhiệm vụ Xuất sắc: xếp loại mức HTXSNV",
            "C1: không bị kỷ luật trong năm 2022: không hạn chế mức xếp loại",
            "C2: hoàn thành 45% chỉ tiêu, nhiệm vụ được giao, dưới 50%: xếp loại mức KHTNV",
            "C3: được xếp loại công chức mức HTXSNV: không hạn chế mức xếp loại");
    assertThat(r.explanation())
        .extracting(e -> e.text().en())
        .containsExactly(
            "C0: grades (Politics and ideology Good; Ethics and lifestyle Good; Discipline and work"
                + " style Good; Task results Excellent), every criterion Good or better, task"
                + " results Excellent: HTXSNV",
            "C1: no discipline in 2022: no cap",
            "C2: 45% of assigned targets completed, under 50%: KHTNV",
            "C3: rated HTXSNV as a civil servant in the state rating: no cap");
    assertThat(r.explanation().get(2).facts())
        .containsExactly(
            entry("targetsCompletedPercent", "45"),
            entry("civilServantLevel", "HTXSNV"),
            entry("degradationConcluded", "false"),
            entry("forbiddenActsConcluded", "false"),
            entry("exampleDutyFailed", "false"));
    assertThat(r.explanation().get(2).citation()).isEqualTo(Regime.R2018.citation());
  }

  @Test
  void withoutGrades_isNotProposed_andNamesMemberAndFact_C0() {
    MemberFacts.Builder f = MemberFacts.builder();
    f.memberId(MemberId.of("DV-1"))
        .year(Year.of(2022))
        .putGrades(Criterion.POLITICS_IDEOLOGY, Grade.TOT)
        .targetsCompletedPercent(pct("100"));
    MemberRating r = rate2018(f);
    assertThat(r.proposed()).isEmpty();
    assertThat(r.missingFacts())
        .extracting(MissingFact::fact)
        .containsExactly(
            "grades.ETHICS_LIFESTYLE", "grades.DISCIPLINE_WORKSTYLE", "grades.TASK_RESULTS");
    MissingFact first = r.missingFacts().get(0);
    assertThat(first.entityId()).isEqualTo(MemberId.of("DV-1"));
    assertThat(first.rule()).isEqualTo(RatingRule.C0);
    assertThat(first.message().en())
        .isEqualTo(
            "Member DV-1: the grade of the criterion Ethics and lifestyle (grades.ETHICS_LIFESTYLE)"
                + " is missing, needed by C0 under R2018; give it to rate the member.");
    assertThat(first.message().vi()).contains("DV-1").contains("grades.ETHICS_LIFESTYLE");
    assertThat(first.toString()).isEqualTo("C0 R2018 [DV-1]: missing grades.ETHICS_LIFESTYLE");
    assertThat(r.explanation()).isNotEmpty();
  }

  @Test
  void withoutTargets_isNotProposed_C2() {
    MemberRating r = rate2018(graded("DV-1", 2022, Grade.TOT, Grade.TOT));
    assertThat(r.proposed()).isEmpty();
    assertThat(r.missingFacts())
        .extracting(MissingFact::fact)
        .containsExactly("targetsCompletedPercent");
    assertThat(r.explanation())
        .filteredOn(e -> e.rule() == RatingRule.C2)
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.text().en())
                    .isEqualTo(
                        "C2: not KHTNV in a state rating, no conclusion of degradation, forbidden"
                            + " acts or failed duty to set an example: no cap"));
  }

  @Test
  void notRated_hasNoProposalButAnExplanation_E2() {
    Member newcomer =
        Member.builder()
            .from(official("DV-1"))
            .officialDate(Optional.empty())
            .admissionDate(REVIEW_2022.minusMonths(3))
            .build();
    MemberRating r =
        MemberRater.of(Regime.R2018).rate(newcomer, excellent2022("DV-1").build(), REVIEW_2022);
    assertThat(r.proposed()).isEmpty();
    assertThat(r.isRated()).isFalse();
    assertThat(r.ceiling()).isEqualTo(Level.HTXSNV);
    assertThat(r.missingFacts()).isEmpty();
    assertThat(r.explanation()).extracting(Explanation::rule).containsExactly(RatingRule.E2);
  }

  @Test
  void probationaryPast6Months_isRatedWithE3Entry_E3() {
    Member probationary =
        Member.builder()
            .from(official("DV-1"))
            .officialDate(Optional.empty())
            .admissionDate(REVIEW_2022.minusMonths(6))
            .build();
    MemberRating r =
        MemberRater.of(Regime.R2018).rate(probationary, excellent2022("DV-1").build(), REVIEW_2022);
    assertThat(r.proposed()).contains(Level.HTXSNV);
    assertThat(r.explanation().get(0).rule()).isEqualTo(RatingRule.E3);
  }

  // ---------- R2023: C1 policy, C4 ----------

  @Test
  void exceeded50AndOnTime100_isHTXSNV_C4() {
    MemberRating r = rate2023(excellent2023("DV-1"), RatingPolicies.defaults());
    assertThat(r.proposed()).contains(Level.HTXSNV);
    assertThat(r.explanation())
        .extracting(Explanation::rule)
        .containsExactly(RatingRule.C0, RatingRule.C1, RatingRule.C2, RatingRule.C4);
    assertThat(ruleEntry(r, RatingRule.C4).text().en())
        .isEqualTo("C4: 100% of tasks on time, 50% exceeded (50% or more), grades met: no cap");
  }

  @Test
  void exceeded4999_capsAtHTTNV_C4() {
    MemberFacts.Builder f = excellent2023("DV-1");
    f.tasksExceededPercent(pct("49.99"));
    MemberRating r = rate2023(f, RatingPolicies.defaults());
    assertThat(r.proposed()).contains(Level.HTTNV);
    assertThat(r.ceiling()).isEqualTo(Level.HTTNV);
    assertThat(ruleEntry(r, RatingRule.C4).text().en())
        .isEqualTo("C4: 49.99% of tasks exceeded, under 50%: at most HTTNV");
  }

  @Test
  void onTime9999_capsAtHTTNV_C4() {
    MemberFacts.Builder f = excellent2023("DV-1");
    f.tasksOnTimePercent(pct("99.99")).tasksExceededPercent(pct("60"));
    MemberRating r = rate2023(f, RatingPolicies.defaults());
    assertThat(r.proposed()).contains(Level.HTTNV);
    assertThat(ruleEntry(r, RatingRule.C4).text().vi())
        .isEqualTo(
            "C4: 99,99% nhiệm vụ hoàn thành đúng hạn, dưới 100%: chỉ được xếp loại tối đa mức HTTNV");
  }

  @Test
  void gradesBelowExcellence_capsAtHTTNV_withoutNeedingPercentages_C4() {
    MemberRating r =
        rate2023(graded("DV-1", 2023, Grade.XUAT_SAC, Grade.TOT), RatingPolicies.defaults());
    assertThat(r.proposed()).contains(Level.HTTNV);
    assertThat(r.missingFacts()).isEmpty();
    assertThat(ruleEntry(r, RatingRule.C4).ceiling()).contains(Level.HTTNV);
  }

  @Test
  void excellentGradesWithoutPercentages_isNotProposed_C4() {
    MemberRating r =
        rate2023(graded("DV-1", 2023, Grade.TOT, Grade.XUAT_SAC), RatingPolicies.defaults());
    assertThat(r.proposed()).isEmpty();
    assertThat(r.missingFacts())
        .extracting(MissingFact::fact)
        .containsExactly("tasksOnTimePercent", "tasksExceededPercent");
  }

  @Test
  void withoutGradesUnderR2023_skipsC4_andIsNotProposed_C0() {
    MemberFacts.Builder f = MemberFacts.builder();
    f.memberId(MemberId.of("DV-1")).year(Year.of(2023));
    MemberRating r = rate2023(f, RatingPolicies.defaults());
    assertThat(r.proposed()).isEmpty();
    assertThat(r.missingFacts()).hasSize(4);
    assertThat(r.explanation())
        .extracting(Explanation::rule)
        .containsExactly(RatingRule.C1, RatingRule.C2);
  }

  @Test
  void disciplinedUnderR2023_defaultPolicy_isKHTNV_C1() {
    MemberFacts.Builder f = excellent2023("DV-1");
    f.addDisciplines(reprimandIn(2023));
    MemberRating r = rate2023(f, RatingPolicies.defaults());
    assertThat(r.proposed()).contains(Level.KHTNV);
    assertThat(r.explanation().get(1).text().en())
        .isEqualTo("C1: 1 discipline in 2023 (reprimand on 2023-05-10); policy KHTNV: KHTNV");
  }

  @Test
  void disciplinedUnderR2023_barsExcellenceOnly_isHTTNV_C1() {
    MemberFacts.Builder f = excellent2023("DV-1");
    f.addDisciplines(reprimandIn(2023));
    MemberRating r = rate2023(f, BARS);
    assertThat(r.proposed()).contains(Level.HTTNV);
    assertThat(r.explanation().get(1).text().vi())
        .isEqualTo(
            "C1: bị kỷ luật 01 lần trong năm 2023 (khiển trách ngày 10/05/2023); theo chính sách BARS_EXCELLENCE_ONLY: chỉ được xếp loại tối đa mức HTTNV");
  }

  @Test
  void disciplinedUnderR2023_barsExcellenceOnly_keepsLowerCandidate_C1() {
    MemberFacts.Builder f = graded("DV-1", 2023, Grade.KEM, Grade.TOT);
    f.addDisciplines(reprimandIn(2023));
    assertThat(rate2023(f, BARS).proposed()).contains(Level.KHTNV);
  }

  // ---------- R2025: C5, C1 ----------

  @ParameterizedTest(name = "score {0} with every condition met: {1}")
  @CsvSource({
    "49.99, KHTNV",
    "50, HTNV",
    "69.99, HTNV",
    "70, HTTNV",
    "89.99, HTTNV",
    "90, HTXSNV",
    "100, HTXSNV",
    "0, KHTNV"
  })
  void scoreBands_withConditionsMet_C5(String score, Level expected) {
    MemberRating r = rate2025(scored2025("DV-1", score), RatingPolicies.defaults());
    assertThat(r.proposed()).contains(expected);
    assertThat(r.missingFacts()).isEmpty();
  }

  @Test
  void score4999_isKHTNV_C5() {
    MemberRating r = rate2025(scored2025("DV-1", "49.99"), RatingPolicies.defaults());
    assertThat(r.proposed()).contains(Level.KHTNV);
    assertThat(r.explanation().get(0).text().en())
        .isEqualTo("C5: score 49.99, band KHTNV (under 50): KHTNV");
  }

  @Test
  void score90_exceeded2999_fallsToHTTNV_C5() {
    MemberFacts.Builder f = scored2025("DV-1", "90");
    f.tasksExceededPercent(pct("29.99"));
    MemberRating r = rate2025(f, RatingPolicies.defaults());
    assertThat(r.proposed()).contains(Level.HTTNV);
    assertThat(r.explanation().get(0).text().en())
        .isEqualTo(
            "C5: score 90, band HTXSNV (90 or more); not HTXSNV: 29.99% of tasks exceeded, under 30%; given the highest lower level whose conditions hold (the library's reading [INF]): HTTNV");
    assertThat(r.explanation().get(0).text().vi())
        .isEqualTo(
            "C5: tổng điểm 90/100, thuộc khung HTXSNV (từ 90 điểm trở lên); không đủ điều kiện mức HTXSNV: 29,99% nhiệm vụ vượt mức, dưới 30%; xếp mức thấp hơn có điều kiện đạt (cách hiểu của thư viện [INF]): xếp loại mức HTTNV");
  }

  @Test
  void score90_onTime9999_fallsToHTNV_C5() {
    MemberFacts.Builder f = scored2025("DV-1", "90");
    f.tasksOnTimePercent(pct("99.99"));
    MemberRating r = rate2025(f, RatingPolicies.defaults());
    assertThat(r.proposed()).contains(Level.HTNV);
    assertThat(r.explanation().get(0).text().en())
        .isEqualTo(
            "C5: score 90, band HTXSNV (90 or more); not HTXSNV: 99.99% of tasks on time, under 100%; not HTTNV: 99.99% of tasks on time, under 100%; given the highest lower level whose conditions hold (the library's reading [INF]): HTNV");
  }

  @Test
  void score90_disciplined_barsExcellenceOnly_isHTTNV_C5_C1() {
    MemberFacts.Builder f = scored2025("DV-1", "90");
    f.addDisciplines(reprimandIn(2025));
    MemberRating r = rate2025(f, BARS);
    assertThat(r.proposed()).contains(Level.HTTNV);
    assertThat(r.explanation().get(0).text().en()).contains("not HTXSNV: disciplined in the year");
  }

  @Test
  void score90_disciplined_defaultPolicy_isKHTNV_C1() {
    MemberFacts.Builder f = scored2025("DV-1", "95");
    f.addDisciplines(reprimandIn(2025));
    MemberRating r = rate2025(f, RatingPolicies.defaults());
    assertThat(r.proposed()).contains(Level.KHTNV);
    assertThat(r.ceiling()).isEqualTo(Level.KHTNV);
  }

  @Test
  void score70_onTime9999_fallsToHTNV_C5() {
    MemberFacts.Builder f = scored2025("DV-1", "70");
    f.tasksOnTimePercent(pct("99.99")).tasksExceededPercent(pct("0"));
    assertThat(rate2025(f, RatingPolicies.defaults()).proposed()).contains(Level.HTNV);
  }

  @Test
  void score8999_onTime100_isHTTNV_evenWithoutExceeded_C5() {
    MemberFacts.Builder f = MemberFacts.builder();
    f.memberId(MemberId.of("DV-1"))
        .year(Year.of(2025))
        .score(pct("89.99"))
        .tasksOnTimePercent(pct("100"));
    MemberRating r = rate2025(f, RatingPolicies.defaults());
    assertThat(r.proposed()).contains(Level.HTTNV);
    assertThat(r.missingFacts()).isEmpty();
  }

  @Test
  void score50_done9999_fallsToKHTNV_C5() {
    MemberFacts.Builder f = scored2025("DV-1", "50");
    f.targetsCompletedPercent(pct("99.99"));
    MemberRating r = rate2025(f, RatingPolicies.defaults());
    assertThat(r.proposed()).contains(Level.KHTNV);
    assertThat(r.explanation().get(0).text().en())
        .isEqualTo(
            "C5: score 50, band HTNV (50 to under 70); not HTNV: 99.99% of tasks done, under 100%; given the highest lower level whose conditions hold (the library's reading [INF]): KHTNV");
  }

  @Test
  void score6999_late20_isHTNV_late2001_isKHTNV_C5() {
    MemberFacts.Builder f = scored2025("DV-1", "69.99");
    f.tasksLatePercent(pct("20"));
    assertThat(rate2025(f, RatingPolicies.defaults()).proposed()).contains(Level.HTNV);
    f.tasksLatePercent(pct("20.01"));
    MemberRating r = rate2025(f, RatingPolicies.defaults());
    assertThat(r.proposed()).contains(Level.KHTNV);
    assertThat(r.explanation().get(0).text().vi())
        .isEqualTo(
            "C5: tổng điểm 69,99/100, thuộc khung HTNV (50 đến dưới 70); không đủ điều kiện mức HTNV: 20,01% nhiệm vụ chậm tiến độ, trên 20%; xếp mức thấp hơn có điều kiện đạt (cách hiểu của thư viện [INF]): xếp loại mức KHTNV");
  }

  @Test
  void withoutScore_isNotProposed_andNamesMemberAndFact_C5() {
    MemberFacts.Builder f = MemberFacts.builder();
    f.memberId(MemberId.of("DV-1")).year(Year.of(2025));
    MemberRating r = rate2025(f, RatingPolicies.defaults());
    assertThat(r.proposed()).isEmpty();
    assertThat(r.missingFacts())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.fact()).isEqualTo("score");
              assertThat(m.entityId().value()).isEqualTo("DV-1");
              assertThat(m.rule()).isEqualTo(RatingRule.C5);
              assertThat(m.regime()).isEqualTo(Regime.R2025);
              assertThat(m.message().en()).contains("DV-1").contains("score");
            });
    assertThat(r.explanation())
        .extracting(Explanation::rule)
        .containsExactly(RatingRule.C1, RatingRule.C2);
  }

  @Test
  void score95_withoutExceeded_reportsIt_C5() {
    MemberFacts.Builder f = MemberFacts.builder();
    f.memberId(MemberId.of("DV-1"))
        .year(Year.of(2025))
        .score(pct("95"))
        .tasksOnTimePercent(pct("100"));
    MemberRating r = rate2025(f, RatingPolicies.defaults());
    assertThat(r.proposed()).isEmpty();
    assertThat(r.missingFacts())
        .extracting(MissingFact::fact)
        .containsExactly("tasksExceededPercent");
  }

  @Test
  void score60_withoutDoneOrLate_reportsBoth_C5() {
    MemberFacts.Builder f = MemberFacts.builder();
    f.memberId(MemberId.of("DV-1")).year(Year.of(2025)).score(pct("60"));
    MemberRating r = rate2025(f, RatingPolicies.defaults());
    assertThat(r.proposed()).isEmpty();
    assertThat(r.missingFacts())
        .extracting(MissingFact::fact)
        .containsExactly("targetsCompletedPercent", "tasksLatePercent");
  }

  @Test
  void score80_withoutOnTime_reportsIt_C5() {
    MemberFacts.Builder f = MemberFacts.builder();
    f.memberId(MemberId.of("DV-1")).year(Year.of(2025)).score(pct("80"));
    MemberRating r = rate2025(f, RatingPolicies.defaults());
    assertThat(r.missingFacts())
        .extracting(MissingFact::fact)
        .containsExactly("tasksOnTimePercent");
  }

  @Test
  void rater_exposesRegimeAndPolicies() {
    MemberRater rater = MemberRater.of(Regime.R2025, BARS);
    assertThat(rater.regime()).isEqualTo(Regime.R2025);
    assertThat(rater.policies().disciplineEffect())
        .isEqualTo(DisciplineEffect.BARS_EXCELLENCE_ONLY);
    assertThat(MemberRater.of(Regime.R2023).policies()).isEqualTo(RatingPolicies.defaults());
  }

  static Explanation ruleEntry(MemberRating r, RatingRule rule) {
    java.util.List<Explanation> found =
        r.explanation().stream().filter(e -> e.rule() == rule).toList();
    assertThat(found).as("entries of " + rule).hasSize(1);
    return found.get(0);
  }
}
