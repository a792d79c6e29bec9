package io.github.partyorg.charter;

import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberHolder;
import io.github.partyorg.structure.Message;
import io.github.partyorg.structure.Post;
import java.time.LocalDate;
import java.util.List;

/**
 * S6: a cell has at most one deputy secretary (Party Charter 2011, art. 24).
 *
 * <p>Applies to cells and base cells: more than one member holding {@link
 * Post#CELL_DEPUTY_SECRETARY} gives an {@link Severity#ERROR}.
 */
final class S6SingleDeputySecretary implements StructureRule {

  @Override
  public CharterRule rule() {
    return CharterRule.S6;
  }

  @Override
  public void checkMemberHolder(MemberHolder holder, LocalDate asOf, List<Finding> out) {
    List<Member> deputies = holder.membersHolding(Post.CELL_DEPUTY_SECRETARY);
    if (deputies.size() <= 1) {
      return;
    }
    out.add(
        new Finding(
            CharterRule.S6,
            Severity.ERROR,
            holder.id(),
            Message.of(
                "charter.S6.deputies",
                Messages.holder(holder),
                deputies.size(),
                Messages.ids(deputies)),
            asOf));
  }
}
