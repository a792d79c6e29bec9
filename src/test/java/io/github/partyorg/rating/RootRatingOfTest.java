package io.github.partyorg.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.OrganisationId;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.RootId;
import io.github.partyorg.structure.SubCommitteeId;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link RootRating#of}: a rating rebuilt from the parts of a rating made by {@link RootRater}
 * equals it (equals and hashCode contract); the factory refuses, in one {@link
 * IllegalArgumentException} that lists every problem by id and carries no personal data, an entity
 * rated twice, a rating under another regime and counts for an organisation that is not rated.
 */
class RootRatingOfTest {

  /**
   * The committee tree of {@link RootRaterTest} with decisions: findings, counts, a sub-committee.
   */
  private static final Root ROOT = RootRaterTest.committeeRoot();

  private static final RootRating RATING =
      RootRater.of(Regime.R2023, RatingPolicies.defaults().withQuotaHandling(QuotaHandling.ENFORCE))
          .rate(
              ROOT,
              RootRaterTest.committeeFacts()
                  .decide(MemberId.of("M2"), Level.HTXSNV)
                  .decide(MemberId.of("M9"), Level.HTNV)
                  .decide(CellId.of("C1"), Level.HTTNV)
                  .build());

  /** The parts of a rating, as mutable copies, to rebuild it with one part changed. */
  static final class Parts {
    RootId rootId;
    Year year;
    Regime regime;
    RatingPolicies policies;
    final List<MemberRating> members;
    final List<OrganisationRating> organisations;
    final Map<EntityId, Level> decided;
    final List<QuotaFinding> quotaFindings;
    final List<DecisionFinding> decisionFindings;
    final Map<OrganisationId, LevelCounts> memberCounts = new LinkedHashMap<>();
    final Map<OrganisationId, LevelCounts> subOrganisationCounts = new LinkedHashMap<>();
    LevelCounts rootMemberCounts;
    LevelCounts rootBaseOrganisationCounts;

    Parts(RootRating rating) {
      rootId = rating.rootId();
      year = rating.year();
      regime = rating.regime();
      policies = rating.policies();
      members = new ArrayList<>(rating.members().values());
      organisations = new ArrayList<>(rating.organisations().values());
      decided = new LinkedHashMap<>(rating.decided());
      quotaFindings = new ArrayList<>(rating.quotaFindings());
      decisionFindings = new ArrayList<>(rating.decisionFindings());
      for (OrganisationId id : rating.organisations().keySet()) {
        rating.memberCounts(id).ifPresent(c -> memberCounts.put(id, c));
        rating.subOrganisationCounts(id).ifPresent(c -> subOrganisationCounts.put(id, c));
      }
      rootMemberCounts = rating.memberCounts();
      rootBaseOrganisationCounts = rating.baseOrganisationCounts();
    }

    RootRating build() {
      return RootRating.of(
          rootId,
          year,
          regime,
          policies,
          members,
          organisations,
          decided,
          quotaFindings,
          decisionFindings,
          memberCounts,
          subOrganisationCounts,
          rootMemberCounts,
          rootBaseOrganisationCounts);
    }
  }

  private static RootRating rebuilt(RootRating rating, Consumer<Parts> change) {
    Parts parts = new Parts(rating);
    change.accept(parts);
    return parts.build();
  }

  private static MemberRating underRegime(MemberRating r, Regime regime) {
    return new MemberRating(
        r.memberId(), regime, r.proposed(), r.ceiling(), r.explanation(), r.missingFacts());
  }

  private static OrganisationRating underRegime(OrganisationRating r, Regime regime) {
    return new OrganisationRating(
        r.organisationId(),
        r.kind(),
        regime,
        r.proposed(),
        r.ceiling(),
        r.explanation(),
        r.missingFacts(),
        r.leadershipCollective());
  }

  private static MemberRating member(String id) {
    return RATING.members().get(MemberId.of(id));
  }

  private static OrganisationRating organisation(OrganisationId id) {
    return RATING.organisations().get(id);
  }

  /** Asserts the refusal: an IllegalArgumentException naming the root, the ids and the problems. */
  private static void assertRefused(Consumer<Parts> change, String... problems) {
    assertThatThrownBy(() -> rebuilt(RATING, change))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The rating of root DUK for 2023 is inconsistent: ")
        .hasMessageContainingAll(problems)
        .satisfies(e -> assertNoPersonalData(e.getMessage()));
  }

  private static void assertNoPersonalData(String message) {
    for (Member m : ROOT.allMembers().toList()) {
      assertThat(message)
          .doesNotContain(m.fullName())
          .doesNotContain(m.dateOfBirth().toString())
          .doesNotContain(Integer.toString(m.dateOfBirth().getYear()));
    }
  }

  // ---------- Happy path: rebuilt from the parts of a real rating ----------

