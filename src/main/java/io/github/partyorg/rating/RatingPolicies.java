package io.github.partyorg.rating;

import java.util.Objects;

/**
 * The policies a caller may choose where the regulations leave room ([INF] facts of the domain
 * reference, sections 10 and 11). Start from {@link #defaults()} and change one with a {@code
 * with*} copy.
 *
 * @param disciplineEffect the effect of a discipline in the year under R2023 and R2025 (C1)
 * @param quotaHandling warn of or demote the HTXSNV surplus (Q1)
 * @param quotaRounding how 20% of the base is rounded (Q1)
 * @param quotaBase what the 20% is counted on (Q1)
 * @param o9Enabled whether O9 (a cell with more than 20% of its members at KHTNV is KHTNV) applies
 *     under R2018; the clause was not seen, so it is off by default
 * @param memberGradeReading how a member's grades give HTTNV (C0)
 * @param o3UnderR2025 whether O3 applies under R2025 (366's list for collectives was not seen:
 *     continuity with 124, on by default [INF])
 * @param o5UnderR2025 whether O5 applies under R2025 (as O3, on by default [INF])
 * @param quotaUnderR2025 whether Q1 applies under R2025 (the 20% shape is assumed, on by default,
 *     every finding saying it is an inference [INF])
 * @param quotaScope where Q1 is counted among organisations (every level by default)
 * @param quotaGroups the groups of similar function among the base organisations, under R2023 and
 *     R2025 (one group by default)
 */
