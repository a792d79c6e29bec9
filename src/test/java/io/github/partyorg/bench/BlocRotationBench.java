package io.github.partyorg.bench;

import io.github.partyorg.rating.RatingPolicies;
import io.github.partyorg.rating.Regime;
import io.github.partyorg.rating.RootRater;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The control of {@link ScaleBench}'s province against its bloc (issue 19): {@value #ROOTS}
 * distinct bloc-sized roots (national roots 0 to {@value #ROOTS} - 1 of {@link Synthetic}, 1,300 to
 * 9,100 members, about 100,000 in all, as many as the province) rated one after the other in each
 * operation. {@link ScaleBench} rates the same 5,000 members again and again, which then stay in
 * the processor's caches, while the province's 100,000 cannot; rating as many members spread over
 * many small roots tells what the province costs per member for its size, apart from the caches.
 * Divide the score by the members printed at setup.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class BlocRotationBench {
  static final int ROOTS = 20;

  Synthetic.Dataset[] roots;
  RootRater r2023;
  RootRater r2025;

  /** Generates the roots once per fork. */
  @Setup(Level.Trial)
  public void setUp() {
    roots =
        IntStream.range(0, ROOTS)
            .mapToObj(Synthetic::nationalRoot)
            .toArray(Synthetic.Dataset[]::new);
    r2023 = RootRater.of(Regime.R2023, RatingPolicies.defaults());
    r2025 = RootRater.of(Regime.R2025, RatingPolicies.defaults());
    long members = 0;
    for (Synthetic.Dataset d : roots) {
      members += d.root().memberCount();
    }
    System.out.println("Bloc rotation: " + ROOTS + " roots, " + members + " members");
  }

  private long rateAll(RootRater rater) {
    long counted = 0;
    for (Synthetic.Dataset d : roots) {
      counted += rater.rate(d.root(), d.facts()).memberCounts().hashCode();
    }
    return counted;
  }

  /** Every root under R2023. */
  @Benchmark
  public long rateR2023() {
    return rateAll(r2023);
  }

  /** Every root under R2025. */
  @Benchmark
  public long rateR2025() {
    return rateAll(r2025);
  }
}
