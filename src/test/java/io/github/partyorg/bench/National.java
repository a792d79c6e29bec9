package io.github.partyorg.bench;

import io.github.partyorg.rating.RatingPolicies;
import io.github.partyorg.rating.Regime;
import io.github.partyorg.rating.RootRater;
import io.github.partyorg.rating.RootRating;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Rating a national set of roots sequentially or in parallel by root (the common fork-join pool,
 * one task per root). The roots come from a function, so they may be generated lazily or taken from
 * a pool.
 */
public final class National {
  private National() {}

  /**
   * Rates roots {@code 0 .. count - 1} one after the other.
   *
   * @param count the number of roots
   * @param roots the root and facts of each number
   * @param regime the regime
   * @return the ratings, in root order
   */
  public static List<RootRating> sequential(
      int count, IntFunction<Synthetic.Dataset> roots, Regime regime) {
    RootRater rater = RootRater.of(regime, RatingPolicies.defaults());
    return IntStream.range(0, count)
        .mapToObj(roots)
        .map(d -> rater.rate(d.root(), d.facts()))
        .collect(Collectors.toList());
  }

  /**
   * Rates roots {@code 0 .. count - 1} in parallel, one task per root.
   *
   * @param count the number of roots
   * @param roots the root and facts of each number
   * @param regime the regime
   * @return the ratings, in root order
   */
  public static List<RootRating> parallel(
      int count, IntFunction<Synthetic.Dataset> roots, Regime regime) {
    RootRater rater = RootRater.of(regime, RatingPolicies.defaults());
    return IntStream.range(0, count)
        .parallel()
        .mapToObj(roots)
        .map(d -> rater.rate(d.root(), d.facts()))
        .collect(Collectors.toList());
  }
}
