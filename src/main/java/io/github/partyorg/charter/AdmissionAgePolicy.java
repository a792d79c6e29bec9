package io.github.partyorg.charter;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/**
 * How the age bounds of admission (M1) are read at their edges. The regulation says "from 18 to 60
 * years, counted in months" without saying whether the month in which the person turns 18 or 60
 * already counts; that reading is inferred ([INF] in the domain reference), so it is a policy.
 *
 * <p>The default is {@link #DEFAULT} = {@link #CALENDAR_MONTH}, the reading the domain reference
 * records.
 */
public enum AdmissionAgePolicy implements Labelled {
  /**
   * Admission is allowed from the first day of the calendar month in which the person turns 18
   * through the last day of the calendar month in which they turn 60. The default.
   */
  CALENDAR_MONTH("Tính theo tháng dương lịch", "By calendar month"),
  /** Admission is allowed from the 18th birthday through the 60th birthday, both included. */
  EXACT_DAY("Tính theo ngày sinh nhật", "By exact birthday");

  /** The default policy: {@link #CALENDAR_MONTH} [INF]. */
  public static final AdmissionAgePolicy DEFAULT = CALENDAR_MONTH;

  private final LocalizedText label;

  AdmissionAgePolicy(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
