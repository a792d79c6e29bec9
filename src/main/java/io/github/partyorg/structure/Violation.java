package io.github.partyorg.structure;

import java.util.Objects;

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

  @Override
  public String toString() {
    return code + " [" + Escapes.printable(entityId) + "]: " + message;
  }
}
