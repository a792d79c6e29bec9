package io.github.partyorg.bench;

import io.github.partyorg.rating.MemberFacts;
import io.github.partyorg.rating.MemberRater;
import io.github.partyorg.rating.MemberRating;
import io.github.partyorg.rating.Regime;
import io.github.partyorg.structure.Member;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cost of rating one member under all of a regime's rules ({@link MemberRater#rate}: E1-E3,
 * C0/C5, C1, C4, with the explanation), averaged over the bloc's {@value Synthetic#BLOC_MEMBERS}
 * members; and the baseline's level logic per member.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
public class MemberBench {
  Member[] members;
  MemberFacts[] facts;
  LocalDate review;
  MemberRater r2023 = MemberRater.of(Regime.R2023);
  MemberRater r2025 = MemberRater.of(Regime.R2025);
  Baseline baseline;

  /** Generates the bloc. */
  @Setup(Level.Trial)
  public void setUp() {
    Synthetic.Dataset data = Synthetic.bloc();
    List<Member> list = data.root().allMembers().toList();
    members = list.toArray(new Member[0]);
    facts = list.stream().map(m -> data.facts().members().get(m.id())).toArray(MemberFacts[]::new);
    review = data.facts().reviewDate();
    baseline = new Baseline(data.root(), data.facts());
  }

  /** One member under R2023, per member. */
  @Benchmark
  @OperationsPerInvocation(Synthetic.BLOC_MEMBERS)
  public void memberR2023(Blackhole bh) {
    for (int i = 0; i < members.length; i++) {
      MemberRating r = r2023.rate(members[i], facts[i], review);
      bh.consume(r);
    }
  }

  /** One member under R2025, per member. */
  @Benchmark
  @OperationsPerInvocation(Synthetic.BLOC_MEMBERS)
  public void memberR2025(Blackhole bh) {
    for (int i = 0; i < members.length; i++) {
      bh.consume(r2025.rate(members[i], facts[i], review));
    }
  }

  /** Baseline of {@link #memberR2023}, per member. */
  @Benchmark
  @OperationsPerInvocation(Synthetic.BLOC_MEMBERS)
  public void baseline_memberR2023(Blackhole bh) {
    for (int i = 0; i < baseline.members; i++) {
      bh.consume(baseline.levelR2023(i));
    }
  }

  /** Baseline of {@link #memberR2025}, per member. */
  @Benchmark
  @OperationsPerInvocation(Synthetic.BLOC_MEMBERS)
  public void baseline_memberR2025(Blackhole bh) {
    for (int i = 0; i < baseline.members; i++) {
      bh.consume(baseline.levelR2025(i));
    }
  }
}
