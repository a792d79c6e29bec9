package io.github.partyorg.structure;

/** The languages of user-facing text: Vietnamese and English. */
public enum Language {
  /** Vietnamese (tiếng Việt). */
  VI,
  /** English. */
  EN
}
