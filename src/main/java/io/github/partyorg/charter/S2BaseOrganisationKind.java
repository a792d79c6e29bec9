package io.github.partyorg.charter;

import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.ConsentKind;
import io.github.partyorg.structure.LocalizedText;
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
    LocalizedText message =
        committee
            ? LocalizedText.of(
                "Đảng bộ cơ sở "
                    + id
                    + " chỉ có "
                    + members
                    + " đảng viên (dưới 30) và đến ngày "
                    + Messages.vi(asOf)
                    + " chưa có sự đồng ý của cấp ủy cấp trên (S2). Cần chuyển thành chi bộ cơ"
                    + " sở, hoặc ghi nhận văn bản đồng ý của cấp ủy cấp trên.",
                "Base committee "
                    + id
                    + " has only "
                    + members
                    + " members (fewer than 30) and no consent of the superior committee recorded"
                    + " on or before "
                    + Messages.en(asOf)
                    + " (S2). Turn it into a base cell, or record the superior committee's"
                    + " consent.")
            : LocalizedText.of(
                "Chi bộ cơ sở "
                    + id
                    + " có "
                    + members
                    + " đảng viên (từ 30 trở lên) và đến ngày "
                    + Messages.vi(asOf)
                    + " chưa có sự đồng ý của cấp ủy cấp trên (S2). Cần lập đảng bộ cơ sở với các"
                    + " chi bộ trực thuộc, hoặc ghi nhận văn bản đồng ý của cấp ủy cấp trên.",
                "Base cell "
                    + id
                    + " has "
                    + members
                    + " members (30 or more) and no consent of the superior committee recorded"
                    + " on or before "
                    + Messages.en(asOf)
                    + " (S2). Turn it into a base committee with cells under it, or record the"
                    + " superior committee's consent.");
    out.add(new Finding(CharterRule.S2, Severity.ERROR, base.id(), message, asOf));
  }
}
