package io.github.partyorg.bench;

import io.github.partyorg.rating.RootRating;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 17: reading (and so validating) a root and its year facts from JSON and rating the year,
 * for 16,384 members whose ids all share one {@link String#hashCode} ({@code ids=colliding}, ids of
 * "Aa"/"BB" pairs, the cells' ids too) against the same root with ordinary ids of the same length
 * ({@code ids=ordinary}). The ratio of the two, measured in one run, is the cost of hash flooding;
 * {@link CollidingIdsTest} holds it under 5.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class CollidingIdsBench {
  @Param({"ordinary", "colliding"})
  public String ids;

  CollidingIdsTest.Documents documents;

  /** Generates the two documents once per fork. */
  @Setup(Level.Trial)
  public void setUp() {
    documents =
        ids.equals("colliding") ? CollidingIdsTest.colliding() : CollidingIdsTest.ordinary();
  }

  /** Reads the root and the facts, and rates the year. */
  @Benchmark
  public RootRating readAndRate() {
    return CollidingIdsTest.readAndRate(documents);
  }
}
