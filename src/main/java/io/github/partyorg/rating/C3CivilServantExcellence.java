package io.github.partyorg.rating;

import static io.github.partyorg.structure.Language.VI;

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
          lang ->
              lang == VI
                  ? "công chức xếp loại HTXSNV về chính quyền: không giới hạn"
                  : "rated HTXSNV as a civil servant in the state rating: no cap",
          Words.facts("civilServantLevel", level.name()),
          Optional.empty());
      return;
    }
    ledger.add(
        RatingRule.C3,
        lang ->
            lang == VI
                ? "công chức xếp loại "
                    + level.name()
                    + " về chính quyền, không phải HTXSNV: tối đa HTTNV"
                : "rated "
                    + level.name()
                    + " as a civil servant in the state rating, not HTXSNV: at most HTTNV",
        Words.facts("civilServantLevel", level.name()),
        Words.some(Level.HTTNV));
  }
}
