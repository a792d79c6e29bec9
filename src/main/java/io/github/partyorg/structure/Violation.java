package io.github.partyorg.structure;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One reason why a structure was refused: a code, the id of the entity concerned and a plain
 * English sentence that says what is wrong and how to fix it. A violation never carries personal
 * data (names, dates of birth): entities are named by id only.
 *
 * @param code what kind of violation this is
 * @param entityId the id of the entity concerned, or a placeholder such as {@code (blank)} when the
 *     entity has no usable id
 * @param message one sentence naming the problem and the fix, without personal data or other values
 *     of the record; its non-printable characters (those of an id it names) are escaped by {@link
 *     Escapes#printable}, as are those of the id in {@link #toString()}
 */
public record Violation(ViolationCode code, String entityId, String message) {

  /**
   * Creates a violation.
   *
   * @param code what kind of violation this is
   * @param entityId the id of the entity concerned
   * @param message one sentence, without personal data
   * @throws NullPointerException if any argument is null
   */
  public Violation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(entityId, "entityId");
    message = Escapes.printable(Objects.requireNonNull(message, "message"));
  }

  /**
   * Creates a violation.
   *
   * @param code what kind of violation this is
   * @param entityId the id of the entity concerned
   * @param message one sentence, without personal data
   * @return the violation
   */
  public static Violation of(ViolationCode code, String entityId, String message) {
    return new Violation(code, entityId, message);
  }

  /**
   * The violation of a builder that was not given a required field.
   *
   * @param entity what the builder builds, in words ("member", "cell", "year facts")
   * @param entityId the entity's id (or year) as given to the builder, or null if not given
   * @param field the name of the field, as the builder's setter names it
   * @return a {@link ViolationCode#MISSING_FIELD} violation naming the entity and the field
   */
  public static Violation missingField(String entity, @Nullable String entityId, String field) {
    return new Violation(
        ViolationCode.MISSING_FIELD,
        entityId == null ? "(no id)" : entityId,
        "The "
            + entity
            + " has no "
            + field
            + ", which is required; give it with "
            + field
            + "(...).");
  }

  @Override
  public String toString() {
    return code + " [" + Escapes.printable(entityId) + "]: " + message;
  }
}
