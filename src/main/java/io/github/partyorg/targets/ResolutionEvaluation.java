package io.github.partyorg.targets;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The evaluation of a resolution's targets for its year, one outcome per target in the resolution's
 * order.
 *
 * @param resolution the resolution
 * @param policies the policies applied
 * @param outcomes the outcomes, in the resolution's order
 */
public record ResolutionEvaluation(
    Resolution resolution, TargetPolicies policies, List<TargetOutcome> outcomes) {

  /**
   * Creates the evaluation.
   *
   * @param resolution the resolution
   * @param policies the policies
   * @param outcomes the outcomes
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming the target if the outcomes are not one per target of
   *     the resolution, in its order
   */
  public ResolutionEvaluation {
    Objects.requireNonNull(resolution, "resolution");
    Objects.requireNonNull(policies, "policies");
    outcomes = List.copyOf(outcomes);
    List<Target> targets = resolution.targets();
    for (int i = 0; i < Math.max(targets.size(), outcomes.size()); i++) {
      if (i >= outcomes.size()) {
        throw new IllegalArgumentException(
            "Target " + targets.get(i).id() + " of the resolution has no outcome.");
      }
      Target target = outcomes.get(i).target();
      if (i >= targets.size() || !target.equals(targets.get(i))) {
        throw new IllegalArgumentException(
            "The outcome at position "
                + (i + 1)
                + " is for target "
                + target.id()
                + ", which is not the resolution's target at that position.");
      }
    }
  }

  /**
   * Finds a target's outcome.
   *
   * @param targetId the target's id
   * @return the outcome, or empty if the resolution has no such target
   */
  public Optional<TargetOutcome> outcome(String targetId) {
    return outcomes.stream().filter(o -> o.target().id().equals(targetId)).findFirst();
  }

  /**
   * Counts the outcomes with a status.
   *
   * @param status the status
   * @return how many targets have it
   */
  public long count(TargetStatus status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }

  /**
   * Returns every finding, in the resolution's order.
   *
   * @return the findings of the unknown outcomes
   */
  public List<TargetFinding> findings() {
    return outcomes.stream().flatMap(o -> o.findings().stream()).toList();
  }
}
