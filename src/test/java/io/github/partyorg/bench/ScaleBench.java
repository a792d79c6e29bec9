package io.github.partyorg.bench;

import io.github.partyorg.charter.CharterCheck;
import io.github.partyorg.charter.Finding;
import io.github.partyorg.rating.RatingPolicies;
import io.github.partyorg.rating.Regime;
import io.github.partyorg.rating.RootRater;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.MemberLocation;
import io.github.partyorg.structure.Root;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Whole-root operations on the bloc (5,000 members) and the province-sized root (100,000), each
 * with its {@code baseline_*} twin over {@link Baseline}'s arrays.
 *
 * <p>The fork's heap is pre-touched ({@code -XX:+AlwaysPreTouch}): on this machine's VM the first
 * write to each page of a fresh heap faults, so a benchmark that allocates paid that for its first
 * seconds (all of a short run) while its array baseline, which allocates nothing, never did
 * (BENCHMARKS.md, run 10).
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class ScaleBench {
  @Param({"bloc", "province"})
  public String size;

  Root root;
  YearFacts facts;
  Baseline baseline;
  RootRater r2023;
  RootRater r2025;
  byte[] levels;
  int[] counts;
  int[] perHolder;
  Member[] updates;
  MemberId[] ids;
  String[] plainIds;
  Map<String, Integer> index;
  int next;

  /** Generates the data once per fork. */
  @Setup(Level.Trial)
  public void setUp() {
    Synthetic.Dataset data = size.equals("bloc") ? Synthetic.bloc() : Synthetic.province();
    root = data.root();
    facts = data.facts();
    baseline = new Baseline(root, facts);
    r2023 = RootRater.of(Regime.R2023, RatingPolicies.defaults());
    r2025 = RootRater.of(Regime.R2025, RatingPolicies.defaults());
    levels = new byte[baseline.members()];
    counts = new int[root.baseOrganisations().size() * 5];
    List<Member> all = root.allMembers().toList();
    ids = new MemberId[1024];
    plainIds = new String[1024];
    updates = new Member[1024];
    for (int k = 0; k < 1024; k++) {
      Member m = all.get((int) ((k * 2_654_435_761L) % all.size()));
      ids[k] = m.id();
      plainIds[k] = m.id().value();
      updates[k] = Member.builder().from(m).fullName(m.fullName() + " (sửa)").build();
    }
    index = baseline.index();
    perHolder = new int[baseline.holders * 2];
  }

  /** Builds and validates the root from its base organisations. */
  @Benchmark
  public Root build() {
    return Root.builder()
        .id(root.id())
        .kind(root.kind())
        .name(root.name())
        .snapshotDate(root.snapshotDate())
        .addAllBaseOrganisations(root.baseOrganisations())
        .build();
  }

  /** Baseline of {@link #build()}: an id index over the member array. */
  @Benchmark
  public Map<String, Integer> baseline_build() {
    return baseline.index();
  }

  /** Every charter rule. */
  @Benchmark
  public List<Finding> charterCheck() {
    return CharterCheck.check(root, root.snapshotDate());
  }

  /** Baseline of {@link #charterCheck()}: {@link Baseline#charter}. */
  @Benchmark
  public int baseline_charterCheck() {
    return baseline.charter(perHolder);
  }

  /** Full-year rating under R2023. */
  @Benchmark
  public RootRating rateR2023() {
    return r2023.rate(root, facts);
  }

  /** Baseline of {@link #rateR2023()}. */
  @Benchmark
  public int baseline_rateR2023() {
    return baseline.rateR2023(levels, counts);
  }

  /** Full-year rating under R2025. */
  @Benchmark
  public RootRating rateR2025() {
    return r2025.rate(root, facts);
  }

  /** Baseline of {@link #rateR2025()}. */
  @Benchmark
  public int baseline_rateR2025() {
    return baseline.rateR2025(levels, counts);
  }

  /** One member updated (a new root sharing the rest). */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public Root updateOneMember() {
    return root.withMemberUpdated(updates[next++ & 1023]);
  }

  /** Baseline of {@link #updateOneMember()}: a write into the arrays, in place. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public int baseline_updateOneMember() {
    int i = index.get(plainIds[next++ & 1023]);
    baseline.ids[i] = updates[next & 1023].fullName();
    baseline.score[i] = (byte) next;
    return i;
  }

  /** A member by id. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public Optional<Member> lookupMember() {
    return root.member(ids[next++ & 1023]);
  }

  /** Where a member is, by id. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public Optional<MemberLocation> locateMember() {
    return root.locate(ids[next++ & 1023]);
  }

  /** Baseline of the lookups: a hash map from id to array index. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public int baseline_lookup() {
    return baseline.base[index.get(plainIds[next++ & 1023])];
  }
}
