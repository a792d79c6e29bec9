package io.github.partyorg.rating;

import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.MemberId;
import java.util.Objects;

/**
 * A fact the regime needs to rate a member but the caller did not give. The member is then left
 * without a proposed level rather than rated on a guessed value.
 *
 * @param memberId the member concerned
 * @param regime the regime that needs the fact
 * @param rule the rule that needs it
 * @param fact the name of the missing fact, as in {@link MemberFacts}, for example {@code score}
 * @param message what is missing and what to do, without personal data
 */
public record MissingFact(
    MemberId memberId, Regime regime, RatingRule rule, String fact, LocalizedText message) {

  /**
   * Creates the finding.
   *
   * @param memberId the member concerned
   * @param regime the regime that needs the fact
   * @param rule the rule that needs it
   * @param fact the fact's name
   * @param message what is missing
   * @throws NullPointerException if any argument is null
   */
  public MissingFact {
    Objects.requireNonNull(memberId, "memberId");
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return rule + " " + regime + " [" + memberId.value() + "]: missing " + fact;
  }
}
