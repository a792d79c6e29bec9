package io.github.partyorg.structure;

import java.util.Objects;

/**
 * A user-facing text in Vietnamese (NFC-normalised, with diacritics) and English.
 *
 * @param vi the Vietnamese text
 * @param en the English text
 */
public record LocalizedText(String vi, String en) {

  /**
   * Creates the text; the Vietnamese text is NFC-normalised (kept as given when it already is NFC,
   * which is checked without allocating).
   *
   * @param vi the Vietnamese text
   * @param en the English text
   * @throws NullPointerException if either text is null
   */
  public LocalizedText {
    vi = Texts.toNfc(Objects.requireNonNull(vi, "vi"));
    Objects.requireNonNull(en, "en");
  }

  /**
   * Returns the text.
   *
   * @param vi the Vietnamese text
   * @param en the English text
   * @return the text
   */
  public static LocalizedText of(String vi, String en) {
    return new LocalizedText(vi, en);
  }

  /**
   * Returns the text in the given language.
   *
   * @param language the language
   * @return the text in that language
   */
  public String in(Language language) {
    return language == Language.VI ? vi : en;
  }
}
