package io.github.partyorg.rating;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a member is rated this year (E1-E4) and the cap the E rules put on the level.
 *
 * @param rated true if the member is rated
 * @param ceiling the highest level allowed by E4, if it capped the level
 * @param explanation the entries of the E rules that applied; not empty when the member is not
 *     rated
 */
public record Eligibility(boolean rated, Optional<Level> ceiling, List<Explanation> explanation) {

  /**
   * Creates the result; the list is copied.
   *
   * @param rated true if the member is rated
   * @param ceiling the cap, if any
   * @param explanation the entries
   * @throws NullPointerException if any argument is null
   */
  public Eligibility {
    Objects.requireNonNull(ceiling, "ceiling");
    explanation = List.copyOf(explanation);
  }
}
