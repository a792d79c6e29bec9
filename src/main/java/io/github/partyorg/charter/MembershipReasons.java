package io.github.partyorg.charter;

import io.github.partyorg.structure.LocalizedText;
import java.time.LocalDate;

/** Builds the reasons of the membership rules: a sentence followed by the rule id and citation. */
final class MembershipReasons {

  private MembershipReasons() {}

  /**
   * Returns the sentence with the rule id and the instruments in force on the day appended.
   *
   * @param rule the rule applied
   * @param checkedOn the day checked
   * @param vi the sentence in Vietnamese, without personal data
   * @param en the sentence in English, without personal data
   * @return the reason
   */
  static LocalizedText of(CharterRule rule, LocalDate checkedOn, String vi, String en) {
    return of(rule, checkedOn, LocalizedText.of(vi, en));
  }

  /**
   * Returns the sentence, without its final full stop if any, with the rule id and the instruments
   * in force on the day appended.
   *
   * @param rule the rule applied
   * @param checkedOn the day checked
   * @param sentence the sentence, without personal data
   * @return the reason
   */
  static LocalizedText of(CharterRule rule, LocalDate checkedOn, LocalizedText sentence) {
    LocalizedText citation = rule.citation(checkedOn);
    String vi = sentence.vi();
    String en = sentence.en();
    return LocalizedText.of(
        vi + " (" + rule.name() + ", " + citation.vi() + ").",
        en + " (" + rule.name() + ", " + citation.en() + ").");
  }

  /**
   * Returns the sentence with the rule id and its citation, for M5 whose discipline regulation the
   * dated table does not cover.
   */
  static LocalizedText discipline(String vi, String en) {
    return of(CharterRule.M5, LocalDate.MAX, vi, en);
  }
}
