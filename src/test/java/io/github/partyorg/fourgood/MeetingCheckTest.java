package io.github.partyorg.fourgood;

import static io.github.partyorg.fourgood.FourGoodFixtures.C1;
import static io.github.partyorg.fourgood.FourGoodFixtures.YEAR;
import static io.github.partyorg.fourgood.FourGoodFixtures.goodYear;
import static io.github.partyorg.fourgood.FourGoodFixtures.meeting;
import static io.github.partyorg.fourgood.FourGoodFixtures.members;
import static io.github.partyorg.fourgood.FourGoodFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Share;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeetingCheckTest {
  private static final MemberId M1 = MemberId.of("m1");

  private static List<Meeting> replace(List<Meeting> meetings, LocalDate date, Meeting with) {
    List<Meeting> out = new ArrayList<>(meetings);
    out.removeIf(m -> m.date().equals(date));
    out.add(with);
    return out;
  }

  @Test
  void goodYear_meetsS10ToS13WithNoFinding() {
    MeetingReport report = report(goodYear(C1));
    assertThat(report.meetsS10()).isTrue();
    assertThat(report.meetsS11()).isTrue();
    assertThat(report.meetsS12()).isTrue();
    assertThat(report.meetsS13()).isTrue();
    assertThat(report.qualityShare()).contains(Share.of(12, 12));
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void monthWithoutRegularMeeting_violatesS10() {
    List<Meeting> meetings = new ArrayList<>(goodYear(C1));
    meetings.removeIf(m -> m.date().equals(LocalDate.of(2023, 3, 5)));
    MeetingReport report = report(meetings);
    assertThat(report.meetsS10()).isFalse();
    assertThat(report.monthsWithoutRegularMeeting()).containsExactly(YearMonth.of(2023, 3));
    assertThat(report.meetsS11()).isTrue();
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(FourGoodRule.S10);
              assertThat(f.holderId()).isEqualTo(C1);
              assertThat(f.message())
                  .isEqualTo(
                      LocalizedText.of(
                          "Chi bộ C1 không sinh hoạt thường kỳ trong tháng 03/2023 (S10).",
                          "Cell C1 held no regular meeting in 2023-03 (S10)."));
            });
  }

  @Test
  void thematicMeetingDoesNotCountAsRegular_butCombinedDoes_S10() {
    List<Meeting> thematicOnly =
        replace(
            goodYear(C1),
            LocalDate.of(2023, 3, 5),
            meeting(C1, LocalDate.of(2023, 3, 6), MeetingKind.THEMATIC).build());
    assertThat(report(thematicOnly).meetsS10()).isFalse();
    List<Meeting> combined =
        replace(
            goodYear(C1),
            LocalDate.of(2023, 3, 5),
            meeting(C1, LocalDate.of(2023, 3, 6), MeetingKind.COMBINED).build());
    assertThat(report(combined).meetsS10()).isTrue();
  }

  @Test
  void quarterWithoutThematicMeeting_violatesS11_combinedCounts() {
    List<Meeting> meetings = new ArrayList<>(goodYear(C1));
    meetings.removeIf(m -> m.date().equals(LocalDate.of(2023, 6, 20)));
    MeetingReport report = report(meetings);
    assertThat(report.meetsS11()).isFalse();
    assertThat(report.quartersWithoutThematicMeeting()).containsExactly(2);
    assertThat(report.findings().get(0).message())
        .isEqualTo(
            LocalizedText.of(
                "Chi bộ C1 không sinh hoạt chuyên đề trong quý 2 năm 2023 (S11).",
                "Cell C1 held no thematic meeting in quarter 2 of 2023 (S11)."));
    List<Meeting> withCombined =
        replace(
            meetings,
            LocalDate.of(2023, 5, 5),
            meeting(C1, LocalDate.of(2023, 5, 5), MeetingKind.COMBINED).build());
    assertThat(report(withCombined).meetsS11()).isTrue();
  }

  @Test
  void meetingOf89Minutes_violatesS12_90Meets() {
    LocalDate day = LocalDate.of(2023, 4, 5);
    MeetingReport short89 =
        report(
            replace(
                goodYear(C1),
                day,
                meeting(C1, day, MeetingKind.REGULAR).durationMinutes(89).build()));
    assertThat(short89.meetsS12()).isFalse();
    assertThat(short89.findings())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        LocalizedText.of(
                            "Buổi sinh hoạt ngày 05/04/2023 của chi bộ C1 chỉ kéo dài 89 phút,"
                                + " dưới mức 90 phút (S12).",
                            "The meeting of cell C1 on 2023-04-05 lasted 89 minutes, under the"
                                + " minimum of 90 (S12).")));
    MeetingReport exactly90 =
        report(
            replace(
                goodYear(C1),
                day,
                meeting(C1, day, MeetingKind.REGULAR).durationMinutes(90).build()));
    assertThat(exactly90.meetsS12()).isTrue();
  }

  /** S12 before 28 October 2025: a combined meeting needs 90 minutes, like any other. */
  @Test
  void combinedMeetingIn2023_needs90Minutes_not120_S12() {
    LocalDate day = LocalDate.of(2023, 4, 5);
    assertThat(
            report(
                    replace(
                        goodYear(C1),
                        day,
                        meeting(C1, day, MeetingKind.COMBINED).durationMinutes(89).build()))
                .tooShortMeetings())
        .hasSize(1);
    assertThat(
            report(
                    replace(
                        goodYear(C1),
                        day,
                        meeting(C1, day, MeetingKind.COMBINED).durationMinutes(90).build()))
                .meetsS12())
        .isTrue();
    assertThat(
            report(
                    replace(
                        goodYear(C1),
                        day,
                        meeting(C1, day, MeetingKind.COMBINED).durationMinutes(119).build()))
                .meetsS12())
        .isTrue();
  }

  @Test
  void attendanceOfExactly85Percent_isNotOfQuality_S13() {
    Set<MemberId> twenty = members(20);
    List<MemberId> list = new ArrayList<>(twenty);
    Meeting meeting =
        Meeting.builder()
            .holderId(C1)
            .date(LocalDate.of(2023, 1, 5))
            .kind(MeetingKind.REGULAR)
            .durationMinutes(90)
            .addAllExpectedMembers(twenty)
            .addAllPresentMembers(list.subList(0, 17))
            .addAllExcusedMembers(list.subList(17, 20))
            .build();
    MeetingReport report = report(List.of(meeting));
    MeetingQuality quality = report.regularMeetings().get(0);
    assertThat(quality.attendance()).isEqualTo(Share.of(17, 20));
    assertThat(quality.ofQuality()).isFalse();
    assertThat(report.meetsS13()).isFalse();
    assertThat(report.qualityShare()).contains(Share.of(0, 1));
    assertThat(report.findings())
        .filteredOn(f -> f.rule() == FourGoodRule.S13)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        LocalizedText.of(
                            "Buổi sinh hoạt thường kỳ ngày 05/01/2023 của chi bộ C1 chưa đạt chất"
                                + " lượng: tỷ lệ dự 17/20 (85%), không trên 85% (S13).",
                            "The regular meeting of cell C1 on 2023-01-05 was not of quality:"
                                + " attendance 17/20 (85%), not above 85% (S13).")));
  }

  @Test
  void attendanceAbove85Percent_isOfQuality_S13() {
    Set<MemberId> many = members(2000);
    List<MemberId> list = new ArrayList<>(many);
    Meeting meeting =
        Meeting.builder()
            .holderId(C1)
            .date(LocalDate.of(2023, 1, 5))
            .kind(MeetingKind.REGULAR)
            .durationMinutes(90)
            .addAllExpectedMembers(many)
            .addAllPresentMembers(list.subList(0, 1701))
            .addAllExcusedMembers(list.subList(1701, 2000))
            .build();
    MeetingQuality quality = report(List.of(meeting)).regularMeetings().get(0);
    assertThat(quality.attendance()).isEqualTo(Share.of(1701, 2000));
    assertThat(quality.ofQuality()).isTrue();
  }

  @Test
  void exemptedMembersAreLeftOutOfTheDenominator_S13() {
    Set<MemberId> ten = members(10);
    List<MemberId> list = new ArrayList<>(ten);
    Meeting meeting =
        meeting(C1, LocalDate.of(2023, 1, 5), MeetingKind.REGULAR)
            .presentMembers(list.subList(0, 8))
            .addAllExemptedMembers(list.subList(8, 10))
            .build();
    assertThat(meeting.attendance()).isEqualTo(Share.of(8, 8));
    assertThat(report(List.of(meeting)).regularMeetings().get(0).ofQuality()).isTrue();
  }

  @Test
  void oneUnexcusedAbsence_isNotOfQuality_S13() {
    Set<MemberId> twenty = members(20);
    List<MemberId> list = new ArrayList<>(twenty);
    Meeting meeting =
        Meeting.builder()
            .holderId(C1)
            .date(LocalDate.of(2023, 1, 5))
            .kind(MeetingKind.REGULAR)
            .durationMinutes(90)
            .addAllExpectedMembers(twenty)
            .addAllPresentMembers(list.subList(0, 19))
            .build();
    MeetingReport report = report(List.of(meeting));
    assertThat(report.regularMeetings().get(0).unexcusedAbsences()).isEqualTo(1);
    assertThat(report.regularMeetings().get(0).ofQuality()).isFalse();
    assertThat(report.findings())
        .filteredOn(f -> f.rule() == FourGoodRule.S13)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message().en())
                    .endsWith("was not of quality: 1 member absent without excuse (S13)."));
    Meeting excused = Meeting.builder().from(meeting).addExcusedMembers(list.get(19)).build();
    assertThat(report(List.of(excused)).regularMeetings().get(0).ofQuality()).isTrue();
  }

  private static List<Meeting> m1ExcusedAt(int... months) {
    List<Meeting> meetings = new ArrayList<>(goodYear(C1));
    for (int month : months) {
      LocalDate day = YEAR.atMonth(month).atDay(5);
      List<MemberId> present = new ArrayList<>(members(10));
      present.remove(M1);
      meetings =
          replace(
              meetings,
              day,
              meeting(C1, day, MeetingKind.REGULAR)
                  .presentMembers(present)
                  .addExcusedMembers(M1)
                  .build());
    }
    return meetings;
  }

  @Test
  void memberAbsentThreeTimesInARow_keepsQuality_S13() {
    MeetingReport report = report(m1ExcusedAt(2, 3, 4));
    assertThat(report.meetsS13()).isTrue();
    assertThat(report.qualityShare()).contains(Share.of(12, 12));
  }

  @Test
  void memberAbsentFourTimesInARow_fourthMeetingNotOfQuality_S13() {
    MeetingReport report = report(m1ExcusedAt(2, 3, 4, 5));
    assertThat(report.meetsS13()).isFalse();
    assertThat(report.qualityShare()).contains(Share.of(11, 12));
    assertThat(report.regularMeetings())
        .filteredOn(q -> !q.ofQuality())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.meeting().date()).isEqualTo(LocalDate.of(2023, 5, 5));
              assertThat(q.absentTooOften()).containsExactly(M1);
            });
    assertThat(report.findings())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        LocalizedText.of(
                            "Buổi sinh hoạt thường kỳ ngày 05/05/2023 của chi bộ C1 chưa đạt chất"
                                + " lượng: 01 đảng viên vắng quá 03 lần liên tiếp (m1) (S13).",
                            "The regular meeting of cell C1 on 2023-05-05 was not of quality:"
                                + " 1 member absent more than 3 times in a row (m1) (S13).")));
  }

  @Test
  void presenceResetsTheCount_S13() {
    assertThat(report(m1ExcusedAt(2, 3, 4, 6, 7, 8)).meetsS13()).isTrue();
  }

  @Test
  void thematicMeetingsAreNotRatedForQuality_S13() {
    List<Meeting> meetings = new ArrayList<>(goodYear(C1));
    meetings.removeIf(m -> m.kind() == MeetingKind.REGULAR);
    MeetingReport report = report(meetings);
    assertThat(report.regularMeetings()).isEmpty();
    assertThat(report.qualityShare()).isEmpty();
    assertThat(report.monthsWithoutRegularMeeting()).hasSize(12);
  }

  @Test
  void meetingDatedOutsideTheYear_isRefusedNamingCellAndDate() {
    Meeting late = meeting(C1, LocalDate.of(2024, 1, 2), MeetingKind.REGULAR).build();
    assertThatThrownBy(() -> MeetingRecords.of(YEAR, C1, List.of(late)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The meeting of cell C1 on 2024-01-02 is dated outside the year 2023; record it in"
                + " that year's records.");
  }

  @Test
  void meetingOfAnotherCell_isRefused() {
    Meeting other = meeting(CellId.of("C2"), LocalDate.of(2023, 1, 2), MeetingKind.REGULAR).build();
    assertThatThrownBy(() -> MeetingRecords.of(YEAR, C1, List.of(other)))
        .hasMessage(
            "The meeting of cell C2 on 2023-01-02 is recorded among the meetings of cell C1;"
                + " record it with its own cell.");
  }

  @Test
  void baseCellIsNamedAsSuch() {
    BaseOrganisationId base = BaseOrganisationId.of("B1");
    Meeting late = meeting(base, LocalDate.of(2022, 12, 31), MeetingKind.REGULAR).build();
    assertThatThrownBy(() -> MeetingRecords.of(YEAR, base, List.of(late)))
        .hasMessageStartingWith("The meeting of base cell B1 on 2022-12-31");
    MeetingReport empty = MeetingCheck.check(MeetingRecords.of(YEAR, base, List.of()));
    assertThat(empty.findings().get(0).message().vi())
        .startsWith("Chi bộ cơ sở B1 không sinh hoạt thường kỳ trong tháng 01/2023, 02/2023");
  }

  @Test
  void meetingsAreSortedByDate() {
    List<Meeting> meetings = new ArrayList<>(goodYear(C1));
    java.util.Collections.reverse(meetings);
    MeetingRecords records = MeetingRecords.of(YEAR, C1, meetings);
    assertThat(records.meetings().get(0).date()).isEqualTo(LocalDate.of(2023, 1, 5));
  }

  @Test
  void incompleteMinutesAreListedButBreakNoRule() {
    LocalDate day = LocalDate.of(2023, 8, 5);
    MeetingReport report =
        report(
            replace(
                goodYear(C1),
                day,
                meeting(C1, day, MeetingKind.REGULAR).minutesComplete(false).build()));
    assertThat(report.incompleteMinutes()).extracting(Meeting::date).containsExactly(day);
    assertThat(report.findings()).isEmpty();
  }
}
