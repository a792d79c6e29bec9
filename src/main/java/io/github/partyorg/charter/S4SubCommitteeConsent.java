package io.github.partyorg.charter;

import io.github.partyorg.structure.ConsentKind;
import io.github.partyorg.structure.LocalizedText;
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
            LocalizedText.of(
                "Đảng bộ bộ phận "
                    + sub.id().value()
                    + " đến ngày "
                    + Messages.vi(asOf)
                    + " chưa có sự đồng ý của cấp ủy cấp trên của đảng bộ cơ sở (S4). Cần ghi"
                    + " nhận văn bản đồng ý, hoặc giải thể đảng bộ bộ phận và chuyển các chi bộ về"
                    + " trực thuộc đảng ủy cơ sở.",
                "Sub-committee "
                    + sub.id().value()
                    + " has no consent of the committee above its base committee recorded on or"
                    + " before "
                    + Messages.en(asOf)
                    + " (S4). Record the consent, or dissolve the sub-committee and place its"
                    + " cells directly under the base committee."),
            asOf));
  }
}
