package io.github.partyorg.rating;

import io.github.partyorg.structure.Message;
import io.github.partyorg.structure.Share;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * O5 (R2018, R2023 [TEXT]; R2025 while {@link RatingPolicies#o5UnderR2025()} is on, the default, by
 * continuity with 124 [INF], said in the entry): an organisation whose leadership collective was
 * disciplined in the year, or more than 20% of whose sub-organisations were disciplined in the
 * year, is KHTNV.
 */
final class O5LeadershipOrSubUnitsDisciplined {
  static final BigDecimal MAXIMUM_SHARE = BigDecimal.valueOf(20);

  private O5LeadershipOrSubUnitsDisciplined() {}

  static void apply(OrgContext ctx) {
    boolean inferred = ctx.regime == Regime.R2025;
    if (inferred && !ctx.policies.o5UnderR2025()) {
      return;
    }
    Share disciplined = new Share(ctx.subOrganisationDisciplines.size(), ctx.subOrganisations);
    var used =
        Words.facts(
            "leadershipCollectiveDisciplined",
            Boolean.toString(ctx.facts.leadershipCollectiveDisciplined()),
            "subOrganisationsDisciplined",
            disciplined.toString());
    if (ctx.facts.leadershipCollectiveDisciplined()) {
      ctx.add(
          RatingRule.O5,
          Message.of(inferred ? "rating.O5.leadership.R2025" : "rating.O5.leadership"),
          used,
          Words.some(Level.KHTNV));
    } else if (disciplined.isAbove(MAXIMUM_SHARE)) {
      ctx.add(
          RatingRule.O5,
          Message.of(
              inferred ? "rating.O5.subUnits.R2025" : "rating.O5.subUnits", disciplined.toString()),
          used,
          Words.some(Level.KHTNV));
    } else {
      ctx.add(
          RatingRule.O5,
          Message.of(
              inferred ? "rating.O5.noCap.R2025" : "rating.O5.noCap", disciplined.toString()),
          used,
          Optional.empty());
    }
  }
}
