package io.github.partyorg.rating;

import static io.github.partyorg.structure.Language.VI;

import io.github.partyorg.structure.Language;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * C2 (R2018): KHTNV if under 50% of the assigned targets were completed, if rated KHTNV as a civil
 * servant in the state rating, or if concluded to show degradation [TEXT]. The targets percentage
 * is needed; without it a {@link MissingFact} is reported.
 */
final class C2NotCompleted {
  static final BigDecimal MINIMUM_PERCENT = BigDecimal.valueOf(50);

  private C2NotCompleted() {}

  static void apply(Ledger ledger) {
    MemberFacts facts = ledger.facts;
    FactMap used = FactMap.withRoom(3);
    Optional<BigDecimal> targets = facts.targetsCompletedPercent();
    String percent = targets.isPresent() ? Words.plain(targets.get()) : null;
    boolean under = false;
    if (percent == null) {
      ledger.missing(
          RatingRule.C2,
          "targetsCompletedPercent",
          "tỷ lệ chỉ tiêu, nhiệm vụ được giao đã hoàn thành",
          "the percentage of assigned targets completed");
    } else {
      used.with("targetsCompletedPercent", percent);
      under = targets.get().compareTo(MINIMUM_PERCENT) < 0;
    }
    Level state = facts.civilServantLevel().orElse(null);
    if (state != null) {
      used.with("civilServantLevel", state.name());
    }
    boolean stateKhtnv = state == Level.KHTNV;
    boolean degraded = facts.degradationConcluded();
    used.with("degradationConcluded", Boolean.toString(degraded));
    if (under || stateKhtnv || degraded) {
      boolean underTargets = under;
      ledger.add(
          RatingRule.C2,
          lang -> reasons(lang, underTargets ? percent : null, stateKhtnv, degraded),
          used,
          Words.some(Level.KHTNV));
      return;
    }
    ledger.add(RatingRule.C2, lang -> noCap(lang, percent), used, Optional.empty());
  }

  /** "45% of assigned targets completed, under 50%; ...: KHTNV". */
  private static String reasons(
      Language lang, @Nullable String underPercent, boolean stateKhtnv, boolean degraded) {
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
      text.add(vi ? "bị kết luận suy thoái" : "concluded to show degradation");
    }
    return text.toString();
  }

  /** No cap, with the targets percentage if given. */
  private static String noCap(Language lang, @Nullable String percent) {
    if (lang == VI) {
      String ok = "không xếp loại công chức KHTNV, không bị kết luận suy thoái: không giới hạn";
      return percent == null
          ? ok
          : "hoàn thành " + percent + "% chỉ tiêu được giao (từ 50%), " + ok;
    }
    String ok = "not KHTNV in a state rating, no degradation concluded: no cap";
    return percent == null ? ok : percent + "% of assigned targets completed (50% or more), " + ok;
  }
}
