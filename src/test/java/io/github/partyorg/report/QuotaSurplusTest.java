package io.github.partyorg.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.partyorg.rating.QuotaFinding;
import io.github.partyorg.rating.QuotaFinding.Subject;
import io.github.partyorg.rating.QuotaHandling;
import io.github.partyorg.rating.RatingPolicies;
import io.github.partyorg.rating.RootRater;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.RootId;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The quota surplus in the year-end report (Q1; REFERENCE 6a: "tỷ lệ hoàn thành xuất sắc nhiệm vụ
 * vượt 20% số hoàn thành tốt nhiệm vụ ở 03 tổ chức cơ sở đảng").
 */
class QuotaSurplusTest {
  private static final Year Y2022 = Year.of(2022);
  private static final BenTreSample SAMPLE = BenTreSample.get();
  private static final LocalizedText TEXT = LocalizedText.of("x", "x");

  private static QuotaFinding finding(
      EntityId scope, Subject subject, int surplus, List<EntityId> demoted) {
    return new QuotaFinding(scope, subject, 2 + surplus, 10, 2, surplus, demoted, TEXT);
  }

  private static YearEndReport withSurpluses(List<QuotaSurplus> surpluses) {
    YearEndReport r = SAMPLE.report(Y2022);
    return YearEndReport.from(
        r.year(),
        r.rootId(),
        r.rootName(),
        r.record(),
        r.admitted(),
        r.disciplined(),
        r.previousYearDisciplined(),
        r.memberCounts(),
        r.baseOrganisationCounts(),
        surpluses,
        r.evaluation(),
        r.nextYear(),
        r.numbers());
  }

  @Test
  void summary_countsScopesAndSumsSurplusPerSubject_membersFirst_Q1() {
    List<QuotaFinding> findings =
        List.of(
            finding(RootId.of("R"), Subject.ORGANISATIONS, 1, List.of()),
            finding(BaseOrganisationId.of("B1"), Subject.MEMBERS, 2, List.of()),
            finding(BaseOrganisationId.of("B2"), Subject.MEMBERS, 1, List.of(MemberId.of("M1"))),
            finding(BaseOrganisationId.of("B3"), Subject.MEMBERS, 0, List.of()));

    assertThat(QuotaSurplus.of(findings))
        .containsExactly(
            new QuotaSurplus(Subject.MEMBERS, 2, 3, 1),
            new QuotaSurplus(Subject.ORGANISATIONS, 1, 1, 0));
  }

  @Test
  void summary_countsTheGroupsOfOneScopeAsOneScope_Q1() {
    // QuotaGroups.BY_HOST_SECTOR: one finding per group of the root's base organisations.
    List<QuotaFinding> findings =
        List.of(
            finding(RootId.of("R"), Subject.ORGANISATIONS, 1, List.of()),
            finding(RootId.of("R"), Subject.ORGANISATIONS, 2, List.of()));

    assertThat(QuotaSurplus.of(findings))
        .containsExactly(new QuotaSurplus(Subject.ORGANISATIONS, 1, 3, 0));
    assertThat(QuotaSurplus.of(List.of())).isEmpty();
  }

  @ParameterizedTest(name = "scopes {0}, surplus {1}, demoted {2}: valid {3}")
  @CsvSource({
    "1, 1, 0, true",
    "1, 1, 1, true",
    "0, 1, 0, false",
    "2, 1, 0, false",
    "1, 1, 2, false",
    "1, 1, -1, false"
  })
  void summary_refusesImpossibleCounts_Q1(int scopes, long surplus, long demoted, boolean valid) {
    if (valid) {
      assertThat(new QuotaSurplus(Subject.MEMBERS, scopes, surplus, demoted).scopes())
          .isEqualTo(scopes);
    } else {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new QuotaSurplus(Subject.MEMBERS, scopes, surplus, demoted))
          .withMessageContaining("MEMBERS");
    }
  }

  @Test
  void report_saysTheMembersSurplus_inTheWordsOfTheReports_Q1() {
    YearEndReport report = withSurpluses(List.of(new QuotaSurplus(Subject.MEMBERS, 3, 5, 0)));

    assertThat(report.toVietnameseText())
        .contains(
            "Tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ vượt 20% số đảng viên hoàn thành tốt"
                + " nhiệm vụ ở 03 tổ chức cơ sở đảng (vượt 05 đảng viên).");
    assertThat(report.toEnglishText())
        .contains(
            "Members rated HTXSNV exceed 20% of those rated HTTNV in 3 base organisations (5 over"
                + " the quota).");
  }

  @Test
  void report_saysTheDemotions_whenTheQuotaWasEnforced_Q1() {
    YearEndReport report =
        withSurpluses(
            List.of(
                new QuotaSurplus(Subject.ORGANISATIONS, 2, 2, 2),
                new QuotaSurplus(Subject.MEMBERS, 1, 12, 12)));

    String vi = report.toVietnameseText();
    assertThat(vi)
        .contains(
            "Số đảng viên được đề nghị hoàn thành xuất sắc nhiệm vụ vượt 20% số đảng viên hoàn"
                + " thành tốt nhiệm vụ ở 01 tổ chức cơ sở đảng (vượt 12 đảng viên); 12 đảng viên"
                + " vượt tỷ lệ được xếp loại hoàn thành tốt nhiệm vụ.")
        .contains(
            "Số tổ chức đảng được đề nghị hoàn thành xuất sắc nhiệm vụ vượt 20% số tổ chức đảng"
                + " hoàn thành tốt nhiệm vụ ở 02 đảng bộ (vượt 02 tổ chức đảng); 02 tổ chức đảng"
                + " vượt tỷ lệ được xếp loại hoàn thành tốt nhiệm vụ.");
    // Members first, whatever order they were given in.
    assertThat(report.quotaSurpluses())
        .extracting(QuotaSurplus::subject)
        .containsExactly(Subject.MEMBERS, Subject.ORGANISATIONS);
    assertThat(vi.indexOf("Số đảng viên được đề nghị")).isLessThan(vi.indexOf("Số tổ chức đảng"));
  }

  @Test
  void report_saysNothingOfTheQuota_whenEveryScopeKeptToIt_Q1() {
    YearEndReport report = withSurpluses(List.of());

    assertThat(report.toVietnameseText()).doesNotContain("vượt 20%");
    assertThat(report.toEnglishText()).doesNotContain("exceed 20%");
  }

  @Test
  void report_refusesTwoSurplusesOfOneSubject_Q1() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                withSurpluses(
                    List.of(
                        new QuotaSurplus(Subject.MEMBERS, 1, 1, 0),
                        new QuotaSurplus(Subject.MEMBERS, 2, 2, 0))))
        .withMessageContaining("one subject");
  }

  @Test
  void reportOfARating_carriesTheRatingsSurplus_andEnforcementDemotes_Q1() {
    for (QuotaHandling handling : QuotaHandling.values()) {
      RatingPolicies policies = RatingPolicies.defaults().withQuotaHandling(handling);
      RootRating rating =
          RootRater.of(SAMPLE.rating(Y2022).regime(), policies)
              .rate(SAMPLE.root(Y2022), SAMPLE.facts(Y2022));
      YearEndReport report =
          YearEndReport.of(
              SAMPLE.root(Y2022),
              rating,
              SAMPLE.facts(Y2022),
              SAMPLE.record(Y2022),
              ReportInputs.none());

      assertThat(report.quotaSurpluses())
          .as(handling.name())
          .isEqualTo(QuotaSurplus.of(rating.quotaFindings()));
      for (QuotaSurplus q : report.quotaSurpluses()) {
        // Enforcing recounts after each demotion, so it may demote fewer than the surplus.
        if (handling == QuotaHandling.ENFORCE) {
          assertThat(q.demoted()).isBetween(1L, q.surplus());
        } else {
          assertThat(q.demoted()).isZero();
        }
      }
    }
  }
}
