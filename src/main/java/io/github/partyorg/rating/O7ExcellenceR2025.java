package io.github.partyorg.rating;

import static io.github.partyorg.structure.Language.VI;

import io.github.partyorg.structure.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * O7 (R2025, Quy định 366-QĐ/TW art. 11 [SEC]): the collective's conditions besides its score.
 * HTXSNV only with 100% of tasks done on time, at least 30% exceeded, no discipline of a sub-unit
 * or a leadership member, and 100% of the shortcomings found earlier remedied; HTTNV only with 100%
 * of tasks done on time; HTNV only with 100% of tasks done and at most 20% of them late. A
 * collective whose band's conditions fail falls to the highest level whose conditions hold, the
 * library's reading [INF], labelled so. Each share is needed only when a band that reads it is
 * tried; a missing one is a {@link MissingFact}.
 */
final class O7ExcellenceR2025 {
  static final BigDecimal MINIMUM_EXCEEDED = BigDecimal.valueOf(30);
  static final BigDecimal MAXIMUM_LATE = BigDecimal.valueOf(20);

  private O7ExcellenceR2025() {}

  static void apply(OrgContext ctx, Level band) {
    if (band == Level.KHTNV) {
      return;
    }
    FactMap used = FactMap.withRoom(6);
    List<Level> tried = new ArrayList<>(3);
    List<List<Reason>> failures = new ArrayList<>(3);
    Level level = band;
    while (level != Level.KHTNV) {
      List<Reason> failed = conditions(ctx, level, used);
      if (failed == null) {
        return;
      }
      if (failed.isEmpty()) {
        break;
      }
      tried.add(level);
      failures.add(failed);
      level = level.below();
    }
    Level given = level;
    ctx.add(
        RatingRule.O7,
        lang -> sentence(lang, band, given, tried, failures),
        used,
        given == band ? Optional.empty() : Words.some(given));
  }

  /** A failed condition, with its sentence in both languages. */
  private record Reason(String vi, String en) {}

  private static String sentence(
      Language lang, Level band, Level given, List<Level> tried, List<List<Reason>> failures) {
    boolean vi = lang == VI;
    if (tried.isEmpty()) {
      return vi
          ? "đủ điều kiện của tập thể ở mức " + band.name() + " (Điều 11 Quy định 366-QĐ/TW)"
          : "meets the collective's conditions of " + band.name() + " (366-QĐ/TW art. 11)";
    }
    StringJoiner text = new StringJoiner("; ");
    for (int i = 0; i < tried.size(); i++) {
      StringJoiner reasons = new StringJoiner(", ");
      for (Reason r : failures.get(i)) {
        reasons.add(vi ? r.vi() : r.en());
      }
      text.add((vi ? "không đạt " : "not ") + tried.get(i).name() + ": " + reasons);
    }
    return text + (vi ? C5ScoreR2025.FALL_VI : C5ScoreR2025.FALL_EN) + ": " + given.name();
  }

  /** The failed conditions of a level (empty if it holds); null if a needed share is missing. */
  private static @Nullable List<Reason> conditions(OrgContext ctx, Level level, FactMap used) {
    OrganisationFacts f = ctx.facts;
    List<Reason> failed = new ArrayList<>(4);
    if (level == Level.HTNV) {
      BigDecimal done =
          need(ctx, f.tasksDonePercent(), "tasksDonePercent", "tỷ lệ nhiệm vụ hoàn thành", used);
      BigDecimal late =
          need(ctx, f.tasksLatePercent(), "tasksLatePercent", "tỷ lệ nhiệm vụ chậm tiến độ", used);
      if (done == null || late == null) {
        return null;
      }
      if (done.compareTo(Words.HUNDRED) < 0) {
        String d = Words.plain(done);
        failed.add(
            new Reason(
                "hoàn thành " + d + "% nhiệm vụ, dưới 100%", d + "% of tasks done, under 100%"));
      }
      if (late.compareTo(MAXIMUM_LATE) > 0) {
        String l = Words.plain(late);
        failed.add(
            new Reason(l + "% nhiệm vụ chậm tiến độ, trên 20%", l + "% of tasks late, over 20%"));
      }
      return failed;
    }
    BigDecimal onTime =
        need(
            ctx,
            f.tasksOnTimePercent(),
            "tasksOnTimePercent",
            "tỷ lệ nhiệm vụ hoàn thành đúng hạn",
            used);
    if (onTime == null) {
      return null;
    }
    if (onTime.compareTo(Words.HUNDRED) < 0) {
      String t = Words.plain(onTime);
      failed.add(
          new Reason(t + "% nhiệm vụ đúng hạn, dưới 100%", t + "% of tasks on time, under 100%"));
    }
    if (level == Level.HTXSNV) {
      BigDecimal exceeded =
          need(
              ctx,
              f.tasksExceededPercent(),
              "tasksExceededPercent",
              "tỷ lệ nhiệm vụ vượt mức",
              used);
      BigDecimal remedied =
          need(
              ctx,
              f.shortcomingsRemediedPercent(),
              "shortcomingsRemediedPercent",
              "tỷ lệ hạn chế, khuyết điểm đã chỉ ra được khắc phục",
              used);
      if (exceeded == null || remedied == null) {
        return null;
      }
      if (exceeded.compareTo(MINIMUM_EXCEEDED) < 0) {
        String x = Words.plain(exceeded);
        failed.add(
            new Reason(x + "% nhiệm vụ vượt mức, dưới 30%", x + "% of tasks exceeded, under 30%"));
      }
      int around = ctx.subOrganisationDisciplines.size() + ctx.leadershipMemberDisciplines.size();
      used.with("disciplinesAround", Integer.toString(around));
      if (around > 0) {
        failed.add(
            new Reason(
                "có tổ chức trực thuộc hoặc thành viên cấp ủy bị kỷ luật",
                "a sub-organisation or a member of the leadership was disciplined"));
      }
      if (remedied.compareTo(Words.HUNDRED) < 0) {
        String r = Words.plain(remedied);
        failed.add(
            new Reason(
                "khắc phục " + r + "% hạn chế, khuyết điểm đã chỉ ra, dưới 100%",
                r + "% of the shortcomings found earlier remedied, under 100%"));
      }
    }
    return failed;
  }

  private static String english(String fact) {
    return switch (fact) {
      case "tasksDonePercent" -> "the share of tasks done";
      case "tasksLatePercent" -> "the share of tasks done late";
      case "tasksOnTimePercent" -> "the share of tasks done on time";
      case "tasksExceededPercent" -> "the share of tasks exceeded";
      default -> "the share of the shortcomings found earlier that were remedied";
    };
  }

  private static @Nullable BigDecimal need(
      OrgContext ctx, Optional<BigDecimal> value, String fact, String vi, FactMap used) {
    if (value.isEmpty()) {
      if (ctx.missing.stream().noneMatch(m -> m.fact().equals(fact))) {
        ctx.missing(RatingRule.O7, fact, vi, english(fact));
      }
      return null;
    }
    used.with(fact, Words.plain(value.get()));
    return value.get();
  }
}
