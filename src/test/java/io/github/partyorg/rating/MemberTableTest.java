package io.github.partyorg.rating;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.MemberId;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: the members of a rating made by {@link RootRater} are kept by position and each {@link
 * MemberRating} is made when read; the map still answers by id and compares by value with a map of
 * the same ratings (E1-E4, C0-C6 and Q1 levels unchanged).
 */
class MemberTableTest {
  private final BenTreSample sample = BenTreSample.get();

  private RootRating rate(Regime regime, RatingPolicies policies) {
    Year year = Year.of(2022);
    return RootRater.of(regime, policies).rate(sample.root(year), sample.facts(year));
  }

  @Test
  void q1MembersByIdEqualAMapOfTheSameRatingsBothWays() {
    RatingPolicies enforce = RatingPolicies.defaults().withQuotaHandling(QuotaHandling.ENFORCE);
    for (Regime regime : Regime.values()) {
      RootRating rating = rate(regime, enforce);
      Map<MemberId, MemberRating> copy = new LinkedHashMap<>(rating.members());
      assertThat(copy).hasSize(rating.members().size());
      assertThat(rating.members()).isEqualTo(copy);
      assertThat(copy).isEqualTo(rating.members());
      assertThat(new ArrayList<>(rating.members().keySet()))
          .containsExactlyElementsOf(copy.keySet());
      copy.forEach(
          (id, member) -> {
            assertThat(rating.members().get(id)).isEqualTo(member);
            assertThat(rating.members().containsKey(id)).isTrue();
            assertThat(rating.proposedLevel(id)).isEqualTo(member.proposed());
          });
      RootRating rebuilt =
          RootRating.of(
              rating.rootId(),
              rating.year(),
              rating.regime(),
              rating.policies(),
              new ArrayList<>(copy.values()),
              new ArrayList<>(rating.organisations().values()),
              rating.decided(),
              rating.quotaFindings(),
              rating.decisionFindings(),
              memberCounts(rating),
              subCounts(rating),
              rating.memberCounts(),
              rating.baseOrganisationCounts());
      assertThat(rebuilt).isEqualTo(rating);
      assertThat(rating).isEqualTo(rebuilt);
      assertThat(rebuilt.hashCode()).isEqualTo(rating.hashCode());
    }
  }

  @Test
  void q1DemotedMembersKeepTheQuotaEntryWhenMadeAgain() {
    RootRating rating =
        rate(Regime.R2023, RatingPolicies.defaults().withQuotaHandling(QuotaHandling.ENFORCE));
    long demoted =
        rating.members().values().stream()
            .filter(m -> m.explanation().get(m.explanation().size() - 1).rule() == RatingRule.Q1)
            .count();
    assertThat(demoted).isPositive();
    assertThat(
            rating.quotaFindings().stream()
                .filter(q -> q.subject() == QuotaFinding.Subject.MEMBERS)
                .mapToInt(q -> q.demoted().size())
                .sum())
        .isEqualTo((int) demoted);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(longs = {1L, 2L, 3L})
  void q1FactsInAnyOrderGiveTheSameRating(long seed) {
    Year year = Year.of(2022);
    YearFacts facts = sample.facts(year);
    java.util.List<MemberFacts> shuffled = new ArrayList<>(facts.members().values());
    java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
    YearFacts.Builder builder =
        YearFacts.builder()
            .year(facts.year())
            .reviewDate(facts.reviewDate())
            .organisations(facts.organisations())
            .decisions(facts.decisions());
    shuffled.forEach(builder::addMember);
    YearFacts reordered = builder.build();
    RatingPolicies enforce = RatingPolicies.defaults().withQuotaHandling(QuotaHandling.ENFORCE);
    for (Regime regime : Regime.values()) {
      RootRater rater = RootRater.of(regime, enforce);
      RootRating inOrder = rater.rate(sample.root(year), facts);
      RootRating anyOrder = rater.rate(sample.root(year), reordered);
      assertThat(new LinkedHashMap<>(anyOrder.members()))
          .isEqualTo(new LinkedHashMap<>(inOrder.members()));
      assertThat(anyOrder.quotaFindings()).isEqualTo(inOrder.quotaFindings());
      assertThat(anyOrder.memberCounts()).isEqualTo(inOrder.memberCounts());
    }
  }

  @Test
  void unknownIdsAndOtherKindsAreNotMembers() {
    RootRating rating = rate(Regime.R2023, RatingPolicies.defaults());
    assertThat(rating.members().get(MemberId.of("NO-SUCH-MEMBER"))).isNull();
    assertThat(rating.members().containsKey(MemberId.of("NO-SUCH-MEMBER"))).isFalse();
    assertThat(rating.members().containsKey(CellId.of("BT-B001"))).isFalse();
    Map<?, ?> anyKey = rating.members();
    assertThat(anyKey.get("text")).isNull();
    assertThat(rating.proposedLevel(MemberId.of("NO-SUCH-MEMBER"))).isEmpty();
    assertThat(rating.finalLevel(MemberId.of("NO-SUCH-MEMBER"))).isEmpty();
  }

  private static Map<io.github.partyorg.structure.OrganisationId, LevelCounts> memberCounts(
      RootRating rating) {
    Map<io.github.partyorg.structure.OrganisationId, LevelCounts> counts = new LinkedHashMap<>();
    for (var id : rating.organisations().keySet()) {
      rating.memberCounts(id).ifPresent(c -> counts.put(id, c));
    }
    return counts;
  }

  private static Map<io.github.partyorg.structure.OrganisationId, LevelCounts> subCounts(
      RootRating rating) {
    Map<io.github.partyorg.structure.OrganisationId, LevelCounts> counts = new LinkedHashMap<>();
    for (var id : rating.organisations().keySet()) {
      rating.subOrganisationCounts(id).ifPresent(c -> counts.put(id, c));
    }
    return counts;
  }
}
