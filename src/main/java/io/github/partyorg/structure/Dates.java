package io.github.partyorg.structure;

import java.time.LocalDate;

/** Date bounds used by the construction invariants. */
public final class Dates {
  /** The founding of the Communist Party of Vietnam, 3 February 1930: no admission before it. */
  public static final LocalDate PARTY_FOUNDING = LocalDate.of(1930, 2, 3);

  /** No date of birth before 1 January 1900 is plausible. */
  public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  /** The earliest date a record of this library can hold: 1 January 1900 (issue 17). */
  public static final LocalDate EARLIEST_RECORD = LocalDate.of(1900, 1, 1);

  /**
   * The latest date a record of this library can hold: 31 December 2100. A later date is a typing
   * mistake or a hostile value, refused by the JSON readers, the member builder and {@code --as-of}
   * (issue 17).
   */
  public static final LocalDate LATEST_RECORD = LocalDate.of(2100, 12, 31);

  private Dates() {}

  /**
   * Tells whether a date lies within {@link #EARLIEST_RECORD} and {@link #LATEST_RECORD}.
   *
   * @param date the date
   * @return true if a record can hold it
   */
  public static boolean isRecordDate(LocalDate date) {
    return !date.isBefore(EARLIEST_RECORD) && !date.isAfter(LATEST_RECORD);
  }
}
