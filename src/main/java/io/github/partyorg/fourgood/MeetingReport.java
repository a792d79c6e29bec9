package io.github.partyorg.fourgood;

import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Share;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cell's meeting report for a year: the meeting rules S10-S13 evaluated from its meeting records.
 * Made by {@link MeetingCheck#check(MeetingRecords)}.
 *
 * @param records the records evaluated
 * @param monthsWithoutRegularMeeting the months without a regular or combined meeting (S10)
 * @param quartersWithoutThematicMeeting the quarters (1-4) without a thematic or combined meeting
 *     (S11)
 * @param tooShortMeetings the meetings shorter than their kind's minimum (S12)
 * @param regularMeetings the quality of each regular or combined meeting, in date order (S13)
 */
public record MeetingReport(
    MeetingRecords records,
    List<YearMonth> monthsWithoutRegularMeeting,
    List<Integer> quartersWithoutThematicMeeting,
    List<Meeting> tooShortMeetings,
    List<MeetingQuality> regularMeetings) {

  /**
   * Creates the report.
   *
   * @param records the records evaluated
   * @param monthsWithoutRegularMeeting the months without a regular meeting
   * @param quartersWithoutThematicMeeting the quarters without a thematic meeting
   * @param tooShortMeetings the meetings too short
   * @param regularMeetings the quality of each regular meeting
   * @throws NullPointerException if an argument is null
   */
  public MeetingReport {
    Objects.requireNonNull(records, "records");
    monthsWithoutRegularMeeting = List.copyOf(monthsWithoutRegularMeeting);
    quartersWithoutThematicMeeting = List.copyOf(quartersWithoutThematicMeeting);
    tooShortMeetings = List.copyOf(tooShortMeetings);
    regularMeetings = List.copyOf(regularMeetings);
  }

  /**
   * Tells whether S10 is met: a regular (or combined) meeting in every month of the year.
   *
   * @return true if met
   */
  public boolean meetsS10() {
    return monthsWithoutRegularMeeting.isEmpty();
  }

  /**
   * Tells whether S11 is met: a thematic (or combined) meeting in every quarter of the year.
   *
   * @return true if met
   */
  public boolean meetsS11() {
    return quartersWithoutThematicMeeting.isEmpty();
  }

  /**
   * Tells whether S12 is met: every meeting lasted at least its kind's minimum.
   *
   * @return true if met
   */
  public boolean meetsS12() {
    return tooShortMeetings.isEmpty();
  }

  /**
   * Tells whether S13 is met: every regular meeting held was of quality.
   *
   * @return true if met
   */
  public boolean meetsS13() {
    return regularMeetings.stream().allMatch(MeetingQuality::ofQuality);
  }

  /**
   * Returns the share of regular meetings of quality among the regular meetings held (S13).
   *
   * @return the share, or empty if no regular meeting was held
   */
  public Optional<Share> qualityShare() {
    if (regularMeetings.isEmpty()) {
      return Optional.empty();
    }
    long ofQuality = regularMeetings.stream().filter(MeetingQuality::ofQuality).count();
    return Optional.of(Share.of(ofQuality, regularMeetings.size()));
  }

  /**
   * Returns the meetings whose minutes are incomplete, for the record: no rule of S10-S13 uses
   * them.
   *
   * @return the meetings, in date order
   */
  public List<Meeting> incompleteMinutes() {
    return records.meetings().stream().filter(m -> !m.minutesComplete()).toList();
  }

  /**
   * Returns every rule not met, S10 first, then S11, then each meeting in date order for S12 and
   * S13.
   *
   * @return the findings, empty if all four rules are met
   */
  public List<MeetingFinding> findings() {
    List<MeetingFinding> out = new ArrayList<>();
    String vi = Words.holderVi(records.holderId());
    String en = Words.holderEn(records.holderId());
    if (!meetsS10()) {
      out.add(
          finding(
              FourGoodRule.S10,
              capitalise(vi)
                  + " không sinh hoạt thường kỳ trong tháng "
                  + Words.join(monthsWithoutRegularMeeting, Words::vi)
                  + " (S10).",
              capitalise(en)
                  + " held no regular meeting in "
                  + Words.join(monthsWithoutRegularMeeting, YearMonth::toString)
                  + " (S10)."));
    }
    if (!meetsS11()) {
      String quarters = Words.join(quartersWithoutThematicMeeting, String::valueOf);
      out.add(
          finding(
              FourGoodRule.S11,
              capitalise(vi)
                  + " không sinh hoạt chuyên đề trong quý "
                  + quarters
                  + " năm "
                  + records.year()
                  + " (S11).",
              capitalise(en)
                  + " held no thematic meeting in quarter "
                  + quarters
                  + " of "
                  + records.year()
                  + " (S11)."));
    }
    for (Meeting meeting : tooShortMeetings) {
      out.add(
          finding(
              FourGoodRule.S12,
              "Buổi sinh hoạt ngày "
                  + Words.vi(meeting.date())
                  + " của "
                  + vi
                  + " chỉ kéo dài "
                  + meeting.durationMinutes()
                  + " phút, dưới mức "
                  + meeting.minimumMinutes()
                  + " phút (S12).",
              "The "
                  + Words.meetingEn(records.holderId(), meeting.date())
                  + " lasted "
                  + meeting.durationMinutes()
                  + " minutes, under the minimum of "
                  + meeting.minimumMinutes()
                  + " (S12)."));
    }
    for (MeetingQuality quality : regularMeetings) {
      if (!quality.ofQuality()) {
        out.add(qualityFinding(quality, vi));
      }
    }
    return List.copyOf(out);
  }

  private MeetingFinding qualityFinding(MeetingQuality quality, String vi) {
    List<String> reasonsVi = new ArrayList<>();
    List<String> reasonsEn = new ArrayList<>();
    if (!quality.attendance().isAbove(MeetingCheck.QUALITY_ATTENDANCE_PERCENT)) {
      reasonsVi.add("tỷ lệ dự " + Words.shareVi(quality.attendance()) + ", không trên 85%");
      reasonsEn.add("attendance " + Words.shareEn(quality.attendance()) + ", not above 85%");
    }
    if (quality.unexcusedAbsences() > 0) {
      reasonsVi.add(quality.unexcusedAbsences() + " đảng viên vắng không lý do");
      reasonsEn.add(
          Words.count(quality.unexcusedAbsences(), "member", "members") + " absent without excuse");
    }
    if (!quality.absentTooOften().isEmpty()) {
      String ids = Words.join(quality.absentTooOften(), MemberId::value);
      reasonsVi.add("đảng viên " + ids + " vắng quá 3 lần liên tiếp");
      reasonsEn.add(
          (quality.absentTooOften().size() == 1 ? "member " : "members ")
              + ids
              + " absent more than 3 times in a row");
    }
    return finding(
        FourGoodRule.S13,
        "Buổi sinh hoạt thường kỳ ngày "
            + Words.vi(quality.meeting().date())
            + " của "
            + vi
            + " chưa đạt chất lượng: "
            + String.join("; ", reasonsVi)
            + " (S13).",
        "The regular "
            + Words.meetingEn(records.holderId(), quality.meeting().date())
            + " was not of quality: "
            + String.join("; ", reasonsEn)
            + " (S13).");
  }

  private MeetingFinding finding(FourGoodRule rule, String vi, String en) {
    return new MeetingFinding(rule, records.holderId(), LocalizedText.of(vi, en));
  }

  private static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
