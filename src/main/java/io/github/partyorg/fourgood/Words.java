package io.github.partyorg.fourgood;

import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.MemberHolderId;
import io.github.partyorg.structure.OrganisationId;
import io.github.partyorg.structure.Share;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Small pieces shared by the messages; organisations and members are named by id only. */
final class Words {
  private static final DateTimeFormatter VI_DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);
  private static final DateTimeFormatter VI_MONTH =
      DateTimeFormatter.ofPattern("MM/uuuu", Locale.ROOT);

  private Words() {}

  static String vi(LocalDate date) {
    return VI_DATE.format(date);
  }

  static String vi(YearMonth month) {
    return VI_MONTH.format(month);
  }

  /** "the meeting of cell C1 on 2023-03-05". */
  static String meetingEn(MemberHolderId holder, LocalDate date) {
    return "meeting of " + holderEn(holder) + " on " + date;
  }

  /** "cell C1" or "base cell B1". */
  static String holderEn(MemberHolderId holder) {
    return (holder instanceof CellId ? "cell " : "base cell ") + holder.value();
  }

  /** "chi bộ C1" or "chi bộ cơ sở B1", within a sentence. */
  static String holderVi(MemberHolderId holder) {
    return (holder instanceof CellId ? "chi bộ " : "chi bộ cơ sở ") + holder.value();
  }

  /** "Chi bộ C1", "Chi bộ cơ sở B1" or "Đảng bộ cơ sở B1". */
  static String organisationVi(OrganisationId id, boolean baseCommittee) {
    if (baseCommittee) {
      return "Đảng bộ cơ sở " + id.value();
    }
    return (id instanceof BaseOrganisationId ? "Chi bộ cơ sở " : "Chi bộ ") + id.value();
  }

  /** "Cell C1", "Base cell B1" or "Base committee B1". */
  static String organisationEn(OrganisationId id, boolean baseCommittee) {
    if (baseCommittee) {
      return "Base committee " + id.value();
    }
    return (id instanceof BaseOrganisationId ? "Base cell " : "Cell ") + id.value();
  }

  /** A percentage in Vietnamese, with a decimal comma: "85,05%". */
  static String percentVi(BigDecimal percent) {
    return percent.toPlainString().replace('.', ',') + "%";
  }

  /** A percentage in English: "85.05%". */
  static String percentEn(BigDecimal percent) {
    return percent.toPlainString() + "%";
  }

  /** "17/20 (85%)" in Vietnamese. */
  static String shareVi(Share share) {
    return share + " (" + percentVi(share.percent()) + ")";
  }

  /** "17/20 (85%)" in English. */
  static String shareEn(Share share) {
    return share + " (" + percentEn(share.percent()) + ")";
  }

  static <T> String join(List<T> items, Function<T, String> format) {
    return items.stream().map(format).collect(Collectors.joining(", "));
  }

  /** "1 member" or "2 members". */
  static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /** Checks a sub-criterion's id; the message names the kind of sub-criterion. */
  static String requireId(String id, String kind) {
    if (id.isBlank()) {
      throw new IllegalArgumentException("A " + kind + " sub-criterion has a blank id; give one.");
    }
    return id.strip();
  }
}
