package io.github.partyorg.rating;

import static io.github.partyorg.rating.RatingFixtures.excellent2022;
import static io.github.partyorg.rating.RatingFixtures.excellent2023;
import static io.github.partyorg.rating.RatingFixtures.pct;
import static io.github.partyorg.rating.RatingFixtures.scored2025;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.partyorg.charter.DisciplineForm;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MemberFactsTest {

  @Test
  void exceededMoreThanOnTime_isRefusedNamingTheMemberAndFact() {
    MemberFacts.Builder b = excellent2023("DV-7");
    b.tasksOnTimePercent(pct("60")).tasksExceededPercent(pct("60.01"));
    assertThatIllegalArgumentException()
        .isThrownBy(b::build)
        .withMessageContaining("DV-7")
        .withMessageContaining("tasksExceededPercent")
        .withMessageNotContaining("Nguyễn");
  }

  @Test
  void exceededEqualToOnTime_isAccepted() {
    MemberFacts.Builder b = excellent2023("DV-7");
    b.tasksOnTimePercent(pct("60")).tasksExceededPercent(pct("60"));
    assertThat(b.build().tasksExceededPercent()).contains(pct("60"));
  }

  @Test
  void negativeSickLeave_isRefused_E4() {
    MemberFacts.Builder b = excellent2022("DV-8");
    b.sickLeaveMonths(-1);
    assertThatIllegalArgumentException()
        .isThrownBy(b::build)
        .withMessageContaining("DV-8")
        .withMessageContaining("sickLeaveMonths");
  }

  @Test
  void sickLeaveOver12Months_isRefused_andTwelveAccepted_E4() {
    MemberFacts.Builder b = excellent2022("DV-8");
    b.sickLeaveMonths(13);
    assertThatIllegalArgumentException().isThrownBy(b::build).withMessageContaining("DV-8");
    b.sickLeaveMonths(12);
    assertThat(b.build().sickLeaveMonths()).isEqualTo(12);
  }

  @Test
  void disciplineOutsideTheYear_isRefused_C1() {
    MemberFacts.Builder b = excellent2022("DV-9");
    b.addDisciplines(Discipline.of(DisciplineForm.REPRIMAND, LocalDate.of(2021, 12, 31)));
    assertThatIllegalArgumentException()
        .isThrownBy(b::build)
        .withMessageContaining("DV-9")
        .withMessageContaining("disciplines")
        .withMessageNotContaining("2021-12-31"); // issue 17: no value of the record
  }

  @Test
  void percentagesAndScoreOutside0To100_areRefused() {
    MemberFacts.Builder over = excellent2022("DV-1");
    over.targetsCompletedPercent(pct("100.01"));
    assertThatIllegalArgumentException()
        .isThrownBy(over::build)
        .withMessageContaining("targetsCompletedPercent");
    MemberFacts.Builder negative = scored2025("DV-1", "80");
    negative.tasksLatePercent(pct("-0.01"));
    assertThatIllegalArgumentException()
        .isThrownBy(negative::build)
        .withMessageContaining("tasksLatePercent");
    MemberFacts.Builder score = scored2025("DV-1", "100.5");
    assertThatIllegalArgumentException().isThrownBy(score::build).withMessageContaining("score");
    assertThat(scored2025("DV-1", "0").build().score()).contains(pct("0"));
    assertThat(scored2025("DV-1", "100").build().score()).contains(pct("100"));
  }

  @Test
  void defaults_areNoLeaveNoDegradation() {
    MemberFacts facts = excellent2022("DV-1").build();
    assertThat(facts.sickLeaveMonths()).isZero();
    assertThat(facts.maternityLeave()).isFalse();
    assertThat(facts.degradationConcluded()).isFalse();
    assertThat(facts.disciplines()).isEmpty();
  }
}
