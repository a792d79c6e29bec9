package io.github.partyorg.report;

import java.text.Normalizer;
import java.util.Objects;

/** Argument checks shared by the report records; messages name the field, never personal data. */
final class Checks {
  private Checks() {}

  static <T> T notNull(T value, String field) {
    return Objects.requireNonNull(value, field);
  }

  static String text(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException("The field " + field + " is blank; give a text.");
    }
    return Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
  }

  static int count(int value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(
          "The field " + field + " is negative (" + value + "); give a count of 0 or more.");
    }
    return value;
  }
}
