package io.github.partyorg.rating;

import io.github.partyorg.structure.Message;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the rules of one member's rating write to: explanation, missing facts and the cap. Sized for
 * the few entries of a member (no list is copied when the rating is made, see {@link
 * #explanation()}), and with no list of missing facts until one is missing.
 *
 * <p>A ledger made {@link #levelsOnly levels only} (issue 19: a root's rating keeps its members'
 * levels in arrays and makes their explanations only when asked) keeps the cap, whether a fact is
 * missing and whether an E rule left the member out, and drops the entries: the rules run the same
 * code either way, so the levels are those of the explained rating.
 */
final class Ledger {
  final Regime regime;
  final RatingPolicies policies;
  final MemberFacts facts;
  private final boolean explain;
  private Explanation @Nullable [] entries;
  private boolean notRated;
  private boolean excluded;
  private int count;
  private boolean anyMissing;
  private MissingFacts.@Nullable Builder missing;
  private Level ceiling = Level.HTXSNV;

  Ledger(Regime regime, RatingPolicies policies, MemberFacts facts) {
    this(regime, policies, facts, true);
  }

  private Ledger(Regime regime, RatingPolicies policies, MemberFacts facts, boolean explain) {
    this.regime = regime;
    this.policies = policies;
    this.facts = facts;
    this.explain = explain;
    this.entries = explain ? new Explanation[4] : null;
  }

  /** A ledger that keeps the cap, the missing facts' flag and E1/E2, not the entries. */
  static Ledger levelsOnly(Regime regime, RatingPolicies policies, MemberFacts facts) {
    return new Ledger(regime, policies, facts, false);
  }

  /** True if the entries are kept (the rules may skip building what only an entry reads). */
  boolean explains() {
    return explain;
  }

  /**
   * The map a rule fills with the facts its entry used: an empty one with room for {@code expected}
   * facts, or, when the entries are not kept, {@link FactMap#IGNORED}.
   */
  FactMap facts(int expected) {
    return explain ? FactMap.withRoom(expected) : FactMap.IGNORED;
  }

  /** Adds an entry; a present ceiling tightens the cap. */
  void add(RatingRule rule, Message message, FactMap facts, Optional<Level> ceiling) {
    if (explain) {
      entry(Words.entry(rule, regime, message, facts, ceiling));
    } else {
      noteRule(rule);
    }
    if (ceiling.isPresent()) {
      cap(ceiling.get());
    }
  }

  /** Adds an entry as it is. */
  void entry(Explanation entry) {
    if (!explain) {
      noteRule(entry.rule());
      return;
    }
    Explanation[] entries = java.util.Objects.requireNonNull(this.entries);
    if (count == entries.length) {
      entries = Arrays.copyOf(entries, 2 * count);
    }
    entries[count++] = entry;
    this.entries = entries;
    noteRule(entry.rule());
  }

  private void noteRule(RatingRule rule) {
    if (rule == RatingRule.E1 || rule == RatingRule.E2) {
      notRated = true;
    }
  }

  /** Records that the E rules leave the member out: no level, no cap, no fact missing. */
  void exclude() {
    excluded = true;
  }

  /** True if the E rules left the member out ({@link #exclude()}). */
  boolean excluded() {
    return excluded;
  }

  /** False if an E rule (E1, E2) left the member out ({@link MemberRating#isRated()}). */
  boolean rated() {
    return !notRated;
  }

  /** Tightens the cap. */
  void cap(Level level) {
    ceiling = Level.lower(ceiling, level);
  }

  /** Reports a fact the regime needs. */
  void missing(RatingRule rule, String fact, Message what) {
    anyMissing = true;
    if (!explain) {
      return;
    }
    MissingFacts.Builder list = missing;
    if (list == null) {
      list = new MissingFacts.Builder(facts.memberId(), regime);
      missing = list;
    }
    list.add(rule, fact, what);
  }

  /** True if no fact was reported missing. */
  boolean complete() {
    return !anyMissing;
  }

  Level ceiling() {
    return ceiling;
  }

  /** The entries as an immutable list ({@link List#copyOf} keeps it as it is). */
  List<Explanation> explanation() {
    return Words.immutable(java.util.Objects.requireNonNull(entries), count);
  }

  /** The missing facts, an immutable list whose sentences render when read. */
  List<MissingFact> missingFacts() {
    MissingFacts.Builder list = missing;
    return list == null ? List.of() : list.build();
  }
}
