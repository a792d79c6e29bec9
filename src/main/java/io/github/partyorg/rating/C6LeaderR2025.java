package io.github.partyorg.rating;

import io.github.partyorg.structure.Message;
import io.github.partyorg.structure.Share;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * C6 (R2025, 366-QĐ/TW art. 11 [SEC]): a member holding a leadership or management post is also
 * KHTNV if disciplined in the year (reprimand or above) for a violation in the exercise of duties,
 * if more than 50% of the votes of a confidence vote were "low", or if the unit or area the member
 * directly leads completed under 70% of its tasks. The unit's percentage is needed for such a
 * member; without it a {@link MissingFact} is reported. A member without such a post is not
 * concerned and gets no entry.
 */
final class C6LeaderR2025 {
  static final BigDecimal MAXIMUM_LOW_VOTES = BigDecimal.valueOf(50);
  static final BigDecimal MINIMUM_UNIT_DONE = BigDecimal.valueOf(70);

  private C6LeaderR2025() {}

  static void apply(Ledger ledger) {
    MemberFacts facts = ledger.facts;
    if (!facts.leadershipPost()) {
      return;
    }
    Optional<BigDecimal> unit = facts.ledUnitTasksDonePercent();
    if (unit.isEmpty()) {
      ledger.missing(
          RatingRule.C6, "ledUnitTasksDonePercent", Message.of("rating.fact.ledUnitTasksDone"));
      return;
    }
    String u = Words.plain(unit.get());
    boolean duty = facts.disciplinedForDutyViolation();
    Share votes = facts.confidenceVoteLow().orElse(null);
    boolean lowVotes = votes != null && votes.isAbove(MAXIMUM_LOW_VOTES);
    boolean unitShort = unit.get().compareTo(MINIMUM_UNIT_DONE) < 0;
    FactMap used =
        Words.facts(
            "leadershipPost",
            "true",
            "disciplinedForDutyViolation",
            Boolean.toString(duty),
            "confidenceVoteLow",
            votes == null ? "none" : votes.toString(),
            "ledUnitTasksDonePercent",
            u);
    if (!duty && !lowVotes && !unitShort) {
      ledger.add(
          RatingRule.C6,
          Message.of(
              "rating.C6.noCap",
              votes == null ? NO_VOTE : Message.of("rating.C6.votes", votes.toString()),
              unit.get()),
          used,
          Optional.empty());
      return;
    }
    List<Object> reasons = new ArrayList<>(3);
    if (duty) {
      reasons.add(Message.of("rating.C6.duty"));
    }
    if (lowVotes && votes != null) {
      reasons.add(Message.of("rating.C6.lowVotes", votes.toString()));
    }
    if (unitShort) {
      reasons.add(Message.of("rating.C6.unitShort", unit.get()));
    }
    ledger.add(
        RatingRule.C6,
        Message.of("rating.C6.capped", new Message.Joined("; ", reasons)),
        used,
        Words.some(Level.KHTNV));
  }

  private static final Message NO_VOTE = Message.of("rating.C6.noVote");
}
