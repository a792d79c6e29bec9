package io.github.partyorg.charter;

import io.github.partyorg.structure.ConsentKind;
import io.github.partyorg.structure.Message;
import io.github.partyorg.structure.SubCommittee;
import java.time.LocalDate;
import java.util.List;

/**
 * S4: a sub-committee exists only inside a base committee, with the consent of the committee above
 * the base committee (Party Charter 2011, art. 21; Regulation 24-QĐ/TW 2021).
 *
 * <p>The tree cannot hold a sub-committee outside a base committee, so only the consent is checked:
 * no consent of kind {@link ConsentKind#S4_SUB_COMMITTEE} dated on or before the day of the check
 * gives an {@link Severity#ERROR}.
 */
final class S4SubCommitteeConsent implements StructureRule {

  @Override
  public CharterRule rule() {
    return CharterRule.S4;
  }

  @Override
  public void checkSubCommittee(SubCommittee sub, LocalDate asOf, List<Finding> out) {
    if (sub.hasConsent(ConsentKind.S4_SUB_COMMITTEE, asOf)) {
      return;
    }
    out.add(
        new Finding(
            CharterRule.S4,
            Severity.ERROR,
            sub.id(),
            Message.of("charter.S4.noConsent", sub.id().value(), asOf),
            asOf));
  }
}