  @Test
  void fixtureRating_hasEveryKindOfPart() {
    assertThat(RATING.decided()).isNotEmpty();
    assertThat(RATING.decisionFindings()).isNotEmpty();
    assertThat(RATING.subOrganisationCounts(SubCommitteeId.of("S1"))).isPresent();
  }

  @Test
  void rebuiltFromTheAccessors_equalsTheRaterOutput_withTheSameHashAndAccessors() {
    RootRating copy = new Parts(RATING).build();

    assertThat(copy).isEqualTo(RATING).hasSameHashCodeAs(RATING).isNotSameAs(RATING);
    assertThat(RATING).isEqualTo(copy);
    assertThat(copy.members()).containsExactlyEntriesOf(RATING.members());
    assertThat(copy.organisations()).containsExactlyEntriesOf(RATING.organisations());
    assertThat(copy.decided()).containsExactlyEntriesOf(RATING.decided());
    assertThat(copy.missingFacts()).isEqualTo(RATING.missingFacts());
    assertThat(copy.differencesFrom(RATING)).isEmpty();
    assertThat(copy.finalLevel(MemberId.of("M9"))).contains(Level.HTNV);
    assertThat(copy.toString()).isEqualTo(RATING.toString());
  }

  static LongStream seeds() {
    return LongStream.range(0, 40);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rebuiltFromTheAccessorsOfAGeneratedRating_equalsIt(long seed) {
    RootRatingPropertyTest.Case c =
        new RootRatingPropertyTest.Generator(new Random(seed)).generate(false);
    RootRating rating = RootRater.of(c.regime(), c.policies()).rate(c.root(), c.facts());

    RootRating copy = new Parts(rating).build();

    assertThat(copy).isEqualTo(rating).hasSameHashCodeAs(rating);
  }

  @Test
  void rebuiltFromTheAccessorsOfTheBenTreSampleRating_equalsIt() {
    RootRating rating = BenTreSample.get().rating(Year.of(2022));

    RootRating copy = new Parts(rating).build();

    assertThat(copy).isEqualTo(rating).hasSameHashCodeAs(rating);
    assertThat(copy.memberCounts()).isEqualTo(rating.memberCounts());
  }

  @Test
  void keepsTheOrderGiven_butEqualityIgnoresTheOrderOfTheMaps() {
    RootRating reversed =
        rebuilt(
            RATING,
            p -> {
              Collections.reverse(p.members);
              Collections.reverse(p.organisations);
            });

    assertThat(reversed.members().keySet())
        .extracting(MemberId::value)
        .containsExactly("M5", "M4", "M3", "M2", "M1");
    assertThat(reversed).isEqualTo(RATING).hasSameHashCodeAs(RATING);
  }

  @Test
  void keepsNoReferenceToTheArguments() {
    Parts parts = new Parts(RATING);
    RootRating copy = parts.build();
    parts.members.clear();
    parts.decided.clear();
    parts.memberCounts.clear();
    parts.quotaFindings.clear();

    assertThat(copy).isEqualTo(RATING);
    assertThat(copy.members()).hasSize(5);
  }

  // ---------- Refusals ----------

  @Test
  void memberRatedTwice_isRefusedNamingTheMember() {
    assertRefused(p -> p.members.add(member("M2")), "member M2 is rated twice");
  }

  @Test
  void organisationRatedTwice_isRefusedNamingTheOrganisation() {
    assertRefused(
        p -> p.organisations.add(0, organisation(SubCommitteeId.of("S1"))),
        "organisation S1 is rated twice");
  }

  @Test
  void memberRatedUnderAnotherRegime_isRefusedNamingTheMemberAndTheRegime() {
    assertRefused(
        p -> p.members.set(2, underRegime(member("M3"), Regime.R2018)),
        "member M3 is rated under R2018");
  }

  @Test
  void organisationRatedUnderAnotherRegime_isRefusedNamingTheOrganisationAndTheRegime() {
    assertRefused(
        p -> p.organisations.set(0, underRegime(organisation(CellId.of("C1")), Regime.R2025)),
        "organisation C1 is rated under R2025");
  }

  @Test
  void aRegimeOtherThanTheRatings_isRefusedNamingEveryEntity() {
    assertRefused(
        p -> p.regime = Regime.R2018,
        "member M1 is rated under R2023",
        "member M5 is rated under R2023",
        "organisation C1 is rated under R2023",
        "organisation B1 is rated under R2023");
  }

  @Test
  void memberCountsOfAnOrganisationNotRated_areRefusedNamingTheOrganisation() {
    assertRefused(
        p -> p.organisations.removeIf(r -> r.organisationId().equals(CellId.of("C2"))),
        "counts are given for organisation C2, which is not rated");
  }

  @Test
  void subOrganisationCountsOfAnOrganisationNotRated_areRefusedNamingTheOrganisation() {
    assertRefused(
        p -> p.subOrganisationCounts.put(CellId.of("X9"), p.rootBaseOrganisationCounts),
        "counts are given for organisation X9, which is not rated");
  }

  @Test
  void everyProblem_isListedInOneMessage() {
    assertRefused(
        p -> {
          p.members.add(member("M1"));
          p.organisations.add(underRegime(organisation(CellId.of("C2")), Regime.R2018));
          p.memberCounts.put(CellId.of("X9"), p.rootMemberCounts);
        },
        "member M1 is rated twice; ",
        "organisation C2 is rated twice; organisation C2 is rated under R2018; ",
        "counts are given for organisation X9, which is not rated.");
  }

  @Test
  void nullArgumentsElementsKeysAndValues_areRefused() {
    List<Consumer<Parts>> nulls =
        List.of(
            p -> p.rootId = null,
            p -> p.year = null,
            p -> p.regime = null,
            p -> p.policies = null,
            p -> p.rootMemberCounts = null,
            p -> p.rootBaseOrganisationCounts = null,
            p -> p.members.add(null),
            p -> p.organisations.add(null),
            p -> p.quotaFindings.add(null),
            p -> p.decisionFindings.add(null),
            p -> p.decided.put(MemberId.of("M1"), null),
            p -> p.memberCounts.put(null, p.rootMemberCounts),
            p -> p.subOrganisationCounts.put(CellId.of("C1"), null));
    for (Consumer<Parts> change : nulls) {
      assertThatThrownBy(() -> rebuilt(RATING, change)).isInstanceOf(NullPointerException.class);
    }
  }

  // ---------- equals and hashCode ----------

  @Test
  void equals_isSymmetricAndTransitive_andFalseForNullAndOtherTypes() {
    RootRating copy = new Parts(RATING).build();
    RootRating copyOfCopy = new Parts(copy).build();
    assertThat(RATING).isEqualTo(copy).isEqualTo(copyOfCopy);
    assertThat(copy).isEqualTo(RATING).isEqualTo(copyOfCopy);
    assertThat(copyOfCopy).isEqualTo(RATING).hasSameHashCodeAs(RATING);
    assertThat(RATING).isNotEqualTo(null).isNotEqualTo(RATING.toString());
  }

  @Test
  void aChangedPart_makesTheRatingsUnequal() {
    LevelCounts fewer =
        new LevelCounts(
            RATING.memberCounts().byLevel(),
            RATING.memberCounts().notRated() + 1,
            RATING.memberCounts().incomplete());
    Explanation explanation = member("M1").explanation().get(0);
    RootRaterTest.Scenario overQuota = RootRaterTest.quotaScenario(4, 2);
    QuotaFinding otherQuotaFinding =
        RootRater.forYear(Year.of(2023))
            .rate(overQuota.root(), overQuota.facts())
            .quotaFindings()
            .get(0);
    Map<String, Consumer<Parts>> changes = new LinkedHashMap<>();
    changes.put("root", p -> p.rootId = RootId.of("OTHER"));
    changes.put("year", p -> p.year = Year.of(2024));
    changes.put(
        "regime",
        p -> {
          p.regime = Regime.R2025;
          p.members.replaceAll(r -> underRegime(r, Regime.R2025));
          p.organisations.replaceAll(r -> underRegime(r, Regime.R2025));
        });
    changes.put("policies", p -> p.policies = p.policies.withQuotaHandling(QuotaHandling.WARN));
    changes.put("members", p -> p.members.remove(4));
    changes.put(
        "a member's rating",
        p -> p.members.set(0, member("M1").withProposed(Level.HTNV, explanation)));
    changes.put(
        "organisations",
        p -> {
          p.organisations.removeIf(r -> r.organisationId().equals(CellId.of("C2")));
          p.memberCounts.remove(CellId.of("C2"));
        });
    changes.put("decided", p -> p.decided.put(MemberId.of("M4"), Level.KHTNV));
    changes.put("quota findings", p -> p.quotaFindings.add(otherQuotaFinding));
    changes.put("decision findings", p -> p.decisionFindings.remove(0));
    changes.put("order of the decision findings", p -> Collections.reverse(p.decisionFindings));
    changes.put("member counts", p -> p.memberCounts.put(CellId.of("C1"), fewer));
    changes.put("sub-organisation counts", p -> p.subOrganisationCounts.clear());
    changes.put("root member counts", p -> p.rootMemberCounts = fewer);
    changes.put("root base organisation counts", p -> p.rootBaseOrganisationCounts = fewer);

    for (Map.Entry<String, Consumer<Parts>> change : changes.entrySet()) {
      RootRating other = rebuilt(RATING, change.getValue());
      assertThat(other).as(change.getKey()).isNotEqualTo(RATING);
      assertThat(RATING).as(change.getKey()).isNotEqualTo(other);
    }
  }
}
