package io.github.partyorg.charter;

import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.LocalizedText;
import java.util.Objects;

/**
 * A compliance finding: which rule, how serious, which entity (by id only, never by personal data),
 * and a sentence in Vietnamese and English that says what is wrong and how to fix it.
 *
 * @param rule the rule that produced the finding
 * @param severity how serious it is
 * @param entityId the entity concerned
 * @param message the finding in Vietnamese and English, without personal data
 */
public record Finding(
    CharterRule rule, Severity severity, EntityId entityId, LocalizedText message) {

  /**
   * Creates a finding.
   *
   * @param rule the rule that produced the finding
   * @param severity how serious it is
   * @param entityId the entity concerned
   * @param message the finding, without personal data
   * @throws NullPointerException if any argument is null
   */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns the regulation cited by the rule.
   *
   * @return the citation
   */
  public LocalizedText citation() {
    return rule.citation();
  }

  @Override
  public String toString() {
    return rule + " " + severity + " [" + entityId.value() + "]: " + message.en();
  }
}
