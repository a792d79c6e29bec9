package io.github.partyorg.charter;

import io.github.partyorg.structure.MemberId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A person whose admission a cell is to consider, as given by the caller to {@link MembershipCheck}
 * for the admission-age check (M1). Immutable; {@link #toString()} names the candidate by id only,
 * never the date of birth.
 *
 * @param candidateId the id the candidate is known by (the member id they will have)
 * @param dateOfBirth the date of birth; used for the computation only, never shown
 * @param considerationDate the day the cell considers the admission
 * @param approvedOver60 whether a committee directly under the Centre approved admission over 60
 */
public record PendingAdmission(
    MemberId candidateId,
    LocalDate dateOfBirth,
    LocalDate considerationDate,
    boolean approvedOver60) {

  /**
   * Creates the value.
   *
   * @param candidateId the candidate
   * @param dateOfBirth the date of birth
   * @param considerationDate the day the cell considers the admission
   * @param approvedOver60 whether admission over 60 was approved
   * @throws NullPointerException if any reference argument is null
   * @throws IllegalArgumentException if the consideration date is before the date of birth
   */
  public PendingAdmission {
    Objects.requireNonNull(candidateId, "candidateId");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(considerationDate, "considerationDate");
    if (considerationDate.isBefore(dateOfBirth)) {
      throw new IllegalArgumentException(
          "The consideration date of candidate "
              + candidateId.value()
              + " is before the date of birth; correct it.");
    }
  }

  @Override
  public String toString() {
    return "PendingAdmission[" + candidateId.value() + "]";
  }
}
