package io.github.partyorg.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.entry;

import io.github.partyorg.structure.Catalogue;
import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Message;
import java.time.Year;
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
  void lazyEntry_rendersItsTextOnlyWhenRead_once_prefixedWithTheRule() {
    int[] reads = {0};
    // A list argument that counts how often it is read: only rendering reads it.
    List<Object> reasons =
        new java.util.AbstractList<>() {
          @Override
          public Object get(int index) {
            reads[0]++;
            return Message.of("rating.C2.degraded");
          }

          @Override
          public int size() {
            return 1;
          }
        };
    Explanation e =
        Explanation.lazy(
            RatingRule.C2,
            Regime.R2018,
            Message.of("rating.C2.capped", new Message.Joined("; ", reasons)),
            FactMap.of("degradationConcluded", "true"),
            Words.some(Level.KHTNV));
    assertThat(reads[0]).isZero();
    assertThat(e.message()).isPresent();
    assertThat(reads[0]).isZero();
    LocalizedText text = e.text();
    assertThat(text)
        .isEqualTo(
            LocalizedText.of(
                "C2: bị cấp có thẩm quyền kết luận suy thoái về tư tưởng chính trị, đạo đức, lối"
                    + " sống, “tự diễn biến”, “tự chuyển hóa”: xếp loại mức KHTNV",
                "C2: concluded by the competent level to show degradation of political ideology,"
                    + " ethics or lifestyle: KHTNV"));
    int afterFirst = reads[0];
    assertThat(afterFirst).isPositive();
    assertThat(e.text()).isSameAs(text);
    assertThat(reads[0]).isEqualTo(afterFirst);
    assertThat(e)
        .hasToString(
            "C2 R2018: C2: concluded by the competent level to show degradation of political"
                + " ideology, ethics or lifestyle: KHTNV");
  }

  @Test
  void entriesWithMessages_areEqualByKeyAndArguments_hashWithoutRendering() {
    Explanation a =
        new Explanation(
            RatingRule.C1,
            Regime.R2025,
            Message.of("rating.C1.none", Year.of(2025)),
            Map.of("disciplines", "0"),
            Optional.empty());
    Explanation b =
        Explanation.lazy(
            RatingRule.C1,
            Regime.R2025,
            Message.of("rating.C1.none", Year.of(2025)),
            FactMap.of("disciplines", "0"),
            Optional.empty());
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.message()).contains(Message.of("rating.C1.none", Year.of(2025)));
    assertThat(a)
        .isNotEqualTo(
            Explanation.lazy(
                RatingRule.C1,
                Regime.R2025,
                Message.of("rating.C1.none", Year.of(2024)),
                FactMap.of("disciplines", "0"),
                Optional.empty()));
  }

  @Test
  void text_withACallersCatalogue_usesItsWords_andTheStandardTextIsUnchanged() {
    Explanation e =
        Explanation.lazy(
            RatingRule.C1,
            Regime.R2025,
            Message.of("rating.C1.none", Year.of(2025)),
            FactMap.of("disciplines", "0"),
            Optional.empty());
    Catalogue own =
        Catalogue.standard()
            .withOverrides(Language.VI, Map.of("rating.C1.none", "trong năm {0} không bị kỷ luật"));
    assertThat(e.text(own).vi()).isEqualTo("C1: trong năm 2025 không bị kỷ luật");
    assertThat(e.text(own).en()).isEqualTo("C1: no discipline in 2025: no cap");
    assertThat(e.text().vi())
        .isEqualTo("C1: không bị kỷ luật trong năm 2025: không hạn chế mức xếp loại");
  }

  @Test
  void lazyEntry_equalsTheEntryBuiltWithTheSameText() {
    Explanation lazy =
        Explanation.lazy(
            RatingRule.C2,
            Regime.R2018,
            Message.of("rating.C2.capped", new Message.Joined("; ", List.of())),
            FactMap.of("score", "45"),
            Words.some(Level.KHTNV));
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("score", "45");
    Explanation eager =
        new Explanation(RatingRule.C2, Regime.R2018, lazy.text(), facts, Optional.of(Level.KHTNV));
    assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager);
    assertThat(eager).isEqualTo(lazy);
    assertThat(eager.message()).isEmpty();
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
            RatingRule.O0,
            Regime.R2025,
            Message.of(
                "rating.O0.score",
                new java.math.BigDecimal("92.5"),
                "HTXSNV",
                Message.of("rating.C5.band.HTXSNV")),
            FactMap.of("score", "92.5"),
            Optional.empty());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<LocalizedText>> texts = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        java.util.concurrent.Callable<LocalizedText> read = e::text;
        texts.add(pool.submit(read));
      }
      for (Future<LocalizedText> text : texts) {
        assertThat(text.get())
            .isEqualTo(
                LocalizedText.of(
                    "O0: tổng điểm 92,5/100, thuộc khung HTXSNV (từ 90 điểm trở lên)",
                    "O0: score 92.5, band HTXSNV (90 or more)"));
      }
    } finally {
      pool.shutdown();
    }
  }
}
