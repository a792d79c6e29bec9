package io.github.partyorg.rating;

import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.LocalizedText;
import java.util.Objects;

/**
 * A fact the regime needs to rate a member or an organisation but the caller did not give. The
 * entity is then left without a proposed level rather than rated on a guessed value.
 *
 * @param entityId the member or organisation concerned
 * @param regime the regime that needs the fact
 * @param rule the rule that needs it
 * @param fact the name of the missing fact, as in {@link MemberFacts}, for example {@code score}
 * @param message what is missing and what to do, without personal data
 */
public record MissingFact(
    EntityId entityId, Regime regime, RatingRule rule, String fact, LocalizedText message) {

  /**
   * Creates the finding.
   *
   * @param entityId the member or organisation concerned
   * @param regime the regime that needs the fact
   * @param rule the rule that needs it
   * @param fact the fact's name
   * @param message what is missing
   * @throws NullPointerException if any argument is null
   */
  public MissingFact {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return rule + " " + regime + " [" + entityId.value() + "]: missing " + fact;
  }
}
