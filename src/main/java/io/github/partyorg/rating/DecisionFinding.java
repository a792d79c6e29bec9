package io.github.partyorg.rating;

import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.LocalizedText;
import java.util.Objects;
import java.util.Optional;

/**
 * A level decided by the superior committee that breaks a rule: above a cap that applied, for an
 * entity the rules leave unrated, beyond the quota, or for an entity the root does not contain
 * (which breaks no rating rule: its own code, {@link Code#UNKNOWN_ENTITY}, and no rule).
 *
 * @param entityId the member or organisation
 * @param decided the decided level
 * @param proposed the proposed level, if any
 * @param code what kind of finding this is
 * @param rule the rule broken; empty exactly for {@link Code#UNKNOWN_ENTITY}
 * @param message the finding in Vietnamese and English
 */
public record DecisionFinding(
    EntityId entityId,
    Level decided,
    Optional<Level> proposed,
    Code code,
    Optional<RatingRule> rule,
    LocalizedText message) {

  /** The kinds of decision findings. */
  public enum Code {
    /** The decided level is above a cap a rule imposed. */
    ABOVE_CAP,
    /** A level was decided for an entity the rules leave unrated (E1, E2). */
    NOT_RATED,
    /** The decided HTXSNV leaves its scope over the quota (Q1). */
    OVER_QUOTA,
    /** A level was decided for an id that is not in the root: check the id. */
    UNKNOWN_ENTITY
  }

  /**
   * Creates the finding.
   *
   * @param entityId the member or organisation
   * @param decided the decided level
   * @param proposed the proposed level, or empty
   * @param code the kind of finding
   * @param rule the rule broken, empty for an unknown entity
   * @param message the finding
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the rule is empty for a code other than {@link
   *     Code#UNKNOWN_ENTITY}, or present for that code
   */
  public DecisionFinding {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(decided, "decided");
    Objects.requireNonNull(proposed, "proposed");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    if (rule.isEmpty() != (code == Code.UNKNOWN_ENTITY)) {
      throw new IllegalArgumentException(
          "The decision finding on "
              + entityId.value()
              + " has code "
              + code
              + (rule.isEmpty() ? " and no rule." : " and a rule (" + rule.get() + ")."));
    }
  }
}
