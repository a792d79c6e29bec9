package io.github.partyorg.rating;

import static io.github.partyorg.rating.RatingFixtures.REVIEW_2023;
import static io.github.partyorg.rating.RatingFixtures.excellent2023;
import static io.github.partyorg.rating.RatingFixtures.graded;
import static io.github.partyorg.rating.RootRaterTest.baseCell;
import static io.github.partyorg.rating.RootRaterTest.goodOrg2023;
import static io.github.partyorg.rating.RootRaterTest.member;
import static io.github.partyorg.rating.RootRaterTest.rootOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Root;
import java.time.Year;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The members of a {@link RootRating} as a map by id (issue 19: levels kept by position, a {@link
 * MemberRating} made when read) keep {@link Map}'s contract: lookups in every cell, the views'
 * sizes and membership, entries, equality and hash code with an ordinary map of the same ratings,
 * the quota's demotion (Q1) and a member with a missing fact.
 */
class MemberTableMapTest {
  private static final RatingPolicies ENFORCE =
      RatingPolicies.defaults().withQuotaHandling(QuotaHandling.ENFORCE);

  private record Case(Root root, YearFacts facts) {}

  /** Two base cells: B1 with 9 HTTNV and 3 HTXSNV (one demoted under ENFORCE), B2 with 3. */
  private static Case twoCells() {
    List<Member> first = new ArrayList<>();
    List<Member> second = new ArrayList<>();
    YearFacts.Builder facts = YearFacts.builder().year(Year.of(2023)).reviewDate(REVIEW_2023);
    for (int i = 0; i < 12; i++) {
      String id = String.format("A%02d", i);
      first.add(member(id));
      facts.addMember(
          i < 9
              ? graded(id, 2023, Grade.TOT, Grade.TOT).build()
              : excellent2023(id)
                  .tasksExceededPercent(RatingFixtures.pct(Integer.toString(50 + 10 * i - 90)))
                  .build());
    }
    for (String id : List.of("B00", "B01", "B02")) {
      second.add(member(id));
    }
    facts.addMember(graded("B00", 2023, Grade.TOT, Grade.TOT).build());
    facts.addMember(graded("B01", 2023, Grade.TRUNG_BINH, Grade.TOT).build());
    // B02 has no facts: a missing fact, not proposed.
    BaseOrganisation b1 = baseCell("B1", first);
    BaseOrganisation b2 = baseCell("B2", second);
    facts.addOrganisation(goodOrg2023(b1.id()).build());
    facts.addOrganisation(goodOrg2023(b2.id()).build());
    return new Case(rootOf(b1, b2), facts.build());
  }

  private static RootRating rate(Case c, RatingPolicies policies) {
    return RootRater.of(Regime.R2023, policies).rate(c.root(), c.facts());
  }

  @Test
  void everyMemberOfEveryCell_isFoundById_andUnknownKeysAreNot() {
    Case c = twoCells();
    Map<MemberId, MemberRating> members = rate(c, ENFORCE).members();

    assertThat(members).hasSize(15);
    c.root()
        .allMembers()
        .forEach(
            m -> {
              assertThat(members.containsKey(m.id())).isTrue();
              assertThat(members.get(m.id()).memberId()).isEqualTo(m.id());
            });
    assertThat(members.get(MemberId.of("ZZZ"))).isNull();
    Object aString = "A00";
    assertThat(((Map<?, ?>) members).containsKey(aString)).isFalse();
    assertThat(members.keySet()).hasSize(15).contains(MemberId.of("B02"));
    assertThat(members.keySet().contains(MemberId.of("ZZZ"))).isFalse();
    assertThat(members.values()).hasSize(15);
    assertThat(members.entrySet()).hasSize(15);
  }

  @Test
  void demotionAndMissingFact_areReadFromThePackedLevels_Q1() {
    RootRating rating = rate(twoCells(), ENFORCE);
    Map<MemberId, MemberRating> members = rating.members();

    QuotaFinding finding = rating.quotaFindings().get(0);
    assertThat(finding.demoted()).hasSize(1);
    MemberId demoted = (MemberId) finding.demoted().get(0);
    assertThat(members.get(demoted).proposed()).contains(Level.HTTNV);
    assertThat(members.get(demoted).ceiling()).isEqualTo(Level.HTTNV);
    assertThat(rating.proposedLevel(demoted)).contains(Level.HTTNV);
    MemberRating missing = members.get(MemberId.of("B02"));
    assertThat(missing.proposed()).isEmpty();
    assertThat(missing.missingFacts()).isNotEmpty();
    assertThat(rating.proposedLevel(MemberId.of("B02"))).isEmpty();
    assertThat(members.get(MemberId.of("B01")).proposed()).contains(Level.HTTNV);
  }

  @Test
  void equalsAndHashCode_agreeWithAnOrdinaryMapOfTheSameRatings() {
    Case c = twoCells();
    Map<MemberId, MemberRating> table = rate(c, ENFORCE).members();
    Map<MemberId, MemberRating> copy = new LinkedHashMap<>(table);

    assertThat(table).isEqualTo(copy);
    assertThat(copy).isEqualTo(table);
    assertThat(table.hashCode()).isEqualTo(copy.hashCode());
    // Rated again from the same root and facts: the arrays are compared.
    Map<MemberId, MemberRating> again = rate(c, ENFORCE).members();
    assertThat(table).isEqualTo(again);
    assertThat(table.hashCode()).isEqualTo(again.hashCode());
    // The same root and facts under WARN: nobody demoted, so not equal.
    Map<MemberId, MemberRating> warned = rate(c, RatingPolicies.defaults()).members();
    assertThat(table).isNotEqualTo(warned);
    assertThat(warned).isNotEqualTo(table);
    // Another root instance with the same members: compared rating by rating.
    Case rebuilt = twoCells();
    assertThat(rate(rebuilt, ENFORCE).members()).isEqualTo(table);
    assertThat(table).isNotEqualTo(Map.of());
  }

  @Test
  void entries_areMapEntries_andReadOnly() {
    Map<MemberId, MemberRating> table = rate(twoCells(), ENFORCE).members();
    Map.Entry<MemberId, MemberRating> first = table.entrySet().iterator().next();
    Map.Entry<MemberId, MemberRating> plain =
        new AbstractMap.SimpleImmutableEntry<>(first.getKey(), first.getValue());

    assertThat(first).isEqualTo(plain);
    assertThat(plain).isEqualTo(first);
    assertThat(first.hashCode()).isEqualTo(plain.hashCode());
    assertThat(first.toString()).isEqualTo(plain.toString()).startsWith("A00=");
    assertThat(first).isNotEqualTo(new AbstractMap.SimpleImmutableEntry<>(first.getKey(), null));
    assertThat(first.equals("A00")).isFalse();
    assertThatThrownBy(() -> first.setValue(first.getValue()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(table.keySet().iterator().next()).isEqualTo(first.getKey());
    assertThat(table.values().iterator().next()).isEqualTo(first.getValue());
  }
}
