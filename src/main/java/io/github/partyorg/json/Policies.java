package io.github.partyorg.json;

import io.github.partyorg.charter.AdmissionAgePolicy;
import io.github.partyorg.charter.StrikingOffPolicy;
import io.github.partyorg.rating.RatingPolicies;
import io.github.partyorg.targets.TargetPolicies;
import java.util.Objects;

/**
 * The policies of a {@code partyorg.policies} document (các lựa chọn chính sách): the rating
 * policies, the target policies and the two charter policies, each with its documented default.
 *
 * @param rating the rating policies ({@link RatingPolicies#defaults()} when absent)
 * @param targets the target policies ({@link TargetPolicies#defaults()} when absent)
 * @param admissionAge how the age bounds of admission are read ({@link AdmissionAgePolicy#DEFAULT}
 *     when absent)
 * @param strikingOff how the months of striking off are counted ({@link StrikingOffPolicy#DEFAULT}
 *     when absent)
 */
public record Policies(
    RatingPolicies rating,
    TargetPolicies targets,
    AdmissionAgePolicy admissionAge,
    StrikingOffPolicy strikingOff) {

  /**
   * Creates the policies.
   *
   * @param rating the rating policies
   * @param targets the target policies
   * @param admissionAge the admission-age policy
   * @param strikingOff the striking-off policy
   * @throws NullPointerException if an argument is null
   */
  public Policies {
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(admissionAge, "admissionAge");
    Objects.requireNonNull(strikingOff, "strikingOff");
  }

  /**
   * Returns every documented default.
   *
   * @return the default policies
   */
  public static Policies defaults() {
    return new Policies(
        RatingPolicies.defaults(),
        TargetPolicies.defaults(),
        AdmissionAgePolicy.DEFAULT,
        StrikingOffPolicy.DEFAULT);
  }
}
