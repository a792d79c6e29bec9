package io.github.partyorg.fourgood;

import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.MemberHolderId;
import io.github.partyorg.structure.MemberId;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Meetings for tests; members are ids only. */
final class FourGoodFixtures {
  static final Year YEAR = Year.of(2023);
  static final CellId C1 = CellId.of("C1");

  private FourGoodFixtures() {}

  /** Member ids m1..mN. */
  static Set<MemberId> members(int n) {
    return IntStream.rangeClosed(1, n)
        .mapToObj(i -> MemberId.of("m" + i))
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  /** A meeting of the holder on the day where all of m1..m10 are present. */
  static Meeting.Builder meeting(MemberHolderId holder, LocalDate date, MeetingKind kind) {
    Set<MemberId> all = members(10);
    return Meeting.builder()
        .holderId(holder)
        .date(date)
        .kind(kind)
        .durationMinutes(kind.minimumMinutes(date))
        .addAllExpectedMembers(all)
        .addAllPresentMembers(all);
  }

  /**
   * A good year for the holder: a regular meeting on the 5th of each month, a thematic one on the
   * 20th of each quarter's last month, everyone present, long enough.
   */
  static List<Meeting> goodYear(MemberHolderId holder) {
    List<Meeting> meetings = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      meetings.add(meeting(holder, YEAR.atMonth(month).atDay(5), MeetingKind.REGULAR).build());
      if (month % 3 == 0) {
        meetings.add(meeting(holder, YEAR.atMonth(month).atDay(20), MeetingKind.THEMATIC).build());
      }
    }
    return meetings;
  }

  /** The report of a good year, with some meetings replaced or added. */
  static MeetingReport report(List<Meeting> meetings) {
    return MeetingCheck.check(MeetingRecords.of(YEAR, C1, meetings));
  }
}
