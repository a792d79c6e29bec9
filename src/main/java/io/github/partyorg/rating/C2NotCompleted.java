package io.github.partyorg.rating;

import static io.github.partyorg.structure.Language.VI;

import io.github.partyorg.structure.Language;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * C2, every regime: KHTNV if concluded by the competent level to show degradation of political
 * ideology, ethics or lifestyle, to have done what members are forbidden to do, or to have failed
 * the duty to set an example with harm to the unit's standing (132; 124 art. 12; 366 art. 11)
 * [TEXT]. R2018 also: under 50% of the assigned targets completed, or rated KHTNV as a civil
 * servant in the state rating [TEXT]; there the targets percentage is needed, and without it a
 * {@link MissingFact} is reported.
 */
final class C2NotCompleted {
  static final BigDecimal MINIMUM_PERCENT = BigDecimal.valueOf(50);

  private C2NotCompleted() {}

  static void apply(Ledger ledger) {
    MemberFacts facts = ledger.facts;
    boolean r2018 = ledger.regime == Regime.R2018;
    FactMap used = FactMap.withRoom(r2018 ? 5 : 3);
    String percent = null;
    boolean under = false;
    Level state = null;
    if (r2018) {
      Optional<BigDecimal> targets = facts.targetsCompletedPercent();
      if (targets.isEmpty()) {
        ledger.missing(
            RatingRule.C2,
            "targetsCompletedPercent",
            "tỷ lệ chỉ tiêu, nhiệm vụ được giao đã hoàn thành",
            "the percentage of assigned targets completed");
      } else {
        percent = Words.plain(targets.get());
        used.with("targetsCompletedPercent", percent);
        under = targets.get().compareTo(MINIMUM_PERCENT) < 0;
      }
      state = facts.civilServantLevel().orElse(null);
      if (state != null) {
        used.with("civilServantLevel", state.name());
      }
    }
    boolean stateKhtnv = state == Level.KHTNV;
    boolean degraded = facts.degradationConcluded();
    boolean forbidden = facts.forbiddenActsConcluded();
    boolean example = facts.exampleDutyFailed();
    used.with("degradationConcluded", Boolean.toString(degraded));
    used.with("forbiddenActsConcluded", Boolean.toString(forbidden));
    used.with("exampleDutyFailed", Boolean.toString(example));
    if (under || stateKhtnv || degraded || forbidden || example) {
      String underPercent = under ? percent : null;
      ledger.add(
          RatingRule.C2,
          lang -> reasons(lang, underPercent, stateKhtnv, degraded, forbidden, example),
          used,
          Words.some(Level.KHTNV));
      return;
    }
    String given = percent;
    ledger.add(RatingRule.C2, lang -> noCap(lang, r2018, given), used, Optional.empty());
  }

  /** "45% of assigned targets completed, under 50%; ...: KHTNV". */
  private static String reasons(
      Language lang,
      @Nullable String underPercent,
      boolean stateKhtnv,
      boolean degraded,
      boolean forbidden,
      boolean example) {
    boolean vi = lang == VI;
    StringJoiner text = new StringJoiner("; ", "", ": KHTNV");
    if (underPercent != null) {
      text.add(
          vi
              ? "hoàn thành " + underPercent + "% chỉ tiêu được giao, dưới 50%"
              : underPercent + "% of assigned targets completed, under 50%");
    }
    if (stateKhtnv) {
      text.add(
          vi ? "xếp loại công chức KHTNV" : "rated KHTNV as a civil servant in the state rating");
    }
    if (degraded) {
      text.add(
          vi
              ? "bị cấp có thẩm quyền kết luận suy thoái về tư tưởng chính trị, đạo đức, lối sống,"
                  + " “tự diễn biến”, “tự chuyển hóa”"
              : "concluded by the competent level to show degradation of political ideology,"
                  + " ethics or lifestyle");
    }
    if (forbidden) {
      text.add(
          vi
              ? "bị cấp có thẩm quyền kết luận vi phạm những điều đảng viên không được làm"
              : "concluded by the competent level to have done what members are forbidden to do");
    }
    if (example) {
      text.add(
          vi
              ? "không thực hiện trách nhiệm nêu gương, ảnh hưởng đến uy tín của cơ quan, đơn vị"
              : "failed the duty to set an example, harming the standing of the agency or unit");
    }
    return text.toString();
  }

  /** No cap, with the targets percentage if given. */
  private static String noCap(Language lang, boolean r2018, @Nullable String percent) {
    if (lang == VI) {
      String ok =
          (r2018 ? "không xếp loại công chức KHTNV, " : "")
              + "không bị kết luận suy thoái, vi phạm điều đảng viên không được làm hoặc không thực"
              + " hiện trách nhiệm nêu gương: không giới hạn";
      return percent == null
          ? ok
          : "hoàn thành " + percent + "% chỉ tiêu được giao (từ 50%), " + ok;
    }
    String ok =
        (r2018 ? "not KHTNV in a state rating, " : "")
            + "no conclusion of degradation, forbidden acts or failed duty to set an example: no"
            + " cap";
    return percent == null ? ok : percent + "% of assigned targets completed (50% or more), " + ok;
  }
}
