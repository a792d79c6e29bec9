package io.github.partyorg.structure;

import java.util.List;

/** Validation shared by the typed ids. */
final class Ids {
  private Ids() {}

  static String requireValid(String value, String kind) {
    String trimmed = value.strip();
    if (trimmed.isEmpty()) {
      throw new InvalidStructureException(
          List.of(
              Violation.of(
                  ViolationCode.BLANK_ID,
                  "(blank)",
                  "A " + kind + " id is blank; give a non-blank id.")));
    }
    return trimmed;
  }
}
