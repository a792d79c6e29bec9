package io.github.partyorg.rating;

import java.util.Objects;

/**
 * The policies a caller may choose where the regulations leave room ([INF] facts of the domain
 * reference, section 10). Start from {@link #defaults()} and change one with a {@code with*} copy.
 *
 * @param disciplineEffect the effect of a discipline in the year under R2023 and R2025 (C1)
 */
public record RatingPolicies(DisciplineEffect disciplineEffect) {

  /**
   * Creates the policies.
   *
   * @param disciplineEffect the effect of a discipline under R2023 and R2025
   * @throws NullPointerException if any argument is null
   */
  public RatingPolicies {
    Objects.requireNonNull(disciplineEffect, "disciplineEffect");
  }

  /**
   * Returns the documented defaults: {@link DisciplineEffect#KHTNV}.
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
    return new RatingPolicies(effect);
  }
}
