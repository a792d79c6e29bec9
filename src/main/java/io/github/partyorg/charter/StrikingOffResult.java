package io.github.partyorg.charter;

import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Message;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The result of rule M6 for one member's year: proposed for striking off or not, the months counted
 * and the reason. Immutable; the lists are unmodifiable and in calendar order.
 *
 * <p>Under {@link StrikingOffPolicy#ANY_MONTHS_COMBINED} the months counted are every month with
 * missed meetings or unpaid fee; under {@link StrikingOffPolicy#EACH_SEPARATELY} they are the
 * longer of the two lists (the missed meetings when both are as long).
 *
 * @param year the year evaluated
 * @param proposed whether the member is proposed for striking off (3 months counted or more)
 * @param monthsCounted the months compared with the threshold of 3
 * @param monthsMissedMeetings the months of missed meetings without good reason
 * @param monthsFeeUnpaid the months of unpaid fee without good reason
 * @param policy how the months were counted
 */
public record StrikingOffResult(
    Year year,
    boolean proposed,
    List<YearMonth> monthsCounted,
    List<YearMonth> monthsMissedMeetings,
    List<YearMonth> monthsFeeUnpaid,
    StrikingOffPolicy policy) {

  /**
   * Creates the result; the lists are copied.
   *
   * @param year the year evaluated
   * @param proposed whether the member is proposed for striking off
   * @param monthsCounted the months compared with the threshold
   * @param monthsMissedMeetings the months of missed meetings
   * @param monthsFeeUnpaid the months of unpaid fee
   * @param policy how the months were counted
   * @throws NullPointerException if any reference argument or list element is null
   * @throws IllegalArgumentException if {@code proposed} does not match 3 months counted or more
   */
  public StrikingOffResult {
    Objects.requireNonNull(year, "year");
    monthsCounted = List.copyOf(monthsCounted);
    monthsMissedMeetings = List.copyOf(monthsMissedMeetings);
    monthsFeeUnpaid = List.copyOf(monthsFeeUnpaid);
    Objects.requireNonNull(policy, "policy");
    if (proposed != (monthsCounted.size() >= StrikingOff.THRESHOLD_MONTHS)) {
      throw new IllegalArgumentException(
          "A member is proposed for striking off exactly when 3 months or more are counted");
    }
  }

  /**
   * Returns the number of months compared with the threshold.
   *
   * @return the size of {@link #monthsCounted()}
   */
  public int count() {
    return monthsCounted.size();
  }

  /**
   * Returns the rule applied.
   *
   * @return {@link CharterRule#M6}
   */
  public CharterRule rule() {
    return CharterRule.M6;
  }

  /**
   * Explains the result, with the counts, the policy and the regulation cited: the instruments in
   * force on the last day of the year evaluated.
   *
   * @return the reason in Vietnamese and English, without personal data
   */
  public LocalizedText reason() {
    return reason(year.atMonth(12).atEndOfMonth());
  }

  /**
   * Explains the result, citing the instruments in force on the day checked.
   *
   * @param checkedOn the day checked
   * @return the reason in Vietnamese and English, without personal data
   * @throws NullPointerException if {@code checkedOn} is null
   */
  public LocalizedText reason(java.time.LocalDate checkedOn) {
    Message message;
    if (proposed) {
      message = Message.of("charter.M6.proposed", year, count(), counts(policy));
    } else if (count() == 0) {
      message = Message.of("charter.M6.notProposed.none", year, policy);
    } else {
      message = Message.of("charter.M6.notProposed", year, count(), counts(policy));
    }
    return MembershipReasons.of(CharterRule.M6, checkedOn, message);
  }

  /**
   * The months of missed meetings and of unpaid fee, and how they were counted: "bỏ sinh hoạt 02
   * tháng, không có tháng không đóng đảng phí; cách tính: ...".
   *
   * @param counting the name of the policy, as the sentence shows it
   */
  Message counts(Object counting) {
    int missed = monthsMissedMeetings.size();
    int unpaid = monthsFeeUnpaid.size();
    return Message.of(
        "charter.M6.counts",
        missed == 0
            ? Message.of("charter.M6.missed.none")
            : Message.of("charter.M6.missed", missed),
        unpaid == 0
            ? Message.of("charter.M6.unpaid.none")
            : Message.of("charter.M6.unpaid", unpaid),
        counting);
  }

  @Override
  public String toString() {
    return "M6 " + (proposed ? "proposed" : "not proposed") + ": " + reason().en();
  }
}
