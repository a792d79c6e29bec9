package io.github.partyorg.structure;

import java.util.List;

/** Validation shared by the typed ids. */
final class Ids {
  private Ids() {}

  /** A random salt for the hash codes of one id type (see {@link MemberId#hashCode()}). */
  static int salt() {
    return new java.util.SplittableRandom().nextInt();
  }

  static String requireValid(String value, String kind) {
    String trimmed = Texts.strip(value);
    if (trimmed.isEmpty()) {
      throw new InvalidStructureException(
          List.of(
              Violation.of(
                  ViolationCode.BLANK_ID,
                  "(blank)",
                  Message.of("structure.blankId", Message.of(kind)))));
    }
    return trimmed;
  }
}
