package io.github.partyorg.bench;

import io.github.partyorg.rating.RootRater;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.structure.RootKind;
import java.lang.management.ManagementFactory;

/**
 * The first result from a cold JVM, timed as a whole process: {@code java -cp <test classpath>
 * io.github.partyorg.bench.ColdStart} prints the JVM's uptime when the first rating is done (JVM
 * start and class loading included) and the time of the call alone.
 */
public final class ColdStart {
  private ColdStart() {}

  /**
   * Builds a root of 60 members with its facts and rates it under the year's regime.
   *
   * @return the rating
   */
  public static RootRating firstRating() {
    Synthetic.Dataset data = Synthetic.root(7, RootKind.OTHER, 60, false);
    return RootRater.forYear(Synthetic.YEAR).rate(data.root(), data.facts());
  }

  /**
   * Runs once and prints the times.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    long start = System.nanoTime();
    RootRating rating = firstRating();
    long call = System.nanoTime() - start;
    long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
    System.out.printf(
        "first rating (%d members): call %.1f ms, JVM uptime at result %d ms%n",
        rating.members().size(), call / 1e6, uptime);
  }
}
