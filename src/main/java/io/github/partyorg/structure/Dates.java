package io.github.partyorg.structure;

import java.time.LocalDate;

/** Date bounds used by the construction invariants. */
public final class Dates {
  /** The founding of the Communist Party of Vietnam, 3 February 1930: no admission before it. */
  public static final LocalDate PARTY_FOUNDING = LocalDate.of(1930, 2, 3);

  /** No date of birth before 1 January 1900 is plausible. */
  public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  private Dates() {}
}
