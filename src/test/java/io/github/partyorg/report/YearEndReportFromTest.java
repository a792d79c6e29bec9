package io.github.partyorg.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.rating.LevelCounts;
import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.RootId;
import io.github.partyorg.targets.Resolution;
import io.github.partyorg.targets.ResolutionEvaluation;
import java.math.RoundingMode;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link YearEndReport#from}: a report rebuilt from the values of a report made by {@link
 * YearEndReport#of} equals it and renders the same sections (equals and hashCode contract, also of
 * {@link VietnameseNumbers}); values that do not fit are refused with an {@link
 * IllegalArgumentException} naming the root or the field and the problem, without personal data: a
 * blank name, a negative count, a record, an evaluation or a next year's resolution of another
 * year.
 */
class YearEndReportFromTest {
  private static final Year Y2022 = Year.of(2022);
  private static final BenTreSample SAMPLE = BenTreSample.get();
  private static final YearEndReport REPORT = SAMPLE.report(Y2022);

  /** The values of a report, to rebuild it with one value changed. */
  static final class Values {
    Year year;
    RootId rootId;
    String rootName;
    YearRecord record;
    long admitted;
    long disciplined;
    OptionalLong previousYearDisciplined;
    LevelCounts memberCounts;
    LevelCounts baseOrganisationCounts;
    List<QuotaSurplus> quotaSurpluses;
    Optional<ResolutionEvaluation> evaluation;
    Optional<Resolution> nextYear;
    VietnameseNumbers numbers;

    Values(YearEndReport r) {
      year = r.year();
      rootId = r.rootId();
      rootName = r.rootName();
      record = r.record();
      admitted = r.admitted();
      disciplined = r.disciplined();
      previousYearDisciplined = r.previousYearDisciplined();
      memberCounts = r.memberCounts();
      baseOrganisationCounts = r.baseOrganisationCounts();
      quotaSurpluses = r.quotaSurpluses();
      evaluation = r.evaluation();
      nextYear = r.nextYear();
      numbers = r.numbers();
    }

    YearEndReport build() {
      return YearEndReport.from(
          year,
          rootId,
          rootName,
          record,
          admitted,
          disciplined,
          previousYearDisciplined,
          memberCounts,
          baseOrganisationCounts,
          quotaSurpluses,
          evaluation,
          nextYear,
          numbers);
    }
  }

  private static YearEndReport rebuilt(YearEndReport report, Consumer<Values> change) {
    Values values = new Values(report);
    change.accept(values);
    return values.build();
  }

  private static void assertRefused(Consumer<Values> change, String... parts) {
    assertThatThrownBy(() -> rebuilt(REPORT, change))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll(parts)
        .satisfies(
            e -> {
              for (Member m : SAMPLE.root(Y2022).allMembers().limit(500).toList()) {
                assertThat(e.getMessage())
                    .doesNotContain(m.fullName())
                    .doesNotContain(m.id().value());
              }
            });
  }

  // ---------- Happy path ----------

