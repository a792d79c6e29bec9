package io.github.partyorg.rating;

import io.github.partyorg.structure.Message;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the rules of one member's rating write to: explanation, missing facts and the cap. Sized for
 * the few entries of a member (no list is copied when the rating is made, see {@link
 * #explanation()}), and with no list of missing facts until one is missing.
 */
final class Ledger {
  final Regime regime;
  final RatingPolicies policies;
  final MemberFacts facts;
  private Explanation[] entries = new Explanation[4];
  private int count;
  private @Nullable List<MissingFact> missing;
  private Level ceiling = Level.HTXSNV;

  Ledger(Regime regime, RatingPolicies policies, MemberFacts facts) {
    this.regime = regime;
    this.policies = policies;
    this.facts = facts;
  }

  /** Adds an entry; a present ceiling tightens the cap. */
  void add(RatingRule rule, Message message, FactMap facts, Optional<Level> ceiling) {
    entry(Words.entry(rule, regime, message, facts, ceiling));
    if (ceiling.isPresent()) {
      cap(ceiling.get());
    }
  }

  /** Adds an entry as it is. */
  void entry(Explanation entry) {
    if (count == entries.length) {
      entries = Arrays.copyOf(entries, 2 * count);
    }
    entries[count++] = entry;
  }

  /** Tightens the cap. */
  void cap(Level level) {
    ceiling = Level.lower(ceiling, level);
  }

  /** Reports a fact the regime needs. */
  void missing(RatingRule rule, String fact, Message what) {
    List<MissingFact> list = missing;
    if (list == null) {
      list = new ArrayList<>(2);
      missing = list;
    }
    list.add(Words.missing(facts.memberId(), regime, rule, fact, what));
  }

  /** True if no fact was reported missing. */
  boolean complete() {
    return missing == null;
  }

  Level ceiling() {
    return ceiling;
  }

  /** The entries as an immutable list ({@link List#copyOf} keeps it as it is). */
  List<Explanation> explanation() {
    return Words.immutable(entries, count);
  }

  /** The missing facts; the caller copies them. */
  List<MissingFact> missingFacts() {
    List<MissingFact> list = missing;
    return list == null ? List.of() : list;
  }
}
