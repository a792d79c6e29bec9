package io.github.partyorg.charter;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Set;

/**
 * A member's months, in the year checked, without good reason (M6): the months of missed cell
 * meetings and the months of unpaid party fee, as the cell recorded them. Immutable.
 *
 * @param missedMeetings the months in which the member missed the cell meetings without good reason
 * @param feeUnpaid the months for which the member did not pay the fee without good reason
 */
public record MonthsWithoutGoodReason(Set<YearMonth> missedMeetings, Set<YearMonth> feeUnpaid) {

  /**
   * Creates the value; the sets are copied.
   *
   * @param missedMeetings the months of missed meetings
   * @param feeUnpaid the months of unpaid fee
   * @throws NullPointerException if a set or an element is null
   */
  public MonthsWithoutGoodReason {
    missedMeetings = Set.copyOf(Objects.requireNonNull(missedMeetings, "missedMeetings"));
    feeUnpaid = Set.copyOf(Objects.requireNonNull(feeUnpaid, "feeUnpaid"));
  }
}
