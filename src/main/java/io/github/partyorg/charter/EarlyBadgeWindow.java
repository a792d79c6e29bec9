package io.github.partyorg.charter;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/**
 * How the early window of a badge (M4) is counted. Guidance 01-HD/TW (2021), point 18, lets a
 * seriously ill member receive the 30- to 65-year badges "up to 12 months early" and the 70- to
 * 90-year badges "up to 24 months early" without saying early against what; the domain reference
 * reads it as counted from the day the party age is reached ([INF]), so it is a policy.
 *
 * <p>The default is {@link #DEFAULT} = {@link #FROM_DUE_DAY}.
 */
public enum EarlyBadgeWindow implements Labelled {
  /**
   * The badge may be awarded from 12 (or 24) months before the day the party age is reached: a
   * 60-year badge due on 30 December 2026 may be awarded from 30 December 2025. The default.
   */
  FROM_DUE_DAY("Tính từ ngày đủ tuổi đảng", "From the day the party age is reached"),
  /**
   * The badge may be awarded in any year whose last day is at most 12 (or 24) months before the day
   * the party age is reached: the same 60-year badge may be awarded at any time in 2025, almost two
   * years early. The reading of earlier releases, kept for comparison.
   */
  FROM_END_OF_AWARD_YEAR("Tính từ cuối năm xét tặng", "From the end of the award year");

  /** The default policy: {@link #FROM_DUE_DAY} [INF]. */
  public static final EarlyBadgeWindow DEFAULT = FROM_DUE_DAY;

  private final LocalizedText label;

  EarlyBadgeWindow(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
