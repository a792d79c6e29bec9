package io.github.partyorg.rating;

import io.github.partyorg.structure.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * C2 (R2018): KHTNV if under 50% of the assigned targets were completed, if rated KHTNV as a civil
 * servant in the state rating, or if concluded to show degradation [TEXT]. The targets percentage
 * is needed; without it a {@link MissingFact} is reported.
 */
final class C2NotCompleted {
  static final BigDecimal MINIMUM_PERCENT = BigDecimal.valueOf(50);

  private C2NotCompleted() {}

  static void apply(Ledger ledger) {
    MemberFacts facts = ledger.facts;
    FactMap used = FactMap.withRoom(3);
    Optional<BigDecimal> targets = facts.targetsCompletedPercent();
    String percent = targets.isPresent() ? Words.plain(targets.get()) : null;
    boolean under = false;
    if (percent == null) {
      ledger.missing(
          RatingRule.C2, "targetsCompletedPercent", Message.of("rating.fact.targetsCompleted"));
    } else {
      used.with("targetsCompletedPercent", percent);
      under = targets.get().compareTo(MINIMUM_PERCENT) < 0;
    }
    Level state = facts.civilServantLevel().orElse(null);
    if (state != null) {
      used.with("civilServantLevel", state.name());
    }
    boolean stateKhtnv = state == Level.KHTNV;
    boolean degraded = facts.degradationConcluded();
    used.with("degradationConcluded", Boolean.toString(degraded));
    if (under || stateKhtnv || degraded) {
      List<Object> reasons = new ArrayList<>(3);
      if (under) {
        reasons.add(Message.of("rating.C2.underTargets", targets.get()));
      }
      if (stateKhtnv) {
        reasons.add(STATE_KHTNV);
      }
      if (degraded) {
        reasons.add(DEGRADED);
      }
      ledger.add(
          RatingRule.C2,
          Message.of("rating.C2.capped", new Message.Joined("; ", reasons)),
          used,
          Words.some(Level.KHTNV));
      return;
    }
    ledger.add(
        RatingRule.C2,
        targets.isPresent() ? Message.of("rating.C2.noCap", targets.get()) : NO_CAP,
        used,
        Optional.empty());
  }

  private static final Message STATE_KHTNV = Message.of("rating.C2.stateKhtnv");
  private static final Message DEGRADED = Message.of("rating.C2.degraded");
  private static final Message NO_CAP = Message.of("rating.C2.noCapWithoutTargets");
}
