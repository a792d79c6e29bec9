package io.github.partyorg.rating;

import static io.github.partyorg.structure.Language.VI;

import io.github.partyorg.structure.Share;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * O5 (R2018, R2023): an organisation whose leadership collective was disciplined in the year, or
 * more than 20% of whose sub-organisations were disciplined in the year, is KHTNV.
 */
final class O5LeadershipOrSubUnitsDisciplined {
  static final BigDecimal MAXIMUM_SHARE = BigDecimal.valueOf(20);

  private O5LeadershipOrSubUnitsDisciplined() {}

  static void apply(OrgContext ctx) {
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
                  ? "tập thể lãnh đạo bị kỷ luật trong năm: KHTNV"
                  : "the leadership collective was disciplined in the year: KHTNV",
          used,
          Words.some(Level.KHTNV));
    } else if (disciplined.isAbove(MAXIMUM_SHARE)) {
      ctx.add(
          RatingRule.O5,
          lang ->
              lang == VI
                  ? disciplined + " tổ chức trực thuộc bị kỷ luật, trên 20%: KHTNV"
                  : disciplined + " sub-organisations disciplined, more than 20%: KHTNV",
          used,
          Words.some(Level.KHTNV));
    } else {
      ctx.add(
          RatingRule.O5,
          lang ->
              lang == VI
                  ? "tập thể lãnh đạo không bị kỷ luật; "
                      + disciplined
                      + " tổ chức trực thuộc bị kỷ luật (không quá 20%): không giới hạn"
                  : "leadership collective not disciplined; "
                      + disciplined
                      + " sub-organisations disciplined (20% or less): no cap",
          used,
          Optional.empty());
    }
  }
}
