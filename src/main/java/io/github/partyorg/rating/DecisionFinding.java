package io.github.partyorg.rating;

import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.LocalizedText;
import java.util.Objects;
import java.util.Optional;

/**
 * A level decided by the superior committee that breaks a rule: above a cap that applied, for an
 * entity the rules leave unrated, for an entity the root does not contain, or beyond the quota.
 *
 * @param entityId the member or organisation
 * @param decided the decided level
 * @param proposed the proposed level, if any
 * @param rule the rule broken
 * @param message the finding in Vietnamese and English
 */
public record DecisionFinding(
    EntityId entityId,
    Level decided,
    Optional<Level> proposed,
    RatingRule rule,
    LocalizedText message) {

  /**
   * Creates the finding.
   *
   * @param entityId the member or organisation
   * @param decided the decided level
   * @param proposed the proposed level, or empty
   * @param rule the rule broken
   * @param message the finding
   * @throws NullPointerException if an argument is null
   */
  public DecisionFinding {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(decided, "decided");
    Objects.requireNonNull(proposed, "proposed");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }
}
