package io.github.partyorg.rating;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.MemberId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MemberRatingTest {
  private static final MemberId ID = MemberId.of("DV-3");
  private static final Explanation ENTRY =
      new Explanation(
          RatingRule.C5, Regime.R2025, LocalizedText.of("x", "x"), Map.of(), Optional.empty());

  @Test
  void emptyExplanation_isRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new MemberRating(
                    ID, Regime.R2025, Optional.of(Level.HTNV), Level.HTXSNV, List.of(), List.of()))
        .withMessageContaining("DV-3");
  }

  @Test
  void levelProposedWithAMissingFact_isRefused() {
    MissingFact missing =
        new MissingFact(ID, Regime.R2025, RatingRule.C5, "score", LocalizedText.of("x", "x"));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new MemberRating(
                    ID,
                    Regime.R2025,
                    Optional.of(Level.HTNV),
                    Level.HTXSNV,
                    List.of(ENTRY),
                    List.of(missing)))
        .withMessageContaining("DV-3");
  }
}
