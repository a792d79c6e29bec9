package io.github.partyorg.json;

import java.util.Arrays;

/** The two fields every document starts with: {@code format} and {@code version}. */
final class Header {
  private Header() {}

  /** Reads {@code format} or {@code version}; returns false for any other field. */
  static boolean read(Input in, String name, DocumentKind expected) {
    if (name.equals("format")) {
      String format = in.string();
      if (!format.equals(expected.formatName())) {
        boolean known =
            Arrays.stream(DocumentKind.values()).anyMatch(k -> k.formatName().equals(format));
        throw in.fail(
            "Wrong document: expected "
                + expected.formatName()
                + ", found "
                + (known ? "a " + format + " document" : "an unknown format")
                + ".");
      }
      return true;
    }
    if (name.equals("version")) {
      if (in.integer(Integer.MIN_VALUE, Integer.MAX_VALUE) != DocumentKind.VERSION) {
        throw in.fail(
            "Unsupported version: this library reads version " + DocumentKind.VERSION + ".");
      }
      return true;
    }
    return false;
  }
}
