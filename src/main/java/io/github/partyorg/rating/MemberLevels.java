package io.github.partyorg.rating;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One member's levels packed in an int, as a {@link RootRating} keeps them by position (issue 19):
 * the proposed level (or none), the tightest cap, whether a fact is missing, whether the member is
 * rated (E1, E2) and whether Q1 demoted the member. Bits 0-2: proposed level's ordinal + 1 (0 for
 * none); bits 3-5: the cap's ordinal; bit 6: facts missing; bit 7: not rated; bit 8: demoted by Q1.
 */
@SuppressWarnings("EnumOrdinal") // packed in memory only, never stored or sent: ordinals are safe
final class MemberLevels {
  private static final Level[] LEVELS = Level.values();
  private static final int CAP_SHIFT = 3;
  private static final int MISSING = 1 << 6;
  private static final int NOT_RATED = 1 << 7;
  private static final int DEMOTED = 1 << 8;

  private MemberLevels() {}

  static int pack(@Nullable Level proposed, Level ceiling, boolean missing, boolean rated) {
    return (proposed == null ? 0 : proposed.ordinal() + 1)
        | ceiling.ordinal() << CAP_SHIFT
        | (missing ? MISSING : 0)
        | (rated ? 0 : NOT_RATED);
  }

  static @Nullable Level proposed(int packed) {
    int p = packed & 7;
    return p == 0 ? null : LEVELS[p - 1];
  }

  static Optional<Level> proposedLevel(int packed) {
    Level level = proposed(packed);
    return level == null ? Optional.empty() : Words.some(level);
  }

  static Level ceiling(int packed) {
    return LEVELS[packed >>> CAP_SHIFT & 7];
  }

  static boolean missing(int packed) {
    return (packed & MISSING) != 0;
  }

  static boolean rated(int packed) {
    return (packed & NOT_RATED) == 0;
  }

  static boolean demoted(int packed) {
    return (packed & DEMOTED) != 0;
  }

  /** The levels after Q1 demotes the member to HTTNV ({@link MemberRating#withProposed}). */
  static int demote(int packed) {
    return pack(
            Level.HTTNV, Level.lower(ceiling(packed), Level.HTTNV), missing(packed), rated(packed))
        | DEMOTED;
  }
}
