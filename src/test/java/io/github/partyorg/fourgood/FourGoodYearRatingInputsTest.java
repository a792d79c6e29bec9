package io.github.partyorg.fourgood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.charter.DisciplineForm;
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
import io.github.partyorg.structure.HostSector;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.TreeFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class FourGoodYearRatingInputsTest {

  private static MemberFacts.Builder graded(String id, Grade grade) {
    MemberFacts.Builder b = MemberFacts.builder();
    b.memberId(MemberId.of(id)).year(Year.of(2023));
    for (Criterion c : Criterion.values()) {
      b.putGrades(c, grade);
    }
    return b;
  }

  @Test
  void ratingInputs_comeFromTheFinalLevelsAndTheDisciplines_F7() {
    BaseOrganisation base =
        BaseOrganisation.builder()
            .id(BaseOrganisationId.of("B1"))
            .name("Chi bộ 1")
            .kind(BaseOrganisationKind.BASE_CELL)
            .sector(HostSector.OTHER)
            .addMembers(
                TreeFixtures.official("m1"),
                TreeFixtures.official("m2"),
                TreeFixtures.official("m3"))
            .build();
    // The tree at the end of the facts' year (a tree of 2022 cannot be rated for 2023).
    Root root =
        TreeFixtures.root()
            .snapshotDate(LocalDate.of(2023, 12, 31))
            .addBaseOrganisation(base)
            .build();
    YearFacts facts =
        YearFacts.builder()
            .year(Year.of(2023))
            .reviewDate(LocalDate.of(2023, 12, 15))
            .addMember(graded("m1", Grade.TOT).build())
            .addMember(
                graded("m2", Grade.TOT)
                    .addDisciplines(
                        Discipline.of(DisciplineForm.REPRIMAND, LocalDate.of(2023, 4, 1)))
                    .build())
            .addOrganisation(
                OrganisationFacts.builder()
                    .organisationId(base.id())
                    .year(Year.of(2023))
                    .putGrades(OrganisationCriterion.POLITICAL_TASK, Grade.TOT)
                    .putGrades(OrganisationCriterion.POLITICS_IDEOLOGY, Grade.TOT)
                    .putGrades(OrganisationCriterion.ORGANISATION_CADRES, Grade.TOT)
                    .putGrades(OrganisationCriterion.INSPECTION_SUPERVISION, Grade.TOT)
                    .putGrades(OrganisationCriterion.MASS_MOBILISATION, Grade.TOT)
                    .targetsMetPercent(BigDecimal.valueOf(100))
                    .build())
            .decide(MemberId.of("m1"), Level.HTNV)
            .build();
    RootRating rating = RootRater.forYear(Year.of(2023)).rate(root, facts);

    FourGoodYear year =
        FourGoodYear.builder().year(Year.of(2023)).ratingInputs(rating, facts).build();

    assertThat(year.memberLevels())
        .containsEntry(MemberId.of("m1"), Level.HTNV) // decided, not proposed
        .containsEntry(MemberId.of("m2"), Level.KHTNV) // C1: disciplined
        .doesNotContainKey(MemberId.of("m3")); // no facts: no level, never guessed
    assertThat(year.organisationLevels()).containsEntry(base.id(), Level.HTTNV);
    assertThat(year.disciplinedMembers()).containsExactly(MemberId.of("m2"));
  }

  @Test
  void ratingOfAnotherYear_isRefused() {
    Root root = TreeFixtures.root().snapshotDate(LocalDate.of(2023, 12, 31)).build();
    YearFacts facts2023 =
        YearFacts.builder().year(Year.of(2023)).reviewDate(LocalDate.of(2023, 12, 15)).build();
    YearFacts facts2022 =
        YearFacts.builder().year(Year.of(2022)).reviewDate(LocalDate.of(2022, 12, 15)).build();
    RootRating rating = RootRater.forYear(Year.of(2023)).rate(root, facts2023);

    assertThatThrownBy(
            () -> FourGoodYear.builder().year(Year.of(2022)).ratingInputs(rating, facts2022))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2023");
  }
}
