package io.github.partyorg.charter;

import static io.github.partyorg.charter.MembershipFixtures.probationarySince;
import static io.github.partyorg.structure.TreeFixtures.baseCell;
import static io.github.partyorg.structure.TreeFixtures.baseCommittee;
import static io.github.partyorg.structure.TreeFixtures.cell;
import static io.github.partyorg.structure.TreeFixtures.official;
import static io.github.partyorg.structure.TreeFixtures.root;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.structure.DateRange;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Root;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProbationTest {

  /** Probation ends 2022-12-01. */
  private static final Member ENDS_DEC_1 = probationarySince("p2", LocalDate.of(2021, 12, 1));

  private static Root tree() {
    Member exempted =
        Member.builder()
            .from(probationarySince("p3", LocalDate.of(2021, 1, 10)))
            .exemptedSince(LocalDate.of(2022, 1, 1))
            .build();
    Member suspended =
        Member.builder()
            .from(probationarySince("p4", LocalDate.of(2021, 2, 1)))
            .suspension(DateRange.of(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 6, 30)))
            .build();
    return root()
        .addBaseOrganisation(
            baseCell("b1", official("m1"), probationarySince("p1", LocalDate.of(2021, 3, 15))))
        .addBaseOrganisation(baseCommittee("b2", cell("c1", exempted, suspended, ENDS_DEC_1)))
        .addBaseOrganisation(baseCell("b3", probationarySince("p5", LocalDate.of(2022, 6, 1))))
        .build();
  }

  @Test
  void endDate_is12MonthsAfterTheAdmission_M2() {
    assertThat(Probation.endDate(ENDS_DEC_1)).isEqualTo(LocalDate.of(2022, 12, 1));
    assertThat(Probation.endDate(LocalDate.of(2023, 1, 31))).isEqualTo(LocalDate.of(2024, 1, 31));
  }

  @Test
  void endDateFromA29FebruaryCeremony_isThe28th_M2() {
    assertThat(Probation.endDate(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2025, 2, 28));
  }

  @Test
  void onTheEndDate_notOverdue_M2() {
    assertThat(Probation.overdue(tree(), LocalDate.of(2022, 12, 1)))
        .extracting(OverdueProbation::memberId)
        .doesNotContain(MemberId.of("p2"));
  }

  @Test
  void dayAfterTheEndDate_overdueByOneDay_M2() {
    assertThat(Probation.overdue(tree(), LocalDate.of(2022, 12, 2)))
        .filteredOn(o -> o.memberId().equals(MemberId.of("p2")))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.endDate()).isEqualTo(LocalDate.of(2022, 12, 1));
              assertThat(o.daysOverdue()).isEqualTo(1);
              assertThat(o.rule()).isEqualTo(CharterRule.M2);
            });
  }

  @Test
  void overdue_listsProbationaryMembersInTreeOrder_includingExemptedAndSuspended_M2() {
    assertThat(Probation.overdue(tree(), LocalDate.of(2022, 12, 31)))
        .extracting(OverdueProbation::memberId)
        .extracting(MemberId::value)
        .containsExactly("p1", "p3", "p4", "p2");
  }

  @Test
  void overdue_givesTheEndDateAndTheDaysOverdue_M2() {
    OverdueProbation first = Probation.overdue(tree(), LocalDate.of(2022, 12, 31)).get(0);

    assertThat(first.endDate()).isEqualTo(LocalDate.of(2022, 3, 15));
    assertThat(first.daysOverdue()).isEqualTo(291);
    assertThat(first.reason().vi())
        .contains("quá 291 ngày")
        .contains("Điều lệ Đảng (2011), Điều 5");
    assertThat(first.reason().en()).contains("291 days ago").contains("art. 5");
  }

  @Test
  void officialMembers_areNeverListed_M2() {
    assertThat(Probation.overdue(tree(), LocalDate.of(2040, 1, 1)))
        .extracting(OverdueProbation::memberId)
        .doesNotContain(MemberId.of("m1"))
        .hasSize(5);
  }

  @Test
  void noOverdueProbation_givesAnEmptyList_M2() {
    assertThat(Probation.overdue(tree(), LocalDate.of(2022, 1, 10))).isEmpty();
  }

  @Test
  void overdueProbation_isAnErrorFindingOnTheMember_M2() {
    OverdueProbation overdue = new OverdueProbation(MemberId.of("p1"), LocalDate.of(2022, 1, 1), 3);

    Finding finding = overdue.toFinding();
    assertThat(finding.rule()).isEqualTo(CharterRule.M2);
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.entityId()).isEqualTo(MemberId.of("p1"));
    assertThat(finding.message().vi())
        .isEqualTo(
            "Đảng viên p1 hết thời kỳ dự bị 12 tháng ngày 01/01/2022, đã quá 03 ngày nhưng chưa được"
                + " xét công nhận đảng viên chính thức; chi bộ cần xét công nhận đảng viên chính"
                + " thức, nếu không đủ điều kiện thì xóa tên.");
    // Checked on 2022-01-04: the regulation in force then is 24-QĐ/TW.
    assertThat(finding.citation().vi())
        .isEqualTo("Điều lệ Đảng (2011), Điều 5; Quy định 24-QĐ/TW (2021)");
    assertThat(overdue.reason().vi())
        .endsWith("(M2, Điều lệ Đảng (2011), Điều 5; Quy định 24-QĐ/TW (2021)).");
    assertThat(overdue.toString()).startsWith("M2 overdue [p1]: Member p1's 12 months");
  }

  @Test
  void invalidArguments_areRefused_M2() {
    assertThatThrownBy(() -> new OverdueProbation(MemberId.of("p1"), LocalDate.of(2022, 1, 1), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Probation.overdue(null, LocalDate.of(2022, 1, 1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("root");
    assertThatThrownBy(() -> Probation.overdue(tree(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("asOf");
    assertThatThrownBy(() -> Probation.endDate((Member) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("member");
    assertThatThrownBy(() -> Probation.endDate((LocalDate) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ceremonyDate");
  }
}
