package io.github.partyorg.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.history.ComparisonSource;
import io.github.partyorg.history.HistoryFinding;
import io.github.partyorg.history.HistoryReport;
import io.github.partyorg.history.HistoryYear;
import io.github.partyorg.history.RootHistory;
import io.github.partyorg.history.TermEvaluation;
import io.github.partyorg.rating.Level;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.targets.TargetStatus;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** The sample as a history: 2021-2023 unchanged (REFERENCE section 8), Y1 and Y2 fire. */
class BenTreSampleHistoryTest {
  private final BenTreSample sample = BenTreSample.get();
  private final RootHistory history = sample.history();

  @Test
  void theHistoryHolds2019To2023_andTheSampleYearsAsTheyAre() {
    assertThat(history.yearsHeld())
        .containsExactly(Year.of(2019), Year.of(2020), Year.of(2021), Year.of(2022), Year.of(2023));
    for (Year year : BenTreSample.YEARS) {
      HistoryYear y = history.get(year);
      assertThat(y.root()).isSameAs(sample.root(year));
      assertThat(y.facts()).isSameAs(sample.facts(year));
      assertThat(y.rating()).isSameAs(sample.rating(year));
      assertThat(y.reportData()).contains(sample.reportData(year));
    }
    assertThat(sample.history()).isSameAs(history);
    assertThat(history.get(Year.of(2019)).root().memberCount())
        .isLessThan(sample.root(Year.of(2021)).memberCount());
  }

  @Test
  void someMembersAreRatedExcellentFiveYearsInARow_Y1() {
    var found = history.commendationCandidates(Year.of(2023));

    assertThat(found).filteredOn(f -> f.entityId() instanceof MemberId).isNotEmpty();
    for (HistoryFinding f : found) {
      for (HistoryYear y : history.years()) {
        assertThat(y.level(f.entityId())).contains(Level.HTXSNV);
      }
    }
    assertThat(history.commendationCandidates(Year.of(2022))).isEmpty();
  }

  @Test
  void someMembersAreRatedNotCompletedTwoYearsInARow_Y2() {
    var found = history.strikingOffCandidates(Year.of(2021));

    assertThat(found).isNotEmpty();
    for (HistoryFinding f : found) {
      assertThat(history.get(Year.of(2020)).level(f.entityId())).contains(Level.KHTNV);
      assertThat(sample.rating(Year.of(2021)).finalLevel(f.entityId())).contains(Level.KHTNV);
    }
  }

  @Test
  void theReportFromTheHistory_equalsTheSampleReport_andSaysWhereThePreviousYearCameFrom_Y5() {
    HistoryReport report = HistoryReport.of(history, Year.of(2022));

    assertThat(report.previousSource()).isEqualTo(ComparisonSource.HISTORY);
    assertThat(report.report()).isEqualTo(sample.report(Year.of(2022)));
    assertThat(report.report().previousYearDisciplined()).hasValue(15);
    assertThat(report.comparisons()).isNotEmpty();
  }

  @Test
  void theTermResolution_showsProgressIn2023_Y4() {
    TermEvaluation e = sample.termResolution().evaluate(history, Year.of(2023));

    assertThat(e.isFinal()).isFalse();
    assertThat(e.missingYears()).isEmpty();
    assertThat(e.yearly()).hasSize(4);
    assertThat(e.yearly(Year.of(2022)).orElseThrow().outcomes().get(0).status())
        .isIn(TargetStatus.MET, TargetStatus.EXCEEDED);
    assertThat(e.termTargets().get(0).text().vi()).startsWith("Lũy kế 2020 - 2023 kết nạp ");
  }
}
