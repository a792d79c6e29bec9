package io.github.partyorg.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class FactMapTest {
  @Test
  void keepsTheOrderOfUse_andReplacesAValueInPlace() {
    FactMap facts = FactMap.withRoom(1).with("score", "92").with("tasksOnTimePercent", "100");
    facts.with("tasksExceededPercent", "40").with("score", "93");
    assertThat(facts)
        .containsExactly(
            entry("score", "93"),
            entry("tasksOnTimePercent", "100"),
            entry("tasksExceededPercent", "40"));
    assertThat(facts.get("tasksOnTimePercent")).isEqualTo("100");
    assertThat(facts.get("missing")).isNull();
    assertThat(facts.containsKey("score")).isTrue();
    assertThat(facts.containsKey("missing")).isFalse();
    assertThat(facts.size()).isEqualTo(3);
    assertThat(facts.isEmpty()).isFalse();
    assertThat(FactMap.withRoom(0).isEmpty()).isTrue();
    assertThat(FactMap.withRoom(0).with("a", "1")).containsExactly(entry("a", "1"));
  }

  @Test
  void equalsAnyMapWithTheSameEntries_withTheSameHashCodeAndToString() {
    Map<String, String> linked = new LinkedHashMap<>();
    linked.put("disciplines", "0");
    linked.put("disciplineEffect", "KHTNV");
    FactMap facts = FactMap.of("disciplines", "0", "disciplineEffect", "KHTNV");
    assertThat(facts).isEqualTo(linked).hasSameHashCodeAs(linked).hasToString(linked.toString());
    assertThat(linked).isEqualTo(facts);
    assertThat(facts).isNotEqualTo(FactMap.of("disciplines", "1", "disciplineEffect", "KHTNV"));
  }

  @Test
  void cannotBeChangedThroughTheMapInterface() {
    FactMap facts = FactMap.of("score", "92");
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> facts.put("score", "0"));
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> facts.remove("score"));
    assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(facts::clear);
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> facts.entrySet().iterator().next().setValue("0"));
    Iterator<Map.Entry<String, String>> it = facts.entrySet().iterator();
    it.next();
    assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(it::remove);
    assertThatExceptionOfType(NoSuchElementException.class).isThrownBy(it::next);
  }
}
