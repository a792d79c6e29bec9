package io.github.partyorg.fourgood;

import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Share;
import java.util.List;
import java.util.Objects;

/**
 * Whether one regular (or combined) meeting was "of quality" (S13), with the facts used.
 *
 * @param meeting the meeting
 * @param attendance counted members present over counted members, exempted members left out
 * @param unexcusedAbsences the number of counted members absent without an excuse
 * @param absentTooOften the members whose absence at this meeting is their fourth or later in a row
 *     among the year's regular meetings, excused or not
 */
public record MeetingQuality(
    Meeting meeting, Share attendance, int unexcusedAbsences, List<MemberId> absentTooOften) {

  /**
   * Creates the result.
   *
   * @param meeting the meeting
   * @param attendance the attendance
   * @param unexcusedAbsences the unexcused absences
   * @param absentTooOften the members absent more than 3 times in a row
   * @throws NullPointerException if an argument is null
   */
  public MeetingQuality {
    Objects.requireNonNull(meeting, "meeting");
    Objects.requireNonNull(attendance, "attendance");
    absentTooOften = List.copyOf(absentTooOften);
  }

  /**
   * Tells whether the meeting was of quality: attendance strictly above {@link
   * MeetingCheck#QUALITY_ATTENDANCE_PERCENT}, no unexcused absence, and no member absent more than
   * {@link MeetingCheck#MAX_ABSENCES_IN_A_ROW} times in a row.
   *
   * @return true if of quality
   */
  public boolean ofQuality() {
    return attendance.isAbove(MeetingCheck.QUALITY_ATTENDANCE_PERCENT)
        && unexcusedAbsences == 0
        && absentTooOften.isEmpty();
  }
}
