package io.github.partyorg.structure;

/** A value with a user-facing label in Vietnamese and English. */
public interface Labelled {

  /**
   * Returns the label.
   *
   * @return the label in Vietnamese and English
   */
  LocalizedText label();
}
