package io.github.partyorg.report;

/**
 * The outstanding Youth Union members (đoàn viên ưu tú) the Youth Union introduced to the Party in
 * the year, and how many of them were admitted.
 *
 * @param introduced the members introduced
 * @param admitted those of them admitted to the Party; never more than {@code introduced}
 */
public record YouthUnionIntroductions(int introduced, int admitted) {

  /**
   * Creates the counts.
   *
   * @param introduced the members introduced, 0 or more
   * @param admitted those admitted, 0 to {@code introduced}
   * @throws IllegalArgumentException if a count is negative or {@code admitted > introduced}
   */
  public YouthUnionIntroductions {
    Checks.count(introduced, "introduced");
    Checks.count(admitted, "admitted");
    if (admitted > introduced) {
      throw new IllegalArgumentException(
          "The field admitted ("
              + admitted
              + ") is above introduced ("
              + introduced
              + "); only introduced members can be admitted.");
    }
  }
}
