package io.github.partyorg.targets;

import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Message;

/**
 * Texts given as text, not as a key of the catalogue: an outcome or finding read back from JSON
 * holds its sentence as written, wrapped in the catalogue's pass-through key {@value #KEY}. Two
 * sentences are the same when their messages are equal, or, when either was given as text, when
 * they read the same in both languages.
 */
final class Verbatim {
  /** The catalogue's pass-through key: its pattern is the argument itself. */
  static final String KEY = "targets.text";

  private Verbatim() {}

  static Message of(LocalizedText text) {
    return Message.of(KEY, text);
  }

  static boolean same(Message a, Message b) {
    if (a.equals(b)) {
      return true;
    }
    return (a.key().equals(KEY) || b.key().equals(KEY)) && a.text().equals(b.text());
  }
}
