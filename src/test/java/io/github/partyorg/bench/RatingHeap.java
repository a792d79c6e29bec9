package io.github.partyorg.bench;

import io.github.partyorg.rating.RatingPolicies;
import io.github.partyorg.rating.Regime;
import io.github.partyorg.rating.RootRater;
import io.github.partyorg.rating.RootRating;

/**
 * Retained heap of a province's {@link RootRating} per member (issue 19): {@code java
 * -XX:+UseSerialGC -Xmx4g -cp <test classpath> io.github.partyorg.bench.RatingHeap} generates the
 * province (100,000 members, {@link Synthetic#province()}), keeps the root and its facts, takes the
 * smallest used heap after several {@code System.gc()}, rates the province under R2023 and R2025
 * (default policies), keeps the rating, and measures again: the difference is what the rating holds
 * beyond the root and facts it was made from (members and organisations). Each regime is measured
 * three times (a new rating each time, the previous one dropped) and the median printed.
 */
public final class RatingHeap {
  private RatingHeap() {}

  private static long used() {
    Runtime rt = Runtime.getRuntime();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      best = Math.min(best, rt.totalMemory() - rt.freeMemory());
    }
    return best;
  }

  /**
   * Measures and prints.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    Synthetic.Dataset data = Synthetic.province();
    int n = data.root().memberCount();
    for (Regime regime : new Regime[] {Regime.R2023, Regime.R2025}) {
      RootRater rater = RootRater.of(regime, RatingPolicies.defaults());
      long[] perMember = new long[3];
      for (int k = 0; k < perMember.length; k++) {
        long before = used();
        RootRating rating = rater.rate(data.root(), data.facts());
        long after = used();
        perMember[k] = (after - before) / n;
        System.out.printf(
            "%s: rating retains %d bytes for %d members = %d bytes/member (%s)%n",
            regime, after - before, n, perMember[k], rating.memberCounts());
      }
      java.util.Arrays.sort(perMember);
      System.out.printf("%s median: %d bytes/member%n", regime, perMember[1]);
    }
  }
}
