package io.github.partyorg.rating;

import static io.github.partyorg.structure.Language.VI;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * O7 (R2025, Quy định 366-QĐ/TW): HTXSNV only with 100% of tasks done, at least 30% exceeded, and
 * no discipline of a sub-unit or a leadership member in the year; otherwise at most HTTNV. The task
 * shares are needed only when the candidate is HTXSNV.
 */
final class O7ExcellenceR2025 {
  static final BigDecimal MINIMUM_EXCEEDED = BigDecimal.valueOf(30);

  private O7ExcellenceR2025() {}

  static void apply(OrgContext ctx, Level candidate) {
    if (candidate != Level.HTXSNV) {
      return;
    }
    Optional<BigDecimal> done = ctx.facts.tasksDonePercent();
    Optional<BigDecimal> exceeded = ctx.facts.tasksExceededPercent();
    if (done.isEmpty()) {
      ctx.missing(
          RatingRule.O7,
          "tasksDonePercent",
          "tỷ lệ nhiệm vụ hoàn thành",
          "the share of tasks done");
    }
    if (exceeded.isEmpty()) {
      ctx.missing(
          RatingRule.O7,
          "tasksExceededPercent",
          "tỷ lệ nhiệm vụ vượt mức",
          "the share of tasks exceeded");
    }
    if (done.isEmpty() || exceeded.isEmpty()) {
      return;
    }
    String d = Words.plain(done.get());
    String x = Words.plain(exceeded.get());
    boolean notAllDone = done.get().compareTo(Words.HUNDRED) < 0;
    boolean few = exceeded.get().compareTo(MINIMUM_EXCEEDED) < 0;
    boolean disciplined = ctx.anyDisciplineAround();
    var used =
        Words.facts(
            "tasksDonePercent",
            d,
            "tasksExceededPercent",
            x,
            "disciplinesAround",
            Integer.toString(
                ctx.subOrganisationDisciplines.size() + ctx.leadershipMemberDisciplines.size()));
    if (!notAllDone && !few && !disciplined) {
      ctx.add(
          RatingRule.O7,
          lang ->
              lang == VI
                  ? "100% nhiệm vụ hoàn thành, vượt mức từ 30%, không có kỷ luật: đủ điều kiện HTXSNV"
                  : "100% of tasks done, 30% or more exceeded, no discipline: meets the conditions of"
                      + " HTXSNV",
          used,
          Optional.empty());
    } else {
      ctx.add(
          RatingRule.O7,
          lang -> {
            boolean vi = lang == VI;
            StringJoiner text =
                new StringJoiner("; ", "", vi ? ": tối đa HTTNV" : ": at most HTTNV");
            if (notAllDone) {
              text.add(
                  vi
                      ? "hoàn thành " + d + "% nhiệm vụ (cần 100%)"
                      : d + "% of tasks done (needs 100%)");
            }
            if (few) {
              text.add(
                  vi
                      ? "vượt mức " + x + "% nhiệm vụ (cần từ 30%)"
                      : x + "% of tasks exceeded (needs 30%)");
            }
            if (disciplined) {
              text.add(
                  vi
                      ? "có tổ chức trực thuộc hoặc thành viên lãnh đạo bị kỷ luật"
                      : "a sub-organisation or leadership member was disciplined");
            }
            return text.toString();
          },
          used,
          Words.some(Level.HTTNV));
    }
  }
}
