package io.github.partyorg.bench;

import io.github.partyorg.rating.MemberFacts;
import io.github.partyorg.rating.RatingPolicies;
import io.github.partyorg.rating.Regime;
import io.github.partyorg.rating.RootRater;
import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberHolder;
import java.math.BigDecimal;
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

  /**
   * The floor of reading the inputs as objects: each root's members in tree order with their facts
   * (read in order, as the rater does), touching what the R2025 member rules read (the member's id,
   * posts and dates; the facts' id, score, percentages and disciplines) and summing it, with no
   * rule, no level and no result. What the rating costs above the array baseline that no code over
   * these objects can avoid.
   */
  private long walkRoot(int n) {
    Synthetic.Dataset d = roots[n % pool];
    java.util.Iterator<MemberFacts> facts = d.facts().members().values().iterator();
    long sum = 0;
    for (BaseOrganisation base : d.root().baseOrganisations()) {
      for (MemberHolder holder : base.memberHolders()) {
        for (Member member : holder.members()) {
          MemberFacts f = facts.next();
          sum += member.id().equals(f.memberId()) ? 1 : 0;
          sum += member.posts().size();
          sum += member.admissionDate().getDayOfMonth();
          sum += member.officialDate().isPresent() ? 1 : 0;
          sum += member.exemptedSince().isPresent() ? 1 : 0;
          sum += member.isSuspendedOn(d.facts().reviewDate()) ? 1 : 0;
          sum += signum(f.score());
          sum += signum(f.tasksOnTimePercent());
          sum += signum(f.tasksExceededPercent());
          sum += signum(f.shortcomingsRemediedPercent());
          sum += signum(f.targetsCompletedPercent());
          sum += signum(f.tasksLatePercent());
          sum += f.disciplines().size();
        }
      }
    }
    return sum;
  }

  private static int signum(java.util.Optional<BigDecimal> value) {
    return value.isPresent() ? value.get().signum() : 0;
  }

  /** The objects' floor ({@link #walkRoot}), in parallel by root. */
  @Benchmark
  public long objectsWalk_parallel() {
    return IntStream.range(0, Synthetic.NATIONAL_ROOTS).parallel().mapToLong(this::walkRoot).sum();
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
