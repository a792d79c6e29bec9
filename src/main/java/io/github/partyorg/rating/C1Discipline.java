package io.github.partyorg.rating;

import static io.github.partyorg.structure.Language.VI;

import io.github.partyorg.structure.Language;
import java.util.List;
import java.util.Locale;
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
    List<Discipline> disciplines = facts.disciplines();
    int count = disciplines.size();
    if (count == 0) {
      ledger.add(RatingRule.C1, lang -> none(facts, lang), NONE, Optional.empty());
      return;
    }
    String counted = Integer.toString(count);
    if (ledger.regime == Regime.R2018) {
      ledger.add(
          RatingRule.C1,
          lang ->
              lang == VI
                  ? "bị kỷ luật "
                      + count
                      + " lần trong năm "
                      + facts.year()
                      + " ("
                      + list(disciplines, lang)
                      + "): KHTNV"
                  : countEn(count)
                      + " in "
                      + facts.year()
                      + " ("
                      + list(disciplines, lang)
                      + "): KHTNV",
          Words.facts("disciplines", counted),
          Words.some(Level.KHTNV));
      return;
    }
    DisciplineEffect effect = ledger.policies.disciplineEffect();
    Level cap = effect.ceiling();
    ledger.add(
        RatingRule.C1,
        lang ->
            lang == VI
                ? "bị kỷ luật "
                    + count
                    + " lần trong năm "
                    + facts.year()
                    + " ("
                    + list(disciplines, lang)
                    + "); chính sách "
                    + effect.name()
                    + ": "
                    + (cap == Level.KHTNV ? "KHTNV" : "tối đa HTTNV")
                : countEn(count)
                    + " in "
                    + facts.year()
                    + " ("
                    + list(disciplines, lang)
                    + "); policy "
                    + effect.name()
                    + ": "
                    + (cap == Level.KHTNV ? "KHTNV" : "at most HTTNV"),
        Words.facts("disciplines", counted, "disciplineEffect", effect.name()),
        Words.some(cap));
  }

  /** The facts of a member without discipline: one map for every such member. */
  private static final FactMap NONE = Words.facts("disciplines", "0");

  private static String none(MemberFacts facts, Language lang) {
    return lang == VI
        ? "không bị kỷ luật trong năm " + facts.year() + ": không giới hạn"
        : "no discipline in " + facts.year() + ": no cap";
  }

  private static String countEn(int count) {
    return count + (count == 1 ? " discipline" : " disciplines");
  }

  /** The disciplines with their dates, comma-separated. */
  private static String list(List<Discipline> disciplines, Language lang) {
    StringJoiner text = new StringJoiner(", ");
    for (Discipline d : disciplines) {
      String form = d.form().label().in(lang).toLowerCase(Locale.ROOT);
      text.add(lang == VI ? form + " ngày " + Words.vi(d.date()) : form + " on " + d.date());
    }
    return text.toString();
  }
}
