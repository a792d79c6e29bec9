package io.github.partyorg.rating;

import static io.github.partyorg.rating.RatingFixtures.pct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.partyorg.charter.DisciplineForm;
import io.github.partyorg.structure.CellId;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationFactsTest {

  private static OrganisationFacts.Builder facts() {
    OrganisationFacts.Builder b = OrganisationFacts.builder();
    b.organisationId(CellId.of("CB-7")).year(Year.of(2022));
    return b;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"score", "targetsMetPercent", "tasksDonePercent", "tasksExceededPercent"})
  void percentageAbove100_isRefusedNamingTheOrganisationAndFact(String fact) {
    OrganisationFacts.Builder b = withValue(facts(), fact, "100.01");
    assertThatIllegalArgumentException()
        .isThrownBy(b::build)
        .withMessage("Rating facts of organisation CB-7: " + fact + " is outside 0..100.");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"score", "targetsMetPercent", "tasksDonePercent", "tasksExceededPercent"})
  void negativePercentage_isRefused(String fact) {
    OrganisationFacts.Builder b = withValue(facts(), fact, "-0.01");
    assertThatIllegalArgumentException()
        .isThrownBy(b::build)
        .withMessageContaining("CB-7")
        .withMessageContaining(fact)
        .withMessageNotContaining("0.01"); // issue 17: the value is not echoed
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"score", "targetsMetPercent", "tasksDonePercent", "tasksExceededPercent"})
  void zeroAnd100_areAccepted(String fact) {
    assertThat(withValue(facts(), fact, "0").build()).isNotNull();
    assertThat(withValue(facts(), fact, "100.00").build()).isNotNull();
  }

  private static OrganisationFacts.Builder withValue(
      OrganisationFacts.Builder b, String fact, String value) {
    switch (fact) {
      case "score" -> b.score(pct(value));
      case "targetsMetPercent" -> b.targetsMetPercent(pct(value));
      case "tasksDonePercent" -> b.tasksDonePercent(pct(value));
      default -> b.tasksExceededPercent(pct(value));
    }
    return b;
  }

  @Test
  void exceededMoreThanDone_isRefusedNamingTheOrganisation() {
    OrganisationFacts.Builder b = facts();
    b.tasksDonePercent(pct("60")).tasksExceededPercent(pct("60.01"));
    assertThatIllegalArgumentException()
        .isThrownBy(b::build)
        .withMessage(
            "Rating facts of organisation CB-7: tasksExceededPercent is more than"
                + " tasksDonePercent.");
  }

  @Test
  void exceededEqualToDone_isAccepted() {
    OrganisationFacts.Builder b = facts();
    b.tasksDonePercent(pct("60")).tasksExceededPercent(pct("60"));
    assertThat(b.build().tasksExceededPercent()).contains(pct("60"));
  }

  @Test
  void exceededWithoutDone_isAccepted() {
    OrganisationFacts.Builder b = facts();
    b.tasksExceededPercent(pct("90"));
    assertThat(b.build().tasksDonePercent()).isEmpty();
  }

  @Test
  void disciplineBeforeTheYear_isRefusedNamingTheOrganisation() {
    OrganisationFacts.Builder b = facts();
    b.discipline(Discipline.of(DisciplineForm.REPRIMAND, LocalDate.of(2021, 12, 31)));
    assertThatIllegalArgumentException()
        .isThrownBy(b::build)
        .withMessage(
            "Rating facts of organisation CB-7: discipline is dated outside the facts' year.");
  }

  @Test
  void disciplineAfterTheYear_isRefused() {
    OrganisationFacts.Builder b = facts();
    b.discipline(Discipline.of(DisciplineForm.WARNING, LocalDate.of(2023, 1, 1)));
    assertThatIllegalArgumentException()
        .isThrownBy(b::build)
        .withMessageContaining("CB-7")
        .withMessageContaining("discipline");
  }

  @Test
  void disciplineOnTheYearsBounds_isAccepted() {
    OrganisationFacts.Builder first = facts();
    first.discipline(Discipline.of(DisciplineForm.REPRIMAND, LocalDate.of(2022, 1, 1)));
    OrganisationFacts.Builder last = facts();
    last.discipline(Discipline.of(DisciplineForm.REPRIMAND, LocalDate.of(2022, 12, 31)));
    assertThat(first.build().discipline()).isPresent();
    assertThat(last.build().discipline()).isPresent();
  }

  @Test
  void unreportedFlags_defaultToFalseAndOptionalsToEmpty() {
    OrganisationFacts f = facts().build();
    assertThat(f.keyTargetsUnmet()).isFalse();
    assertThat(f.forceMajeure()).isFalse();
    assertThat(f.leadershipCollectiveDisciplined()).isFalse();
    assertThat(f.grades()).isEmpty();
    assertThat(f.score()).isEmpty();
    assertThat(f.targetsMetPercent()).isEmpty();
    assertThat(f.discipline()).isEmpty();
    assertThat(f.affiliatedBodies()).isEmpty();
  }

  @Test
  void affiliatedBodies_areCopiedAtConstruction() {
    Map<AffiliatedBody, Level> given = new HashMap<>();
    given.put(AffiliatedBody.FRONT, Level.HTTNV);
    OrganisationFacts.Builder b = facts();
    b.affiliatedBodies(given);
    OrganisationFacts f = b.build();
    given.put(AffiliatedBody.TRADE_UNION, Level.KHTNV);
    assertThat(f.affiliatedBodies()).contains(Map.of(AffiliatedBody.FRONT, Level.HTTNV));
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> f.affiliatedBodies().orElseThrow().put(AffiliatedBody.OTHER, Level.HTNV));
  }

  @Test
  void affiliatedBodies_iterateInTheOrderOfTheEnum() {
    Map<AffiliatedBody, Level> given = new LinkedHashMap<>();
    given.put(AffiliatedBody.OTHER, Level.HTNV);
    given.put(AffiliatedBody.YOUTH_UNION, Level.HTTNV);
    given.put(AffiliatedBody.GOVERNMENT_OR_UNIT, Level.HTXSNV);
    OrganisationFacts.Builder b = facts();
    b.affiliatedBodies(given);
    OrganisationFacts f = b.build();
    assertThat(f.affiliatedBodies().orElseThrow().keySet())
        .containsExactly(
            AffiliatedBody.GOVERNMENT_OR_UNIT, AffiliatedBody.YOUTH_UNION, AffiliatedBody.OTHER);
    assertThat(f.affiliatedBodies().orElseThrow().get(AffiliatedBody.YOUTH_UNION))
        .isEqualTo(Level.HTTNV);
    assertThat(f).isEqualTo(b.build()).hasSameHashCodeAs(b.build());
  }

  @Test
  void emptyAffiliatedBodies_staysRecordedAsNone() {
    OrganisationFacts.Builder b = facts();
    b.affiliatedBodies(new HashMap<>());
    assertThat(b.build().affiliatedBodies()).contains(Map.of());
  }
}
