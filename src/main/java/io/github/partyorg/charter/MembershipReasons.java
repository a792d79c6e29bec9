package io.github.partyorg.charter;

import io.github.partyorg.structure.LocalizedText;

/** Builds the reasons of the membership rules: a sentence followed by the rule id and citation. */
final class MembershipReasons {

  private MembershipReasons() {}

  /**
   * Returns the sentence with the rule id and the regulation appended.
   *
   * @param rule the rule applied
   * @param vi the sentence in Vietnamese, without personal data
   * @param en the sentence in English, without personal data
   * @return the reason
   */
  static LocalizedText of(CharterRule rule, String vi, String en) {
    LocalizedText citation = rule.citation();
    return LocalizedText.of(
        vi + " (" + rule.name() + ", " + citation.vi() + ").",
        en + " (" + rule.name() + ", " + citation.en() + ").");
  }
}
