package io.github.partyorg.rating;

import static io.github.partyorg.structure.Language.VI;

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
      ctx.missing(
          RatingRule.O4,
          "targetsMetPercent",
          "tỷ lệ chỉ tiêu, nhiệm vụ được giao đã đạt",
          "the percentage of assigned targets met");
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
          RatingRule.O4,
          lang ->
              lang == VI
                  ? "đạt " + p + "% chỉ tiêu (dưới 50%), chỉ tiêu chủ yếu không đạt: KHTNV"
                  : p + "% of targets met (under 50%) with key targets unmet: KHTNV",
          used,
          Words.some(Level.KHTNV));
    } else {
      String why =
          !under
              ? "từ 50%"
              : ctx.facts.forceMajeure() ? "do bất khả kháng" : "chỉ tiêu chủ yếu đạt";
      String whyEn =
          !under ? "50% or more" : ctx.facts.forceMajeure() ? "force majeure" : "key targets met";
      ctx.add(
          RatingRule.O4,
          lang ->
              lang == VI
                  ? "đạt " + p + "% chỉ tiêu (" + why + "): không giới hạn"
                  : p + "% of targets met (" + whyEn + "): no cap",
          used,
          Optional.empty());
    }
  }
}
