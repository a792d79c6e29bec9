package io.github.partyorg.rating;

import io.github.partyorg.structure.OrganisationId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The proposed rating of one party organisation for a year, with its explanation.
 *
 * @param organisationId the organisation
 * @param kind the kind of organisation
 * @param regime the regime applied
 * @param proposed the proposed level; empty if not rated (E2) or if facts are missing
 * @param ceiling the tightest cap that the rules imposed ({@link Level#HTXSNV} when none)
 * @param explanation the rules applied, in order; never empty
 * @param missingFacts the facts the regime needs but that were not given
 * @param leadershipCollective the level of the leadership collective (O10, every regime: the
 *     executive committee of a base organisation, the cell committee where the cell has one), when
 *     the organisation has one and its level is proposed
 */
public record OrganisationRating(
    OrganisationId organisationId,
    OrganisationKind kind,
    Regime regime,
    Optional<Level> proposed,
    Level ceiling,
    List<Explanation> explanation,
    List<MissingFact> missingFacts,
    Optional<Level> leadershipCollective) {

  /**
   * Creates the rating.
   *
   * @param organisationId the organisation
   * @param kind the kind of organisation
   * @param regime the regime applied
   * @param proposed the proposed level, or empty
   * @param ceiling the tightest cap
   * @param explanation the rules applied; not empty
   * @param missingFacts the missing facts
   * @param leadershipCollective the leadership collective's level, or empty
   * @throws IllegalArgumentException if the explanation is empty, or a level is proposed while
   *     facts are missing
   */
  public OrganisationRating {
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(proposed, "proposed");
    Objects.requireNonNull(ceiling, "ceiling");
    Objects.requireNonNull(leadershipCollective, "leadershipCollective");
    explanation = List.copyOf(explanation);
    missingFacts = LazyList.copyOf(missingFacts);
    if (explanation.isEmpty()) {
      throw new IllegalArgumentException(
          "The rating of organisation " + organisationId.value() + " has no explanation.");
    }
    if (proposed.isPresent() && !missingFacts.isEmpty()) {
      throw new IllegalArgumentException(
          "The rating of organisation "
              + organisationId.value()
              + " proposes a level with facts missing.");
    }
  }

  /**
   * Tells whether the organisation is rated this year (not excluded by E2 under R2018).
   *
   * @return false if the organisation was founded less than 6 months before the review
   */
  public boolean isRated() {
    for (int i = 0; i < explanation.size(); i++) {
      if (explanation.get(i).rule() == RatingRule.E2) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns a copy with another proposed level and one more explanation entry (used by the quota).
   *
   * @param level the new level
   * @param entry the entry explaining the change
   * @return the copy
   */
  OrganisationRating withProposed(Level level, Explanation entry) {
    List<Explanation> more = new java.util.ArrayList<>(explanation);
    more.add(entry);
    return new OrganisationRating(
        organisationId,
        kind,
        regime,
        Words.some(level),
        Level.lower(ceiling, level),
        more,
        missingFacts,
        leadershipCollective.map(l -> Level.lower(l, level)));
  }
}
