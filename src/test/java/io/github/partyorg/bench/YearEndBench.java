package io.github.partyorg.bench;

import io.github.partyorg.fourgood.FourGoodEvaluator;
import io.github.partyorg.fourgood.FourGoodResult;
import io.github.partyorg.fourgood.FourGoodYear;
import io.github.partyorg.fourgood.Presets;
import io.github.partyorg.rating.RootRater;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.report.ReportInputs;
import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.report.YearRecord;
import io.github.partyorg.structure.Root;
import io.github.partyorg.targets.MetricSource;
import io.github.partyorg.targets.MetricValues;
import java.util.concurrent.TimeUnit;
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
 * The year-end work on the bloc after its R2025 rating: four-good by the national frame (from the
 * rating only: no meeting records, so the meeting criteria fail), the computed target metrics, and
 * the year-end report (an empty year record). Baseline: the per-base level counts from the arrays
 * ({@link Baseline#rateR2025}), which those figures are made of.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class YearEndBench {
  Root root;
  YearFacts facts;
  RootRating rating;
  FourGoodYear fourGoodYear;
  Baseline baseline;
  byte[] levels;
  int[] counts;

  /** Generates and rates the bloc. */
  @Setup(Level.Trial)
  public void setUp() {
    Synthetic.Dataset data = Synthetic.bloc();
    root = data.root();
    facts = data.facts();
    rating = RootRater.forYear(Synthetic.YEAR).rate(root, facts);
    fourGoodYear = FourGoodYear.builder().year(Synthetic.YEAR).ratingInputs(rating, facts).build();
    baseline = new Baseline(root, facts);
    levels = new byte[baseline.members];
    counts = new int[baseline.bases * 5];
  }

  /** Four-good of every cell and base cell. */
  @Benchmark
  public FourGoodResult fourGood() {
    return FourGoodEvaluator.evaluate(root, Presets.nationalFrame(), fourGoodYear);
  }

  /** The computed metrics of the targets. */
  @Benchmark
  public MetricValues targetMetrics() {
    return MetricSource.of(root, rating, facts).values();
  }

  /** The year-end report. */
  @Benchmark
  public YearEndReport report() {
    return YearEndReport.of(
        root, rating, facts, YearRecord.empty(Synthetic.YEAR), ReportInputs.none());
  }

  /** Baseline: level counts per base organisation. */
  @Benchmark
  public int baseline_counts() {
    return baseline.rateR2025(levels, counts);
  }
}
