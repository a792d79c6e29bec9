package io.github.partyorg.rating;

import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.LocalizedText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a rating's explanation: which rule concluded what, from which facts, and the cap it
 * imposed, if any. Carries no personal data.
 *
 * <p>A value: {@link #equals(Object)} and {@link #hashCode()} compare the rule, the regime, the
 * text, the facts and the ceiling; immutable and thread-safe.
 *
 * <p><b>Why a class and not a record.</b> Up to issue 7 this was a record of these five components.
 * It is a final class since then, with the same constructor, accessors, equality and {@link
 * #toString()}, so that the entries the library writes itself can render their Vietnamese and
 * English sentence only when {@link #text()} is first asked: a rating of millions of members then
 * allocates no text that nobody reads. The rendered text is kept (computed at most a few times
 * under a race, always to the same immutable value). An entry made with the public constructor
 * holds the given text from the start.
 */
public final class Explanation {
  private final RatingRule rule;
  private final Regime regime;
  private final Map<String, String> facts;
  private final Optional<Level> ceiling;

  /** Writes the sentence of a library entry; null when the text was given. */
  private final @Nullable Sentence sentence;

  /**
   * The text, rendered from {@link #sentence} on first use. A benign race: {@link LocalizedText} is
   * immutable (final fields), so a thread sees either null and renders the same text again, or the
   * whole text.
   */
  private @Nullable LocalizedText text;

  /**
   * Creates an entry; the facts are copied, keeping their order.
   *
   * @param rule the rule applied
   * @param regime the regime it was applied under
   * @param text the conclusion and the facts it rests on, for example "C2: 45% of assigned targets
   *     completed, under 50%: KHTNV"
   * @param facts the facts used, fact name to value, in the order they were used
   * @param ceiling the highest level the rule allows, if it capped the level
   * @throws NullPointerException if any argument, fact name or fact value is null
   */
  public Explanation(
      RatingRule rule,
      Regime regime,
      LocalizedText text,
      Map<String, String> facts,
      Optional<Level> ceiling) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.regime = Objects.requireNonNull(regime, "regime");
    this.text = Objects.requireNonNull(text, "text");
    this.ceiling = Objects.requireNonNull(ceiling, "ceiling");
    Map<String, String> copy = new LinkedHashMap<>();
    Objects.requireNonNull(facts, "facts")
        .forEach(
            (k, v) ->
                copy.put(Objects.requireNonNull(k, "fact name"), Objects.requireNonNull(v, k)));
    this.facts = Collections.unmodifiableMap(copy);
    this.sentence = null;
  }

  private Explanation(
      RatingRule rule,
      Regime regime,
      Sentence sentence,
      Map<String, String> facts,
      Optional<Level> ceiling) {
    this.rule = rule;
    this.regime = regime;
    this.sentence = sentence;
    this.facts = facts;
    this.ceiling = ceiling;
  }

  /**
   * An entry of the library's own rules, whose text is written on first use as {@code "<rule>: "}
   * followed by the sentence. The facts are kept as given, not copied: they must be an immutable
   * map the library built (a {@link FactMap}), never changed afterwards.
   */
  static Explanation lazy(
      RatingRule rule,
      Regime regime,
      Sentence sentence,
      Map<String, String> facts,
      Optional<Level> ceiling) {
    return new Explanation(rule, regime, sentence, facts, ceiling);
  }

  /**
   * Returns the rule applied.
   *
   * @return the rule
   */
  public RatingRule rule() {
    return rule;
  }

  /**
   * Returns the regime the rule was applied under.
   *
   * @return the regime
   */
  public Regime regime() {
    return regime;
  }

  /**
   * Returns the conclusion and the facts it rests on, for example "C2: 45% of assigned targets
   * completed, under 50%: KHTNV", in Vietnamese and English.
   *
   * @return the text
   */
  public LocalizedText text() {
    LocalizedText t = text;
    if (t == null) {
      Sentence s = Objects.requireNonNull(sentence, "sentence");
      t = LocalizedText.of(rule + ": " + s.in(Language.VI), rule + ": " + s.in(Language.EN));
      text = t;
    }
    return t;
  }

  /**
   * Returns the facts used, fact name to value, in the order they were used.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> facts() {
    return facts;
  }

  /**
   * Returns the highest level the rule allows, if it capped the level.
   *
   * @return the cap, or empty
   */
  public Optional<Level> ceiling() {
    return ceiling;
  }

  /**
   * Returns the instruments of the regime, as cited to a user.
   *
   * @return the citation
   */
  public LocalizedText citation() {
    return regime.citation();
  }

  /**
   * Tells whether another object is an entry with the same rule, regime, text, facts and ceiling.
   *
   * @param o the object compared
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Explanation other
        && rule == other.rule
        && regime == other.regime
        && ceiling.equals(other.ceiling)
        && facts.equals(other.facts)
        && text().equals(other.text());
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, regime, text(), facts, ceiling);
  }

  @Override
  public String toString() {
    return rule + " " + regime + ": " + text().en();
  }
}
