package io.github.partyorg.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.structure.LocalizedText;
import org.junit.jupiter.api.Test;

class AdmissionAgeResultTest {

  private static final LocalizedText REASON = LocalizedText.of("lý do", "reason");

  @Test
  void toStringShowsTheOutcomeButNotTheAge_M1() {
    AdmissionAgeResult result =
        new AdmissionAgeResult(true, 271, AdmissionAgePolicy.DEFAULT, REASON);

    assertThat(result).hasToString("M1 eligible: reason");
    assertThat(new AdmissionAgeResult(false, 12, AdmissionAgePolicy.DEFAULT, REASON))
        .hasToString("M1 not eligible: reason");
  }

  @Test
  void negativeAge_isRefused_M1() {
    assertThatThrownBy(() -> new AdmissionAgeResult(true, -1, AdmissionAgePolicy.DEFAULT, REASON))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
