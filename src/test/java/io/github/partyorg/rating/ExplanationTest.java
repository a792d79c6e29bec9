package io.github.partyorg.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.entry;

import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.LocalizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ExplanationTest {
  private static final LocalizedText TEXT = LocalizedText.of("C2: ...: KHTNV", "C2: ...: KHTNV");

  @Test
  void facts_areCopiedInOrder_andUnmodifiable() {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("z", "1");
    facts.put("a", "2");
    Explanation e = new Explanation(RatingRule.C2, Regime.R2018, TEXT, facts, Optional.empty());
    facts.put("b", "3");
    assertThat(e.facts()).containsExactly(entry("z", "1"), entry("a", "2"));
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> e.facts().put("c", "4"));
  }

  @Test
  void nullFactValue_isRefusedNamingTheFact() {
    Map<String, String> facts = new HashMap<>();
    facts.put("score", null);
    assertThatNullPointerException()
        .isThrownBy(
            () -> new Explanation(RatingRule.C5, Regime.R2025, TEXT, facts, Optional.empty()))
        .withMessage("score");
  }

  @Test
  void citation_isTheRegimes_andToStringIsEnglish() {
    Explanation e =
        new Explanation(RatingRule.C2, Regime.R2018, TEXT, Map.of(), Optional.of(Level.KHTNV));
    assertThat(e.citation()).isEqualTo(Regime.R2018.citation());
    assertThat(e).hasToString("C2 R2018: C2: ...: KHTNV");
  }

  @Test
  void lazyEntry_rendersItsTextOnce_prefixedWithTheRule() {
    int[] calls = {0};
    Explanation e =
        Explanation.lazy(
            RatingRule.C1,
            Regime.R2025,
            lang -> {
              calls[0]++;
              return lang == Language.VI ? "không bị kỷ luật" : "no discipline";
            },
            FactMap.of("disciplines", "0"),
            Optional.empty());
    assertThat(calls[0]).isZero();
    LocalizedText text = e.text();
    assertThat(text).isEqualTo(LocalizedText.of("C1: không bị kỷ luật", "C1: no discipline"));
    assertThat(e.text()).isSameAs(text);
    assertThat(calls[0]).isEqualTo(2);
    assertThat(e).hasToString("C1 R2025: C1: no discipline");
  }

  @Test
  void lazyEntry_equalsTheEntryBuiltWithTheSameText() {
    Explanation lazy =
        Explanation.lazy(
            RatingRule.C2,
            Regime.R2018,
            lang -> "...: KHTNV",
            FactMap.of("score", "45"),
            Words.some(Level.KHTNV));
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("score", "45");
    Explanation eager =
        new Explanation(RatingRule.C2, Regime.R2018, TEXT, facts, Optional.of(Level.KHTNV));
    assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager);
    assertThat(eager).isEqualTo(lazy);
    assertThat(lazy)
        .isNotEqualTo(
            new Explanation(RatingRule.C2, Regime.R2018, TEXT, facts, Optional.of(Level.HTNV)))
        .isNotEqualTo(
            new Explanation(RatingRule.C2, Regime.R2023, TEXT, facts, Optional.of(Level.KHTNV)))
        .isNotEqualTo(
            new Explanation(RatingRule.C2, Regime.R2018, TEXT, Map.of(), Optional.of(Level.KHTNV)))
        .isNotEqualTo(
            new Explanation(
                RatingRule.C2,
                Regime.R2018,
                LocalizedText.of("C2: khác", "C2: other"),
                facts,
                Optional.of(Level.KHTNV)))
        .isNotEqualTo("C2");
  }

  @Test
  void lazyEntry_readFromManyThreads_givesOneText() throws Exception {
    Explanation e =
        Explanation.lazy(
            RatingRule.C5,
            Regime.R2025,
            lang -> lang == Language.VI ? "điểm 92" : "score 92",
            FactMap.of("score", "92"),
            Optional.empty());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<LocalizedText>> texts = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        texts.add(pool.submit(e::text));
      }
      for (Future<LocalizedText> text : texts) {
        assertThat(text.get()).isEqualTo(LocalizedText.of("C5: điểm 92", "C5: score 92"));
      }
    } finally {
      pool.shutdown();
    }
  }
}
