package io.github.partyorg.rating;

import java.util.Optional;
import java.util.StringJoiner;

/**
 * C1: a member disciplined in the year. R2018: KHTNV (one violation counts once) [TEXT]. R2023 and
 * R2025: a discipline bars HTXSNV; whether it gives KHTNV is the policy {@link DisciplineEffect}
 * (default KHTNV) [INF].
 */
final class C1Discipline {
  private C1Discipline() {}

  static void apply(Ledger ledger) {
    MemberFacts facts = ledger.facts;
    String year = facts.year().toString();
    int count = facts.disciplines().size();
    if (count == 0) {
      ledger.add(
          RatingRule.C1,
          "không bị kỷ luật trong năm " + year + ": không giới hạn",
          "no discipline in " + year + ": no cap",
          Words.facts("disciplines", "0"),
          Optional.empty());
      return;
    }
    StringJoiner vi = new StringJoiner(", ");
    StringJoiner en = new StringJoiner(", ");
    for (Discipline d : facts.disciplines()) {
      vi.add(
          d.form().label().vi().toLowerCase(java.util.Locale.ROOT) + " ngày " + Words.vi(d.date()));
      en.add(d.form().label().en().toLowerCase(java.util.Locale.ROOT) + " on " + d.date());
    }
    String countEn = count + (count == 1 ? " discipline" : " disciplines");
    if (ledger.regime == Regime.R2018) {
      ledger.add(
          RatingRule.C1,
          "bị kỷ luật " + count + " lần trong năm " + year + " (" + vi + "): KHTNV",
          countEn + " in " + year + " (" + en + "): KHTNV",
          Words.facts("disciplines", Integer.toString(count)),
          Optional.of(Level.KHTNV));
      return;
    }
    DisciplineEffect effect = ledger.policies.disciplineEffect();
    Level cap = effect.ceiling();
    String capVi = cap == Level.KHTNV ? "KHTNV" : "tối đa HTTNV";
    String capEn = cap == Level.KHTNV ? "KHTNV" : "at most HTTNV";
    ledger.add(
        RatingRule.C1,
        "bị kỷ luật "
            + count
            + " lần trong năm "
            + year
            + " ("
            + vi
            + "); chính sách "
            + effect.name()
            + ": "
            + capVi,
        countEn + " in " + year + " (" + en + "); policy " + effect.name() + ": " + capEn,
        Words.facts("disciplines", Integer.toString(count), "disciplineEffect", effect.name()),
        Optional.of(cap));
  }
}
