package io.github.partyorg.rating;

import static io.github.partyorg.structure.Language.VI;

import io.github.partyorg.structure.Share;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * C6 (R2025, 366-QĐ/TW art. 11 [SEC]): a member holding a leadership or management post is also
 * KHTNV if disciplined in the year (reprimand or above) for a violation in the exercise of duties,
 * if more than 50% of the votes of a confidence vote were "low", or if the unit or area the member
 * directly leads completed under 70% of its tasks. The unit's percentage is needed for such a
 * member; without it a {@link MissingFact} is reported. A member without such a post is not
 * concerned and gets no entry.
 */
final class C6LeaderR2025 {
  static final BigDecimal MAXIMUM_LOW_VOTES = BigDecimal.valueOf(50);
  static final BigDecimal MINIMUM_UNIT_DONE = BigDecimal.valueOf(70);

  private C6LeaderR2025() {}

  static void apply(Ledger ledger) {
    MemberFacts facts = ledger.facts;
    if (!facts.leadershipPost()) {
      return;
    }
    Optional<BigDecimal> unit = facts.ledUnitTasksDonePercent();
    if (unit.isEmpty()) {
      ledger.missing(
          RatingRule.C6,
          "ledUnitTasksDonePercent",
          "tỷ lệ hoàn thành nhiệm vụ của cơ quan, đơn vị, lĩnh vực được giao trực tiếp phụ trách",
          "the share of its tasks completed by the unit or area the member directly leads");
      return;
    }
    String u = Words.plain(unit.get());
    boolean duty = facts.disciplinedForDutyViolation();
    Share votes = facts.confidenceVoteLow().orElse(null);
    boolean lowVotes = votes != null && votes.isAbove(MAXIMUM_LOW_VOTES);
    boolean unitShort = unit.get().compareTo(MINIMUM_UNIT_DONE) < 0;
    FactMap used =
        Words.facts(
            "leadershipPost",
            "true",
            "disciplinedForDutyViolation",
            Boolean.toString(duty),
            "confidenceVoteLow",
            votes == null ? "none" : votes.toString(),
            "ledUnitTasksDonePercent",
            u);
    if (!duty && !lowVotes && !unitShort) {
      ledger.add(
          RatingRule.C6,
          lang ->
              lang == VI
                  ? "giữ chức vụ lãnh đạo, quản lý: không bị kỷ luật do vi phạm trong thực hiện"
                      + " chức trách, nhiệm vụ; "
                      + (votes == null
                          ? "không lấy phiếu tín nhiệm trong năm"
                          : votes + " phiếu tín nhiệm thấp (không quá 50%)")
                      + "; đơn vị phụ trách hoàn thành "
                      + u
                      + "% nhiệm vụ (từ 70%): không giới hạn"
                  : "holds a leadership or management post: not disciplined for a violation of"
                      + " duty; "
                      + (votes == null
                          ? "no confidence vote in the year"
                          : votes + " of votes at low confidence (50% or less)")
                      + "; the unit led completed "
                      + u
                      + "% of its tasks (70% or more): no cap",
          used,
          Optional.empty());
      return;
    }
    ledger.add(
        RatingRule.C6,
        lang -> {
          boolean vi = lang == VI;
          StringJoiner text =
              new StringJoiner(
                  "; ",
                  vi
                      ? "giữ chức vụ lãnh đạo, quản lý: "
                      : "holds a leadership or management post: ",
                  ": KHTNV");
          if (duty) {
            text.add(
                vi
                    ? "bị kỷ luật do vi phạm trong thực hiện chức trách, nhiệm vụ"
                    : "disciplined for a violation in the exercise of duties");
          }
          if (lowVotes) {
            text.add(
                vi
                    ? "có trên 50% số phiếu tín nhiệm thấp (" + votes + ")"
                    : "more than 50% of the votes at low confidence (" + votes + ")");
          }
          if (unitShort) {
            text.add(
                vi
                    ? "cơ quan, đơn vị được giao trực tiếp phụ trách hoàn thành "
                        + u
                        + "% nhiệm vụ, dưới 70%"
                    : "the unit directly led completed " + u + "% of its tasks, under 70%");
          }
          return text.toString();
        },
        used,
        Words.some(Level.KHTNV));
  }
}
