package io.github.partyorg.fourgood;

import io.github.partyorg.structure.MemberId;
import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Evaluates the meeting rules S10-S13 from a cell's meeting records for a year: usable on its own
 * (a cell's meeting report) and by {@link FourGoodEvaluator} for the meeting sub-criteria (F4).
 *
 * <p>Stateless and thread-safe.
 */
public final class MeetingCheck {

  /** S13: attendance must be strictly above this percentage. */
  public static final BigDecimal QUALITY_ATTENDANCE_PERCENT = BigDecimal.valueOf(85);

  /** S13: a member may be absent at most this many regular meetings in a row. */
  public static final int MAX_ABSENCES_IN_A_ROW = 3;

  private MeetingCheck() {}

  /**
   * Evaluates S10-S13 for one cell's year.
   *
   * <p>S13's consecutive absences run over the year's regular (and combined) meetings in date
   * order: an absence, excused or not, adds one; presence resets the count; a meeting where the
   * member is not counted (not expected, or exempted) leaves it as it is. The meeting at which a
   * member's count passes {@value #MAX_ABSENCES_IN_A_ROW} is not of quality.
   *
   * @param records the cell's meetings in the year
   * @return the report
   */
  public static MeetingReport check(MeetingRecords records) {
    Set<Month> regularMonths = EnumSet.noneOf(Month.class);
    Set<Integer> thematicQuarters = new TreeSet<>();
    List<Meeting> tooShort = new ArrayList<>();
    List<MeetingQuality> qualities = new ArrayList<>();
    Map<MemberId, Integer> absencesInARow = new HashMap<>();
    for (Meeting meeting : records.meetings()) {
      if (!meeting.isLongEnough()) {
        tooShort.add(meeting);
      }
      if (meeting.kind().isThematic()) {
        thematicQuarters.add(quarter(meeting.date().getMonth()));
      }
      if (meeting.kind().isRegular()) {
        regularMonths.add(meeting.date().getMonth());
        qualities.add(quality(meeting, absencesInARow));
      }
    }
    List<YearMonth> missingMonths = new ArrayList<>();
    for (Month month : Month.values()) {
      if (!regularMonths.contains(month)) {
        missingMonths.add(records.year().atMonth(month));
      }
    }
    List<Integer> missingQuarters = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      if (!thematicQuarters.contains(q)) {
        missingQuarters.add(q);
      }
    }
    return new MeetingReport(records, missingMonths, missingQuarters, tooShort, qualities);
  }

  private static MeetingQuality quality(Meeting meeting, Map<MemberId, Integer> absencesInARow) {
    Set<MemberId> absent = meeting.absentMembers();
    List<MemberId> tooOften = new ArrayList<>();
    for (MemberId id : meeting.countedMembers()) {
      if (absent.contains(id)) {
        int count = absencesInARow.merge(id, 1, Integer::sum);
        if (count > MAX_ABSENCES_IN_A_ROW) {
          tooOften.add(id);
        }
      } else {
        absencesInARow.put(id, 0);
      }
    }
    return new MeetingQuality(
        meeting, meeting.attendance(), meeting.unexcusedAbsentMembers().size(), tooOften);
  }

  private static int quarter(Month month) {
    return (month.getValue() - 1) / 3 + 1;
  }
}
