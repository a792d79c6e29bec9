package io.github.partyorg.fourgood;

import static io.github.partyorg.fourgood.FourGoodFixtures.C1;
import static io.github.partyorg.fourgood.FourGoodFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Share;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingTest {
  private static final LocalDate DAY = LocalDate.of(2023, 2, 5);

  @Test
  void kindsCountForS10S11AndSetS12Minimum() {
    assertThat(MeetingKind.REGULAR.isRegular()).isTrue();
    assertThat(MeetingKind.REGULAR.isThematic()).isFalse();
    assertThat(MeetingKind.THEMATIC.isRegular()).isFalse();
    assertThat(MeetingKind.COMBINED.isRegular()).isTrue();
    assertThat(MeetingKind.COMBINED.isThematic()).isTrue();
    assertThat(MeetingKind.COMBINED.minimumMinutes(LocalDate.of(2025, 10, 28))).isEqualTo(120);
    assertThat(MeetingKind.THEMATIC.minimumMinutes(LocalDate.of(2025, 10, 28))).isEqualTo(90);
    assertThat(MeetingKind.COMBINED.label().vi())
        .isEqualTo("Sinh hoạt thường kỳ kết hợp chuyên đề");
  }

  /** S12: 90 minutes always; 120 for a combined meeting only from 28 October 2025. */
  @ParameterizedTest
  @CsvSource({
    "REGULAR, 2021-06-10, 90",
    "THEMATIC, 2023-03-15, 90",
    "COMBINED, 2021-06-10, 90",
    "COMBINED, 2023-11-20, 90",
    "COMBINED, 2025-10-27, 90",
    "COMBINED, 2025-10-28, 120",
    "REGULAR, 2025-10-28, 90",
    "THEMATIC, 2026-01-15, 90",
    "COMBINED, 2026-01-15, 120"
  })
  void s12MinimumFollowsTheMeetingDay(MeetingKind kind, LocalDate day, int minimum) {
    assertThat(kind.minimumMinutes(day)).isEqualTo(minimum);
  }

  /** S12: a combined meeting of 100 minutes is long enough in 2023, not from 28 October 2025. */
  @ParameterizedTest
  @CsvSource({
    "2023-05-10, 89, 90, false",
    "2023-05-10, 90, 90, true",
    "2023-05-10, 100, 90, true",
    "2025-10-27, 90, 90, true",
    "2025-10-28, 119, 120, false",
    "2025-10-28, 120, 120, true"
  })
  void s12CombinedMeetingOnBothSidesOf28October2025(
      LocalDate day, int minutes, int minimum, boolean longEnough) {
    Meeting meeting = meeting(C1, day, MeetingKind.COMBINED).durationMinutes(minutes).build();
    assertThat(meeting.minimumMinutes()).isEqualTo(minimum);
    assertThat(meeting.isLongEnough()).isEqualTo(longEnough);
  }

  @Test
  void minutesCompleteByDefault() {
    assertThat(meeting(C1, DAY, MeetingKind.REGULAR).build().minutesComplete()).isTrue();
    assertThat(
            meeting(C1, DAY, MeetingKind.REGULAR).minutesComplete(false).build().minutesComplete())
        .isFalse();
  }

  @Test
  void refusesNegativeDuration() {
    assertThatThrownBy(() -> meeting(C1, DAY, MeetingKind.REGULAR).durationMinutes(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The meeting of cell C1 on 2023-02-05 has a negative duration of -1 minutes.");
  }

  @Test
  void refusesPresentMemberNotExpected() {
    assertThatThrownBy(
            () ->
                meeting(C1, DAY, MeetingKind.REGULAR).addPresentMembers(MemberId.of("x9")).build())
        .hasMessage(
            "Member x9 is recorded as present at the meeting of cell C1 on 2023-02-05 but is not"
                + " among the expected members.");
  }

  @Test
  void refusesMemberPresentAndExcused() {
    assertThatThrownBy(
            () ->
                meeting(C1, DAY, MeetingKind.REGULAR).addExcusedMembers(MemberId.of("m1")).build())
        .hasMessage(
            "Member m1 is both present and excused at the meeting of cell C1 on 2023-02-05.");
  }

  @Test
  void refusesMeetingWithNobodyCounted() {
    assertThatThrownBy(
            () ->
                Meeting.builder()
                    .holderId(C1)
                    .date(DAY)
                    .kind(MeetingKind.REGULAR)
                    .durationMinutes(90)
                    .addExpectedMembers(MemberId.of("m1"))
                    .addExemptedMembers(MemberId.of("m1"))
                    .build())
        .hasMessage(
            "The meeting of cell C1 on 2023-02-05 expects no member once the exempted are left"
                + " out.");
  }

  @Test
  void unexcusedAbsentMembersAreTheAbsentWithoutExcuse() {
    Meeting meeting =
        meeting(C1, DAY, MeetingKind.REGULAR)
            .presentMembers(FourGoodFixtures.members(7))
            .addExcusedMembers(MemberId.of("m8"))
            .addExemptedMembers(MemberId.of("m9"))
            .build();
    assertThat(meeting.absentMembers()).containsExactly(MemberId.of("m8"), MemberId.of("m10"));
    assertThat(meeting.unexcusedAbsentMembers()).containsExactly(MemberId.of("m10"));
    assertThat(meeting.attendance()).isEqualTo(Share.of(7, 9));
  }
}
