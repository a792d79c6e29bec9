package io.github.partyorg.rating;

import static io.github.partyorg.structure.Language.VI;

import io.github.partyorg.charter.DisciplineForm;
import io.github.partyorg.structure.Language;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * O10, every regime (132-QĐ/TW art. 12 and 21-HD for R2018 [TEXT]; R2023 and R2025 [SEC]): the
 * leadership collective (the executive committee of a base organisation, the cell committee where
 * the cell has one) is rated, never above its organisation's level, and is KHTNV if it was
 * disciplined, if one of its members was disciplined at warning or above, if it was disunited, if
 * one of its members was concluded to show degradation, or if the unit met under 50% of its targets
 * (under R2025 the share of tasks done). Its entry goes to the organisation's explanation and puts
 * no cap on the organisation. (Under R2018 this is also O8, 132's text.)
 */
final class O10LeadershipCollective {
  static final BigDecimal MINIMUM_TARGETS = BigDecimal.valueOf(50);

  private O10LeadershipCollective() {}

  static Level level(OrgContext ctx, Level organisationLevel) {
    long warned =
        ctx.leadershipMemberDisciplines.stream()
            .filter(d -> d.form() != DisciplineForm.REPRIMAND)
            .count();
    boolean disciplined = ctx.facts.leadershipCollectiveDisciplined();
    boolean disunited = ctx.facts.leadershipDisunited();
    int degraded = ctx.leadersDegraded;
    Optional<BigDecimal> met =
        ctx.regime == Regime.R2025 ? ctx.facts.tasksDonePercent() : ctx.facts.targetsMetPercent();
    boolean under = met.isPresent() && met.get().compareTo(MINIMUM_TARGETS) < 0;
    String percent = met.map(Words::plain).orElse("none");
    FactMap used =
        Words.facts(
            "organisationLevel",
            organisationLevel.name(),
            "leadershipCollectiveDisciplined",
            Boolean.toString(disciplined),
            "leadershipMembersWarnedOrAbove",
            Long.toString(warned),
            "leadershipDisunited",
            Boolean.toString(disunited),
            "leadersDegradationConcluded",
            Integer.toString(degraded),
            ctx.regime == Regime.R2025 ? "tasksDonePercent" : "targetsMetPercent",
            percent);
    boolean khtnv = disciplined || warned > 0 || disunited || degraded > 0 || under;
    Level level = khtnv ? Level.KHTNV : organisationLevel;
    ctx.add(
        RatingRule.O10,
        lang ->
            sentence(lang, ctx, level, disciplined, warned, disunited, degraded, under, percent),
        used,
        Optional.empty());
    return level;
  }

  private static String sentence(
      Language lang,
      OrgContext ctx,
      Level level,
      boolean disciplined,
      long warned,
      boolean disunited,
      int degraded,
      boolean under,
      String percent) {
    boolean vi = lang == VI;
    String who =
        ctx.kind == OrganisationKind.BASE_COMMITTEE
            ? (vi ? "ban chấp hành đảng bộ" : "the executive committee")
            : (vi ? "chi ủy" : "the cell committee");
    if (level != Level.KHTNV) {
      return vi
          ? "tập thể lãnh đạo (" + who + ") không xếp cao hơn tổ chức: " + level.name()
          : "the leadership collective ("
              + who
              + ") is not rated above its organisation: "
              + level.name();
    }
    StringJoiner text =
        new StringJoiner(
            "; ",
            vi ? "tập thể lãnh đạo (" + who + "): " : "the leadership collective (" + who + "): ",
            vi ? ": tập thể lãnh đạo KHTNV" : ": the collective is KHTNV");
    if (disciplined) {
      text.add(vi ? "bị kỷ luật trong năm" : "disciplined in the year");
    }
    if (warned > 0) {
      text.add(
          vi
              ? "có " + Words.count(warned) + " thành viên bị kỷ luật từ cảnh cáo trở lên"
              : warned + " member(s) disciplined at warning or above");
    }
    if (disunited) {
      text.add(vi ? "mất đoàn kết" : "disunited");
    }
    if (degraded > 0) {
      text.add(
          vi
              ? "có " + Words.count(degraded) + " thành viên bị kết luận suy thoái"
              : degraded + " member(s) concluded to show degradation");
    }
    if (under) {
      text.add(
          ctx.regime == Regime.R2025
              ? (vi
                  ? "đơn vị hoàn thành " + percent + "% nhiệm vụ, dưới 50%"
                  : "the unit completed " + percent + "% of its tasks, under 50%")
              : (vi
                  ? "đơn vị đạt " + percent + "% chỉ tiêu, dưới 50%"
                  : "the unit met " + percent + "% of its targets, under 50%"));
    }
    return text.toString();
  }
}
