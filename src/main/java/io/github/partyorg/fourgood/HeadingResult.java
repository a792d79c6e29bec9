package io.github.partyorg.fourgood;

import java.util.List;
import java.util.Objects;

/**
 * A heading's result: each sub-criterion met or not.
 *
 * @param heading the heading
 * @param results the sub-criteria's results, in the heading's order
 */
public record HeadingResult(Heading heading, List<CriterionResult> results) {

  /**
   * Creates the result.
   *
   * @param heading the heading
   * @param results the results
   * @throws NullPointerException if an argument is null
   */
  public HeadingResult {
    Objects.requireNonNull(heading, "heading");
    results = List.copyOf(results);
  }

  /**
   * Tells whether the heading is met: every sub-criterion is met.
   *
   * @return true if met
   */
  public boolean met() {
    return results.stream().allMatch(CriterionResult::met);
  }
}
