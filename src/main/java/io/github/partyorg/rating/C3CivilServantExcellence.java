package io.github.partyorg.rating;

import io.github.partyorg.structure.Message;
import java.util.Optional;

/**
 * C3 (R2018): a member who is also a civil servant can be HTXSNV only if rated HTXSNV in the state
 * rating [TEXT]; otherwise at most HTTNV. A member without a civil servant level is not a civil
 * servant and C3 does not apply.
 */
final class C3CivilServantExcellence {
  private C3CivilServantExcellence() {}

  static void apply(Ledger ledger) {
    Optional<Level> state = ledger.facts.civilServantLevel();
    if (state.isEmpty()) {
      return;
    }
    Level level = state.get();
    if (level == Level.HTXSNV) {
      ledger.add(
          RatingRule.C3,
          EXCELLENT,
          Words.facts("civilServantLevel", level.name()),
          Optional.empty());
      return;
    }
    ledger.add(
        RatingRule.C3,
        Message.of("rating.C3.capped", level.name()),
        Words.facts("civilServantLevel", level.name()),
        Words.some(Level.HTTNV));
  }

  private static final Message EXCELLENT = Message.of("rating.C3.excellent");
}
