package io.github.partyorg.fourgood;

import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.MemberHolderId;
import io.github.partyorg.structure.Message;
import io.github.partyorg.structure.OrganisationId;
import java.time.LocalDate;

/**
 * Small pieces shared by the messages; organisations and members are named by id only. The words
 * live in the library's catalogue ({@code fourgood.*} keys); the English pieces here are for
 * exception messages only.
 */
final class Words {
  /** The catalogue's pass-through key: its pattern is the argument itself (a text read back). */
  static final String VERBATIM = "fourgood.text";

  private Words() {}

  /** A text given as text, for example read back from JSON. */
  static Message verbatim(LocalizedText text) {
    return Message.of(VERBATIM, text);
  }

  /**
   * Tells whether two messages say the same: equal, or, when either was given as text, the same
   * text in both languages.
   */
  static boolean same(Message a, Message b) {
    if (a.equals(b)) {
      return true;
    }
    return (a.key().equals(VERBATIM) || b.key().equals(VERBATIM)) && a.text().equals(b.text());
  }

  /** "meeting of cell C1 on 2023-03-05", for exception messages. */
  static String meetingEn(MemberHolderId holder, LocalDate date) {
    return "meeting of " + holderEn(holder) + " on " + date;
  }

  /** "cell C1" or "base cell B1", for exception messages. */
  static String holderEn(MemberHolderId holder) {
    return (holder instanceof CellId ? "cell " : "base cell ") + holder.value();
  }

  /** "chi bộ C1" or "chi bộ cơ sở B1", within a sentence. */
  static Message holder(MemberHolderId holder) {
    return Message.of(
        holder instanceof CellId ? "fourgood.in.cell" : "fourgood.in.baseCell", holder.value());
  }

  /** "Chi bộ C1", "Chi bộ cơ sở B1" or "Đảng bộ cơ sở B1", at the head of a sentence. */
  static Message organisation(OrganisationId id, boolean baseCommittee) {
    String key =
        baseCommittee
            ? "fourgood.head.baseCommittee"
            : id instanceof BaseOrganisationId ? "fourgood.head.baseCell" : "fourgood.head.cell";
    return Message.of(key, id.value());
  }

  /** A count, or "none" in words for zero (REFERENCE 6a). */
  static Message counted(String key, long n) {
    return n == 0 ? Message.of(key + ".none") : Message.of(key, n);
  }

  /** Checks a sub-criterion's id; the message names the kind of sub-criterion. */
  static String requireId(String id, String kind) {
    if (id.isBlank()) {
      throw new IllegalArgumentException("A " + kind + " sub-criterion has a blank id; give one.");
    }
    return id.strip();
  }
}
