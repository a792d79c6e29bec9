package io.github.partyorg.fourgood;

import io.github.partyorg.structure.MemberHolderId;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The meetings of one cell or base cell in one calendar year, in date order.
 *
 * @param year the year
 * @param holderId the cell or base cell
 * @param meetings the meetings, sorted by date
 */
public record MeetingRecords(Year year, MemberHolderId holderId, List<Meeting> meetings) {

  /**
   * Creates the records; the meetings are sorted by date (stable for meetings on the same day).
   *
   * @param year the year
   * @param holderId the cell or base cell
   * @param meetings the meetings
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a meeting is dated outside {@code year} or belongs to
   *     another cell; the message names the cell and the day
   */
  public MeetingRecords {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(holderId, "holderId");
    for (Meeting meeting : Objects.requireNonNull(meetings, "meetings")) {
      requireIn(year, meeting);
      if (!meeting.holderId().equals(holderId)) {
        throw new IllegalArgumentException(
            "The "
                + Words.meetingEn(meeting.holderId(), meeting.date())
                + " is recorded among the meetings of "
                + Words.holderEn(holderId)
                + "; record it with its own cell.");
      }
    }
    meetings = meetings.stream().sorted(Comparator.comparing(Meeting::date)).toList();
  }

  /**
   * Returns the records.
   *
   * @param year the year
   * @param holderId the cell or base cell
   * @param meetings the meetings
   * @return the records
   * @throws IllegalArgumentException as {@link #MeetingRecords(Year, MemberHolderId, List)}
   */
  public static MeetingRecords of(Year year, MemberHolderId holderId, List<Meeting> meetings) {
    return new MeetingRecords(year, holderId, meetings);
  }

  static void requireIn(Year year, Meeting meeting) {
    if (meeting.date().getYear() != year.getValue()) {
      throw new IllegalArgumentException(
          "The "
              + Words.meetingEn(meeting.holderId(), meeting.date())
              + " is dated outside the year "
              + year
              + "; record it in that year's records.");
    }
  }
}
