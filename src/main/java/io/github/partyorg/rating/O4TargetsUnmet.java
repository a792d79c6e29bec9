package io.github.partyorg.rating;

import io.github.partyorg.structure.Message;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * O4 (R2018, R2023): an organisation that met under 50% of its assigned targets, with key targets
 * unmet, is KHTNV, unless force majeure explains it.
 */
final class O4TargetsUnmet {
  static final BigDecimal MINIMUM_PERCENT = BigDecimal.valueOf(50);

  private O4TargetsUnmet() {}

  static void apply(OrgContext ctx) {
    Optional<BigDecimal> met = ctx.facts.targetsMetPercent();
    if (met.isEmpty()) {
      ctx.missing(RatingRule.O4, "targetsMetPercent", Message.of("rating.fact.targetsMet"));
      return;
    }
    String p = Words.plain(met.get());
    var used =
        Words.facts(
            "targetsMetPercent",
            p,
            "keyTargetsUnmet",
            Boolean.toString(ctx.facts.keyTargetsUnmet()),
            "forceMajeure",
            Boolean.toString(ctx.facts.forceMajeure()));
    boolean under = met.get().compareTo(MINIMUM_PERCENT) < 0;
    if (under && ctx.facts.keyTargetsUnmet() && !ctx.facts.forceMajeure()) {
      ctx.add(
          RatingRule.O4, Message.of("rating.O4.capped", met.get()), used, Words.some(Level.KHTNV));
    } else {
      String why =
          !under
              ? "rating.O4.why.enough"
              : ctx.facts.forceMajeure() ? "rating.O4.why.forceMajeure" : "rating.O4.why.keyMet";
      ctx.add(
          RatingRule.O4,
          Message.of("rating.O4.noCap", met.get(), Message.of(why)),
          used,
          Optional.empty());
    }
  }
}
