package io.github.partyorg.charter;

import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberHolder;
import io.github.partyorg.structure.Message;
import java.util.List;

/**
 * Small pieces shared by the rules' messages (keys {@code charter.*} of the catalogue). Messages
 * name members by id only, never by personal data.
 */
final class Messages {

  private Messages() {}

  /**
   * "Chi bộ" or "Chi bộ cơ sở" (Cell, Base cell), followed by the holder's id, to start a sentence.
   */
  static Message holder(MemberHolder holder) {
    return Message.of(
        holder instanceof Cell ? "charter.holder.cell" : "charter.holder.baseCell",
        holder.id().value());
  }

  /**
   * "chi bộ" or "chi bộ cơ sở" (cell, base cell), followed by the holder's id, within a sentence.
   */
  static Message holderInSentence(MemberHolder holder) {
    return Message.of(
        holder instanceof Cell
            ? "charter.holder.cell.inSentence"
            : "charter.holder.baseCell.inSentence",
        holder.id().value());
  }

  /** The members' ids, in their recorded order, joined with ", " by the catalogue. */
  static List<String> ids(List<Member> members) {
    return members.stream().map(m -> m.id().value()).toList();
  }
}
