package io.github.partyorg.rating;

import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.MemberId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Small pieces shared by the explanation sentences. Never personal data, ids only. */
final class Words {
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private Words() {}

  /** A number without trailing zeros or exponent: 45, 49.99, 100. */
  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** A date as Vietnamese readers write it, for example 31/12/2022. */
  static String vi(LocalDate date) {
    return VI_DATE.format(date);
  }

  /** An explanation entry. */
  static Explanation entry(
      RatingRule rule,
      Regime regime,
      String vi,
      String en,
      Map<String, String> facts,
      Optional<Level> ceiling) {
    return new Explanation(
        rule, regime, LocalizedText.of(rule + ": " + vi, rule + ": " + en), facts, ceiling);
  }

  /** An ordered fact map from name, value pairs. */
  static Map<String, String> facts(String... nameValue) {
    Map<String, String> facts = new LinkedHashMap<>();
    for (int i = 0; i + 1 < nameValue.length; i += 2) {
      facts.put(nameValue[i], nameValue[i + 1]);
    }
    return facts;
  }

  /** A finding for a fact the regime needs. */
  static MissingFact missing(
      EntityId id, Regime regime, RatingRule rule, String fact, String whatVi, String whatEn) {
    boolean member = id instanceof MemberId;
    return new MissingFact(
        id,
        regime,
        rule,
        fact,
        LocalizedText.of(
            (member ? "Đảng viên " : "Tổ chức đảng ")
                + id.value()
                + ": thiếu "
                + whatVi
                + " ("
                + fact
                + "), cần cho "
                + rule
                + " theo "
                + regime
                + "; bổ sung để xếp loại.",
            (member ? "Member " : "Organisation ")
                + id.value()
                + ": "
                + whatEn
                + " ("
                + fact
                + ") is missing, needed by "
                + rule
                + " under "
                + regime
                + (member
                    ? "; give it to rate the member."
                    : "; give it to rate the organisation.")));
  }
}
