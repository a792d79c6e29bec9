package io.github.partyorg.charter;

import io.github.partyorg.structure.LocalizedText;
import java.util.Objects;

/**
 * The result of the admission-age check (M1): eligible or not, the age in completed months and the
 * reason. Immutable. Its {@link #toString()} leaves out the age, which with the consideration date
 * would reveal the birth month.
 *
 * @param eligible whether the person may be admitted, by age
 * @param ageInMonths the age in completed months on the consideration date
 * @param policy the reading of the bounds that was applied
 * @param reason why, in Vietnamese and English, with the regulation cited; no personal data
 */
public record AdmissionAgeResult(
    boolean eligible, long ageInMonths, AdmissionAgePolicy policy, LocalizedText reason) {

  /**
   * Creates the result.
   *
   * @param eligible whether the person may be admitted, by age
   * @param ageInMonths the age in completed months
   * @param policy the reading applied
   * @param reason why
   * @throws NullPointerException if {@code policy} or {@code reason} is null
   * @throws IllegalArgumentException if {@code ageInMonths} is negative
   */
  public AdmissionAgeResult {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(reason, "reason");
    if (ageInMonths < 0) {
      throw new IllegalArgumentException("The age in months is negative");
    }
  }

  /**
   * Returns the rule applied.
   *
   * @return {@link CharterRule#M1}
   */
  public CharterRule rule() {
    return CharterRule.M1;
  }

  @Override
  public String toString() {
    return "M1 " + (eligible ? "eligible" : "not eligible") + ": " + reason.en();
  }
}
