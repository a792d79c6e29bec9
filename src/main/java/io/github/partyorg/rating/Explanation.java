package io.github.partyorg.rating;

import io.github.partyorg.structure.LocalizedText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a rating's explanation: which rule concluded what, from which facts, and the cap it
 * imposed, if any. Carries no personal data.
 *
 * @param rule the rule applied
 * @param regime the regime it was applied under
 * @param text the conclusion and the facts it rests on, for example "C2: 45% of assigned targets
 *     completed, under 50%: KHTNV"
 * @param facts the facts used, fact name to value, in the order they were used
 * @param ceiling the highest level the rule allows, if it capped the level
 */
public record Explanation(
    RatingRule rule,
    Regime regime,
    LocalizedText text,
    Map<String, String> facts,
    Optional<Level> ceiling) {

  /**
   * Creates an entry; the facts are copied, keeping their order.
   *
   * @param rule the rule applied
   * @param regime the regime it was applied under
   * @param text the conclusion and its facts
   * @param facts the facts used, in order
   * @param ceiling the cap imposed, if any
   * @throws NullPointerException if any argument, fact name or fact value is null
   */
  public Explanation {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(ceiling, "ceiling");
    Map<String, String> copy = new LinkedHashMap<>();
    Objects.requireNonNull(facts, "facts")
        .forEach(
            (k, v) ->
                copy.put(Objects.requireNonNull(k, "fact name"), Objects.requireNonNull(v, k)));
    facts = Collections.unmodifiableMap(copy);
  }

  /**
   * Returns the instruments of the regime, as cited to a user.
   *
   * @return the citation
   */
  public LocalizedText citation() {
    return regime.citation();
  }

  @Override
  public String toString() {
    return rule + " " + regime + ": " + text.en();
  }
}
