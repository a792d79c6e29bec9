package io.github.partyorg.rating;

import io.github.partyorg.structure.Message;
import io.github.partyorg.structure.Share;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * O9, R2018, a policy off by default ({@link RatingPolicies#o9Enabled()}): a law firm's reading of
 * 21-HD/BTCTW (an R2018 guidance) holds that a cell with more than 20% of its rated members at
 * KHTNV is KHTNV. The clause was not seen, so the library applies it only when asked, and only
 * under R2018 (REFERENCE section 11).
 */
final class O9ShareOfMembersKhtnv {
  static final BigDecimal MAXIMUM_SHARE = BigDecimal.valueOf(20);

  private O9ShareOfMembersKhtnv() {}

  static void apply(OrgContext ctx) {
    if (!ctx.policies.o9Enabled()
        || !ctx.kind.holdsMembers()
        || !RatingRule.O9.appliesUnder(ctx.regime)) {
      return;
    }
    long khtnv = ctx.subUnitLevels.stream().filter(l -> l == Level.KHTNV).count();
    Share share = new Share(khtnv, ctx.subUnitLevels.size());
    var used = Words.facts("membersKHTNV", share.toString());
    if (share.isAbove(MAXIMUM_SHARE)) {
      ctx.add(
          RatingRule.O9,
          Message.of("rating.O9.capped", share.toString()),
          used,
          Words.some(Level.KHTNV));
    } else {
      ctx.add(
          RatingRule.O9, Message.of("rating.O9.noCap", share.toString()), used, Optional.empty());
    }
  }
}
