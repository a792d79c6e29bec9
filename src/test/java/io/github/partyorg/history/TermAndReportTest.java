package io.github.partyorg.history;

import static io.github.partyorg.history.HistoryFixtures.decided;
import static io.github.partyorg.history.HistoryFixtures.m;
import static io.github.partyorg.history.HistoryFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.fourgood.FourGoodYear;
import io.github.partyorg.fourgood.ReportedAnswer;
import io.github.partyorg.rating.DisciplineEffect;
import io.github.partyorg.rating.Level;
import io.github.partyorg.report.YearRecord;
import io.github.partyorg.report.YearReportData;
import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Member;
import io.github.partyorg.targets.ComputedMetric;
import io.github.partyorg.targets.Goal;
import io.github.partyorg.targets.MetricValues;
import io.github.partyorg.targets.Resolution;
import io.github.partyorg.targets.Target;
import io.github.partyorg.targets.TargetStatus;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Y4 term targets, Y5 comparisons from the history, Y3 four-good gates over years. */
class TermAndReportTest {
  private static final LocalizedText ISSUER = LocalizedText.of("Đảng ủy Khối", "Bloc committee");
  private static final LocalizedText THEME =
      LocalizedText.of("Nghị quyết Đại hội nhiệm kỳ 2020 - 2022", "Congress resolution 2020-2022");

  /** Admitted per year: 2020: 2, 2021: 1, 2022: 2 (five over the term). */
  private static final Map<Integer, Integer> ADMITTED = Map.of(2020, 2, 2021, 1, 2022, 2);

  private static HistoryYear admissionsYear(int year) {
    return admissionsYear(year, ADMITTED);
  }

  private static HistoryYear admissionsYear(int year, Map<Integer, Integer> admitted) {
    HistoryFixtures.Layout layout = HistoryFixtures.Layout.standard();
    List<Member> cell = new ArrayList<>(layout.cells.get("B1-C1"));
    for (int y = 2020; y <= year; y++) {
      for (int k = 0; k < admitted.get(y); k++) {
        cell.add(member("N" + y + "-" + k, LocalDate.of(y, 3, 1 + k)));
      }
    }
    layout.cells.put("B1-C1", cell);
    return HistoryYear.rate(layout.root(year), decided(year, Map.of()));
  }

  private static RootHistory admissions(int last) {
    RootHistory h = RootHistory.empty(HistoryFixtures.ROOT);
    for (int y = 2020; y <= last; y++) {
      h = h.withYear(admissionsYear(y));
    }
    return h;
  }

  private static TermResolution term(long termMinimum) {
    return new TermResolution(
        ISSUER,
        Year.of(2020),
        Year.of(2022),
        THEME,
        List.of(
            Target.of(
                "Y-ADMIT",
                "Kết nạp ít nhất 01 đảng viên mỗi năm",
                "Admit at least 1 member each year",
                ComputedMetric.MEMBERS_ADMITTED,
                new Goal.CountAtLeast(1))),
        List.of(
            Target.of(
                "T-ADMIT",
                "Kết nạp đảng viên cả nhiệm kỳ",
                "Members admitted over the term",
                ComputedMetric.MEMBERS_ADMITTED,
                new Goal.CountAtLeast(termMinimum))));
  }

  @Test
  void aTermTargetMetInTheLastYear_Y4() {
    TermEvaluation e = term(5).evaluate(admissions(2022), Year.of(2022));

    assertThat(e.isFinal()).isTrue();
    assertThat(e.missingYears()).isEmpty();
    assertThat(e.yearly()).hasSize(3);
    assertThat(e.yearly(Year.of(2021)).orElseThrow().outcome("Y-ADMIT").orElseThrow().status())
        .isEqualTo(TargetStatus.MET);
    TermEvaluation.TermTargetResult r = e.termTargets().get(0);
    assertThat(r.outcome().status()).isEqualTo(TargetStatus.MET);
    assertThat(r.yearsCounted()).containsExactly(Year.of(2020), Year.of(2021), Year.of(2022));
    assertThat(r.text().vi())
        .isEqualTo(
            "Nhiệm kỳ 2020 - 2022 kết nạp 05/05 đảng viên mới, đạt 100% chỉ tiêu nhiệm kỳ, đạt"
                + " chỉ tiêu.");
    assertThat(r.text().en()).contains("5 against 5", "100% of the term target", "met");
  }

