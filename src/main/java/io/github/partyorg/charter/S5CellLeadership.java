package io.github.partyorg.charter;

import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberHolder;
import io.github.partyorg.structure.Message;
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
    Message name = Messages.holder(holder);
    List<Member> secretaries = holder.membersHolding(Post.CELL_SECRETARY);
    if (secretaries.isEmpty()) {
      out.add(error(holder, asOf, Message.of("charter.S5.noSecretary", name)));
    } else if (secretaries.size() > 1) {
      out.add(
          error(
              holder,
              asOf,
              Message.of(
                  "charter.S5.secretaries", name, secretaries.size(), Messages.ids(secretaries))));
    }
    int official = holder.officialMemberCount();
    int committeeMembers = holder.membersHolding(Post.CELL_COMMITTEE_MEMBER).size();
    if (official >= COMMITTEE_THRESHOLD) {
      if (committeeMembers == 0) {
        out.add(error(holder, asOf, Message.of("charter.S5.noCommittee", name, official)));
      }
      int committee = committeeSize(holder);
      if (committee > MAXIMUM_COMMITTEE) {
        out.add(
            error(
                holder,
                asOf,
                Message.of(
                    "charter.S5.committeeTooLarge", Messages.holderInSentence(holder), committee)));
      }
    } else if (committeeMembers > 0) {
      out.add(
          new Finding(
              CharterRule.S5,
              Severity.WARNING,
              holder.id(),
              Message.of(
                  official == 0 ? "charter.S5.committeeNoOfficial" : "charter.S5.committeeUnder9",
                  name,
                  official,
                  committeeMembers),
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

  private static Finding error(MemberHolder holder, LocalDate asOf, Message message) {
    return new Finding(CharterRule.S5, Severity.ERROR, holder.id(), message, asOf);
  }
}