  static Stream<Year> years() {
    return BenTreSample.YEARS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("years")
  void rebuiltFromTheValuesOfTheSampleReport_equalsIt_andRendersTheSameSections(Year year) {
    YearEndReport report = SAMPLE.report(year);

    YearEndReport copy = new Values(report).build();

    assertThat(copy).isEqualTo(report).hasSameHashCodeAs(report).isNotSameAs(report);
    assertThat(report).isEqualTo(copy);
    for (Language language : Language.values()) {
      assertThat(copy.sections(language)).isEqualTo(report.sections(language));
      assertThat(copy.toMarkdown(language)).isEqualTo(report.toMarkdown(language));
    }
    assertThat(copy.toVietnameseText()).isEqualTo(report.toVietnameseText());
    assertThat(copy.toEnglishText()).isEqualTo(report.toEnglishText());
    assertThat(copy.admissionOutcome()).isEqualTo(report.admissionOutcome());
    assertThat(copy.nextYearTargets()).isEqualTo(report.nextYearTargets());
    assertThat(copy.toString()).isEqualTo(report.toString());
  }

  @Test
  void sampleReports_coverPresentAndEmptyOptionalValues() {
    YearEndReport first = SAMPLE.report(Year.of(2021));
    YearEndReport last = SAMPLE.report(Year.of(2023));
    assertThat(first.previousYearDisciplined()).isEmpty();
    assertThat(REPORT.previousYearDisciplined()).isPresent();
    assertThat(REPORT.evaluation()).isPresent();
    assertThat(REPORT.nextYear()).isPresent();
    assertThat(last.nextYear()).isEmpty();
  }

  @Test
  void rebuiltWithoutTheOptionalValues_isAValidReport() {
    YearEndReport bare =
        rebuilt(
            REPORT,
            v -> {
              v.previousYearDisciplined = OptionalLong.empty();
              v.evaluation = Optional.empty();
              v.nextYear = Optional.empty();
              v.record = YearRecord.empty(Y2022);
              v.admitted = 0;
              v.disciplined = 0;
            });
    assertThat(bare.toVietnameseText()).isNotBlank();
    assertThat(bare).isEqualTo(new Values(bare).build());
  }

  // ---------- Refusals ----------

  @Test
  void blankRootName_isRefusedNamingTheFieldAndTheRoot() {
    assertRefused(
        v -> v.rootName = " \t", "The field rootName of the report on root DUK-BT is blank.");
  }

  @Test
  void negativeAdmittedCount_isRefusedNamingTheRoot() {
    assertRefused(v -> v.admitted = -1, "The report on root DUK-BT has a negative count.");
  }

  @Test
  void negativeDisciplinedCount_isRefusedNamingTheRoot() {
    assertRefused(v -> v.disciplined = -9, "The report on root DUK-BT has a negative count.");
  }

  @Test
  void negativePreviousYearsDisciplinedCount_isRefusedNamingTheRoot() {
    assertRefused(
        v -> v.previousYearDisciplined = OptionalLong.of(-1),
        "The report on root DUK-BT has a negative count.");
  }

  @Test
  void recordOfAnotherYear_isRefusedNamingTheFieldAndBothYears() {
    assertRefused(
        v -> v.record = SAMPLE.record(Year.of(2021)), "The field record is of 2021, not of 2022.");
  }

  @Test
  void reportOfAnotherYearThanItsValues_isRefusedNamingTheRecord() {
    assertRefused(v -> v.year = Year.of(2023), "The field record is of 2022, not of 2023.");
  }

  @Test
  void evaluationOfAnotherYearsResolution_isRefusedNamingTheFieldAndBothYears() {
    assertRefused(
        v -> v.evaluation = Optional.of(SAMPLE.evaluation(Year.of(2023))),
        "The field evaluation is of the resolution for 2023, not for 2022.");
  }

  @Test
  void nextYearsResolutionOfTheSameYear_isRefusedNamingTheFieldAndTheYearAfter() {
    assertRefused(
        v -> v.nextYear = Optional.of(SAMPLE.resolution(Y2022)),
        "The field nextYear is the resolution for 2022, not for 2023.");
  }

  @Test
  void nextYearsResolutionOfAnEarlierYear_isRefused() {
    assertRefused(
        v -> v.nextYear = Optional.of(SAMPLE.resolution(Year.of(2021))),
        "The field nextYear is the resolution for 2021, not for 2023.");
  }

  @Test
  void nullValues_areRefused() {
    List<Consumer<Values>> nulls =
        List.of(
            v -> v.year = null,
            v -> v.rootId = null,
            v -> v.rootName = null,
            v -> v.record = null,
            v -> v.previousYearDisciplined = null,
            v -> v.memberCounts = null,
            v -> v.baseOrganisationCounts = null,
            v -> v.evaluation = null,
            v -> v.nextYear = null,
            v -> v.numbers = null);
    for (Consumer<Values> change : nulls) {
      assertThatThrownBy(() -> rebuilt(REPORT, change)).isInstanceOf(NullPointerException.class);
    }
  }

  // ---------- equals and hashCode ----------

  @Test
  void equals_isSymmetricAndTransitive_andFalseForNullAndOtherTypes() {
    YearEndReport copy = new Values(REPORT).build();
    YearEndReport copyOfCopy = new Values(copy).build();
    assertThat(REPORT).isEqualTo(copy).isEqualTo(copyOfCopy);
    assertThat(copy).isEqualTo(REPORT).isEqualTo(copyOfCopy);
    assertThat(copyOfCopy).isEqualTo(REPORT).hasSameHashCodeAs(REPORT);
    assertThat(REPORT).isNotEqualTo(null).isNotEqualTo(REPORT.toString());
  }

  @Test
  void aChangedValue_makesTheReportsUnequal() {
    Map<String, Consumer<Values>> changes = new LinkedHashMap<>();
    changes.put(
        "year",
        v -> {
          v.year = Year.of(2023);
          v.record = SAMPLE.record(Year.of(2023));
          v.evaluation = Optional.of(SAMPLE.evaluation(Year.of(2023)));
          v.nextYear = Optional.empty();
        });
    changes.put("root", v -> v.rootId = RootId.of("OTHER"));
    changes.put("root name", v -> v.rootName = v.rootName + " (bản sao)");
    changes.put("record", v -> v.record = YearRecord.empty(Y2022));
    changes.put("admitted", v -> v.admitted++);
    changes.put("disciplined", v -> v.disciplined++);
    changes.put(
        "previous year's disciplined", v -> v.previousYearDisciplined = OptionalLong.empty());
    changes.put("member counts", v -> v.memberCounts = v.baseOrganisationCounts);
    changes.put("base organisation counts", v -> v.baseOrganisationCounts = v.memberCounts);
    changes.put("evaluation", v -> v.evaluation = Optional.empty());
    changes.put("next year", v -> v.nextYear = Optional.empty());
    changes.put("numbers", v -> v.numbers = VietnameseNumbers.of(1, RoundingMode.HALF_UP));

    for (Map.Entry<String, Consumer<Values>> change : changes.entrySet()) {
      YearEndReport other = rebuilt(REPORT, change.getValue());
      assertThat(other).as(change.getKey()).isNotEqualTo(REPORT);
      assertThat(REPORT).as(change.getKey()).isNotEqualTo(other);
    }
  }

  @Test
  void vietnameseNumbers_equalWhenScaleAndRoundingAre_withEqualHashes() {
    VietnameseNumbers defaults = VietnameseNumbers.defaults();
    VietnameseNumbers same = VietnameseNumbers.of(2, RoundingMode.HALF_UP);

    assertThat(same).isEqualTo(defaults).hasSameHashCodeAs(defaults);
    assertThat(defaults).isEqualTo(same);
    assertThat(REPORT.numbers()).isEqualTo(defaults);
    assertThat(VietnameseNumbers.of(1, RoundingMode.HALF_UP)).isNotEqualTo(defaults);
    assertThat(VietnameseNumbers.of(2, RoundingMode.DOWN)).isNotEqualTo(defaults);
    assertThat(defaults).isNotEqualTo(null).isNotEqualTo("VietnameseNumbers[scale=2]");
  }

  @Test
  void vietnameseNumbers_toString_namesTheScaleAndTheRounding() {
    assertThat(VietnameseNumbers.of(3, RoundingMode.DOWN))
        .hasToString("VietnameseNumbers[scale=3, rounding=DOWN]");
    assertThat(VietnameseNumbers.defaults())
        .hasToString("VietnameseNumbers[scale=2, rounding=HALF_UP]");
  }
}
