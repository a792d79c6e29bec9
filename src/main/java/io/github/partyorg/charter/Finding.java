package io.github.partyorg.charter;

import io.github.partyorg.structure.Catalogue;
import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Message;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A compliance finding: which rule, how serious, which entity (by id only, never by personal data),
 * a sentence in Vietnamese and English that says what is wrong and how to fix it, and the
 * regulation cited: the instruments in force on the day checked ({@link
 * CharterRule#citation(LocalDate)}).
 *
 * <p>The findings of the library's rules carry their sentence as data, a {@link Message} of the
 * {@link Catalogue} (keys {@code charter.*}, {@link #sentence()}), rendered in the register of the
 * bloc's reports only when {@link #message()} (or {@link #message(Catalogue)}, with an
 * application's own words) is read. A finding made with a text (for example read back from JSON)
 * holds its text and no message.
 *
 * <p>A value: {@link #equals(Object)} compares the rule, the severity, the entity, the citation and
 * the message (the rendered texts when either finding holds a text instead of a message); {@link
 * #hashCode()} leaves the text out, so it never renders. Immutable and thread-safe. Up to issue 13
 * this was a record of these five components; it is a final class since then, with the same
 * constructors, accessors and {@link #toString()}, so that it can hold its sentence as data.
 */
public final class Finding {
  private final CharterRule rule;
  private final Severity severity;
  private final EntityId entityId;
  private final LocalizedText citation;

  /** The sentence as data; null when the text was given. */
  private final @Nullable Message sentence;

  /**
   * The text, rendered from {@link #sentence} on first use (a benign race: the text is a value).
   */
  private @Nullable LocalizedText message;

  /**
   * Creates a finding with a text.
   *
   * @param rule the rule that produced the finding
   * @param severity how serious it is
   * @param entityId the entity concerned
   * @param message the finding, without personal data
   * @param citation the regulation cited
   * @throws NullPointerException if any argument is null
   */
  public Finding(
      CharterRule rule,
      Severity severity,
      EntityId entityId,
      LocalizedText message,
      LocalizedText citation) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.entityId = Objects.requireNonNull(entityId, "entityId");
    this.message = Objects.requireNonNull(message, "message");
    this.citation = Objects.requireNonNull(citation, "citation");
    this.sentence = null;
  }

  /**
   * Creates a finding with a text, of a check on a day, citing the instruments in force on that
   * day.
   *
   * @param rule the rule that produced the finding
   * @param severity how serious it is
   * @param entityId the entity concerned
   * @param message the finding, without personal data
   * @param checkedOn the day checked
   * @throws NullPointerException if any argument is null
   */
  public Finding(
      CharterRule rule,
      Severity severity,
      EntityId entityId,
      LocalizedText message,
      LocalDate checkedOn) {
    this(
        rule,
        severity,
        entityId,
        message,
        Objects.requireNonNull(rule, "rule")
            .citation(Objects.requireNonNull(checkedOn, "checkedOn")));
  }

  /**
   * Creates a finding whose sentence is a message of the catalogue, rendered when read, of a check
   * on a day, citing the instruments in force on that day.
   *
   * @param rule the rule that produced the finding
   * @param severity how serious it is
   * @param entityId the entity concerned
   * @param sentence the key of the sentence and its arguments, without personal data
   * @param checkedOn the day checked
   * @throws NullPointerException if any argument is null
   */
  public Finding(
      CharterRule rule,
      Severity severity,
      EntityId entityId,
      Message sentence,
      LocalDate checkedOn) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.entityId = Objects.requireNonNull(entityId, "entityId");
    this.sentence = Objects.requireNonNull(sentence, "sentence");
    this.citation = rule.citation(Objects.requireNonNull(checkedOn, "checkedOn"));
  }

  /**
   * Returns the rule that produced the finding.
   *
   * @return the rule
   */
  public CharterRule rule() {
    return rule;
  }

  /**
   * Returns how serious the finding is (see {@link Severity}).
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the entity concerned.
   *
   * @return its id
   */
  public EntityId entityId() {
    return entityId;
  }

  /**
   * Returns the finding in Vietnamese and English, without personal data, rendered with the
   * library's catalogue.
   *
   * @return the text
   */
  public LocalizedText message() {
    LocalizedText t = message;
    if (t == null) {
      t = Catalogue.standard().text(Objects.requireNonNull(sentence, "sentence"));
      message = t;
    }
    return t;
  }

  /**
   * Returns the finding rendered with a catalogue, for example one with an application's own words
   * ({@link Catalogue#withOverrides}); a finding that holds a text instead of a message returns it.
   *
   * @param catalogue the catalogue
   * @return the text
   */
  public LocalizedText message(Catalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    return sentence == null || catalogue == Catalogue.standard()
        ? message()
        : catalogue.text(sentence);
  }

  /**
   * Returns the sentence as data: its key in the catalogue and its arguments; empty for a finding
   * made with a text.
   *
   * @return the message, or empty
   */
  public Optional<Message> sentence() {
    return Optional.ofNullable(sentence);
  }

  /**
   * Returns the regulation cited.
   *
   * @return the citation in Vietnamese and English
   */
  public LocalizedText citation() {
    return citation;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Finding other
        && rule == other.rule
        && severity == other.severity
        && entityId.equals(other.entityId)
        && citation.equals(other.citation)
        && ((sentence != null && other.sentence != null)
            ? sentence.equals(other.sentence)
            : message().equals(other.message()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, severity, entityId, citation);
  }

  @Override
  public String toString() {
    return rule + " " + severity + " [" + entityId.value() + "]: " + message().en();
  }
}
