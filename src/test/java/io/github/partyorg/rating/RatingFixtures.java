package io.github.partyorg.rating;

import io.github.partyorg.structure.Gender;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;

/** Members and facts for the rating tests. */
final class RatingFixtures {
  static final LocalDate REVIEW_2022 = LocalDate.of(2022, 12, 15);
  static final LocalDate REVIEW_2023 = LocalDate.of(2023, 12, 15);
  static final LocalDate REVIEW_2025 = LocalDate.of(2025, 12, 15);

  private RatingFixtures() {}

  static Member official(String id) {
    return Member.builder()
        .id(MemberId.of(id))
        .fullName("Nguyễn Thị Bí Mật")
        .gender(Gender.FEMALE)
        .dateOfBirth(LocalDate.of(1980, 1, 1))
        .admissionDate(LocalDate.of(2010, 1, 1))
        .officialDate(LocalDate.of(2011, 1, 1))
        .build();
  }

  static BigDecimal pct(String value) {
    return new BigDecimal(value);
  }

  /** Facts with every criterion at the given grade, task results at {@code task}. */
  static MemberFacts.Builder graded(String id, int year, Grade others, Grade task) {
    MemberFacts.Builder b = MemberFacts.builder();
    b.memberId(MemberId.of(id))
        .year(Year.of(year))
        .putGrades(Criterion.POLITICS_IDEOLOGY, others)
        .putGrades(Criterion.ETHICS_LIFESTYLE, others)
        .putGrades(Criterion.DISCIPLINE_WORKSTYLE, others)
        .putGrades(Criterion.TASK_RESULTS, task);
    return b;
  }

  /** R2018 facts that reach HTXSNV: excellent grades, 100% of targets. */
  static MemberFacts.Builder excellent2022(String id) {
    MemberFacts.Builder b = graded(id, 2022, Grade.TOT, Grade.XUAT_SAC);
    b.targetsCompletedPercent(pct("100"));
    return b;
  }

  /** R2023 facts that reach HTXSNV: excellent grades, 100% on time, 50% exceeded. */
  static MemberFacts.Builder excellent2023(String id) {
    MemberFacts.Builder b = graded(id, 2023, Grade.TOT, Grade.XUAT_SAC);
    b.tasksOnTimePercent(pct("100")).tasksExceededPercent(pct("50"));
    return b;
  }

  /** R2025 facts with a score and every other condition met. */
  static MemberFacts.Builder scored2025(String id, String score) {
    MemberFacts.Builder b = MemberFacts.builder();
    b.memberId(MemberId.of(id))
        .year(Year.of(2025))
        .score(pct(score))
        .tasksOnTimePercent(pct("100"))
        .tasksExceededPercent(pct("30"))
        .targetsCompletedPercent(pct("100"))
        .tasksLatePercent(pct("0"))
        .shortcomingsRemediedPercent(pct("100"));
    return b;
  }
}
