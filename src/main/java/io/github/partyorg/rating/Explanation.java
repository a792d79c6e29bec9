package io.github.partyorg.rating;

import io.github.partyorg.structure.Catalogue;
import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Message;
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
 * <p>Plain data: the rule, the regime, the facts used, the cap and the {@link Message} (a key of
 * the library's {@link Catalogue} and its arguments) that says it; the sentence is rendered from
 * the catalogue only when {@link #text()} (or {@link #text(Catalogue)}, with an application's own
 * words) is read. An entry made with the public text constructor (for example read back from JSON)
 * holds its text and no message.
 *
 * <p>A value: {@link #equals(Object)} compares the rule, the regime, the facts, the ceiling and the
 * message (the rendered texts when either entry holds a text instead of a message); {@link
 * #hashCode()} leaves the text out, so it never renders. Immutable and thread-safe.
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

  /** The sentence of a library entry, as data; null when the text was given. */
  private final @Nullable Message message;

  /**
   * The text, rendered from {@link #message} on first use. A benign race: {@link LocalizedText} is
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
    this.message = null;
  }

  /**
   * Creates an entry whose text is rendered from a message of the catalogue when read; the facts
   * are copied, keeping their order.
   *
   * @param rule the rule applied
   * @param regime the regime it was applied under
   * @param message the key of the sentence in the catalogue, without the rule id that the entry
   *     puts in front, and its arguments
   * @param facts the facts used, fact name to value, in the order they were used
   * @param ceiling the highest level the rule allows, if it capped the level
   * @throws NullPointerException if any argument, fact name or fact value is null
   */
  public Explanation(
      RatingRule rule,
      Regime regime,
      Message message,
      Map<String, String> facts,
      Optional<Level> ceiling) {
    this(
        Objects.requireNonNull(rule, "rule"),
        Objects.requireNonNull(regime, "regime"),
        Objects.requireNonNull(message, "message"),
        copy(facts),
        Objects.requireNonNull(ceiling, "ceiling"),
        true);
  }

  private static Map<String, String> copy(Map<String, String> facts) {
    Map<String, String> copy = new LinkedHashMap<>();
    Objects.requireNonNull(facts, "facts")
        .forEach(
            (k, v) ->
                copy.put(Objects.requireNonNull(k, "fact name"), Objects.requireNonNull(v, k)));
    return Collections.unmodifiableMap(copy);
  }

  private Explanation(
      RatingRule rule,
      Regime regime,
      Message message,
      Map<String, String> facts,
      Optional<Level> ceiling,
      boolean unused) {
    this.rule = rule;
    this.regime = regime;
    this.message = message;
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
      Message message,
      Map<String, String> facts,
      Optional<Level> ceiling) {
    return new Explanation(rule, regime, message, facts, ceiling, true);
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
      t = render(Catalogue.standard());
      text = t;
    }
    return t;
  }

  /**
   * Returns the text rendered with a catalogue, for example one with an application's own words
   * ({@link Catalogue#withOverrides}); an entry that holds a text instead of a message returns it.
   *
   * @param catalogue the catalogue
   * @return the text
   */
  public LocalizedText text(Catalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    return message == null || catalogue == Catalogue.standard() ? text() : render(catalogue);
  }

  private LocalizedText render(Catalogue catalogue) {
    Message m = Objects.requireNonNull(message, "message");
    return LocalizedText.of(
        rule + ": " + catalogue.format(Language.VI, m),
        rule + ": " + catalogue.format(Language.EN, m));
  }

  /**
   * Returns the sentence as data: its key in the catalogue and its arguments; empty for an entry
   * made with a text.
   *
   * @return the message, or empty
   */
  public Optional<Message> message() {
    return Optional.ofNullable(message);
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
        && ((message != null && other.message != null)
            ? message.equals(other.message)
            : text().equals(other.text()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, regime, facts, ceiling);
  }

  @Override
  public String toString() {
    return rule + " " + regime + ": " + text().en();
  }
}
