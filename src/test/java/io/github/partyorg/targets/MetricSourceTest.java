package io.github.partyorg.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.charter.DisciplineForm;
import io.github.partyorg.fourgood.FourGoodResult;
import io.github.partyorg.fourgood.OrganisationResult;
import io.github.partyorg.rating.Criterion;
import io.github.partyorg.rating.Discipline;
import io.github.partyorg.rating.Grade;
import io.github.partyorg.rating.Level;
import io.github.partyorg.rating.MemberFacts;
import io.github.partyorg.rating.OrganisationCriterion;
import io.github.partyorg.rating.OrganisationFacts;
import io.github.partyorg.rating.RootRater;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.BaseOrganisationKind;
import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.Gender;
import io.github.partyorg.structure.HostSector;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.RootId;
import io.github.partyorg.structure.RootKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetricSourceTest {
  private static final Year YEAR = Year.of(2023);
  private static final LocalDate REVIEW = LocalDate.of(2023, 12, 15);

  static Member member(String id, LocalDate admitted) {
    Member.Builder b = Member.builder();
    b.id(MemberId.of(id))
        .fullName("Trần Văn Mẫu")
        .gender(Gender.MALE)
        .dateOfBirth(LocalDate.of(1985, 2, 2))
        .admissionDate(admitted);
    if (admitted.getYear() < YEAR.getValue()) {
      b.officialDate(admitted.plusYears(1));
    }
    return b.build();
  }

  static MemberFacts.Builder graded(String id, Grade grade) {
    MemberFacts.Builder b = MemberFacts.builder();
    b.memberId(MemberId.of(id))
        .year(YEAR)
        .putGrades(Criterion.POLITICS_IDEOLOGY, grade)
        .putGrades(Criterion.ETHICS_LIFESTYLE, grade)
        .putGrades(Criterion.DISCIPLINE_WORKSTYLE, grade)
        .putGrades(Criterion.TASK_RESULTS, grade);
    return b;
  }

  static BaseOrganisation base(
      String id, HostSector sector, Optional<LocalDate> founded, List<Member> members) {
    return BaseOrganisation.builder()
        .id(BaseOrganisationId.of(id))
        .name("Chi bộ " + id)
        .kind(BaseOrganisationKind.BASE_CELL)
        .sector(sector)
        .foundedOn(founded)
        .addAllMembers(members)
        .build();
  }

  record Fixture(Root root, YearFacts facts, RootRating rating) {}

  /**
   * Three base cells: B1 (public service, 4 members since 2012, one admitted in 2023, one
   * disciplined in 2023), B2 (private enterprise founded in 2023), B3 (foreign-invested, founded in
   * 2020).
   */
  static Fixture fixture() {
    LocalDate old = LocalDate.of(2012, 3, 3);
    List<Member> b1 = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      b1.add(member("A" + i, old));
    }
    b1.add(member("A5", LocalDate.of(2023, 2, 1)));
    List<Member> b2 = List.of(member("P1", old), member("P2", old), member("P3", old));
    List<Member> b3 = List.of(member("F1", old), member("F2", old), member("F3", old));
    Root root =
        Root.builder()
            .id(RootId.of("DUK"))
            .kind(RootKind.PROVINCIAL_BLOC)
            .name("Đảng ủy Khối")
            .snapshotDate(LocalDate.of(2023, 12, 31))
            .addBaseOrganisation(base("B1", HostSector.PUBLIC_SERVICE_UNIT, Optional.empty(), b1))
            .addBaseOrganisation(
                base(
                    "B2", HostSector.PRIVATE_ENTERPRISE, Optional.of(LocalDate.of(2023, 5, 1)), b2))
            .addBaseOrganisation(
                base(
                    "B3",
                    HostSector.FOREIGN_INVESTED_ENTERPRISE,
                    Optional.of(LocalDate.of(2020, 1, 1)),
                    b3))
            .build();
    YearFacts.Builder facts = YearFacts.builder().year(YEAR).reviewDate(REVIEW);
    root.allMembers()
        .forEach(
            m -> {
              MemberFacts.Builder b = graded(m.id().value(), Grade.TOT);
              if (m.id().value().equals("A1")) {
                b.addDisciplines(Discipline.of(DisciplineForm.REPRIMAND, LocalDate.of(2023, 6, 1)));
              }
              facts.addMember(b.build());
            });
    for (BaseOrganisation base : root.baseOrganisations()) {
      OrganisationFacts.Builder org = OrganisationFacts.builder();
      org.organisationId(base.id())
          .year(YEAR)
          .putGrades(OrganisationCriterion.POLITICAL_TASK, Grade.TOT)
          .putGrades(OrganisationCriterion.POLITICS_IDEOLOGY, Grade.TOT)
          .putGrades(OrganisationCriterion.ORGANISATION_CADRES, Grade.TOT)
          .putGrades(OrganisationCriterion.INSPECTION_SUPERVISION, Grade.TOT)
          .putGrades(OrganisationCriterion.MASS_MOBILISATION, Grade.TOT)
          .putGrades(OrganisationCriterion.ORGANISATION_CADRES, Grade.TOT)
          .targetsMetPercent(new BigDecimal("100"));
      facts.addOrganisation(org.build());
    }
    YearFacts yearFacts = facts.build();
    return new Fixture(root, yearFacts, RootRater.forYear(YEAR).rate(root, yearFacts));
  }

  static MetricValue value(MetricValues values, ComputedMetric metric) {
    return values.get(metric).orElseThrow().value();
  }

  @Test
  void computesCountsFromTheModelAndTheYearsRecords_T7() {
    Fixture f = fixture();

    MetricValues values = MetricSource.of(f.root(), f.rating(), f.facts()).values();

    assertThat(values.year()).isEqualTo(YEAR);
    assertThat(value(values, ComputedMetric.MEMBERS)).isEqualTo(MetricValue.count(11));
    assertThat(value(values, ComputedMetric.MEMBERS_ADMITTED)).isEqualTo(MetricValue.count(1));
    assertThat(value(values, ComputedMetric.MEMBERS_DISCIPLINED)).isEqualTo(MetricValue.count(1));
    assertThat(
            value(values, ComputedMetric.ORGANISATIONS_FOUNDED_IN_PRIVATE_OR_FOREIGN_ENTERPRISES))
        .isEqualTo(MetricValue.count(1));
    assertThat(values.measurements()).allMatch(Measurement::isComputed);
  }

  @Test
  void ratingSharesAndCountsComeFromTheRootRating_T7() {
    Fixture f = fixture();

    MetricValues values = MetricSource.of(f.root(), f.rating(), f.facts()).values();

    assertThat(value(values, ComputedMetric.MEMBERS_AT_LEAST_HTTNV))
        .isEqualTo(new MetricValue.Proportion(f.rating().memberCounts().shareAtLeast(Level.HTTNV)));
    assertThat(value(values, ComputedMetric.MEMBERS_AT_KHTNV))
        .isEqualTo(MetricValue.count(f.rating().memberCounts().count(Level.KHTNV)));
    assertThat(value(values, ComputedMetric.BASE_ORGANISATIONS_AT_LEAST_HTTNV))
        .isEqualTo(
            new MetricValue.Proportion(
                f.rating().baseOrganisationCounts().shareAtLeast(Level.HTTNV)));
    assertThat(value(values, ComputedMetric.BASE_ORGANISATIONS_AT_KHTNV))
        .isEqualTo(MetricValue.count(f.rating().baseOrganisationCounts().count(Level.KHTNV)));
    assertThat(f.rating().baseOrganisationCounts().rated()).isEqualTo(3);
  }

  @Test
  void fourGoodSharesOnlyWithFourGoodResults() {
    Fixture f = fixture();
    MetricSource source = MetricSource.of(f.root(), f.rating(), f.facts());
    LocalizedText title = LocalizedText.of("Chi bộ 4 tốt", "Four-good cell");
    FourGoodResult fourGood =
        new FourGoodResult(
            YEAR,
            List.of(
                new OrganisationResult(
                    BaseOrganisationId.of("B1"), false, YEAR, title, true, List.of(), List.of()),
                new OrganisationResult(
                    BaseOrganisationId.of("B2"), false, YEAR, title, false, List.of(), List.of())),
            List.of());

    assertThat(source.values().get(ComputedMetric.FOUR_GOOD_CELLS)).isEmpty();
    MetricValues values = source.withFourGood(fourGood).values();
    assertThat(value(values, ComputedMetric.FOUR_GOOD_CELLS)).isEqualTo(MetricValue.share(1, 2));
    assertThat(values.get(ComputedMetric.FOUR_GOOD_BASE_COMMITTEES)).isEmpty();
    assertThatThrownBy(
            () -> source.withFourGood(new FourGoodResult(Year.of(2022), List.of(), List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2022");
  }

  @Test
  void reportedFiguresJoinTheComputedOnes_T7() {
    Fixture f = fixture();
    MetricSource source = MetricSource.of(f.root(), f.rating(), f.facts());
    MetricValues reported =
        MetricValues.builder(YEAR)
            .reported(ReportedMetric.WORK_ITEMS, MetricValue.completion(23, 23))
            .build();

    MetricValues all = source.valuesWith(reported);

    assertThat(all.get(ReportedMetric.WORK_ITEMS).orElseThrow().provenance())
        .isEqualTo(Provenance.REPORTED);
    assertThat(all.get(ComputedMetric.MEMBERS).orElseThrow().provenance())
        .isEqualTo(Provenance.COMPUTED);
  }

  @Test
  void aReportedFigureOfAComputedMetricReplacesTheComputedOne_T7() {
    Fixture f = fixture();
    MetricSource source = MetricSource.of(f.root(), f.rating(), f.facts());
    MetricValue computed = source.values().get(ComputedMetric.MEMBERS).orElseThrow().value();
    MetricValues reported =
        MetricValues.builder(YEAR)
            .reported(ComputedMetric.MEMBERS, MetricValue.count(1234))
            .reported(ReportedMetric.WORK_ITEMS, MetricValue.completion(23, 23))
            .build();

    MetricValues all = source.valuesWith(reported);

    Measurement members = all.get(ComputedMetric.MEMBERS).orElseThrow();
    assertThat(members.provenance()).isEqualTo(Provenance.REPORTED);
    assertThat(members.value()).isEqualTo(MetricValue.count(1234)).isNotEqualTo(computed);
    // Every other computed metric is still computed, and nothing reported is lost.
    assertThat(all.get(ComputedMetric.MEMBERS_ADMITTED).orElseThrow().provenance())
        .isEqualTo(Provenance.COMPUTED);
    assertThat(all.get(ReportedMetric.WORK_ITEMS)).isPresent();
    assertThat(all.measurements()).hasSize(source.values().measurements().size() + 1);
    assertThatThrownBy(() -> source.valuesWith(MetricValues.empty(YEAR.plusYears(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(YEAR.plusYears(1)));
  }

  @Test
  void computedAdmissionsMeetTheTargetEndToEnd() {
    Fixture f = fixture();
    MetricValues values = MetricSource.of(f.root(), f.rating(), f.facts()).values();
    Target target =
        Target.of(
            "T2023-06",
            "Kết nạp từ 1 - 2 đảng viên",
            "Admit 1-2 members",
            ComputedMetric.MEMBERS_ADMITTED,
            new Goal.CountRange(1, 2));

    TargetOutcome outcome =
        TargetEvaluator.withDefaults()
            .evaluate(target, values, MetricValues.empty(YEAR.minusYears(1)));

    assertThat(outcome.status()).isEqualTo(TargetStatus.MET);
    assertThat(outcome.isComputed()).isTrue();
  }

  @Test
  void cellsFoundedInTheYearInsideAnEnterpriseCommitteeCount_T7() {
    Fixture f = fixture();
    LocalDate old = LocalDate.of(2012, 3, 3);
    BaseOrganisation committee =
        BaseOrganisation.builder()
            .id(BaseOrganisationId.of("B4"))
            .name("Đảng bộ B4")
            .kind(BaseOrganisationKind.BASE_COMMITTEE)
            .sector(HostSector.FOREIGN_INVESTED_ENTERPRISE)
            .foundedOn(LocalDate.of(2019, 1, 1))
            .addCells(
                Cell.builder()
                    .id(CellId.of("C41"))
                    .name("Chi bộ C41")
                    .foundedOn(LocalDate.of(2023, 9, 1))
                    .addMembers(member("Q1", old), member("Q2", old), member("Q3", old))
                    .build(),
                Cell.builder()
                    .id(CellId.of("C42"))
                    .name("Chi bộ C42")
                    .foundedOn(LocalDate.of(2021, 9, 1))
                    .addMembers(member("Q4", old), member("Q5", old), member("Q6", old))
                    .build())
            .build();
    Root root = f.root().withBaseOrganisation(committee);
    RootRating rating = RootRater.forYear(YEAR).rate(root, f.facts());

    MetricValues values = MetricSource.of(root, rating, f.facts()).values();

    assertThat(
            value(values, ComputedMetric.ORGANISATIONS_FOUNDED_IN_PRIVATE_OR_FOREIGN_ENTERPRISES))
        .isEqualTo(MetricValue.count(2));
  }

  @Test
  void ratingOfAnotherRootOrFactsOfAnotherYear_areRefused() {
    Fixture f = fixture();
    Root other =
        Root.builder()
            .id(RootId.of("OTHER"))
            .kind(RootKind.PROVINCIAL_BLOC)
            .name("Khác")
            .snapshotDate(LocalDate.of(2023, 12, 31))
            .build();
    YearFacts facts2022 =
        YearFacts.builder().year(Year.of(2022)).reviewDate(LocalDate.of(2022, 12, 15)).build();

    assertThatThrownBy(() -> MetricSource.of(other, f.rating(), f.facts()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OTHER");
    assertThatThrownBy(() -> MetricSource.of(f.root(), f.rating(), facts2022))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2022");
  }
}
