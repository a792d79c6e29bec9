package io.github.partyorg.rating;

import io.github.partyorg.structure.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * C2, every regime: KHTNV if concluded by the competent level to show degradation of political
 * ideology, ethics or lifestyle, to have done what members are forbidden to do, or to have failed
 * the duty to set an example with harm to the unit's standing (132; 124 art. 12; 366 art. 11)
 * [TEXT]. R2018 also: under 50% of the assigned targets completed, or rated KHTNV as a civil
 * servant in the state rating [TEXT]; there the targets percentage is needed, and without it a
 * {@link MissingFact} is reported.
 */
final class C2NotCompleted {
  static final BigDecimal MINIMUM_PERCENT = BigDecimal.valueOf(50);

  private C2NotCompleted() {}

  static void apply(Ledger ledger) {
    MemberFacts facts = ledger.facts;
    boolean r2018 = ledger.regime == Regime.R2018;
    FactMap used = ledger.facts(r2018 ? 5 : 3);
    BigDecimal percent = null;
    boolean under = false;
    Level state = null;
    if (r2018) {
      Optional<BigDecimal> targets = facts.targetsCompletedPercent();
      if (targets.isEmpty()) {
        ledger.missing(
            RatingRule.C2, "targetsCompletedPercent", Message.of("rating.fact.targetsCompleted"));
      } else {
        percent = targets.get();
        used.with("targetsCompletedPercent", percent);
        under = percent.compareTo(MINIMUM_PERCENT) < 0;
      }
      state = facts.civilServantLevel().orElse(null);
      if (state != null) {
        used.with("civilServantLevel", state.name());
      }
    }
    boolean stateKhtnv = state == Level.KHTNV;
    boolean degraded = facts.degradationConcluded();
    boolean forbidden = facts.forbiddenActsConcluded();
    boolean example = facts.exampleDutyFailed();
    used.with("degradationConcluded", degraded);
    used.with("forbiddenActsConcluded", forbidden);
    used.with("exampleDutyFailed", example);
    if (under || stateKhtnv || degraded || forbidden || example) {
      List<Object> reasons = new ArrayList<>(5);
      if (under && percent != null) {
        reasons.add(Message.of("rating.C2.underTargets", percent));
      }
      if (stateKhtnv) {
        reasons.add(STATE_KHTNV);
      }
      if (degraded) {
        reasons.add(DEGRADED);
      }
      if (forbidden) {
        reasons.add(FORBIDDEN);
      }
      if (example) {
        reasons.add(EXAMPLE);
      }
      ledger.add(
          RatingRule.C2,
          Message.of("rating.C2.capped", new Message.Joined("; ", reasons)),
          used,
          Words.some(Level.KHTNV));
      return;
    }
    Message clear = r2018 ? CLEAR_R2018 : CLEAR;
    ledger.add(
        RatingRule.C2,
        percent == null ? clear : Message.of("rating.C2.noCap", percent, clear),
        used,
        Optional.empty());
  }

  private static final Message STATE_KHTNV = Message.of("rating.C2.stateKhtnv");
  private static final Message DEGRADED = Message.of("rating.C2.degraded");
  private static final Message FORBIDDEN = Message.of("rating.C2.forbidden");
  private static final Message EXAMPLE = Message.of("rating.C2.example");
  private static final Message CLEAR = Message.of("rating.C2.clear");
  private static final Message CLEAR_R2018 = Message.of("rating.C2.clear.R2018");
}
