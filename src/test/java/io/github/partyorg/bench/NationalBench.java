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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The national set's full-year rating under R2025: {@value Synthetic#NATIONAL_ROOTS} roots,
 * sequentially and in parallel by root, with the baseline. The roots are a pool of {@code pool}
 * distinct generated roots (national roots 0 .. pool - 1) used in turn, so the 5.7 million members
 * need not be held in memory at once; the total rated is printed at setup. Results are not kept
 * (each root's rating is dropped once counted), as a batch job over the national database would.
 *
 * <p>The fork's heap is pre-touched ({@code -XX:+AlwaysPreTouch}): on this machine's VM the first
 * write to each page of a fresh heap faults, so a benchmark that allocates paid that for its first
 * seconds (all of a short run) while its array baseline, which allocates nothing, never did
 * (BENCHMARKS.md, run 10).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class NationalBench {
  @Param({"22"})
  public int pool;

  Synthetic.Dataset[] roots;
  Baseline[] baselines;
  RootRater rater;

  /** Generates the pool. */
  @Setup(Level.Trial)
  public void setUp() {
    roots =
        IntStream.range(0, pool)
            .parallel()
            .mapToObj(Synthetic::nationalRoot)
            .toArray(Synthetic.Dataset[]::new);
    baselines = new Baseline[pool];
    for (int k = 0; k < pool; k++) {
      baselines[k] = new Baseline(roots[k].root(), roots[k].facts());
    }
    rater = RootRater.of(Regime.R2025, RatingPolicies.defaults());
    long members = 0;
    for (int n = 0; n < Synthetic.NATIONAL_ROOTS; n++) {
      members += roots[n % pool].root().memberCount();
    }
    System.out.println(
        "National set: " + Synthetic.NATIONAL_ROOTS + " roots, " + members + " members rated");
  }

  private long rateRoot(int n) {
    Synthetic.Dataset d = roots[n % pool];
    return rater.rate(d.root(), d.facts()).memberCounts().hashCode();
  }

  private long baselineRoot(int n) {
    Baseline b = baselines[n % pool];
    return b.rateR2025(new byte[b.members], new int[b.bases * 5]);
  }

  /** Sequential, root after root. */
  @Benchmark
  public long sequential() {
    return IntStream.range(0, Synthetic.NATIONAL_ROOTS).mapToLong(this::rateRoot).sum();
  }

  /** In parallel by root (the common fork-join pool). */
  @Benchmark
  public long parallel() {
    return IntStream.range(0, Synthetic.NATIONAL_ROOTS).parallel().mapToLong(this::rateRoot).sum();
  }

  /** Baseline, sequential. */
  @Benchmark
  public long baseline_sequential() {
    return IntStream.range(0, Synthetic.NATIONAL_ROOTS).mapToLong(this::baselineRoot).sum();
  }

  /** Baseline, in parallel by root. */
  @Benchmark
  public long baseline_parallel() {
    return IntStream.range(0, Synthetic.NATIONAL_ROOTS)
        .parallel()
        .mapToLong(this::baselineRoot)
        .sum();
  }
}
