package io.github.partyorg.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
    List<String> vi = new ArrayList<>();
    List<String> en = new ArrayList<>();
    if (done.get().compareTo(Words.HUNDRED) < 0) {
      vi.add("hoàn thành " + Words.plain(done.get()) + "% nhiệm vụ (cần 100%)");
      en.add(Words.plain(done.get()) + "% of tasks done (needs 100%)");
    }
    if (exceeded.get().compareTo(MINIMUM_EXCEEDED) < 0) {
      vi.add("vượt mức " + Words.plain(exceeded.get()) + "% nhiệm vụ (cần từ 30%)");
      en.add(Words.plain(exceeded.get()) + "% of tasks exceeded (needs 30%)");
    }
    if (ctx.anyDisciplineAround()) {
      vi.add("có tổ chức trực thuộc hoặc thành viên lãnh đạo bị kỷ luật");
      en.add("a sub-organisation or leadership member was disciplined");
    }
    var used =
        Words.facts(
            "tasksDonePercent",
            Words.plain(done.get()),
            "tasksExceededPercent",
            Words.plain(exceeded.get()),
            "disciplinesAround",
            Integer.toString(
                ctx.subOrganisationDisciplines.size() + ctx.leadershipMemberDisciplines.size()));
    if (vi.isEmpty()) {
      ctx.add(
          RatingRule.O7,
          "100% nhiệm vụ hoàn thành, vượt mức từ 30%, không có kỷ luật: đủ điều kiện HTXSNV",
          "100% of tasks done, 30% or more exceeded, no discipline: meets the conditions of"
              + " HTXSNV",
          used,
          Optional.empty());
    } else {
      ctx.add(
          RatingRule.O7,
          String.join("; ", vi) + ": tối đa HTTNV",
          String.join("; ", en) + ": at most HTTNV",
          used,
          Optional.of(Level.HTTNV));
    }
  }
}
