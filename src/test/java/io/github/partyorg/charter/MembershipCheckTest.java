package io.github.partyorg.charter;

import static io.github.partyorg.charter.CharterFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Root;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MembershipCheckTest {

  private static final LocalDate DAY = LocalDate.of(2022, 11, 15);

  /**
   * Base cell b1: m-late on probation since 2021-06-01 (M2), m-30 admitted 1992-03-01 (30-year
   * badge in 2022), m-ill admitted 1953-05-20 (70 years on 2023-05-20, early window open from
   * 2021-05-20), m-absent with 3 months without good reason (M6).
   */
  private static Root bloc() {
    List<Member> members = new ArrayList<>(led("b1", 3, 0));
    members.add(MembershipFixtures.probationarySince("m-late", LocalDate.of(2021, 6, 1)));
    members.add(MembershipFixtures.admittedOn("m-30", LocalDate.of(1992, 3, 1)));
    members.add(MembershipFixtures.admittedOn("m-ill", LocalDate.of(1953, 5, 20)));
    members.add(MembershipFixtures.admittedOn("m-absent", LocalDate.of(2015, 1, 1)));
    return rootOf(baseCell("b1", members).build());
  }

  private static MembershipFacts facts() {
    return MembershipFacts.builder()
        .seriouslyIll(MemberId.of("m-ill"))
        .pendingAdmission(
            new PendingAdmission(
                MemberId.of("q-young"), LocalDate.of(2005, 1, 20), DAY.minusDays(5), false))
        .pendingAdmission(
            new PendingAdmission(
                MemberId.of("q-ok"), LocalDate.of(1990, 1, 20), DAY.minusDays(5), false))
        .pendingAdmission(
            new PendingAdmission(
                MemberId.of("q-old"), LocalDate.of(1960, 1, 20), DAY.minusDays(5), false))
        .monthsWithoutGoodReason(
            MemberId.of("m-absent"),
            new MonthsWithoutGoodReason(
                Set.of(YearMonth.of(2022, 3), YearMonth.of(2022, 7)),
                Set.of(YearMonth.of(2022, 7), YearMonth.of(2022, 9))))
        .build();
  }

  @Test
  void findingsComeInTheDocumentedOrder_M2_M4_M1_M6() {
    List<Finding> findings = MembershipCheck.check(bloc(), DAY, facts());

    assertThat(findings)
        .extracting(f -> f.rule() + "@" + f.entityId().value() + ":" + f.severity())
        .containsExactly(
            "M2@m-late:ERROR",
            "M4@m-30:WARNING",
            "M4@m-ill:WARNING",
            "M1@q-young:ERROR",
            "M1@q-old:ERROR",
            "M6@m-absent:WARNING");
  }

  @Test
  void sentencesReadLikeTheBlocsReports() {
    List<Finding> findings = MembershipCheck.check(bloc(), DAY, facts());

    assertThat(findings)
        .extracting(f -> f.message().vi())
        .containsExactly(
            "Đảng viên m-late hết thời kỳ dự bị 12 tháng ngày 01/06/2022, đã quá 167 ngày nhưng"
                + " chưa được xét công nhận đảng viên chính thức; chi bộ cần xét công nhận đảng"
                + " viên chính thức, nếu không đủ điều kiện thì xóa tên.",
            "Đảng viên m-30 đủ 30 năm tuổi Đảng ngày 01/03/2022 (M4). Cần lập hồ sơ đề nghị tặng"
                + " Huy hiệu 30 năm tuổi Đảng.",
            "Đảng viên m-ill bị bệnh nặng, đủ 70 năm tuổi Đảng ngày 20/05/2023; được xét tặng sớm"
                + " Huy hiệu 70 năm tuổi Đảng từ ngày 20/05/2021 (M4). Cần lập hồ sơ đề nghị tặng"
                + " Huy hiệu Đảng.",
            "Quần chúng q-young chưa đủ 18 tuổi vào ngày chi bộ xét kết nạp 10/11/2022 (M1). Chưa"
                + " đủ điều kiện về tuổi đời để kết nạp; cần xét lại khi đủ tuổi.",
            "Quần chúng q-old trên 60 tuổi vào ngày chi bộ xét kết nạp 10/11/2022 và chưa có ý"
                + " kiến đồng ý của cấp ủy trực thuộc Trung ương (M1). Cần có văn bản đồng ý trước"
                + " khi kết nạp.",
            "Đảng viên m-absent trong năm 2022 có 03 tháng bỏ sinh hoạt hoặc không đóng đảng phí"
                + " không có lý do chính đáng (bỏ sinh hoạt 02 tháng, không đóng đảng phí 02 tháng;"
                + " cách tính: cộng gộp các tháng bỏ sinh hoạt hoặc không đóng đảng phí) (M6). Chi"
                + " bộ cần xem xét, đề nghị xóa tên.");
    assertThat(findings).noneMatch(f -> f.message().vi().contains("vi phạm"));
    assertThat(findings)
        .allSatisfy(f -> assertThat(f.citation().vi()).contains("Quy định 24-QĐ/TW (2021)"));
  }

  @Test
  void badgesAlreadyReceived_areNotListedAgain_M4() {
    MembershipFacts facts = MembershipFacts.builder().badgeAwarded(MemberId.of("m-30"), 30).build();

    assertThat(MembershipCheck.check(bloc(), DAY, facts))
        .noneMatch(f -> f.entityId().equals(MemberId.of("m-30")));
  }

  @Test
  void strikingOff_twoMonthsSeparately_isNotProposed_underEachSeparately_M6() {
    MembershipFacts facts =
        MembershipFacts.builder()
            .strikingOffPolicy(StrikingOffPolicy.EACH_SEPARATELY)
            .monthsWithoutGoodReason(
                MemberId.of("m-absent"),
                new MonthsWithoutGoodReason(
                    Set.of(YearMonth.of(2022, 3), YearMonth.of(2022, 7)),
                    Set.of(YearMonth.of(2022, 9))))
            .build();

    assertThat(MembershipCheck.check(bloc(), DAY, facts))
        .noneMatch(f -> f.rule() == CharterRule.M6);
  }

  @Test
  void withoutFacts_onlyTheTreeIsRead() {
    assertThat(MembershipCheck.check(bloc(), DAY))
        .extracting(f -> f.rule() + "@" + f.entityId().value())
        .containsExactly("M2@m-late", "M4@m-30");
  }

  @Test
  void factsAboutAnUnknownMember_areRefusedByIdWithoutPersonalData() {
    MembershipFacts facts = MembershipFacts.builder().seriouslyIll(MemberId.of("ghost")).build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> MembershipCheck.check(bloc(), DAY, facts))
        .withMessageContaining("ghost")
        .withMessageContaining("not in the tree");
  }

  @Test
  void aCandidateAlreadyAMember_isRefused_M1() {
    MembershipFacts facts =
        MembershipFacts.builder()
            .pendingAdmission(
                new PendingAdmission(MemberId.of("m-30"), LocalDate.of(1990, 1, 1), DAY, false))
            .build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> MembershipCheck.check(bloc(), DAY, facts))
        .withMessageContaining("m-30")
        .withMessageContaining("already a member");
  }

  @Test
  void aMonthOutsideTheYearChecked_isRefused_M6() {
    MembershipFacts facts =
        MembershipFacts.builder()
            .monthsWithoutGoodReason(
                MemberId.of("m-absent"),
                new MonthsWithoutGoodReason(Set.of(YearMonth.of(2021, 12)), Set.of()))
            .build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> MembershipCheck.check(bloc(), DAY, facts))
        .withMessageContaining("2021-12");
  }

  @Test
  void duplicateFacts_areRefused() {
    PendingAdmission admission =
        new PendingAdmission(MemberId.of("q1"), LocalDate.of(1990, 1, 1), DAY, false);
    MembershipFacts.Builder builder = MembershipFacts.builder().pendingAdmission(admission);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.pendingAdmission(admission))
        .withMessageContaining("q1");
    assertThat(admission.toString()).isEqualTo("PendingAdmission[q1]").doesNotContain("1990");
  }

  @Test
  void nullArguments_areRefused() {
    assertThatNullPointerException()
        .isThrownBy(() -> MembershipCheck.check(null, DAY))
        .withMessage("root");
    assertThatNullPointerException()
        .isThrownBy(() -> MembershipCheck.check(bloc(), null))
        .withMessage("asOf");
    assertThatNullPointerException()
        .isThrownBy(() -> MembershipCheck.check(bloc(), DAY, null))
        .withMessage("facts");
  }

  @Test
  void severityLabels_sayChuaDungQuyDinh_neverViPham() {
    assertThat(Severity.ERROR.label().vi()).isEqualTo("Chưa đúng quy định");
    for (Severity severity : Severity.values()) {
      assertThat(severity.label().vi()).doesNotContainIgnoringCase("vi phạm");
    }
  }
}
