package io.github.partyorg.charter;

import static io.github.partyorg.structure.TreeFixtures.baseCell;
import static io.github.partyorg.structure.TreeFixtures.root;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.Post;
import io.github.partyorg.structure.Root;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** No membership-rule result shows the member's name or date of birth (M1-M6). */
class NoPersonalDataTest {

  private static final String NAME = "Trần Thị Bích Ngọc";
  private static final LocalDate BIRTH = LocalDate.of(1961, 7, 14);

  private static final Member OFFICIAL =
      Member.builder()
          .from(MembershipFixtures.admittedOn("m1", LocalDate.of(1992, 7, 14)))
          .fullName(NAME)
          .dateOfBirth(BIRTH)
          .addPosts(Post.CELL_SECRETARY)
          .build();

  private static final Member PROBATIONARY =
      Member.builder()
          .from(OFFICIAL)
          .id(io.github.partyorg.structure.MemberId.of("p1"))
          .admissionDate(LocalDate.of(2021, 7, 14))
          .officialDate(Optional.empty())
          .posts(Set.of())
          .build();

  @Test
  void noResultTextContainsTheFullNameOrTheDateOfBirth_M1toM6() {
    List<Object> results = new ArrayList<>();
    for (boolean approved : new boolean[] {false, true}) {
      for (AdmissionAgePolicy policy : AdmissionAgePolicy.values()) {
        for (LocalDate day :
            List.of(BIRTH.plusYears(17), BIRTH.plusYears(30), BIRTH.plusYears(61))) {
          results.add(AdmissionAge.check(BIRTH, day, policy, approved));
        }
      }
    }
    Root tree = root().addBaseOrganisation(baseCell("b1", OFFICIAL, PROBATIONARY)).build();
    results.addAll(Probation.overdue(tree, LocalDate.of(2022, 12, 31)));
    results.addAll(Badges.dueIn(OFFICIAL, Year.of(2022), EarlyAward.NONE));
    results.addAll(Badges.dueIn(OFFICIAL, Year.of(2021), EarlyAward.SERIOUS_ILLNESS));
    for (DisciplineForm form : DisciplineForm.values()) {
      results.add(DisciplineForms.check(OFFICIAL, form));
      results.add(DisciplineForms.check(PROBATIONARY, form));
    }
    YearMonth jan = YearMonth.of(2022, 1);
    results.add(StrikingOff.evaluate(Year.of(2022), Set.of(jan), Set.of()));
    results.add(
        StrikingOff.evaluate(
            Year.of(2022), Set.of(jan, jan.plusMonths(1), jan.plusMonths(2)), Set.of()));

    assertThat(results).hasSize(27);
    for (Object result : results) {
      List<String> texts = new ArrayList<>();
      texts.add(result.toString());
      if (result instanceof AdmissionAgeResult r) {
        texts.add(r.reason().vi());
        texts.add(r.reason().en());
      } else if (result instanceof OverdueProbation r) {
        texts.add(r.reason().vi());
        texts.add(r.reason().en());
        texts.add(r.toFinding().toString());
      } else if (result instanceof BadgeDue r) {
        texts.add(r.reason().vi());
        texts.add(r.reason().en());
      } else if (result instanceof DisciplineCheck r) {
        texts.add(r.reason().vi());
        texts.add(r.reason().en());
      } else if (result instanceof StrikingOffResult r) {
        texts.add(r.reason().vi());
        texts.add(r.reason().en());
      }
      assertThat(texts).hasSizeGreaterThan(1);
      for (String text : texts) {
        assertThat(text)
            .doesNotContain(NAME)
            .doesNotContain("Ngọc")
            .doesNotContain(BIRTH.toString())
            .doesNotContain("1961");
      }
    }
  }
}
