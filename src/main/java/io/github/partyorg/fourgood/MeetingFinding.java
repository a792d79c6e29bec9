package io.github.partyorg.fourgood;

import io.github.partyorg.structure.Catalogue;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.MemberHolderId;
import io.github.partyorg.structure.Message;
import java.util.Objects;

/**
 * A meeting rule (S10-S13) not met by a cell in a year, with a sentence that names the cell, the
 * month, quarter or day, and members by id only. The sentence is data (a key of the library's
 * {@link Catalogue} and its arguments), rendered when {@link #message()} is read.
 *
 * @param rule the rule not met
 * @param holderId the cell or base cell
 * @param sentence what is wrong, as a message of the catalogue
 */
public record MeetingFinding(FourGoodRule rule, MemberHolderId holderId, Message sentence) {

  /**
   * Creates the finding.
   *
   * @param rule the rule not met
   * @param holderId the cell or base cell
   * @param sentence what is wrong
   * @throws NullPointerException if an argument is null
   */
  public MeetingFinding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(holderId, "holderId");
    Objects.requireNonNull(sentence, "sentence");
  }

  /**
   * Returns what is wrong, rendered with the library's catalogue.
   *
   * @return the sentence in Vietnamese and English
   */
  public LocalizedText message() {
    return sentence.text();
  }

  /**
   * Returns what is wrong, rendered with a catalogue (for example one with an application's words).
   *
   * @param catalogue the catalogue
   * @return the sentence in Vietnamese and English
   */
  public LocalizedText message(Catalogue catalogue) {
    return catalogue.text(sentence);
  }
}
