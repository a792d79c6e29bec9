package io.github.partyorg.charter;

import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.MemberHolder;
import java.time.LocalDate;
import java.util.List;

/**
 * S1: a cell, or a base cell, needs at least 3 official members (Party Charter 2011, art. 21).
 *
 * <p>Counts {@link MemberHolder#officialMemberCount()}: exempted official members count,
 * probationary members do not. Fewer than 3 gives an {@link Severity#ERROR}; 3 or more gives
 * nothing.
 */
final class S1MinimumOfficialMembers implements StructureRule {
  static final int MINIMUM = 3;

  @Override
  public CharterRule rule() {
    return CharterRule.S1;
  }

  @Override
  public void checkMemberHolder(MemberHolder holder, LocalDate asOf, List<Finding> out) {
    int official = holder.officialMemberCount();
    if (official >= MINIMUM) {
      return;
    }
    out.add(
        new Finding(
            CharterRule.S1,
            Severity.ERROR,
            holder.id(),
            LocalizedText.of(
                Messages.holderVi(holder)
                    + " chỉ có "
                    + official
                    + " đảng viên chính thức, dưới mức tối thiểu 3 (S1). Cần bổ sung đảng viên"
                    + " chính thức, hoặc giải thể chi bộ và chuyển đảng viên sang sinh hoạt ở tổ"
                    + " chức đảng khác.",
                Messages.holderEn(holder)
                    + (official == 0 ? " has no" : " has only " + official)
                    + (official == 1 ? " official member" : " official members")
                    + ", below the minimum of 3 (S1). Add official members, or"
                    + " dissolve the cell and attach its members to another party"
                    + " organisation."),
            asOf));
  }
}
