package io.github.partyorg.bench;

import io.github.partyorg.rating.RootRating;
import io.github.partyorg.sample.BenTreSample;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first result from a cold JVM: in each of 5 fresh forks, one call (no warm-up) that builds a
 * root of 60 members with its facts and rates it under R2025. The JVM start and JMH's own start are
 * not counted; {@link ColdStart} times a whole separate {@code java} process.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdStartBench {
  /**
   * Builds and rates a small root.
   *
   * @return the rating
   */
  @Benchmark
  public RootRating firstRating() {
    return ColdStart.firstRating();
  }

  /**
   * Builds the bundled sample (five years of a bloc of about 5,000 members, rated, with reports)
   * from a cold JVM: what the first call of {@code BenTreSample.get()} costs.
   *
   * @return the sample
   */
  @Benchmark
  public BenTreSample sampleBuild() {
    return BenTreSample.build();
  }
}
