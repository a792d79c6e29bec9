package io.github.partyorg.charter;

import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.ConsentKind;
import io.github.partyorg.structure.Message;
import java.time.LocalDate;
import java.util.List;

/**
 * S2: a base organisation with fewer than 30 members is a base cell, one with 30 or more is a base
 * committee; the other way round needs a consent of the superior committee (Party Charter 2011,
 * art. 21; Regulation 24-QĐ/TW 2021).
 *
 * <p>Counts {@link BaseOrganisation#memberCount()}: every member, official and probationary. A base
 * cell of 30 or more members, or a base committee of fewer than 30, without a consent of kind
 * {@link ConsentKind#S2_BASE_KIND_EXCEPTION} dated on or before the day of the check, gives an
 * {@link Severity#ERROR}.
 */
final class S2BaseOrganisationKind implements StructureRule {
  static final int THRESHOLD = 30;

  @Override
  public CharterRule rule() {
    return CharterRule.S2;
  }

  @Override
  public void checkBaseOrganisation(BaseOrganisation base, LocalDate asOf, List<Finding> out) {
    int members = base.memberCount();
    boolean committee = base.isBaseCommittee();
    boolean compliant = committee ? members >= THRESHOLD : members < THRESHOLD;
    if (compliant || base.hasConsent(ConsentKind.S2_BASE_KIND_EXCEPTION, asOf)) {
      return;
    }
    String id = base.id().value();
    Message message;
    if (!committee) {
      message = Message.of("charter.S2.cellTooLarge", id, members, asOf);
    } else if (members == 0) {
      message = Message.of("charter.S2.committeeEmpty", id, asOf);
    } else {
      message = Message.of("charter.S2.committeeTooSmall", id, members, asOf);
    }
    out.add(new Finding(CharterRule.S2, Severity.ERROR, base.id(), message, asOf));
  }
}
