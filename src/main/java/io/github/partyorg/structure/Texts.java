package io.github.partyorg.structure;

import java.text.Normalizer;

/** Text normalisation shared by the model: every stored text is NFC-normalised and stripped. */
final class Texts {
  private Texts() {}

  static String nfc(String text) {
    String stripped = text.strip();
    return Normalizer.isNormalized(stripped, Normalizer.Form.NFC)
        ? stripped
        : Normalizer.normalize(stripped, Normalizer.Form.NFC);
  }
}
