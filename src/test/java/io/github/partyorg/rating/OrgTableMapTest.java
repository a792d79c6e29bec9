package io.github.partyorg.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.OrganisationId;
import java.time.Year;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * The organisations of a {@link RootRating} made by {@link RootRater} (issue 19: levels kept by
 * position, each {@link OrganisationRating} made with its explanation when read) keep {@link Map}'s
 * contract and the values the rater used to keep: O rules and O10 levels, the Q1 demotion among the
 * organisations under a committee, missing facts, and the counts read from the levels.
 */
class OrgTableMapTest {
  private static final RatingPolicies ENFORCE =
      RatingPolicies.defaults().withQuotaHandling(QuotaHandling.ENFORCE);

  private final BenTreSample sample = BenTreSample.get();

  private RootRating rate(Regime regime, RatingPolicies policies) {
    Year year = Year.of(2022);
    return RootRater.of(regime, policies).rate(sample.root(year), sample.facts(year));
  }

  @Test
  void everyOrganisation_isFoundById_inTreeOrder_andEqualsAnOrdinaryMap_O0_O10_Q1() {
    for (Regime regime : Regime.values()) {
      RootRating rating = rate(regime, ENFORCE);
      Map<OrganisationId, OrganisationRating> table = rating.organisations();
      Map<OrganisationId, OrganisationRating> copy = new LinkedHashMap<>(table);

      assertThat(copy).hasSize(table.size()).isNotEmpty();
      assertThat(new ArrayList<>(table.keySet())).containsExactlyElementsOf(copy.keySet());
      assertThat(table).isEqualTo(copy);
      assertThat(copy).isEqualTo(table);
      assertThat(table.hashCode()).isEqualTo(copy.hashCode());
      copy.forEach(
          (id, organisation) -> {
            assertThat(table.containsKey(id)).isTrue();
            assertThat(table.keySet().contains(id)).isTrue();
            assertThat(organisation.organisationId()).isEqualTo(id);
            assertThat(organisation.explanation()).isNotEmpty();
            assertThat(rating.proposedLevel(id)).isEqualTo(organisation.proposed());
          });
      // Made again on every read: equal values, not the same object.
      OrganisationId first = copy.keySet().iterator().next();
      assertThat(table.get(first)).isEqualTo(copy.get(first)).isNotSameAs(copy.get(first));
    }
  }

  @Test
  void unknownKeys_areNotFound_andTheViewsHaveTheTableSize() {
    Map<OrganisationId, OrganisationRating> table =
        rate(Regime.R2023, RatingPolicies.defaults()).organisations();

    assertThat(table.get(CellId.of("NO-SUCH-CELL"))).isNull();
    assertThat(table.containsKey(CellId.of("NO-SUCH-CELL"))).isFalse();
    Object aMember = MemberId.of("NO-SUCH-CELL");
    assertThat(((Map<?, ?>) table).containsKey(aMember)).isFalse();
    assertThat(table.keySet().contains(CellId.of("NO-SUCH-CELL"))).isFalse();
    assertThat(table.values()).hasSize(table.size());
    assertThat(table.entrySet()).hasSize(table.size());
    Iterator<OrganisationId> keys = table.keySet().iterator();
    for (int i = 0; i < table.size(); i++) {
      keys.next();
    }
    assertThat(keys.hasNext()).isFalse();
    assertThatThrownBy(keys::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void entries_areMapEntries_andReadOnly() {
    Map<OrganisationId, OrganisationRating> table =
        rate(Regime.R2025, RatingPolicies.defaults()).organisations();
    Map.Entry<OrganisationId, OrganisationRating> first = table.entrySet().iterator().next();
    Map.Entry<OrganisationId, OrganisationRating> plain =
        new AbstractMap.SimpleImmutableEntry<>(first.getKey(), first.getValue());

    assertThat(first).isEqualTo(plain);
    assertThat(plain).isEqualTo(first);
    assertThat(first.hashCode()).isEqualTo(plain.hashCode());
    assertThat(first.toString()).isEqualTo(plain.toString());
    assertThat(first).isNotEqualTo(new AbstractMap.SimpleImmutableEntry<>(first.getKey(), null));
    assertThatThrownBy(() -> first.setValue(first.getValue()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> table.remove(first.getKey()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(table.values().iterator().next()).isEqualTo(first.getValue());
  }

  @Test
  void q1DemotedOrganisations_carryTheQuotaEntry_whenMadeAgain() {
    RootRating rating = rate(Regime.R2023, ENFORCE);
    List<OrganisationId> demoted = new ArrayList<>();
    for (QuotaFinding finding : rating.quotaFindings()) {
      if (finding.subject() == QuotaFinding.Subject.ORGANISATIONS) {
        finding.demoted().forEach(id -> demoted.add((OrganisationId) id));
      }
    }
    assertThat(demoted).isNotEmpty();
    for (OrganisationId id : demoted) {
      OrganisationRating organisation = rating.organisations().get(id);
      List<Explanation> explanation = organisation.explanation();
      assertThat(explanation.get(explanation.size() - 1).rule()).isEqualTo(RatingRule.Q1);
      assertThat(organisation.proposed()).contains(Level.HTTNV);
      assertThat(organisation.ceiling()).isEqualTo(Level.HTTNV);
      organisation
          .leadershipCollective()
          .ifPresent(level -> assertThat(Level.HTTNV.isAtLeast(level)).isTrue());
      assertThat(rating.proposedLevel(id)).contains(Level.HTTNV);
    }
  }

  @Test
  void countsReadFromTheLevels_equalCountsOfTheRatingsMade_O10() {
    for (Regime regime : Regime.values()) {
      RootRating rating = rate(regime, ENFORCE);
      Map<Level, Integer> collectives = new EnumMap<>(Level.class);
      for (OrganisationRating organisation : rating.organisations().values()) {
        if (organisation.leadershipCollective().isPresent()) {
          Level level = organisation.leadershipCollective().get();
          if (organisation.proposed().isPresent()) {
            level = Level.lower(level, rating.finalLevel(organisation.organisationId()).get());
          }
          collectives.merge(level, 1, Integer::sum);
        }
      }
      assertThat(rating.leadershipCollectiveCounts()).isEqualTo(new LevelCounts(collectives, 0, 0));
    }
  }

  @Test
  void missingFacts_areListedWithoutBeingRenderedTwice_andEqualAPlainList() {
    RootRating rating = rate(Regime.R2025, RatingPolicies.defaults());
    List<MissingFact> all = rating.missingFacts();
    List<MissingFact> copy = List.copyOf(all);

    assertThat(all).isNotEmpty().isEqualTo(copy);
    for (OrganisationRating organisation : rating.organisations().values()) {
      List<MissingFact> missing = organisation.missingFacts();
      assertThat(missing).isEqualTo(List.copyOf(missing));
      assertThat(missing.hashCode()).isEqualTo(List.copyOf(missing).hashCode());
      if (!missing.isEmpty()) {
        assertThat(missing.get(0)).isSameAs(missing.get(0));
        assertThat(missing.get(0).message().vi()).isNotBlank();
        assertThatThrownBy(() -> missing.add(missing.get(0)))
            .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> missing.get(missing.size()))
            .isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(organisation.proposed()).isEmpty();
      }
    }
  }
}
