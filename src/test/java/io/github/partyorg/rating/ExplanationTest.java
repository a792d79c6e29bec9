package io.github.partyorg.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.entry;

import io.github.partyorg.structure.LocalizedText;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
}
