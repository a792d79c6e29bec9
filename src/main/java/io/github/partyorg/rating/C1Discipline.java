package io.github.partyorg.rating;

import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Message;
import java.util.AbstractList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
      ledger.add(RatingRule.C1, Message.of("rating.C1.none", facts.year()), NONE, Optional.empty());
      return;
    }
    String counted = Integer.toString(count);
    if (ledger.regime == Regime.R2018) {
      ledger.add(
          RatingRule.C1,
          Message.of("rating.C1.disciplined", count, facts.year(), new Items(disciplines)),
          Words.facts("disciplines", counted),
          Words.some(Level.KHTNV));
      return;
    }
    DisciplineEffect effect = ledger.policies.disciplineEffect();
    Level cap = effect.ceiling();
    ledger.add(
        RatingRule.C1,
        Message.of(
            cap == Level.KHTNV ? "rating.C1.policy.KHTNV" : "rating.C1.policy.capped",
            count,
            facts.year(),
            new Items(disciplines),
            effect.name(),
            cap.name()),
        Words.facts("disciplines", counted, "disciplineEffect", effect.name()),
        Words.some(cap));
  }

  /** The facts of a member without discipline: one map for every such member. */
  private static final FactMap NONE = Words.facts("disciplines", "0");

  /** The disciplines with their dates, each a message made only when the text is read. */
  private static final class Items extends AbstractList<Object> {
    private final List<Discipline> disciplines;

    Items(List<Discipline> disciplines) {
      this.disciplines = disciplines;
    }

    @Override
    public Object get(int index) {
      Discipline d = disciplines.get(index);
      LocalizedText form = d.form().label();
      return Message.of(
          "rating.discipline.item",
          LocalizedText.of(form.vi().toLowerCase(Locale.ROOT), form.en().toLowerCase(Locale.ROOT)),
          d.date());
    }

    @Override
    public int size() {
      return disciplines.size();
    }
  }
}
