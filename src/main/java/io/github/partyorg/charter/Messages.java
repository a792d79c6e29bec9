package io.github.partyorg.charter;

import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberHolder;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Small pieces shared by the rules' messages. Messages name members by id only, never by personal
 * data.
 */
final class Messages {
  private static final DateTimeFormatter VI_DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);

  private Messages() {}

  /** A date as Vietnamese readers write it, for example 31/12/2022. */
  static String vi(LocalDate date) {
    return VI_DATE.format(date);
  }

  /** A date in ISO form, for example 2022-12-31. */
  static String en(LocalDate date) {
    return date.toString();
  }

  /** "Chi bộ" or "Chi bộ cơ sở", followed by the holder's id, to start a sentence. */
  static String holderVi(MemberHolder holder) {
    return (holder instanceof Cell ? "Chi bộ " : "Chi bộ cơ sở ") + holder.id().value();
  }

  /** "chi bộ" or "chi bộ cơ sở", followed by the holder's id, within a sentence. */
  static String holderViLower(MemberHolder holder) {
    return (holder instanceof Cell ? "chi bộ " : "chi bộ cơ sở ") + holder.id().value();
  }

  /** "Cell" or "Base cell", followed by the holder's id, to start a sentence. */
  static String holderEn(MemberHolder holder) {
    return (holder instanceof Cell ? "Cell " : "Base cell ") + holder.id().value();
  }

  /** "cell" or "base cell", followed by the holder's id, within a sentence. */
  static String holderEnLower(MemberHolder holder) {
    return (holder instanceof Cell ? "cell " : "base cell ") + holder.id().value();
  }

  /** The members' ids, comma-separated, in their recorded order. */
  static String ids(List<Member> members) {
    return members.stream().map(m -> m.id().value()).collect(Collectors.joining(", "));
  }
}
