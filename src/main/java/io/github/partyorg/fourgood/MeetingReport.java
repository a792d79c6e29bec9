package io.github.partyorg.fourgood;

import io.github.partyorg.structure.MemberHolderId;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Message;
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
    MemberHolderId holder = records.holderId();
    Message within = Words.holder(holder);
    Message head = Words.organisation(holder, false);
    if (!meetsS10()) {
      out.add(
          finding(FourGoodRule.S10, Message.of("fourgood.S10", head, monthsWithoutRegularMeeting)));
    }
    if (!meetsS11()) {
      // Quarters are ordinals, not counts: written as they are, without a leading zero.
      List<String> quarters = quartersWithoutThematicMeeting.stream().map(String::valueOf).toList();
      out.add(
          finding(FourGoodRule.S11, Message.of("fourgood.S11", head, quarters, records.year())));
    }
    for (Meeting meeting : tooShortMeetings) {
      out.add(
          finding(
              FourGoodRule.S12,
              Message.of(
                  "fourgood.S12",
                  meeting.date(),
                  within,
                  meeting.durationMinutes(),
                  meeting.minimumMinutes())));
    }
    for (MeetingQuality quality : regularMeetings) {
      if (!quality.ofQuality()) {
        out.add(qualityFinding(quality, within));
      }
    }
    return List.copyOf(out);
  }

  private MeetingFinding qualityFinding(MeetingQuality quality, Message within) {
    List<Message> reasons = new ArrayList<>();
    if (!quality.attendance().isAbove(MeetingCheck.QUALITY_ATTENDANCE_PERCENT)) {
      reasons.add(
          Message.of(
              "fourgood.S13.attendance", quality.attendance(), quality.attendance().percent()));
    }
    if (quality.unexcusedAbsences() > 0) {
      reasons.add(Message.of("fourgood.S13.unexcused", quality.unexcusedAbsences()));
    }
    if (!quality.absentTooOften().isEmpty()) {
      reasons.add(
          Message.of(
              "fourgood.S13.absentTooOften",
              quality.absentTooOften().stream().map(MemberId::value).toList(),
              quality.absentTooOften().size()));
    }
    return finding(
        FourGoodRule.S13,
        Message.of(
            "fourgood.S13", quality.meeting().date(), within, new Message.Joined("; ", reasons)));
  }

  private MeetingFinding finding(FourGoodRule rule, Message sentence) {
    return new MeetingFinding(rule, records.holderId(), sentence);
  }
}
