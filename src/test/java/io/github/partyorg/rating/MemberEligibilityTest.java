package io.github.partyorg.rating;

import static io.github.partyorg.rating.RatingFixtures.REVIEW_2022;
import static io.github.partyorg.rating.RatingFixtures.excellent2022;
import static io.github.partyorg.rating.RatingFixtures.official;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.partyorg.structure.DateRange;
import io.github.partyorg.structure.Member;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MemberEligibilityTest {

  private static Eligibility evaluate(Regime regime, Member member, MemberFacts facts) {
    return MemberEligibility.evaluate(regime, member, facts, REVIEW_2022);
  }

  private static Member probationaryAdmittedOn(LocalDate admission) {
    return Member.builder()
        .from(official("DV-1"))
        .officialDate(Optional.empty())
        .admissionDate(admission)
        .build();
  }

  @Test
  void exemptedOnTheReviewDate_isNotRated_E1() {
    Member m = Member.builder().from(official("DV-1")).exemptedSince(REVIEW_2022).build();
    Eligibility e = evaluate(Regime.R2018, m, excellent2022("DV-1").build());
    assertThat(e.rated()).isFalse();
    assertThat(e.explanation())
        .singleElement()
        .extracting(Explanation::rule)
        .isEqualTo(RatingRule.E1);
    assertThat(e.explanation().get(0).text().en())
        .isEqualTo("E1: exempted from work and party activities since 2022-12-15: not rated");
  }

  @Test
  void exemptedTheDayAfterTheReview_isRated_E1() {
    Member m =
        Member.builder().from(official("DV-1")).exemptedSince(REVIEW_2022.plusDays(1)).build();
    assertThat(evaluate(Regime.R2018, m, excellent2022("DV-1").build()).rated()).isTrue();
  }

  @Test
  void suspendedOnTheReviewDate_isNotRated_E1() {
    Member m =
        Member.builder()
            .from(official("DV-1"))
            .suspension(DateRange.of(LocalDate.of(2022, 11, 1), REVIEW_2022))
            .build();
    Eligibility e = evaluate(Regime.R2023, m, excellent2022("DV-1").build());
    assertThat(e.rated()).isFalse();
    assertThat(e.explanation().get(0).text().vi())
        .isEqualTo(
            "E1: đang bị đình chỉ sinh hoạt đảng vào ngày kiểm điểm 15/12/2022: không xếp loại");
  }

  @Test
  void suspensionEndedTheDayBefore_isRated_E1() {
    Member m =
        Member.builder()
            .from(official("DV-1"))
            .suspension(DateRange.of(LocalDate.of(2022, 11, 1), REVIEW_2022.minusDays(1)))
            .build();
    assertThat(evaluate(Regime.R2018, m, excellent2022("DV-1").build()).rated()).isTrue();
  }

  @Test
  void admittedExactly6MonthsBefore_isRatedLikeOfficial_E2_E3() {
    Member m = probationaryAdmittedOn(REVIEW_2022.minusMonths(6));
    Eligibility e = evaluate(Regime.R2018, m, excellent2022("DV-1").build());
    assertThat(e.rated()).isTrue();
    assertThat(e.explanation())
        .singleElement()
        .extracting(Explanation::rule)
        .isEqualTo(RatingRule.E3);
    assertThat(e.explanation().get(0).text().en())
        .isEqualTo(
            "E3: probationary member admitted on 2022-06-15, 6 months or more before the review on"
                + " 2022-12-15: rated like an official member");
  }

  @Test
  void admittedOneDayLessThan6MonthsBefore_isNotRated_E2() {
    Member m = probationaryAdmittedOn(REVIEW_2022.minusMonths(6).plusDays(1));
    Eligibility e = evaluate(Regime.R2018, m, excellent2022("DV-1").build());
    assertThat(e.rated()).isFalse();
    assertThat(e.explanation())
        .singleElement()
        .extracting(Explanation::rule)
        .isEqualTo(RatingRule.E2);
    assertThat(e.explanation().get(0).facts())
        .containsExactly(
            org.assertj.core.api.Assertions.entry("admissionDate", "2022-06-16"),
            org.assertj.core.api.Assertions.entry("reviewDate", "2022-12-15"));
  }

  @Test
  void officialMember_hasNoEntry_E3() {
    Eligibility e = evaluate(Regime.R2023, official("DV-1"), excellent2022("DV-1").build());
    assertThat(e.rated()).isTrue();
    assertThat(e.explanation()).isEmpty();
    assertThat(e.ceiling()).isEmpty();
  }

  @Test
  void officialAfterTheReview_isStillProbationary_E3() {
    Member m =
        Member.builder()
            .from(official("DV-1"))
            .admissionDate(LocalDate.of(2022, 1, 10))
            .officialDate(LocalDate.of(2023, 1, 10))
            .build();
    Eligibility e = evaluate(Regime.R2018, m, excellent2022("DV-1").build());
    assertThat(e.explanation()).extracting(Explanation::rule).containsExactly(RatingRule.E3);
  }

  @Test
  void sickLeave3Months_capsAtHTNV_E4() {
    MemberFacts.Builder f = excellent2022("DV-1");
    f.sickLeaveMonths(3);
    Eligibility e = evaluate(Regime.R2018, official("DV-1"), f.build());
    assertThat(e.ceiling()).contains(Level.HTNV);
    assertThat(e.explanation().get(0).text().en())
        .isEqualTo("E4: 3 months of sick leave in 2022 (3 or more): at most HTNV");
  }

  @Test
  void sickLeave2Months_noCap_E4() {
    MemberFacts.Builder f = excellent2022("DV-1");
    f.sickLeaveMonths(2);
    Eligibility e = evaluate(Regime.R2018, official("DV-1"), f.build());
    assertThat(e.ceiling()).isEmpty();
    assertThat(e.explanation().get(0).text().en())
        .isEqualTo("E4: 2 months of sick leave in 2022 (under 3): no cap");
  }

  @Test
  void sickLeave1Month_singular_andMaternityLeave_noCap_E4() {
    MemberFacts.Builder f = excellent2022("DV-1");
    f.sickLeaveMonths(1).maternityLeave(true);
    Eligibility e = evaluate(Regime.R2018, official("DV-1"), f.build());
    assertThat(e.ceiling()).isEmpty();
    assertThat(e.explanation())
        .extracting(x -> x.text().en())
        .containsExactly(
            "E4: 1 month of sick leave in 2022 (under 3): no cap",
            "E4: maternity leave: rated on the time actually worked, no cap");
  }

  @Test
  void sickLeave3MonthsUnderR2023_noCap_E4() {
    MemberFacts.Builder f = excellent2022("DV-1");
    f.sickLeaveMonths(3);
    Eligibility e = evaluate(Regime.R2023, official("DV-1"), f.build());
    assertThat(e.ceiling()).isEmpty();
    assertThat(e.explanation()).isEmpty();
  }

  @Test
  void factsOfAnotherMember_areRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> evaluate(Regime.R2018, official("DV-1"), excellent2022("DV-2").build()))
        .withMessageContaining("DV-1")
        .withMessageContaining("DV-2");
  }
}
