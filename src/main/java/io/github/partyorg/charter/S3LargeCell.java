package io.github.partyorg.charter;

import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.ConsentKind;
import io.github.partyorg.structure.MemberHolder;
import io.github.partyorg.structure.Message;
import java.time.LocalDate;
import java.util.List;

/**
 * S3: a cell under a committee with more than 30 members needs the superior committee's consent
 * (Regulation 24-QĐ/TW 2021).
 *
 * <p>Applies to {@link Cell}s only, not to base cells (S2 covers those). Counts every member,
 * official and probationary. More than 30 members without a consent of kind {@link
 * ConsentKind#S3_LARGE_CELL} dated on or before the day of the check gives an {@link
 * Severity#ERROR}.
 */
final class S3LargeCell implements StructureRule {
  static final int MAXIMUM = 30;

  @Override
  public CharterRule rule() {
    return CharterRule.S3;
  }

  @Override
  public void checkMemberHolder(MemberHolder holder, LocalDate asOf, List<Finding> out) {
    if (!(holder instanceof Cell cell)) {
      return;
    }
    int members = cell.members().size();
    if (members <= MAXIMUM || cell.hasConsent(ConsentKind.S3_LARGE_CELL, asOf)) {
      return;
    }
    out.add(
        new Finding(
            CharterRule.S3,
            Severity.ERROR,
            cell.id(),
            Message.of("charter.S3.tooLarge", cell.id().value(), members, asOf),
            asOf));
  }
}
