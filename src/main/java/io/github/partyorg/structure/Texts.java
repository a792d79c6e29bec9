package io.github.partyorg.structure;

import java.text.Normalizer;

/** Text normalisation shared by the model: every stored text is NFC-normalised and stripped. */
final class Texts {
  private Texts() {}

  static String nfc(String text) {
    return toNfc(text.strip());
  }

  /**
   * Returns the text in NFC, the same instance when it already is. Fast path: a text whose chars
   * are all below U+0300 (Latin letters with precomposed diacritics such as "đ", "ư", "â" included)
   * is NFC, since every character that NFC could change or compose with a preceding one is at
   * U+0300 or above; the generated sentences are mostly such text. Otherwise the quick check of
   * {@link Normalizer#isNormalized} runs before any normalisation.
   */
  static String toNfc(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '\u0300') {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC)
            ? text
            : Normalizer.normalize(text, Normalizer.Form.NFC);
      }
    }
    return text;
  }
}
