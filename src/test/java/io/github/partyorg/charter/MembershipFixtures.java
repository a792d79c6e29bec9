package io.github.partyorg.charter;

import io.github.partyorg.structure.DateRange;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.TreeFixtures;
import java.time.LocalDate;
import java.util.Optional;

/** Members for the membership-rule tests; every personal attribute is invented. */
final class MembershipFixtures {

  private MembershipFixtures() {}

  /** An official member admitted on the given day, born well before. */
  static Member admittedOn(String id, LocalDate admission) {
    return TreeFixtures.member(id)
        .dateOfBirth(admission.minusYears(25))
        .admissionDate(admission)
        .officialDate(admission.plusYears(1))
        .build();
  }

  /** An official member admitted on the given day, with closed membership gaps. */
  static Member withGaps(String id, LocalDate admission, DateRange... gaps) {
    return Member.builder().from(admittedOn(id, admission)).addMembershipGaps(gaps).build();
  }

  /** A probationary member admitted on the given day. */
  static Member probationarySince(String id, LocalDate admission) {
    return Member.builder().from(admittedOn(id, admission)).officialDate(Optional.empty()).build();
  }
}
