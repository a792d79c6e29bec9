package io.github.partyorg.charter;

import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Message;
import java.time.LocalDate;

/**
 * Builds the reasons of the membership rules: a sentence followed by the rule id and citation (key
 * {@code charter.reason} of the catalogue).
 */
final class MembershipReasons {

  private MembershipReasons() {}

  /**
   * Returns the reason as data: the sentence with the rule id and the instruments in force on the
   * day appended.
   *
   * @param rule the rule applied
   * @param checkedOn the day checked
   * @param sentence the sentence, without personal data and without a final full stop
   * @return the reason
   */
  static Message message(CharterRule rule, LocalDate checkedOn, Message sentence) {
    return Message.of("charter.reason", sentence, rule.name(), rule.citation(checkedOn));
  }

  /**
   * Returns the reason rendered with the library's catalogue.
   *
   * @param rule the rule applied
   * @param checkedOn the day checked
   * @param sentence the sentence, without personal data and without a final full stop
   * @return the reason
   */
  static LocalizedText of(CharterRule rule, LocalDate checkedOn, Message sentence) {
    return message(rule, checkedOn, sentence).text();
  }

  /**
   * Returns the reason with the rule id and its citation, for M5 whose discipline regulation the
   * dated table does not cover.
   */
  static LocalizedText discipline(Message sentence) {
    return of(CharterRule.M5, LocalDate.MAX, sentence);
  }
}