  @Test
  void aTermTargetNotMetInTheLastYear_Y4() {
    TermEvaluation e = term(6).evaluate(admissions(2022), Year.of(2022));

    TermEvaluation.TermTargetResult r = e.termTargets().get(0);
    assertThat(r.outcome().status()).isEqualTo(TargetStatus.NOT_MET);
    assertThat(r.text().vi())
        .isEqualTo(
            "Nhiệm kỳ 2020 - 2022 kết nạp 05/06 đảng viên mới, đạt 83,33% chỉ tiêu nhiệm kỳ,"
                + " chưa đạt chỉ tiêu.");
    assertThat(r.text().en()).endsWith("not met.");
  }

  @Test
  void progressBeforeTheLastYear_saysTheTotalSoFarWithoutAVerdict_Y4() {
    TermEvaluation e = term(5).evaluate(admissions(2021), Year.of(2021));

    assertThat(e.isFinal()).isFalse();
    TermEvaluation.TermTargetResult r = e.termTargets().get(0);
    assertThat(r.outcome().status()).isEqualTo(TargetStatus.NOT_MET);
    assertThat(r.text().vi())
        .isEqualTo(
            "Lũy kế 2020 - 2021 kết nạp 03 đảng viên mới, đạt 60% chỉ tiêu nhiệm kỳ (05 đảng"
                + " viên).");
    assertThat(r.text().vi()).doesNotContain("chưa đạt");
  }

  @Test
  void noMemberAdmittedSoFar_isSaidInWords_Y4_REFERENCE6a() {
    RootHistory h =
        RootHistory.empty(HistoryFixtures.ROOT).withYear(admissionsYear(2020, Map.of(2020, 0)));

    TermEvaluation e = term(5).evaluate(h, Year.of(2020));

    TermEvaluation.TermTargetResult r = e.termTargets().get(0);
    assertThat(r.sentence().key()).isEqualTo("history.Y4.progress");
    assertThat(r.text().vi())
        .isEqualTo(
            "Lũy kế 2020 - 2020 không kết nạp đảng viên mới, đạt 0% chỉ tiêu nhiệm kỳ (05 đảng"
                + " viên).");
    assertThat(r.text().en())
        .isEqualTo("From 2020 to 2020: no new member admitted, 0% of the term target (5 members).");
  }

