package io.github.partyorg.structure;

import java.text.Normalizer;

/** Text normalisation shared by the model: every stored text is NFC-normalised and stripped. */
final class Texts {
  private Texts() {}

  static String nfc(String text) {
    return toNfc(strip(text));
  }

  /**
   * Tells whether a text is blank in the Unicode sense: only white space, space separators
   * (no-break spaces included) and zero-width or other format characters (issue 17: a name of
   * no-break or zero-width spaces was not blank for {@link String#isBlank}).
   */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!isSpace(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** The text without leading and trailing spaces in the sense of {@link #isBlank}. */
  static String strip(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && isSpace(text.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(text.charAt(to - 1))) {
      to--;
    }
    return from == 0 && to == text.length() ? text : text.substring(from, to);
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || Character.getType(cp) == Character.FORMAT
        || cp == 0x115F // Hangul fillers and the Braille blank show nothing either
        || cp == 0x1160
        || cp == 0x3164
        || cp == 0x2800;
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
