package io.github.partyorg.rating;

import static io.github.partyorg.structure.Language.VI;

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
    String vi366 =
        inferred
            ? " (Quy định 366-QĐ/TW: áp dụng tiếp như Quy định 124-QĐ/TW, cách hiểu của thư viện"
                + " [INF])"
            : "";
    String en366 =
        inferred ? " (366-QĐ/TW: applied as under 124-QĐ/TW, the library's reading [INF])" : "";
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
          lang ->
              lang == VI
                  ? "tập thể lãnh đạo bị kỷ luật trong năm" + vi366 + ": KHTNV"
                  : "the leadership collective was disciplined in the year" + en366 + ": KHTNV",
          used,
          Words.some(Level.KHTNV));
    } else if (disciplined.isAbove(MAXIMUM_SHARE)) {
      ctx.add(
          RatingRule.O5,
          lang ->
              lang == VI
                  ? disciplined + " tổ chức trực thuộc bị kỷ luật, trên 20%" + vi366 + ": KHTNV"
                  : disciplined
                      + " sub-organisations disciplined, more than 20%"
                      + en366
                      + ": KHTNV",
          used,
          Words.some(Level.KHTNV));
    } else {
      ctx.add(
          RatingRule.O5,
          lang ->
              lang == VI
                  ? "tập thể lãnh đạo không bị kỷ luật; "
                      + disciplined
                      + " tổ chức trực thuộc bị kỷ luật (không quá 20%)"
                      + vi366
                      + ": không giới hạn"
                  : "leadership collective not disciplined; "
                      + disciplined
                      + " sub-organisations disciplined (20% or less)"
                      + en366
                      + ": no cap",
          used,
          Optional.empty());
    }
  }
}
