package io.github.partyorg.rating;

import static io.github.partyorg.rating.RatingFixtures.REVIEW_2023;
import static io.github.partyorg.rating.RatingFixtures.REVIEW_2025;
import static io.github.partyorg.rating.RatingFixtures.official;
import static io.github.partyorg.rating.RatingFixtures.pct;
import static io.github.partyorg.rating.RatingFixtures.scored2025;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.structure.Share;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * C6 (R2025, 366-QĐ/TW art. 11; REFERENCE C6): a member holding a leadership or management post is
 * KHTNV if disciplined for a violation in the exercise of duties, if more than 50% of a confidence
 * vote was "low", or if the unit the member directly leads completed under 70% of its tasks. Both
 * sides of each threshold, the missing fact, and the members and regimes it does not concern.
 */
class C6LeaderR2025Test {
  private static final Discipline REPRIMAND_2025 =
      Discipline.of(io.github.partyorg.charter.DisciplineForm.REPRIMAND, LocalDate.of(2025, 5, 10));

  private static MemberRating rate(MemberFacts.Builder facts) {
    return MemberRater.of(Regime.R2025).rate(official("DV-1"), facts.build(), REVIEW_2025);
  }

  /** A leader who would be HTXSNV on the score (95, every C5 condition met). */
  private static MemberFacts.Builder leader() {
    return scored2025("DV-1", "95").leadershipPost(true).ledUnitTasksDonePercent(pct("100"));
  }

  private static Explanation c6(MemberRating r) {
    List<Explanation> found =
        r.explanation().stream().filter(e -> e.rule() == RatingRule.C6).toList();
    assertThat(found).as("C6 entries").hasSize(1);
    return found.get(0);
  }

  @ParameterizedTest(name = "unit done {0}%: KHTNV {1}")
  @CsvSource({"69.99, true", "70, false", "70.01, false", "0, true", "100, false"})
  void unitDone70_isTheThreshold_C6(String done, boolean khtnv) {
    MemberRating r = rate(leader().ledUnitTasksDonePercent(pct(done)));

    Explanation e = c6(r);
    if (khtnv) {
      assertThat(r.proposed()).contains(Level.KHTNV);
      assertThat(e.ceiling()).contains(Level.KHTNV);
      assertThat(e.text().vi()).contains("dưới 70%").endsWith("xếp loại mức KHTNV");
      assertThat(e.text().en()).contains("under 70%").endsWith(": KHTNV");
    } else {
      assertThat(r.proposed()).contains(Level.HTXSNV);
      assertThat(e.ceiling()).isEmpty();
      assertThat(e.text().en()).contains("(70% or more): no cap");
    }
    assertThat(e.facts()).containsEntry("ledUnitTasksDonePercent", done);
  }

  @ParameterizedTest(name = "{0} of {1} votes low: KHTNV {2}")
  @CsvSource({"50, 100, false", "51, 100, true", "5, 10, false", "6, 10, true", "0, 10, false"})
  void lowVotesOver50_isTheThreshold_C6(long low, long votes, boolean khtnv) {
    MemberRating r = rate(leader().confidenceVoteLow(Share.of(low, votes)));

    Explanation e = c6(r);
    assertThat(r.proposed()).contains(khtnv ? Level.KHTNV : Level.HTXSNV);
    assertThat(e.ceiling())
        .isEqualTo(khtnv ? java.util.Optional.of(Level.KHTNV) : java.util.Optional.empty());
    assertThat(e.facts()).containsEntry("confidenceVoteLow", low + "/" + votes);
    if (khtnv) {
      assertThat(e.text().en()).contains("more than 50% of the votes at low confidence");
    } else {
      assertThat(e.text().en()).contains("at low confidence (50% or less)");
    }
  }

  @Test
  void disciplinedForADutyViolation_isKhtnv_C6() {
    MemberRating r =
        rate(leader().disciplinedForDutyViolation(true).addDisciplines(REPRIMAND_2025));

    Explanation e = c6(r);
    assertThat(r.proposed()).contains(Level.KHTNV);
    assertThat(e.ceiling()).contains(Level.KHTNV);
    assertThat(e.facts()).containsEntry("disciplinedForDutyViolation", "true");
    assertThat(e.text().vi()).contains("bị kỷ luật do vi phạm");
    assertThat(e.text().en()).contains("disciplined for a violation in the exercise of duties");
  }

  @Test
  void everyGround_isNamed_inOneEntry_C6() {
    MemberRating r =
        rate(
            leader()
                .disciplinedForDutyViolation(true)
                .addDisciplines(REPRIMAND_2025)
                .confidenceVoteLow(Share.of(7, 10))
                .ledUnitTasksDonePercent(pct("60")));

    String en = c6(r).text().en();
    assertThat(r.proposed()).contains(Level.KHTNV);
    assertThat(en)
        .contains("disciplined for a violation in the exercise of duties")
        .contains("more than 50% of the votes at low confidence (7/10)")
        .contains("completed 60% of its tasks, under 70%");
    assertThat(en.indexOf("disciplined")).isLessThan(en.indexOf("more than 50%"));
    assertThat(en.indexOf("more than 50%")).isLessThan(en.indexOf("under 70%"));
  }

  @Test
  void noVote_andTheUnitAt70_isNoCap_andSaysThereWasNoVote_C6() {
    Explanation e = c6(rate(leader().ledUnitTasksDonePercent(pct("70"))));

    assertThat(e.ceiling()).isEmpty();
    assertThat(e.facts())
        .containsEntry("leadershipPost", "true")
        .containsEntry("disciplinedForDutyViolation", "false")
        .containsEntry("confidenceVoteLow", "none");
    assertThat(e.text().en()).contains("no confidence vote in the year");
  }

  @Test
  void leaderWithoutTheUnitsShare_isAMissingFact_notRated_C6() {
    MemberFacts.Builder f = scored2025("DV-1", "95").leadershipPost(true);

    MemberRating r = rate(f);

    assertThat(r.proposed()).isEmpty();
    assertThat(r.missingFacts())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.rule()).isEqualTo(RatingRule.C6);
              assertThat(m.fact()).isEqualTo("ledUnitTasksDonePercent");
              assertThat(m.entityId().value()).isEqualTo("DV-1");
            });
    assertThat(r.explanation()).extracting(Explanation::rule).doesNotContain(RatingRule.C6);
  }

  @Test
  void memberWithoutAPost_getsNoEntry_evenWithTheLeadersFacts_C6() {
    MemberFacts.Builder f =
        scored2025("DV-1", "95")
            .disciplinedForDutyViolation(true)
            .addDisciplines(REPRIMAND_2025)
            .confidenceVoteLow(Share.of(9, 10))
            .ledUnitTasksDonePercent(pct("10"));

    MemberRating r = rate(f);

    assertThat(r.explanation()).extracting(Explanation::rule).doesNotContain(RatingRule.C6);
    assertThat(r.missingFacts()).isEmpty();
  }

  @Test
  void beforeR2025_c6IsNotRead_C6() {
    MemberFacts.Builder f =
        RatingFixtures.excellent2023("DV-1")
            .leadershipPost(true)
            .ledUnitTasksDonePercent(pct("10"));

    MemberRating r = MemberRater.of(Regime.R2023).rate(official("DV-1"), f.build(), REVIEW_2023);

    assertThat(r.explanation()).extracting(Explanation::rule).doesNotContain(RatingRule.C6);
    assertThat(r.proposed()).contains(Level.HTXSNV);
  }
}
