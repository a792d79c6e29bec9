package io.github.partyorg.fourgood;

import io.github.partyorg.structure.LocalizedText;
import java.util.Objects;

/**
 * Whether one sub-criterion is met by an organisation, with the facts used, in Vietnamese and
 * English, without personal data.
 *
 * @param criterion the sub-criterion
 * @param met whether it is met
 * @param facts the facts used, for example "regular meetings in 11/12 months, none in 2023-03"
 */
public record CriterionResult(SubCriterion criterion, boolean met, LocalizedText facts) {

  /**
   * Creates the result.
   *
   * @param criterion the sub-criterion
   * @param met whether it is met
   * @param facts the facts used
   * @throws NullPointerException if an argument is null
   */
  public CriterionResult {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(facts, "facts");
  }

  /**
   * Returns a one-line statement: the id, the wording, the rule and the facts, for example "[2.1] A
   * regular meeting every month (S10): regular meetings in 11/12 months, none in 2023-03".
   *
   * @return the statement
   */
  public LocalizedText statement() {
    String head = "[" + criterion.id() + "] ";
    String rule = " (" + criterion.rule() + "): ";
    return LocalizedText.of(
        head + criterion.title().vi() + rule + facts.vi(),
        head + criterion.title().en() + rule + facts.en());
  }
}
