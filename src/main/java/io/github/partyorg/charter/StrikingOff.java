package io.github.partyorg.charter;

import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rule M6, striking off (xóa tên): a member who misses cell meetings or does not pay the party fee
 * for 3 months in a year without good reason is proposed for striking off. Cited as {@code
 * CharterRule.M6.citation(day)}: Party Charter (2011), art. 8, and the regulation in force. The
 * months need not be consecutive.
 *
 * <p>How months of missed meetings and months of unpaid fee add up is an [INF] reading chosen by a
 * {@link StrikingOffPolicy} (default {@link StrikingOffPolicy#DEFAULT}). Whether a reason was good
 * is the cell's judgement: the caller passes only the months without good reason.
 *
 * <p>Stateless and thread-safe.
 */
public final class StrikingOff {

  /** The number of months in a year that leads to a proposal to strike off. */
  public static final int THRESHOLD_MONTHS = 3;

  private StrikingOff() {}

  /**
   * Evaluates one member's year.
   *
   * @param year the year evaluated
   * @param monthsMissedMeetings the months in which the member missed the cell meetings without
   *     good reason
   * @param monthsFeeUnpaid the months for which the member did not pay the fee without good reason
   * @param policy how the months add up
   * @return the result: proposed for striking off or not, the months counted and the reason
   * @throws NullPointerException if any argument is null or a set contains null
   * @throws IllegalArgumentException if a month lies outside {@code year}
   */
  public static StrikingOffResult evaluate(
      Year year,
      Set<YearMonth> monthsMissedMeetings,
      Set<YearMonth> monthsFeeUnpaid,
      StrikingOffPolicy policy) {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(policy, "policy");
    List<YearMonth> missed = sortedWithin(year, monthsMissedMeetings, "monthsMissedMeetings");
    List<YearMonth> unpaid = sortedWithin(year, monthsFeeUnpaid, "monthsFeeUnpaid");
    List<YearMonth> counted;
    if (policy == StrikingOffPolicy.ANY_MONTHS_COMBINED) {
      TreeSet<YearMonth> union = new TreeSet<>(missed);
      union.addAll(unpaid);
      counted = List.copyOf(union);
    } else {
      counted = unpaid.size() > missed.size() ? unpaid : missed;
    }
    return new StrikingOffResult(
        year, counted.size() >= THRESHOLD_MONTHS, counted, missed, unpaid, policy);
  }

  /**
   * Evaluates with the {@linkplain StrikingOffPolicy#DEFAULT default policy}.
   *
   * @param year the year evaluated
   * @param monthsMissedMeetings the months of missed meetings without good reason
   * @param monthsFeeUnpaid the months of unpaid fee without good reason
   * @return the result
   * @throws NullPointerException if any argument is null or a set contains null
   * @throws IllegalArgumentException if a month lies outside {@code year}
   */
  public static StrikingOffResult evaluate(
      Year year, Set<YearMonth> monthsMissedMeetings, Set<YearMonth> monthsFeeUnpaid) {
    return evaluate(year, monthsMissedMeetings, monthsFeeUnpaid, StrikingOffPolicy.DEFAULT);
  }

  private static List<YearMonth> sortedWithin(Year year, Set<YearMonth> months, String name) {
    Objects.requireNonNull(months, name);
    List<YearMonth> sorted = new ArrayList<>(months.size());
    for (YearMonth month : months) {
      Objects.requireNonNull(month, name + " element");
      if (month.getYear() != year.getValue()) {
        throw new IllegalArgumentException(
            "The month " + month + " in " + name + " lies outside the year " + year);
      }
      sorted.add(month);
    }
    sorted.sort(null);
    return List.copyOf(sorted);
  }
}
