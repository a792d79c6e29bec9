package io.github.partyorg.charter;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;
import java.time.LocalDate;

/**
 * How often a cell under a committee holds its congress (S9). The Charter (2011, art. 24) says
 * twice in 5 years; from 1 July 2025, Regulation 294-QĐ/TW lets cells under a committee hold it
 * once in 5 years as a pilot. Which cells follow the pilot is for the committees to decide, so it
 * is a policy.
 *
 * <p>The default is {@link #DEFAULT} = {@link #PILOT_FROM_1_JULY_2025}: a cell that holds its
 * congress once in 5 years after that day is not reported as out of line; a bloc that did not adopt
 * the pilot chooses {@link #TWICE_PER_TERM}.
 */
public enum CellCongressPolicy implements Labelled {
  /** Twice in 5 years on every day (Charter, art. 24): a congress every 30 months. */
  TWICE_PER_TERM("Đại hội 5 năm hai lần", "Twice in 5 years"),
  /**
   * Twice in 5 years for days before 1 July 2025; from that day, once in 5 years (the 294-QĐ/TW
   * pilot): a congress every 60 months. The default.
   */
  PILOT_FROM_1_JULY_2025(
      "Thí điểm đại hội 5 năm một lần từ ngày 01/7/2025",
      "Once in 5 years from 1 July 2025 (pilot)");

  /** The default policy: {@link #PILOT_FROM_1_JULY_2025}. */
  public static final CellCongressPolicy DEFAULT = PILOT_FROM_1_JULY_2025;

  /** The first day of the 294-QĐ/TW pilot. */
  public static final LocalDate PILOT_FROM = Instrument.QD_294_2025.inForceFrom();

  private final LocalizedText label;

  CellCongressPolicy(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  /**
   * Returns the months between two congresses of a cell under a committee on a day.
   *
   * @param day the day checked
   * @return 30 (twice in 5 years), or 60 under the pilot from 1 July 2025
   */
  public int termMonths(LocalDate day) {
    return this == PILOT_FROM_1_JULY_2025 && !day.isBefore(PILOT_FROM) ? 60 : 30;
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
