package io.github.partyorg.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    List<String> vi = new ArrayList<>();
    List<String> en = new ArrayList<>();
    Map<String, String> used = Words.facts();
    Optional<BigDecimal> targets = facts.targetsCompletedPercent();
    if (targets.isEmpty()) {
      ledger.missing(
          RatingRule.C2,
          "targetsCompletedPercent",
          "tỷ lệ chỉ tiêu, nhiệm vụ được giao đã hoàn thành",
          "the percentage of assigned targets completed");
    } else {
      String p = Words.plain(targets.get());
      used.put("targetsCompletedPercent", p);
      if (targets.get().compareTo(MINIMUM_PERCENT) < 0) {
        vi.add("hoàn thành " + p + "% chỉ tiêu được giao, dưới 50%");
        en.add(p + "% of assigned targets completed, under 50%");
      }
    }
    facts
        .civilServantLevel()
        .ifPresent(
            level -> {
              used.put("civilServantLevel", level.name());
              if (level == Level.KHTNV) {
                vi.add("xếp loại công chức KHTNV");
                en.add("rated KHTNV as a civil servant in the state rating");
              }
            });
    used.put("degradationConcluded", Boolean.toString(facts.degradationConcluded()));
    if (facts.degradationConcluded()) {
      vi.add("bị kết luận suy thoái");
      en.add("concluded to show degradation");
    }
    if (!vi.isEmpty()) {
      ledger.add(
          RatingRule.C2,
          String.join("; ", vi) + ": KHTNV",
          String.join("; ", en) + ": KHTNV",
          used,
          Optional.of(Level.KHTNV));
      return;
    }
    String okVi = "không xếp loại công chức KHTNV, không bị kết luận suy thoái: không giới hạn";
    String okEn = "not KHTNV in a state rating, no degradation concluded: no cap";
    if (targets.isPresent()) {
      String p = Words.plain(targets.get());
      okVi = "hoàn thành " + p + "% chỉ tiêu được giao (từ 50%), " + okVi;
      okEn = p + "% of assigned targets completed (50% or more), " + okEn;
    }
    ledger.add(RatingRule.C2, okVi, okEn, used, Optional.empty());
  }
}
