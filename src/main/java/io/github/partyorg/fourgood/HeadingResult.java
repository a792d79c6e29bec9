package io.github.partyorg.fourgood;

import java.util.List;
import java.util.Objects;

/**
 * A heading's result: each sub-criterion met or not, one result per sub-criterion in the heading's
 * order.
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
   * @throws IllegalArgumentException naming the sub-criterion if the results are not one per
   *     sub-criterion of the heading, in the heading's order
   */
  public HeadingResult {
    Objects.requireNonNull(heading, "heading");
    results = List.copyOf(results);
    List<SubCriterion> criteria = heading.criteria();
    for (int i = 0; i < Math.max(criteria.size(), results.size()); i++) {
      if (i >= criteria.size() || i >= results.size()) {
        SubCriterion extra = i < criteria.size() ? criteria.get(i) : results.get(i).criterion();
        throw new IllegalArgumentException(
            "The results of a heading are one per sub-criterion; sub-criterion "
                + extra.id()
                + (i < criteria.size()
                    ? " has no result."
                    : criteria.contains(extra) ? " has two results." : " is not in the heading."));
      }
      if (!results.get(i).criterion().equals(criteria.get(i))) {
        throw new IllegalArgumentException(
            "The result at position "
                + (i + 1)
                + " of a heading is for sub-criterion "
                + results.get(i).criterion().id()
                + ", not for "
                + criteria.get(i).id()
                + ".");
      }
    }
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
