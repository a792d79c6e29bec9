package io.github.partyorg.charter;

import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.LocalizedText;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A compliance finding: which rule, how serious, which entity (by id only, never by personal data),
 * a sentence in Vietnamese and English that says what is wrong and how to fix it, and the
 * regulation cited: the instruments in force on the day checked ({@link
 * CharterRule#citation(LocalDate)}).
 *
 * @param rule the rule that produced the finding
 * @param severity how serious it is (see {@link Severity})
 * @param entityId the entity concerned
 * @param message the finding in Vietnamese and English, without personal data
 * @param citation the regulation cited, in Vietnamese and English
 */
public record Finding(
    CharterRule rule,
    Severity severity,
    EntityId entityId,
    LocalizedText message,
    LocalizedText citation) {

  /**
   * Creates a finding.
   *
   * @param rule the rule that produced the finding
   * @param severity how serious it is
   * @param entityId the entity concerned
   * @param message the finding, without personal data
   * @param citation the regulation cited
   * @throws NullPointerException if any argument is null
   */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(citation, "citation");
  }

  /**
   * Creates a finding of a check on a day, citing the instruments in force on that day.
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

  @Override
  public String toString() {
    return rule + " " + severity + " [" + entityId.value() + "]: " + message.en();
  }
}
