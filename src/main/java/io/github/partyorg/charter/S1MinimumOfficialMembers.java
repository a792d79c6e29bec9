package io.github.partyorg.charter;

import io.github.partyorg.structure.MemberHolder;
import io.github.partyorg.structure.Message;
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
            official == 0
                ? Message.of("charter.S1.noOfficial", Messages.holder(holder))
                : Message.of("charter.S1.tooFew", Messages.holder(holder), official),
            asOf));
  }
}
