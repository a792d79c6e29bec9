package io.github.partyorg.rating;

import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Message;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Small pieces shared by the explanation sentences. Never personal data, ids only. */
final class Words {
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  // One present optional per level, shared by every cap and proposed level.
  private static final Optional<Level> HTXSNV = Optional.of(Level.HTXSNV);
  private static final Optional<Level> HTTNV = Optional.of(Level.HTTNV);
  private static final Optional<Level> HTNV = Optional.of(Level.HTNV);
  private static final Optional<Level> KHTNV = Optional.of(Level.KHTNV);

  private Words() {}

  /** {@code Optional.of(level)}, without allocating. */
  static Optional<Level> some(Level level) {
    return switch (level) {
      case HTXSNV -> HTXSNV;
      case HTTNV -> HTTNV;
      case HTNV -> HTNV;
      case KHTNV -> KHTNV;
    };
  }

  /** A number without trailing zeros or exponent: 45, 49.99, 100. */
  static String plain(BigDecimal value) {
    // toString() is cached by BigDecimal; it is the plain text itself when it has no exponent and
    // no trailing zero after a decimal point (an integer's trailing zeros stay in the plain text).
    String text = value.toString();
    if (text.indexOf('E') < 0 && (text.indexOf('.') < 0 || text.charAt(text.length() - 1) != '0')) {
      return text;
    }
    return value.stripTrailingZeros().toPlainString();
  }

  /**
   * The first {@code n} items as an immutable list, made by the fixed-arity {@link List#of} so that
   * the array is copied once (or not at all for one or two items) and {@link List#copyOf} returns
   * the list itself.
   */
  static <T> List<T> immutable(T[] items, int n) {
    return switch (n) {
      case 0 -> List.of();
      case 1 -> List.of(items[0]);
      case 2 -> List.of(items[0], items[1]);
      case 3 -> List.of(items[0], items[1], items[2]);
      case 4 -> List.of(items[0], items[1], items[2], items[3]);
      case 5 -> List.of(items[0], items[1], items[2], items[3], items[4]);
      case 6 -> List.of(items[0], items[1], items[2], items[3], items[4], items[5]);
      default -> List.of(Arrays.copyOf(items, n));
    };
  }

  /** An explanation entry, its text rendered on first use ({@link Explanation#text()}). */
  static Explanation entry(
      RatingRule rule, Regime regime, Message message, FactMap facts, Optional<Level> ceiling) {
    return Explanation.lazy(rule, regime, message, facts, ceiling);
  }

  /** An ordered fact map from name, value pairs (the array is kept). */
  static FactMap facts(String... nameValue) {
    return FactMap.of(nameValue);
  }

  /** A finding for a fact the regime needs; {@code what} names the fact in words. */
  static MissingFact missing(
      EntityId id, Regime regime, RatingRule rule, String fact, Message what) {
    boolean member = id instanceof MemberId;
    return new MissingFact(
        id,
        regime,
        rule,
        fact,
        Message.of(
                member ? "rating.missing.member" : "rating.missing.organisation",
                id.value(),
                what,
                fact,
                rule.name(),
                regime.name())
            .text());
  }
}