  @Test
  void aYearOfTheTermMissingFromTheHistory_leavesTheTotalUnknown_Y4() {
    RootHistory h =
        RootHistory.empty(HistoryFixtures.ROOT)
            .withYear(admissionsYear(2020))
            .withYear(admissionsYear(2022));

    TermEvaluation e = term(5).evaluate(h, Year.of(2022));

    assertThat(e.missingYears()).containsExactly(Year.of(2021));
    assertThat(e.termTargets().get(0).outcome().status()).isEqualTo(TargetStatus.UNKNOWN);
    assertThat(e.termTargets().get(0).text().vi()).contains("chưa đủ số liệu", "2021");
    assertThatThrownBy(() -> term(5).evaluate(h, Year.of(2023)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside");
    assertThatThrownBy(() -> term(5).evaluate(h, Year.of(2021)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTermResolutionRefusesATargetIdTwice() {
    Target t = Target.of("A", "a", "a", ComputedMetric.MEMBERS_ADMITTED, new Goal.CountAtLeast(1));
    assertThatThrownBy(
            () ->
                new TermResolution(
                    ISSUER, Year.of(2020), Year.of(2025), THEME, List.of(t), List.of(t)))
        .hasMessageContaining("Target A");
    assertThatThrownBy(
            () ->
                new TermResolution(
                    ISSUER, Year.of(2025), Year.of(2020), THEME, List.of(), List.of()))
        .hasMessageContaining("before its first");
  }

  private static YearReportData data(
      int year, Optional<MetricValues> previous, OptionalLong disciplined) {
    Year y = Year.of(year);
    return new YearReportData(
        YearRecord.empty(y),
        new Resolution(ISSUER, y, THEME, term(5).yearlyTargets()),
        MetricValues.empty(y),
        previous,
        disciplined,
        Optional.empty());
  }

  @Test
  void theReportComparesWithThePreviousYearOfTheHistory_Y5() {
    RootHistory h =
        RootHistory.empty(HistoryFixtures.ROOT)
            .withYear(
                admissionsYear(2020)
                    .withReportData(data(2020, Optional.empty(), OptionalLong.empty())))
            .withYear(
                admissionsYear(2021)
                    .withReportData(data(2021, Optional.empty(), OptionalLong.of(7))));

    HistoryReport r = HistoryReport.of(h, Year.of(2021));

    assertThat(r.previousSource()).isEqualTo(ComparisonSource.HISTORY);
    // the typed 7 is replaced by the count computed from 2020's facts
    assertThat(r.report().previousYearDisciplined()).hasValue(0);
    HistoryReport.Comparison admitted =
        r.comparisons().stream()
            .filter(c -> c.current().metric() == ComputedMetric.MEMBERS_ADMITTED)
            .findFirst()
            .orElseThrow();
    assertThat(admitted.change().absolute()).isEqualByComparingTo("-1");
    assertThat(admitted.change().percent())
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("-50"));
    assertThat(admitted.source()).isEqualTo(ComparisonSource.HISTORY);

    HistoryReport first = HistoryReport.of(h, Year.of(2020));
    assertThat(first.previousSource()).isEqualTo(ComparisonSource.NONE);
    assertThat(first.comparisons()).isEmpty();
  }

  @Test
  void withoutThePreviousYearInTheHistory_theTypedFigureIsUsedAndSaidSo_Y5() {
    RootHistory h =
        RootHistory.empty(HistoryFixtures.ROOT)
            .withYear(
                admissionsYear(2021)
                    .withReportData(data(2021, Optional.empty(), OptionalLong.of(7))));

    HistoryReport r = HistoryReport.of(h, Year.of(2021));

    assertThat(r.previousSource()).isEqualTo(ComparisonSource.REPORTED);
    assertThat(r.report().previousYearDisciplined()).hasValue(7);
    RootHistory noData = RootHistory.empty(HistoryFixtures.ROOT).withYear(admissionsYear(2021));
    assertThatThrownBy(() -> HistoryReport.of(noData, Year.of(2021)))
        .hasMessageContaining("no report data");
  }

  @Test
  void theTwoYearsInARowGate_readsTheHistory_Y3() {
    BaseOrganisationId b2 = BaseOrganisationId.of("B2");
    RootHistory h =
        HistoryFixtures.history(
            new java.util.TreeMap<>(
                Map.of(
                    2022, Map.of(b2, Level.HTXSNV),
                    2023, Map.of(b2, Level.HTXSNV, BaseOrganisationId.of("B1"), Level.HTXSNV))));
    PriorYearsGate g1 = PriorYearsGate.benTreG1();

    List<ReportedAnswer> answers = g1.answers(h, Year.of(2023));

    assertThat(answers)
        .filteredOn(a -> a.organisationId().equals(b2))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.met()).isTrue();
              assertThat(a.criterionId()).isEqualTo("G1");
              assertThat(a.evidence())
                  .isEqualTo(
                      "Y3: xếp loại HTXSNV trở lên trong các năm 2022-2023 (lịch sử của DUK-T)");
            });
    // B1 was HTXSNV only in 2023: one year is not two in a row
    assertThat(answers)
        .filteredOn(a -> a.organisationId().equals(BaseOrganisationId.of("B1")))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.met()).isFalse();
              assertThat(a.evidence())
                  .isEqualTo(
                      "Y3: trong các năm 2022-2023 có năm xếp loại thấp hơn HTXSNV hoặc không"
                          + " xếp loại (lịch sử của DUK-T)");
            });
    // 2022 has no year before it in the history: left unanswered, never guessed
    assertThat(g1.answers(h, Year.of(2022))).isEmpty();
    FourGoodYear year =
        g1.fill(FourGoodYear.builder().year(Year.of(2023)), h, Year.of(2023)).build();
    assertThat(year.answer(b2, "G1")).hasValueSatisfying(a -> assertThat(a.met()).isTrue());
    assertThat(year.organisationLevels()).containsEntry(b2, Level.HTXSNV);
    assertThatThrownBy(() -> new PriorYearsGate("G1", Level.HTXSNV, 0)).hasMessageContaining("G1");
    assertThat(DisciplineEffect.values()).isNotEmpty();
    assertThat(m("M1").value()).isEqualTo("M1");
  }
}
