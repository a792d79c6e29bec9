package io.github.partyorg.rating;

import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * The quota Q1 counted in one scope: the members of a base organisation, or the base organisations
 * of the root. Reported only where the count of HTXSNV exceeds what the policy allows.
 *
 * @param scope the base organisation (for members) or the root (for base organisations)
 * @param excellent the number proposed HTXSNV before any demotion
 * @param base the number the 20% was counted on (see {@link QuotaBase}), before any demotion
 * @param allowed the number of HTXSNV allowed, rounded by the policy
 * @param surplus {@code excellent - allowed} before any demotion
 * @param demoted the entities demoted to HTTNV (empty under {@link QuotaHandling#WARN})
 * @param message the finding in Vietnamese and English
 */
public record QuotaFinding(
    EntityId scope,
    int excellent,
    int base,
    int allowed,
    int surplus,
    List<EntityId> demoted,
    LocalizedText message) {

  /**
   * Creates the finding.
   *
   * @param scope the scope
   * @param excellent the number at HTXSNV
   * @param base the base
   * @param allowed the number allowed
   * @param surplus the surplus
   * @param demoted the entities demoted
   * @param message the finding
   * @throws NullPointerException if an argument is null
   */
  public QuotaFinding {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(message, "message");
    demoted = List.copyOf(demoted);
  }
}
