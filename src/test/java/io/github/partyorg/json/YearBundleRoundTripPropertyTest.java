package io.github.partyorg.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.fourgood.CriteriaProfile;
import io.github.partyorg.fourgood.ProfileLevel;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.structure.Root;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code readYearBundle(writeYearBundle(x))} equals {@code x} over 200 seeded random bundles, with
 * and without the optional policies and four-good parts.
 */
class YearBundleRoundTripPropertyTest {

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  /** A random valid bundle: the parts come from the generators of each kind's own round trip. */
  static YearBundle bundle(long seed) {
    JsonSamples samples = new JsonSamples(seed);
    Root root = samples.root();
    YearFacts facts = samples.yearFacts();
    Random random = new Random(seed * 7919 + 17);
    YearBundle bundle =
        YearBundle.of(
            root, facts, new YearReportRoundTripPropertyTest.Generator(random).data(facts.year()));
    if (random.nextBoolean()) {
      bundle = bundle.withPolicies(PoliciesJsonTest.random(seed));
    }
    FourGoodRoundTripPropertyTest.Generator fourGood =
        new FourGoodRoundTripPropertyTest.Generator(random);
    CriteriaProfile profile = fourGood.profile();
    if (profile.level() == ProfileLevel.CELL && random.nextBoolean()) {
      bundle = bundle.withFourGood(profile, fourGood.year(facts.year()));
    }
    return bundle;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void roundTrip(long seed) {
    YearBundle bundle = bundle(seed);

    String json = YearBundleJsonTest.write(bundle);
    YearBundle back = YearBundleJsonTest.read(json);

    assertThat(back).isEqualTo(bundle);
    assertThat(YearBundleJsonTest.write(back)).isEqualTo(json);
  }

  @org.junit.jupiter.api.Test
  void theSeedsCoverEveryOptionalPart() {
    long withPolicies = seeds().filter(s -> bundle(s).policies().isPresent()).count();
    long withFourGood = seeds().filter(s -> bundle(s).fourGoodYear().isPresent()).count();
    assertThat(withPolicies).isBetween(50L, 150L);
    assertThat(withFourGood).isBetween(20L, 150L);
  }
}
