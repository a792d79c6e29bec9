package io.github.partyorg.rating;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the rules of one member's rating write to: explanation, missing facts and the cap. */
final class Ledger {
  final Regime regime;
  final RatingPolicies policies;
  final MemberFacts facts;
  final List<Explanation> explanation = new ArrayList<>();
  final List<MissingFact> missing = new ArrayList<>();
  private Level ceiling = Level.HTXSNV;

  Ledger(Regime regime, RatingPolicies policies, MemberFacts facts) {
    this.regime = regime;
    this.policies = policies;
    this.facts = facts;
  }

  /** Adds an entry; a present ceiling tightens the cap. */
  void add(RatingRule rule, Sentence sentence, FactMap facts, Optional<Level> ceiling) {
    explanation.add(Words.entry(rule, regime, sentence, facts, ceiling));
    ceiling.ifPresent(this::cap);
  }

  /** Tightens the cap. */
  void cap(Level level) {
    ceiling = Level.lower(ceiling, level);
  }

  /** Reports a fact the regime needs. */
  void missing(RatingRule rule, String fact, String whatVi, String whatEn) {
    missing.add(Words.missing(facts.memberId(), regime, rule, fact, whatVi, whatEn));
  }

  Level ceiling() {
    return ceiling;
  }
}
