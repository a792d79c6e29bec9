package io.github.partyorg.rating;

import io.github.partyorg.structure.Language;

/**
 * The sentence of an explanation entry, written only when the entry's text is read ({@link
 * Explanation#text()}). A rule passes a lambda that captures the values it needs, which must be
 * immutable, and writes the sentence in the language asked, without the rule id that the entry puts
 * in front.
 */
@FunctionalInterface
interface Sentence {
  /**
   * Writes the sentence.
   *
   * @param language the language
   * @return the sentence in that language
   */
  String in(Language language);
}