public record RatingPolicies(
    DisciplineEffect disciplineEffect,
    QuotaHandling quotaHandling,
    QuotaRounding quotaRounding,
    QuotaBase quotaBase,
    boolean o9Enabled,
    MemberGradeReading memberGradeReading,
    boolean o3UnderR2025,
    boolean o5UnderR2025,
    boolean quotaUnderR2025,
    QuotaScope quotaScope,
    QuotaGroups quotaGroups) {

  /**
   * Creates the policies.
   *
   * @param disciplineEffect the effect of a discipline under R2023 and R2025
   * @param quotaHandling warn of or demote the surplus
   * @param quotaRounding how 20% of the base is rounded
   * @param quotaBase what the 20% is counted on
   * @param o9Enabled whether O9 applies
   * @param memberGradeReading how a member's grades give HTTNV
   * @param o3UnderR2025 whether O3 applies under R2025
   * @param o5UnderR2025 whether O5 applies under R2025
   * @param quotaUnderR2025 whether Q1 applies under R2025
   * @param quotaScope where Q1 is counted among organisations
   * @param quotaGroups the groups of base organisations
   * @throws NullPointerException if any argument is null
   */
  public RatingPolicies {
    Objects.requireNonNull(disciplineEffect, "disciplineEffect");
    Objects.requireNonNull(quotaHandling, "quotaHandling");
    Objects.requireNonNull(quotaRounding, "quotaRounding");
    Objects.requireNonNull(quotaBase, "quotaBase");
    Objects.requireNonNull(memberGradeReading, "memberGradeReading");
    Objects.requireNonNull(quotaScope, "quotaScope");
    Objects.requireNonNull(quotaGroups, "quotaGroups");
  }

  /**
   * Creates the policies of the first five kinds, the others at their defaults.
   *
   * @param disciplineEffect the effect of a discipline under R2023 and R2025
   * @param quotaHandling warn of or demote the surplus
   * @param quotaRounding how 20% of the base is rounded
   * @param quotaBase what the 20% is counted on
   * @param o9Enabled whether O9 applies
   * @throws NullPointerException if any argument is null
   */
  public RatingPolicies(
      DisciplineEffect disciplineEffect,
      QuotaHandling quotaHandling,
      QuotaRounding quotaRounding,
      QuotaBase quotaBase,
      boolean o9Enabled) {
    this(
        disciplineEffect,
        quotaHandling,
        quotaRounding,
        quotaBase,
        o9Enabled,
        MemberGradeReading.TASK_RESULTS_GOOD,
        true,
        true,
        true,
        QuotaScope.EVERY_LEVEL,
        QuotaGroups.ONE_GROUP);
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
   * {@link QuotaRounding#FLOOR}, {@link QuotaBase#EXACTLY_HTTNV}, O9 off, {@link
   * MemberGradeReading#TASK_RESULTS_GOOD}, O3, O5 and Q1 on under R2025, {@link
   * QuotaScope#EVERY_LEVEL}, {@link QuotaGroups#ONE_GROUP}.
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
    return new RatingPolicies(
        effect,
        quotaHandling,
        quotaRounding,
        quotaBase,
        o9Enabled,
        memberGradeReading,
        o3UnderR2025,
        o5UnderR2025,
        quotaUnderR2025,
        quotaScope,
        quotaGroups);
  }

  /**
   * Returns a copy with another quota handling.
   *
   * @param handling warn or enforce
   * @return the copy
   */
  public RatingPolicies withQuotaHandling(QuotaHandling handling) {
    return new RatingPolicies(
        disciplineEffect,
        handling,
        quotaRounding,
        quotaBase,
        o9Enabled,
        memberGradeReading,
        o3UnderR2025,
        o5UnderR2025,
        quotaUnderR2025,
        quotaScope,
        quotaGroups);
  }

  /**
   * Returns a copy with another quota rounding.
   *
   * @param rounding the rounding
   * @return the copy
   */
  public RatingPolicies withQuotaRounding(QuotaRounding rounding) {
    return new RatingPolicies(
        disciplineEffect,
        quotaHandling,
        rounding,
        quotaBase,
        o9Enabled,
        memberGradeReading,
        o3UnderR2025,
        o5UnderR2025,
        quotaUnderR2025,
        quotaScope,
        quotaGroups);
  }

  /**
   * Returns a copy with another quota base.
   *
   * @param base the base
   * @return the copy
   */
  public RatingPolicies withQuotaBase(QuotaBase base) {
    return new RatingPolicies(
        disciplineEffect,
        quotaHandling,
        quotaRounding,
        base,
        o9Enabled,
        memberGradeReading,
        o3UnderR2025,
        o5UnderR2025,
        quotaUnderR2025,
        quotaScope,
        quotaGroups);
  }

  /**
   * Returns a copy with O9 on or off.
   *
   * @param enabled whether O9 applies
   * @return the copy
   */
  public RatingPolicies withO9(boolean enabled) {
    return new RatingPolicies(
        disciplineEffect,
        quotaHandling,
        quotaRounding,
        quotaBase,
        enabled,
        memberGradeReading,
        o3UnderR2025,
        o5UnderR2025,
        quotaUnderR2025,
        quotaScope,
        quotaGroups);
  }

  /**
   * Returns a copy with another reading of a member's grades (C0).
   *
   * @param reading the reading
   * @return the copy
   */
  public RatingPolicies withMemberGradeReading(MemberGradeReading reading) {
    return new RatingPolicies(
        disciplineEffect,
        quotaHandling,
        quotaRounding,
        quotaBase,
        o9Enabled,
        reading,
        o3UnderR2025,
        o5UnderR2025,
        quotaUnderR2025,
        quotaScope,
        quotaGroups);
  }

  /**
   * Returns a copy with O3 and O5 on or off under R2025.
   *
   * @param o3 whether O3 applies under R2025
   * @param o5 whether O5 applies under R2025
   * @return the copy
   */
  public RatingPolicies withCollectiveRulesUnderR2025(boolean o3, boolean o5) {
    return new RatingPolicies(
        disciplineEffect,
        quotaHandling,
        quotaRounding,
        quotaBase,
        o9Enabled,
        memberGradeReading,
        o3,
        o5,
        quotaUnderR2025,
        quotaScope,
        quotaGroups);
  }

  /**
   * Returns a copy with Q1 on or off under R2025.
   *
   * @param on whether Q1 applies under R2025
   * @return the copy
   */
  public RatingPolicies withQuotaUnderR2025(boolean on) {
    return new RatingPolicies(
        disciplineEffect,
        quotaHandling,
        quotaRounding,
        quotaBase,
        o9Enabled,
        memberGradeReading,
        o3UnderR2025,
        o5UnderR2025,
        on,
        quotaScope,
        quotaGroups);
  }

  /**
   * Returns a copy with another quota scope among organisations.
   *
   * @param scope the scope
   * @return the copy
   */
  public RatingPolicies withQuotaScope(QuotaScope scope) {
    return new RatingPolicies(
        disciplineEffect,
        quotaHandling,
        quotaRounding,
        quotaBase,
        o9Enabled,
        memberGradeReading,
        o3UnderR2025,
        o5UnderR2025,
        quotaUnderR2025,
        scope,
        quotaGroups);
  }

  /**
   * Returns a copy with other groups of base organisations.
   *
   * @param groups the groups
   * @return the copy
   */
  public RatingPolicies withQuotaGroups(QuotaGroups groups) {
    return new RatingPolicies(
        disciplineEffect,
        quotaHandling,
        quotaRounding,
        quotaBase,
        o9Enabled,
        memberGradeReading,
        o3UnderR2025,
        o5UnderR2025,
        quotaUnderR2025,
        quotaScope,
        groups);
  }
}
