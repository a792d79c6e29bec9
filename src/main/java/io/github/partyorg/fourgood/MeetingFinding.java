package io.github.partyorg.fourgood;

import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.MemberHolderId;
import java.util.Objects;

/**
 * A meeting rule (S10-S13) not met by a cell in a year, with a sentence in Vietnamese and English
 * that names the cell, the month, quarter or day, and members by id only.
 *
 * @param rule the rule not met
 * @param holderId the cell or base cell
 * @param message what is wrong
 */
public record MeetingFinding(FourGoodRule rule, MemberHolderId holderId, LocalizedText message) {

  /**
   * Creates the finding.
   *
   * @param rule the rule not met
   * @param holderId the cell or base cell
   * @param message what is wrong
   * @throws NullPointerException if an argument is null
   */
  public MeetingFinding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(holderId, "holderId");
    Objects.requireNonNull(message, "message");
  }
}
