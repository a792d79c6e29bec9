package io.github.partyorg.structure;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One reason why a structure was refused: a code, the id of the entity concerned and a sentence
 * that says what is wrong and how to fix it. A violation never carries personal data (names, dates
 * of birth): entities are named by id only.
 *
 * <p>The violations of the library carry their sentence as data, a {@link Message} of the {@link
 * Catalogue} ({@link #sentence()}), rendered in Vietnamese and English when read ({@link #text()},
 * {@link #text(Catalogue)}); {@link #message()} is the English text, which is also the one of the
 * exceptions that list violations (developer messages). A violation made with a plain sentence
 * ({@link #of(ViolationCode, String, String)}) holds that sentence in both languages.
 *
 * <p>Rendered texts have their non-printable characters (those of an id they name) escaped by
 * {@link Escapes#printable}, as has the id in {@link #toString()}.
 *
 * <p>A value: equal when the codes, the ids and the messages (the rendered texts when either holds
 * a plain sentence) are equal. Immutable and thread-safe. Up to issue 13 this was a record of its
 * first three accessors; it is a final class since then, with the same constructor, accessors and
 * {@link #toString()}, so that it can hold its sentence as data.
 */
public final class Violation {
  private final ViolationCode code;
  private final String entityId;

  /** The sentence as data; null when a plain sentence was given. */
  private final @Nullable Message sentence;

  /** The text, rendered from {@link #sentence} on first use (a benign race, as in Message). */
  private @Nullable LocalizedText text;

  /**
   * Creates a violation with a plain sentence, the same in both languages.
   *
   * @param code what kind of violation this is
   * @param entityId the id of the entity concerned, or a placeholder such as {@code (blank)} when
   *     the entity has no usable id
   * @param message one sentence naming the problem and the fix, without personal data or other
   *     values of the record
   * @throws NullPointerException if any argument is null
   */
  public Violation(ViolationCode code, String entityId, String message) {
    this.code = Objects.requireNonNull(code, "code");
    this.entityId = Objects.requireNonNull(entityId, "entityId");
    String m = Escapes.printable(Objects.requireNonNull(message, "message"));
    this.text = LocalizedText.of(m, m);
    this.sentence = null;
  }

  private Violation(ViolationCode code, String entityId, Message sentence) {
    this.code = Objects.requireNonNull(code, "code");
    this.entityId = Objects.requireNonNull(entityId, "entityId");
    this.sentence = Objects.requireNonNull(sentence, "sentence");
  }

  /**
   * Creates a violation with a plain sentence, the same in both languages.
   *
   * @param code what kind of violation this is
   * @param entityId the id of the entity concerned
   * @param message one sentence, without personal data
   * @return the violation
   * @throws NullPointerException if any argument is null
   */
  public static Violation of(ViolationCode code, String entityId, String message) {
    return new Violation(code, entityId, message);
  }

  /**
   * Creates a violation whose sentence is a message of the catalogue, rendered when read.
   *
   * @param code what kind of violation this is
   * @param entityId the id of the entity concerned
   * @param sentence the key of the sentence and its arguments, without personal data
   * @return the violation
   * @throws NullPointerException if any argument is null
   */
  public static Violation of(ViolationCode code, String entityId, Message sentence) {
    return new Violation(code, entityId, sentence);
  }

  /**
   * The violation of a builder that was not given a required field.
   *
   * @param entity what the builder builds, in English words ("member", "year facts"), shown as
   *     given in both languages; prefer {@link #missingField(Message, String, String)}
   * @param entityId the entity's id (or year) as given to the builder, or null if not given
   * @param field the name of the field, as the builder's setter names it
   * @return a {@link ViolationCode#MISSING_FIELD} violation naming the entity and the field
   */
  public static Violation missingField(String entity, @Nullable String entityId, String field) {
    return missingField(Message.of("structure.entity.named", entity), entityId, field);
  }

  /**
   * The violation of a builder that was not given a required field.
   *
   * @param entity what the builder builds, as a message of the catalogue (its name in each
   *     language)
   * @param entityId the entity's id (or year) as given to the builder, or null if not given
   * @param field the name of the field, as the builder's setter names it
   * @return a {@link ViolationCode#MISSING_FIELD} violation naming the entity and the field
   */
  public static Violation missingField(Message entity, @Nullable String entityId, String field) {
    return new Violation(
        ViolationCode.MISSING_FIELD,
        entityId == null ? "(no id)" : entityId,
        Message.of("structure.missingField", entity, field));
  }

  /**
   * Returns the kind of violation.
   *
   * @return the code
   */
  public ViolationCode code() {
    return code;
  }

  /**
   * Returns the id of the entity concerned, or a placeholder such as {@code (blank)}.
   *
   * @return the id
   */
  public String entityId() {
    return entityId;
  }

  /**
   * Returns the sentence in English: the developer's text, as exceptions show it.
   *
   * @return one sentence naming the problem and the fix, without personal data
   */
  public String message() {
    return text().en();
  }

  /**
   * Returns the sentence in Vietnamese and English, rendered with the library's catalogue.
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
   * Returns the sentence rendered with a catalogue, for example one with an application's own
   * words; a violation made with a plain sentence returns it.
   *
   * @param catalogue the catalogue
   * @return the text
   */
  public LocalizedText text(Catalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    return sentence == null || catalogue == Catalogue.standard() ? text() : render(catalogue);
  }

  private LocalizedText render(Catalogue catalogue) {
    Message m = Objects.requireNonNull(sentence, "sentence");
    return LocalizedText.of(
        Escapes.printable(catalogue.format(Language.VI, m)),
        Escapes.printable(catalogue.format(Language.EN, m)));
  }

  /**
   * Returns the sentence as data: its key in the catalogue and its arguments; empty for a violation
   * made with a plain sentence.
   *
   * @return the message, or empty
   */
  public Optional<Message> sentence() {
    return Optional.ofNullable(sentence);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Violation other
        && code == other.code
        && entityId.equals(other.entityId)
        && ((sentence != null && other.sentence != null)
            ? sentence.equals(other.sentence)
            : text().equals(other.text()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, entityId);
  }

  @Override
  public String toString() {
    return code + " [" + Escapes.printable(entityId) + "]: " + message();
  }
}
