package io.github.partyorg.rating;

import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * The quota Q1 counted in one scope: the members of a base organisation, or the organisations
 * directly under the same committee (the cells and sub-committees of a base committee, the cells of
 * a sub-committee, the base organisations of the root or of one of its groups). Reported only where
 * the count of HTXSNV exceeds what the policy allows.
 *
 * @param scope the base organisation (for members), or the committee whose direct subordinates are
 *     counted (a base committee, a sub-committee, or the root)
 * @param subject what is counted: members or organisations
 * @param excellent the number proposed HTXSNV before any demotion
 * @param base the number the 20% was counted on (see {@link QuotaBase}), before any demotion
 * @param allowed the number of HTXSNV allowed, rounded by the policy
 * @param surplus {@code excellent - allowed} before any demotion
 * @param demoted the entities demoted to HTTNV (empty under {@link QuotaHandling#WARN})
 * @param message the finding in Vietnamese and English (naming the group, if any)
 */
public record QuotaFinding(
    EntityId scope,
    Subject subject,
    int excellent,
    int base,
    int allowed,
    int surplus,
    List<EntityId> demoted,
    LocalizedText message) {

  /** What a quota counts. */
  public enum Subject {
    /** The members of a base organisation. */
    MEMBERS,
    /** The organisations directly under the same committee. */
    ORGANISATIONS
  }

  /**
   * Creates the finding.
   *
   * @param scope the scope
   * @param subject what is counted
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
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
    demoted = List.copyOf(demoted);
  }
}
