package io.github.partyorg.rating;

import static io.github.partyorg.rating.RatingFixtures.scored2025;
import static io.github.partyorg.rating.RootRaterTest.baseCell;
import static io.github.partyorg.rating.RootRaterTest.member;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.RootId;
import io.github.partyorg.structure.RootKind;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Q1 under R2025 (REFERENCE Q1, section 11): the 20% quota is assumed from decree 335/2025, a
 * policy ({@link RatingPolicies#quotaUnderR2025()}) on by default, and every finding and demotion
 * says it is an inference; under R2018 and R2023 the quota is the regulation's and the policy does
 * not matter.
 */
class Q1QuotaR2025Test {

  /** A base cell B1 with 4 members scored 75 (HTTNV) and 2 scored 95 (HTXSNV) in 2025. */
  private static RootRating rate(RatingPolicies policies) {
    List<Member> members = new ArrayList<>();
    YearFacts.Builder facts =
        YearFacts.builder().year(Year.of(2025)).reviewDate(RatingFixtures.REVIEW_2025);
    for (int i = 0; i < 6; i++) {
      String id = "M" + i;
      members.add(member(id));
      facts.addMember(scored2025(id, i < 4 ? "75" : "95").build());
    }
    BaseOrganisation base = baseCell("B1", members);
    facts.addOrganisation(OrganisationRaterTest.scored("80").organisationId(base.id()).build());
    Root root =
        Root.builder()
            .id(RootId.of("DUK"))
            .kind(RootKind.PROVINCIAL_BLOC)
            .name("Đảng ủy Khối")
            .snapshotDate(LocalDate.of(2025, 12, 31))
            .addBaseOrganisation(base)
            .build();
    return RootRater.of(Regime.R2025, policies).rate(root, facts.build());
  }

  @Test
  void onByDefault_findsTheSurplus_andSaysItIsAnInference_Q1() {
    RootRating rating = rate(RatingPolicies.defaults());

    assertThat(RatingPolicies.defaults().quotaUnderR2025()).isTrue();
    assertThat(rating.quotaFindings())
        .filteredOn(f -> f.subject() == QuotaFinding.Subject.MEMBERS)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.excellent()).isEqualTo(2);
              assertThat(f.base()).isEqualTo(4);
              assertThat(f.allowed()).isZero();
              assertThat(f.surplus()).isEqualTo(2);
              assertThat(f.message().en()).contains("[INF]").contains("decree 335/2025");
              assertThat(f.message().vi()).contains("[INF]");
            });
  }

  @Test
  void enforcedUnderR2025_demotes_withTheInferenceInTheExplanation_Q1() {
    RootRating rating = rate(RatingPolicies.defaults().withQuotaHandling(QuotaHandling.ENFORCE));

    // Demoting one makes 5 at HTTNV, which allow 1: one demotion is enough (recounted).
    assertThat(rating.memberCounts().count(Level.HTXSNV)).isEqualTo(1);
    QuotaFinding finding = rating.quotaFindings().get(0);
    assertThat(finding.demoted()).hasSize(1);
    MemberRating demoted = rating.members().get((MemberId) finding.demoted().get(0));
    assertThat(demoted.proposed()).contains(Level.HTTNV);
    Explanation last = demoted.explanation().get(demoted.explanation().size() - 1);
    assertThat(last.rule()).isEqualTo(RatingRule.Q1);
    assertThat(last.text().en()).contains("demoted from HTXSNV to HTTNV").contains("[INF]");
  }

  @Test
  void offUnderR2025_noQuotaIsCounted_andNobodyDemoted_Q1() {
    RootRating rating =
        rate(
            RatingPolicies.defaults()
                .withQuotaUnderR2025(false)
                .withQuotaHandling(QuotaHandling.ENFORCE));

    assertThat(rating.quotaFindings()).isEmpty();
    assertThat(rating.memberCounts().count(Level.HTXSNV)).isEqualTo(2);
    assertThat(rating.members().get(MemberId.of("M4")).explanation())
        .extracting(Explanation::rule)
        .doesNotContain(RatingRule.Q1);
  }

  @Test
  void theR2025PolicyDoesNotTurnOffTheQuotaOfR2023_Q1() {
    RootRaterTest.Scenario s = RootRaterTest.quotaScenario(4, 2);

    RootRating rating =
        RootRater.of(Regime.R2023, RatingPolicies.defaults().withQuotaUnderR2025(false))
            .rate(s.root(), s.facts());

    assertThat(rating.quotaFindings()).isNotEmpty();
    assertThat(rating.quotaFindings().get(0).message().en()).doesNotContain("[INF]");
  }
}
