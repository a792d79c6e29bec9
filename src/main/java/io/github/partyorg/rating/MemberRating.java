package io.github.partyorg.rating;

import io.github.partyorg.structure.MemberId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A member's proposed level for a year (mức xếp loại đề xuất), with its explanation.
 *
 * @param memberId the member rated
 * @param regime the regime applied
 * @param proposed the proposed level; empty if the member is not rated (E1, E2) or a fact the
 *     regime needs is missing (see {@code missingFacts})
 * @param ceiling the tightest cap the rules imposed; {@link Level#HTXSNV} if none
 * @param explanation the entries of every rule applied, in order; never empty
 * @param missingFacts the facts the regime needs but were not given; empty when a level is proposed
 *     or the member is not rated
 */
public record MemberRating(
    MemberId memberId,
    Regime regime,
    Optional<Level> proposed,
    Level ceiling,
    List<Explanation> explanation,
    List<MissingFact> missingFacts) {

  /**
   * Creates the rating; the lists are copied.
   *
   * @param memberId the member rated
   * @param regime the regime applied
   * @param proposed the proposed level, or empty
   * @param ceiling the tightest cap
   * @param explanation the entries, not empty
   * @param missingFacts the missing facts
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the explanation is empty, or a level is proposed although a
   *     fact is missing
   */
  public MemberRating {
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(proposed, "proposed");
    Objects.requireNonNull(ceiling, "ceiling");
    explanation = List.copyOf(explanation);
    missingFacts = LazyList.copyOf(missingFacts);
    if (explanation.isEmpty()) {
      throw new IllegalArgumentException(
          "The rating of member " + memberId.value() + " has no explanation.");
    }
    if (proposed.isPresent() && !missingFacts.isEmpty()) {
      throw new IllegalArgumentException(
          "The rating of member " + memberId.value() + " proposes a level with facts missing.");
    }
  }

  /**
   * Tells whether the member is rated this year (E1, E2).
   *
   * @return false if an E rule left the member out
   */
  public boolean isRated() {
    for (int i = 0; i < explanation.size(); i++) {
      RatingRule rule = explanation.get(i).rule();
      if (rule == RatingRule.E1 || rule == RatingRule.E2) {
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
  MemberRating withProposed(Level level, Explanation entry) {
    List<Explanation> more = new java.util.ArrayList<>(explanation);
    more.add(entry);
    return new MemberRating(
        memberId, regime, Words.some(level), Level.lower(ceiling, level), more, missingFacts);
  }
}
