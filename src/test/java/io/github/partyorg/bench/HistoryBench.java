package io.github.partyorg.bench;

import io.github.partyorg.history.HistoryFinding;
import io.github.partyorg.history.HistoryYear;
import io.github.partyorg.history.RootHistory;
import io.github.partyorg.rating.Level;
import io.github.partyorg.rating.RatingPolicies;
import io.github.partyorg.rating.Regime;
import io.github.partyorg.rating.RootRater;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.Root;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A province-sized history (the province root, 100,000 members, five years 2021-2025 with decided
 * levels, mostly HTXSNV or KHTNV so that runs happen): adding a year, and Y1/Y2 over five years,
 * each with its {@code baseline_*} twin over plain arrays.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class HistoryBench {
  RootHistory fourYears;
  RootHistory fiveYears;
  HistoryYear fifth;
  List<HistoryYear> plainFour;
  byte[][] levels;

  /** Rates the five years once per fork. */
  @Setup
  public void setUp() {
    Root root = Synthetic.province().root();
    List<Member> members = root.allMembers().toList();
    RootRater rater = RootRater.of(Regime.R2025, RatingPolicies.defaults());
    levels = new byte[5][members.size()];
    List<HistoryYear> years = new ArrayList<>();
    for (int y = 0; y < 5; y++) {
      int year = 2021 + y;
      YearFacts.Builder facts =
          YearFacts.builder().year(Year.of(year)).reviewDate(LocalDate.of(year, 12, 15));
      for (int i = 0; i < members.size(); i++) {
        long h = (i * 2_654_435_761L + y * 40_503L) % 100;
        Level level = h < 60 || i % 7 == 0 ? Level.HTXSNV : h < 65 ? Level.KHTNV : Level.HTTNV;
        facts.decide(members.get(i).id(), level);
        levels[y][i] = (byte) level.ordinal();
      }
      years.add(HistoryYear.rate(root, facts.build(), rater));
    }
    plainFour = years.subList(0, 4);
    fourYears = RootHistory.of(root.id(), plainFour);
    fifth = years.get(4);
    fiveYears = fourYears.withYear(fifth);
  }

  /** Adds the fifth year to the persistent history. */
  @Benchmark
  public RootHistory addYear() {
    return fourYears.withYear(fifth);
  }

  /** Baseline of {@link #addYear()}: a copied list of the years plus the new one. */
  @Benchmark
  public List<HistoryYear> baseline_addYear() {
    List<HistoryYear> copy = new ArrayList<>(plainFour);
    copy.add(fifth);
    return copy;
  }

  /** Y1 and Y2 over the five years, for every member and organisation. */
  @Benchmark
  public List<HistoryFinding> y1y2() {
    return fiveYears.findings(Year.of(2025));
  }

  /** Baseline of {@link #y1y2()}: the same runs over a byte array of levels per year. */
  @Benchmark
  public int baseline_y1y2() {
    int found = 0;
    byte excellent = (byte) Level.HTXSNV.ordinal();
    byte notCompleted = (byte) Level.KHTNV.ordinal();
    int n = levels[0].length;
    for (int i = 0; i < n; i++) {
      boolean all = true;
      for (int y = 0; y < 5 && all; y++) {
        all = levels[y][i] == excellent;
      }
      if (all || (levels[3][i] == notCompleted && levels[4][i] == notCompleted)) {
        found++;
      }
    }
    return found;
  }
}
