package io.github.partyorg.rating;

import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.Message;
import java.util.Arrays;
import java.util.List;

/**
 * The missing facts of one rating, each made (its sentence rendered, {@link Words#missing}) only
 * when read ({@link LazyList}, issue 19): an organisation without the facts R2025 reads, for
 * example, reports several, and the root's rating only counts them.
 */
final class MissingFacts extends LazyList<MissingFact> {
  private final EntityId id;
  private final Regime regime;
  private final RatingRule[] rules;
  private final String[] facts;
  private final Message[] what;

  private MissingFacts(
      EntityId id, Regime regime, RatingRule[] rules, String[] facts, Message[] what, int n) {
    super(n);
    this.id = id;
    this.regime = regime;
    this.rules = Arrays.copyOf(rules, n);
    this.facts = Arrays.copyOf(facts, n);
    this.what = Arrays.copyOf(what, n);
  }

  @Override
  MissingFact make(int index) {
    return Words.missing(id, regime, rules[index], facts[index], what[index]);
  }

  /** Collects the missing facts of one entity while its rules run. */
  static final class Builder {
    private final EntityId id;
    private final Regime regime;
    private RatingRule[] rules = new RatingRule[2];
    private String[] facts = new String[2];
    private Message[] what = new Message[2];
    private int size;

    Builder(EntityId id, Regime regime) {
      this.id = id;
      this.regime = regime;
    }

    /** Adds a missing fact: the rule that needs it, its name and what it is in words. */
    void add(RatingRule rule, String fact, Message message) {
      if (size == rules.length) {
        rules = Arrays.copyOf(rules, 2 * size);
        facts = Arrays.copyOf(facts, 2 * size);
        what = Arrays.copyOf(what, 2 * size);
      }
      rules[size] = rule;
      facts[size] = fact;
      what[size] = message;
      size++;
    }

    /** True if a fact of this name is already reported missing. */
    boolean has(String fact) {
      for (int i = 0; i < size; i++) {
        if (facts[i].equals(fact)) {
          return true;
        }
      }
      return false;
    }

    boolean isEmpty() {
      return size == 0;
    }

    int size() {
      return size;
    }

    /** The missing facts so far, as an immutable list ({@link List#of()} when none). */
    List<MissingFact> build() {
      return size == 0 ? List.of() : new MissingFacts(id, regime, rules, facts, what, size);
    }
  }
}
