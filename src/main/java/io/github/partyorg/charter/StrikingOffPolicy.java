package io.github.partyorg.charter;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/**
 * How the 3 months of rule M6 are counted. The Charter (art. 8) says a member who "misses cell
 * meetings or does not pay the fee for 3 months in a year without good reason" is proposed for
 * striking off; whether a month of missed meetings and a month of unpaid fee add up is not spelt
 * out ([INF] in the domain reference), so it is a policy.
 *
 * <p>The default is {@link #DEFAULT} = {@link #ANY_MONTHS_COMBINED}, the stricter reading.
 */
public enum StrikingOffPolicy implements Labelled {
  /**
   * Counts the distinct months in which the member missed meetings or did not pay the fee; a month
   * with both counts once. The default.
   */
  ANY_MONTHS_COMBINED(
      "Cộng gộp các tháng bỏ sinh hoạt hoặc không đóng đảng phí", "Months combined"),
  /** Counts the months of missed meetings and the months of unpaid fee separately. */
  EACH_SEPARATELY("Tính riêng bỏ sinh hoạt và không đóng đảng phí", "Each counted separately");

  /** The default policy: {@link #ANY_MONTHS_COMBINED} [INF]. */
  public static final StrikingOffPolicy DEFAULT = ANY_MONTHS_COMBINED;

  private final LocalizedText label;

  StrikingOffPolicy(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
