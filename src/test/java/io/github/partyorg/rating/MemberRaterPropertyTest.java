package io.github.partyorg.rating;

import static io.github.partyorg.rating.RatingFixtures.official;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.charter.DisciplineForm;
import io.github.partyorg.structure.MemberId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants of the member rating over seeded random facts, one reported case per seed. */
class MemberRaterPropertyTest {

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  private static BigDecimal percent(Random random) {
    int pick = random.nextInt(6);
    return switch (pick) {
      case 0 -> BigDecimal.ZERO;
      case 1 -> BigDecimal.valueOf(100);
      case 2 -> new BigDecimal("49.99");
      case 3 -> BigDecimal.valueOf(50);
      default -> BigDecimal.valueOf(random.nextInt(10_001), 2);
    };
  }

  private static MemberFacts.Builder randomFacts(Random random, int year) {
    MemberFacts.Builder b = MemberFacts.builder();
    b.memberId(MemberId.of("DV-1")).year(Year.of(year));
    for (Criterion c : Criterion.values()) {
      if (random.nextInt(10) > 0) {
        b.putGrades(c, Grade.values()[random.nextInt(Grade.values().length)]);
      }
    }
    if (random.nextInt(10) > 0) {
      b.score(percent(random));
    }
    if (random.nextInt(10) > 0) {
      b.targetsCompletedPercent(percent(random));
    }
    if (random.nextInt(10) > 0) {
      BigDecimal onTime = percent(random);
      b.tasksOnTimePercent(onTime);
      if (random.nextInt(10) > 0) {
        b.tasksExceededPercent(onTime.multiply(BigDecimal.valueOf(random.nextInt(101), 2)));
      }
    }
    if (random.nextInt(10) > 0) {
      b.tasksLatePercent(percent(random));
    }
    if (random.nextBoolean()) {
      b.civilServantLevel(Level.values()[random.nextInt(Level.values().length)]);
    }
    b.sickLeaveMonths(random.nextInt(13)).degradationConcluded(random.nextInt(8) == 0);
    if (random.nextInt(4) == 0) {
      b.addDisciplines(Discipline.of(DisciplineForm.REPRIMAND, LocalDate.of(year, 3, 1)));
    }
    return b;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void proposedNeverAboveTheCeiling_andDisciplineNeverRaisesTheLevel(long seed) {
    Random random = new Random(seed);
    Regime regime = Regime.values()[random.nextInt(Regime.values().length)];
    int year = regime == Regime.R2018 ? 2022 : regime == Regime.R2023 ? 2023 : 2025;
    RatingPolicies policies =
        RatingPolicies.defaults()
            .withDisciplineEffect(
                DisciplineEffect.values()[random.nextInt(DisciplineEffect.values().length)]);
    MemberRater rater = MemberRater.of(regime, policies);
    LocalDate review = LocalDate.of(year, 12, 15);
    MemberFacts.Builder builder = randomFacts(random, year);
    MemberFacts facts = builder.build();
    MemberRating rating = rater.rate(official("DV-1"), facts, review);

    assertThat(rating.explanation()).isNotEmpty();
    assertThat(rating.proposed().isPresent()).isEqualTo(rating.missingFacts().isEmpty());
    rating.proposed().ifPresent(p -> assertThat(rating.ceiling().isAtLeast(p)).isTrue());
    for (Explanation e : rating.explanation()) {
      assertThat(e.text().vi() + e.text().en()).doesNotContain("Bí Mật");
      e.ceiling().ifPresent(c -> assertThat(c.isAtLeast(rating.ceiling())).isTrue());
    }

    MemberFacts disciplined =
        MemberFacts.builder()
            .from(facts)
            .addDisciplines(Discipline.of(DisciplineForm.WARNING, LocalDate.of(year, 9, 1)))
            .build();
    MemberRating worse = rater.rate(official("DV-1"), disciplined, review);
    if (rating.proposed().isPresent() && worse.proposed().isPresent()) {
      assertThat(rating.proposed().get().isAtLeast(worse.proposed().get())).isTrue();
      assertThat(worse.proposed().get().isAtLeast(Level.HTXSNV)).isFalse();
    }
  }
}
