package io.github.partyorg.rating;

import java.util.Objects;

/**
 * The policies a caller may choose where the regulations leave room ([INF] facts of the domain
 * reference, section 10). Start from {@link #defaults()} and change one with a {@code with*} copy.
 *
 * @param disciplineEffect the effect of a discipline in the year under R2023 and R2025 (C1)
 * @param quotaHandling warn of or demote the HTXSNV surplus (Q1)
 * @param quotaRounding how 20% of the base is rounded (Q1)
 * @param quotaBase what the 20% is counted on (Q1)
 * @param o9Enabled whether O9 (a cell with more than 20% of its members at KHTNV is KHTNV) applies;
 *     the clause was not seen, so it is off by default
 */
public record RatingPolicies(
    DisciplineEffect disciplineEffect,
    QuotaHandling quotaHandling,
    QuotaRounding quotaRounding,
    QuotaBase quotaBase,
    boolean o9Enabled) {

  /**
   * Creates the policies.
   *
   * @param disciplineEffect the effect of a discipline under R2023 and R2025
   * @param quotaHandling warn of or demote the surplus
   * @param quotaRounding how 20% of the base is rounded
   * @param quotaBase what the 20% is counted on
   * @param o9Enabled whether O9 applies
   * @throws NullPointerException if any argument is null
   */
  public RatingPolicies {
    Objects.requireNonNull(disciplineEffect, "disciplineEffect");
    Objects.requireNonNull(quotaHandling, "quotaHandling");
    Objects.requireNonNull(quotaRounding, "quotaRounding");
    Objects.requireNonNull(quotaBase, "quotaBase");
  }

  /**
   * Creates the policies with a discipline effect and the other defaults.
   *
   * @param disciplineEffect the effect of a discipline under R2023 and R2025
   */
  public RatingPolicies(DisciplineEffect disciplineEffect) {
    this(disciplineEffect, QuotaHandling.WARN, QuotaRounding.FLOOR, QuotaBase.EXACTLY_HTTNV, false);
  }

  /**
   * Returns the documented defaults: {@link DisciplineEffect#KHTNV}, {@link QuotaHandling#WARN},
   * {@link QuotaRounding#FLOOR}, {@link QuotaBase#EXACTLY_HTTNV}, O9 off.
   *
   * @return the default policies
   */
  public static RatingPolicies defaults() {
    return new RatingPolicies(DisciplineEffect.KHTNV);
  }

  /**
   * Returns a copy with another discipline effect.
   *
   * @param effect the effect of a discipline under R2023 and R2025
   * @return the copy
   */
  public RatingPolicies withDisciplineEffect(DisciplineEffect effect) {
    return new RatingPolicies(effect, quotaHandling, quotaRounding, quotaBase, o9Enabled);
  }

  /**
   * Returns a copy with another quota handling.
   *
   * @param handling warn or enforce
   * @return the copy
   */
  public RatingPolicies withQuotaHandling(QuotaHandling handling) {
    return new RatingPolicies(disciplineEffect, handling, quotaRounding, quotaBase, o9Enabled);
  }

  /**
   * Returns a copy with another quota rounding.
   *
   * @param rounding the rounding
   * @return the copy
   */
  public RatingPolicies withQuotaRounding(QuotaRounding rounding) {
    return new RatingPolicies(disciplineEffect, quotaHandling, rounding, quotaBase, o9Enabled);
  }

  /**
   * Returns a copy with another quota base.
   *
   * @param base the base
   * @return the copy
   */
  public RatingPolicies withQuotaBase(QuotaBase base) {
    return new RatingPolicies(disciplineEffect, quotaHandling, quotaRounding, base, o9Enabled);
  }

  /**
   * Returns a copy with O9 on or off.
   *
   * @param enabled whether O9 applies
   * @return the copy
   */
  public RatingPolicies withO9(boolean enabled) {
    return new RatingPolicies(disciplineEffect, quotaHandling, quotaRounding, quotaBase, enabled);
  }
}
