package io.github.partyorg.rating;

import static io.github.partyorg.rating.RatingFixtures.pct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.charter.DisciplineForm;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Facts an officer could not have recorded are refused when built, naming the entity and the field
 * (C0-C6, O0-O10 read them): every percentage within 0..100, task shares not above the share done,
 * an organisation's discipline in the facts' year, and the builders' required fields.
 */
class FactsRefusedTest {

  static Stream<Arguments> memberPercents() {
    return Stream.of(
        Arguments.of(
            "score", (BiConsumer<MemberFacts.Builder, BigDecimal>) MemberFacts.Builder::score),
        Arguments.of(
            "targetsCompletedPercent",
            (BiConsumer<MemberFacts.Builder, BigDecimal>)
                MemberFacts.Builder::targetsCompletedPercent),
        Arguments.of(
            "tasksOnTimePercent",
            (BiConsumer<MemberFacts.Builder, BigDecimal>) MemberFacts.Builder::tasksOnTimePercent),
        Arguments.of(
            "tasksLatePercent",
            (BiConsumer<MemberFacts.Builder, BigDecimal>) MemberFacts.Builder::tasksLatePercent),
        Arguments.of(
            "shortcomingsRemediedPercent",
            (BiConsumer<MemberFacts.Builder, BigDecimal>)
                MemberFacts.Builder::shortcomingsRemediedPercent),
        Arguments.of(
            "ledUnitTasksDonePercent",
            (BiConsumer<MemberFacts.Builder, BigDecimal>)
                MemberFacts.Builder::ledUnitTasksDonePercent));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("memberPercents")
  void memberPercentages_areWithin0To100_C0C5(
      String field, BiConsumer<MemberFacts.Builder, BigDecimal> set) {
    for (String ok : new String[] {"0", "100"}) {
      MemberFacts.Builder b =
          MemberFacts.builder().memberId(MemberId.of("DV-1")).year(Year.of(2025));
      set.accept(b, pct(ok));
      assertThatCode(b::build).as(field + " " + ok).doesNotThrowAnyException();
    }
    for (String bad : new String[] {"-0.01", "100.01"}) {
      MemberFacts.Builder b =
          MemberFacts.builder().memberId(MemberId.of("DV-1")).year(Year.of(2025));
      set.accept(b, new BigDecimal(bad));
      assertThatIllegalArgumentException()
          .as(field + " " + bad)
          .isThrownBy(b::build)
          .withMessageContaining("DV-1")
          .withMessageContaining(field);
    }
  }

  static Stream<Arguments> organisationPercents() {
    return Stream.of(
        Arguments.of(
            "score",
            (BiConsumer<OrganisationFacts.Builder, BigDecimal>) OrganisationFacts.Builder::score),
        Arguments.of(
            "targetsMetPercent",
            (BiConsumer<OrganisationFacts.Builder, BigDecimal>)
                OrganisationFacts.Builder::targetsMetPercent),
        Arguments.of(
            "tasksDonePercent",
            (BiConsumer<OrganisationFacts.Builder, BigDecimal>)
                OrganisationFacts.Builder::tasksDonePercent),
        Arguments.of(
            "tasksExceededPercent",
            (BiConsumer<OrganisationFacts.Builder, BigDecimal>)
                OrganisationFacts.Builder::tasksExceededPercent),
        Arguments.of(
            "tasksOnTimePercent",
            (BiConsumer<OrganisationFacts.Builder, BigDecimal>)
                OrganisationFacts.Builder::tasksOnTimePercent),
        Arguments.of(
            "tasksLatePercent",
            (BiConsumer<OrganisationFacts.Builder, BigDecimal>)
                OrganisationFacts.Builder::tasksLatePercent),
        Arguments.of(
            "shortcomingsRemediedPercent",
            (BiConsumer<OrganisationFacts.Builder, BigDecimal>)
                OrganisationFacts.Builder::shortcomingsRemediedPercent));
  }

  private static OrganisationFacts.Builder organisation() {
    return OrganisationFacts.builder().organisationId(CellId.of("CB-1")).year(Year.of(2025));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("organisationPercents")
  void organisationPercentages_areWithin0To100_O0O7(
      String field, BiConsumer<OrganisationFacts.Builder, BigDecimal> set) {
    for (String ok : new String[] {"0", "100"}) {
      OrganisationFacts.Builder b = organisation();
      set.accept(b, pct(ok));
      assertThatCode(b::build).as(field + " " + ok).doesNotThrowAnyException();
    }
    for (String bad : new String[] {"-0.01", "100.01"}) {
      OrganisationFacts.Builder b = organisation();
      set.accept(b, new BigDecimal(bad));
      assertThatIllegalArgumentException()
          .as(field + " " + bad)
          .isThrownBy(b::build)
          .withMessageContaining("CB-1")
          .withMessageContaining(field);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasksExceededPercent", "tasksOnTimePercent", "tasksLatePercent"})
  void taskShares_areNotAboveTheShareDone_O7(String field) {
    BiConsumer<OrganisationFacts.Builder, BigDecimal> set =
        switch (field) {
          case "tasksExceededPercent" -> OrganisationFacts.Builder::tasksExceededPercent;
          case "tasksOnTimePercent" -> OrganisationFacts.Builder::tasksOnTimePercent;
          default -> OrganisationFacts.Builder::tasksLatePercent;
        };
    OrganisationFacts.Builder equal = organisation().tasksDonePercent(pct("80"));
    set.accept(equal, pct("80"));
    assertThatCode(equal::build).doesNotThrowAnyException();
    OrganisationFacts.Builder above = organisation().tasksDonePercent(pct("80"));
    set.accept(above, pct("80.01"));
    assertThatIllegalArgumentException()
        .isThrownBy(above::build)
        .withMessageContaining("CB-1")
        .withMessageContaining(field + " is more than tasksDonePercent");
  }

  @Test
  void anOrganisationsDiscipline_isInTheFactsYear_O3() {
    Discipline in2025 = Discipline.of(DisciplineForm.WARNING, LocalDate.of(2025, 1, 1));
    Discipline in2024 = Discipline.of(DisciplineForm.WARNING, LocalDate.of(2024, 12, 31));
    assertThat(organisation().discipline(in2025).build().discipline()).contains(in2025);
    assertThat(organisation().violationCase(in2025).build().violationCase()).contains(in2025);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> organisation().discipline(in2024).build())
        .withMessageContaining("discipline is dated outside the facts' year");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> organisation().violationCase(in2024).build())
        .withMessageContaining("violationCase is dated outside the facts' year");
  }

  @Test
  void builders_listEveryMissingRequiredField() {
    assertThatThrownBy(() -> MemberFacts.builder().build())
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(
            e ->
                assertThat(((InvalidFactsException) e).violations())
                    .extracting(Violation::message)
                    .hasSize(2)
                    .anySatisfy(m -> assertThat(m).contains("memberId"))
                    .anySatisfy(m -> assertThat(m).contains("year")));
    assertThatThrownBy(() -> MemberFacts.builder().memberId(MemberId.of("DV-1")).build())
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(
            e ->
                assertThat(((InvalidFactsException) e).violations())
                    .singleElement()
                    .satisfies(v -> assertThat(v.message()).contains("year")));
    assertThatThrownBy(() -> OrganisationFacts.builder().year(Year.of(2025)).build())
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(
            e ->
                assertThat(((InvalidFactsException) e).violations())
                    .singleElement()
                    .satisfies(v -> assertThat(v.message()).contains("organisationId")));
    assertThatThrownBy(() -> OrganisationFacts.builder().build())
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).violations()).hasSize(2));
    assertThatThrownBy(() -> YearFacts.builder().year(Year.of(2025)).build())
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(
            e ->
                assertThat(((InvalidFactsException) e).violations())
                    .singleElement()
                    .satisfies(v -> assertThat(v.message()).contains("reviewDate")));
    assertThatThrownBy(() -> YearFacts.builder().build())
        .isInstanceOf(InvalidFactsException.class)
        .satisfies(e -> assertThat(((InvalidFactsException) e).violations()).hasSize(2));
  }

  @Test
  @SuppressWarnings("deprecation")
  void levelDifference_leftAndRight_areBeforeAndAfter() {
    LevelDifference d =
        new LevelDifference(MemberId.of("DV-1"), Optional.of(Level.HTTNV), Optional.empty());
    assertThat(d.left()).isEqualTo(d.before()).contains(Level.HTTNV);
    assertThat(d.right()).isEqualTo(d.after()).isEmpty();
  }
}
