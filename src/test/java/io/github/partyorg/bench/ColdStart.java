package io.github.partyorg.bench;

import io.github.partyorg.rating.RootRater;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.structure.RootKind;
import java.lang.management.ManagementFactory;

/**
 * The first result from a cold JVM, timed as a whole process: {@code java -cp <test classpath>
 * io.github.partyorg.bench.ColdStart} prints the JVM's uptime when the first rating is done (JVM
 * start and class loading included) and the time of the call alone, split into building the root
 * with its facts (the generator and the library's builders) and rating it.
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
    Synthetic.Dataset data = Synthetic.root(7, RootKind.OTHER, 60, false);
    long built = System.nanoTime();
    RootRating rating = RootRater.forYear(Synthetic.YEAR).rate(data.root(), data.facts());
    long end = System.nanoTime();
    long atResult = System.currentTimeMillis();
    // The JVM's start time is read after the result, so that loading java.management is not
    // counted (getUptime() called here would count it: 15-30 ms).
    long uptime = atResult - ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.printf(
        "first rating (%d members): call %.1f ms (build %.1f, rate %.1f), JVM uptime at result %d"
            + " ms%n",
        rating.members().size(),
        (end - start) / 1e6,
        (built - start) / 1e6,
        (end - built) / 1e6,
        uptime);
  }
}
