package io.github.partyorg.charter;

import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.ConsentKind;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.MemberHolder;
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
            LocalizedText.of(
                "Chi bộ "
                    + cell.id().value()
                    + " có "
                    + members
                    + " đảng viên (trên 30) và đến ngày "
                    + Messages.vi(asOf)
                    + " chưa có sự đồng ý của cấp ủy cấp trên (S3). Cần ghi nhận văn bản đồng ý"
                    + " của cấp ủy cấp trên, hoặc tách chi bộ.",
                "Cell "
                    + cell.id().value()
                    + " has "
                    + members
                    + " members (more than 30) and no consent of the superior committee recorded"
                    + " on or before "
                    + Messages.en(asOf)
                    + " (S3). Record the superior committee's consent, or split the cell."),
            asOf));
  }
}
