package io.github.partyorg.fourgood;

import io.github.partyorg.structure.Catalogue;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Message;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Whether one sub-criterion is met by an organisation, with the facts used, without personal data.
 *
 * <p>The facts are data (a key of the library's {@link Catalogue} and its arguments), rendered when
 * {@link #facts()} is read. A value: equal when the sub-criterion, the outcome and the facts are
 * equal (facts given as text, for example read back from JSON, are compared by their text; the hash
 * code leaves the facts out, so it never renders).
 *
 * @param criterion the sub-criterion
 * @param met whether it is met
 * @param factsMessage the facts used, as a message of the catalogue, for example "sinh hoạt thường
 *     kỳ 11/12 tháng, thiếu tháng 03/2023"
 */
public record CriterionResult(SubCriterion criterion, boolean met, Message factsMessage) {

  /**
   * Creates the result.
   *
   * @param criterion the sub-criterion
   * @param met whether it is met
   * @param factsMessage the facts used
   * @throws NullPointerException if an argument is null
   */
  public CriterionResult {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(factsMessage, "factsMessage");
  }

  /**
   * Creates the result with its facts given as text (for example read back from JSON).
   *
   * @param criterion the sub-criterion
   * @param met whether it is met
   * @param facts the facts used, in Vietnamese and English
   * @throws NullPointerException if an argument is null
   */
  public CriterionResult(SubCriterion criterion, boolean met, LocalizedText facts) {
    this(criterion, met, Words.verbatim(Objects.requireNonNull(facts, "facts")));
  }

  /**
   * Returns the facts used, rendered with the library's catalogue, for example "regular meetings in
   * 11/12 months, none in 2023-03".
   *
   * @return the facts in Vietnamese and English
   */
  public LocalizedText facts() {
    return factsMessage.text();
  }

  /**
   * Returns the one-line statement as data: the id, the wording, the rule and the facts.
   *
   * @return the message
   */
  public Message statementMessage() {
    return Message.of(
        "fourgood.statement",
        criterion.id(),
        criterion.title(),
        criterion.rule().name(),
        factsMessage);
  }

  /**
   * Returns a one-line statement: the id, the wording, the rule and the facts, for example "[2.1] A
   * regular meeting every month (S10): regular meetings in 11/12 months, none in 2023-03".
   *
   * @return the statement
   */
  public LocalizedText statement() {
    return statementMessage().text();
  }

  /**
   * Returns the statement rendered with a catalogue (for example one with an application's words).
   *
   * @param catalogue the catalogue
   * @return the statement
   */
  public LocalizedText statement(Catalogue catalogue) {
    return catalogue.text(statementMessage());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CriterionResult r
        && criterion.equals(r.criterion)
        && met == r.met
        && Words.same(factsMessage, r.factsMessage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(criterion, met);
  }
}
