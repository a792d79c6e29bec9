package io.github.partyorg.charter;

import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.LocalizedText;
import java.time.LocalDate;
import java.util.List;

/**
 * S7: a base committee whose executive (đảng ủy) has 9 or more members elects a standing committee
 * (ban thường vụ) (Party Charter 2011, art. 22).
 *
 * <p>Applies to base committees only. With e = {@link BaseOrganisation#committeeMembers()}
 * (standing committee members included) and s = {@link
 * BaseOrganisation#standingCommitteeMembers()}: e &ge; 9 and s = 0 gives an {@link Severity#ERROR};
 * e &lt; 9 and s &gt; 0 gives a {@link Severity#WARNING}, since a standing committee is elected
 * only with 9 or more executive members.
 */
final class S7StandingCommittee implements StructureRule {
  static final int THRESHOLD = 9;

  @Override
  public CharterRule rule() {
    return CharterRule.S7;
  }

  @Override
  public void checkBaseOrganisation(BaseOrganisation base, LocalDate asOf, List<Finding> out) {
    if (!base.isBaseCommittee()) {
      return;
    }
    int executive = base.committeeMembers().size();
    int standing = base.standingCommitteeMembers().size();
    String id = base.id().value();
    if (executive >= THRESHOLD && standing == 0) {
      out.add(
          new Finding(
              CharterRule.S7,
              Severity.ERROR,
              base.id(),
              LocalizedText.of(
                  "Đảng bộ cơ sở "
                      + id
                      + " có "
                      + executive
                      + " đảng ủy viên (từ 9 trở lên) nhưng chưa có ban thường vụ (S7). Cần bầu"
                      + " ban thường vụ đảng ủy.",
                  "Base committee "
                      + id
                      + " has "
                      + executive
                      + " executive members (9 or more) but no standing committee (S7). Elect a"
                      + " standing committee."), asOf));
    } else if (executive < THRESHOLD && standing > 0) {
      out.add(
          new Finding(
              CharterRule.S7,
              Severity.WARNING,
              base.id(),
              LocalizedText.of(
                  "Đảng bộ cơ sở "
                      + id
                      + " chỉ có "
                      + executive
                      + " đảng ủy viên (dưới 9) nhưng có "
                      + standing
                      + " ủy viên ban thường vụ (S7). Ban thường vụ chỉ được bầu khi đảng ủy có từ"
                      + " 9 ủy viên trở lên; cần xem lại chức vụ.",
                  "Base committee "
                      + id
                      + " has only "
                      + executive
                      + " executive members (fewer than 9) but "
                      + standing
                      + " standing committee members (S7). A standing committee is elected only"
                      + " with 9 or more executive members; review the posts."), asOf));
    }
  }
}
