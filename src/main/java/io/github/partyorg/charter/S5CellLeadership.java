package io.github.partyorg.charter;

import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberHolder;
import io.github.partyorg.structure.Post;
import java.time.LocalDate;
import java.util.List;

/**
 * S5: a cell with 9 or more official members elects a cell committee (chi ủy) of at most 7 members,
 * then the secretary and one deputy from it; a cell with fewer than 9 elects a secretary and
 * optionally one deputy (Party Charter 2011, art. 24).
 *
 * <p>Applies to cells and base cells; n is {@link MemberHolder#officialMemberCount()} (exempted
 * official members count, probationary ones do not). The cell committee is the members holding
 * {@link Post#CELL_SECRETARY}, {@link Post#CELL_DEPUTY_SECRETARY} or {@link
 * Post#CELL_COMMITTEE_MEMBER}. Findings, in this order:
 *
 * <ul>
 *   <li>no member holding {@link Post#CELL_SECRETARY}, or more than one: {@link Severity#ERROR};
 *   <li>n &ge; 9 and no member holding {@link Post#CELL_COMMITTEE_MEMBER} (no committee elected):
 *       {@link Severity#ERROR};
 *   <li>n &ge; 9 and a cell committee of more than 7: {@link Severity#ERROR};
 *   <li>n &lt; 9 and any member holding {@link Post#CELL_COMMITTEE_MEMBER}: {@link
 *       Severity#WARNING}.
 * </ul>
 */
final class S5CellLeadership implements StructureRule {
  static final int COMMITTEE_THRESHOLD = 9;
  static final int MAXIMUM_COMMITTEE = 7;

  @Override
  public CharterRule rule() {
    return CharterRule.S5;
  }

  @Override
  public void checkMemberHolder(MemberHolder holder, LocalDate asOf, List<Finding> out) {
    String vi = Messages.holderVi(holder);
    String en = Messages.holderEn(holder);
    List<Member> secretaries = holder.membersHolding(Post.CELL_SECRETARY);
    if (secretaries.isEmpty()) {
      out.add(
          error(
              holder,
              asOf,
              vi + " chưa có bí thư (S5). Cần bầu bí thư chi bộ.",
              en + " has no secretary (S5). Elect a cell secretary."));
    } else if (secretaries.size() > 1) {
      out.add(
          error(
              holder,
              asOf,
              vi
                  + " có "
                  + secretaries.size()
                  + " bí thư (đảng viên "
                  + Messages.ids(secretaries)
                  + ") (S5). Chi bộ chỉ có một bí thư; cần sửa lại chức vụ cho đúng.",
              en
                  + " has "
                  + secretaries.size()
                  + " secretaries (members "
                  + Messages.ids(secretaries)
                  + ") (S5). A cell has one secretary; correct the posts."));
    }
    int official = holder.officialMemberCount();
    int committeeMembers = holder.membersHolding(Post.CELL_COMMITTEE_MEMBER).size();
    if (official >= COMMITTEE_THRESHOLD) {
      if (committeeMembers == 0) {
        out.add(
            error(
                holder,
                asOf,
                vi
                    + " có "
                    + official
                    + " đảng viên chính thức (từ 9 trở lên) nhưng chưa bầu chi ủy (không có chi ủy"
                    + " viên) (S5). Cần bầu chi ủy (không quá 7 chi ủy viên), rồi bầu bí thư và"
                    + " phó bí thư trong chi ủy.",
                en
                    + " has "
                    + official
                    + " official members (9 or more) but no cell committee (no committee member)"
                    + " (S5). Elect a cell committee of at most 7, then the secretary and the"
                    + " deputy from it."));
      }
      int committee = committeeSize(holder);
      if (committee > MAXIMUM_COMMITTEE) {
        out.add(
            error(
                holder,
                asOf,
                "Chi ủy của "
                    + Messages.holderViLower(holder)
                    + " có "
                    + committee
                    + " thành viên, vượt quá 7 (S5). Cần giảm số chi ủy viên xuống không quá 7.",
                "The cell committee of "
                    + Messages.holderEnLower(holder)
                    + " has "
                    + committee
                    + " members, more than 7 (S5). Reduce it to at most 7."));
      }
    } else if (committeeMembers > 0) {
      out.add(
          new Finding(
              CharterRule.S5,
              Severity.WARNING,
              holder.id(),
              LocalizedText.of(
                  vi
                      + " chỉ có "
                      + official
                      + " đảng viên chính thức (dưới 9) nhưng có "
                      + committeeMembers
                      + " chi ủy viên (S5). Chi bộ dưới 9 đảng viên chính thức chỉ bầu bí thư và"
                      + " có thể bầu một phó bí thư; cần xem lại chức vụ chi ủy viên.",
                  en
                      + " has only "
                      + official
                      + " official members (fewer than 9) but "
                      + committeeMembers
                      + " cell committee members (S5). A cell of fewer than 9 official members"
                      + " elects only a secretary and optionally one deputy; review the committee"
                      + " posts."),
              asOf));
    }
  }

  private static int committeeSize(MemberHolder holder) {
    int size = 0;
    for (Member member : holder.members()) {
      if (member.holds(Post.CELL_SECRETARY)
          || member.holds(Post.CELL_DEPUTY_SECRETARY)
          || member.holds(Post.CELL_COMMITTEE_MEMBER)) {
        size++;
      }
    }
    return size;
  }

  private static Finding error(MemberHolder holder, LocalDate asOf, String vi, String en) {
    return new Finding(CharterRule.S5, Severity.ERROR, holder.id(), LocalizedText.of(vi, en), asOf);
  }
}
