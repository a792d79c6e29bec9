package io.github.partyorg.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganisationRatingTest {
  private static final CellId ID = CellId.of("CB-3");

  private static Explanation entry(RatingRule rule) {
    return new Explanation(
        rule,
        Regime.R2018,
        LocalizedText.of(rule + ": vi", rule + ": en"),
        Map.of(),
        Optional.empty());
  }

  private static MissingFact missing() {
    return new MissingFact(
        ID, Regime.R2018, RatingRule.O4, "targetsMetPercent", LocalizedText.of("thiếu", "missing"));
  }

  private static OrganisationRating rating(
      Optional<Level> proposed, List<Explanation> explanation, List<MissingFact> missing) {
    return new OrganisationRating(
        ID,
        OrganisationKind.CELL,
        Regime.R2018,
        proposed,
        Level.HTXSNV,
        explanation,
        missing,
        proposed);
  }

  @Test
  void emptyExplanation_isRefusedNamingTheOrganisation() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> rating(Optional.of(Level.HTTNV), List.of(), List.of()))
        .withMessage("The rating of organisation CB-3 has no explanation.");
  }

  @Test
  void levelWithMissingFacts_isRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                rating(Optional.of(Level.HTTNV), List.of(entry(RatingRule.O0)), List.of(missing())))
        .withMessage("The rating of organisation CB-3 proposes a level with facts missing.");
  }

  @Test
  void missingFactsWithoutLevel_isAccepted() {
    OrganisationRating r =
        rating(Optional.empty(), List.of(entry(RatingRule.O0)), List.of(missing()));
    assertThat(r.missingFacts()).hasSize(1);
    assertThat(r.isRated()).isTrue();
  }

  @Test
  void nullComponents_areRefusedByName() {
    assertThatNullPointerException()
        .isThrownBy(
            () ->
                new OrganisationRating(
                    ID,
                    OrganisationKind.CELL,
                    Regime.R2018,
                    Optional.empty(),
                    null,
                    List.of(entry(RatingRule.O0)),
                    List.of(),
                    Optional.empty()))
        .withMessage("ceiling");
  }

  @Test
  void listsAreCopied() {
    List<Explanation> explanation = new ArrayList<>(List.of(entry(RatingRule.O0)));
    OrganisationRating r = rating(Optional.of(Level.HTXSNV), explanation, List.of());
    explanation.add(entry(RatingRule.O1));
    assertThat(r.explanation()).hasSize(1);
  }

  @Test
  void e2Entry_meansNotRated_E2() {
    assertThat(rating(Optional.empty(), List.of(entry(RatingRule.E2)), List.of()).isRated())
        .isFalse();
    assertThat(rating(Optional.of(Level.HTNV), List.of(entry(RatingRule.O0)), List.of()).isRated())
        .isTrue();
  }

  @Test
  void withProposed_lowersTheLevelCeilingAndCollective_andAddsTheEntry() {
    OrganisationRating r =
        rating(Optional.of(Level.HTXSNV), List.of(entry(RatingRule.O0)), List.of());
    OrganisationRating demoted = r.withProposed(Level.HTTNV, entry(RatingRule.Q1));
    assertThat(demoted.proposed()).contains(Level.HTTNV);
    assertThat(demoted.ceiling()).isEqualTo(Level.HTTNV);
    assertThat(demoted.leadershipCollective()).contains(Level.HTTNV);
    assertThat(demoted.explanation())
        .extracting(Explanation::rule)
        .containsExactly(RatingRule.O0, RatingRule.Q1);
    assertThat(r.explanation()).hasSize(1);
  }

  @Test
  void withProposed_keepsALowerCollective() {
    OrganisationRating r =
        new OrganisationRating(
            ID,
            OrganisationKind.CELL,
            Regime.R2018,
            Optional.of(Level.HTXSNV),
            Level.HTXSNV,
            List.of(entry(RatingRule.O0)),
            List.of(),
            Optional.of(Level.KHTNV));
    assertThat(r.withProposed(Level.HTTNV, entry(RatingRule.Q1)).leadershipCollective())
        .contains(Level.KHTNV);
  }
}
