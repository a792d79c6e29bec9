package io.github.partyorg.fourgood;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/** The kind of a cell meeting (buổi sinh hoạt chi bộ). */
public enum MeetingKind implements Labelled {
  /** A regular monthly meeting (sinh hoạt thường kỳ), S10. */
  REGULAR("Sinh hoạt thường kỳ", "Regular meeting"),
  /** A thematic meeting (sinh hoạt chuyên đề), S11. */
  THEMATIC("Sinh hoạt chuyên đề", "Thematic meeting"),
  /** A regular and a thematic meeting held together; counts for S10 and S11, 120 minutes (S12). */
  COMBINED("Sinh hoạt thường kỳ kết hợp chuyên đề", "Combined regular and thematic meeting");

  private final LocalizedText label;

  MeetingKind(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  /**
   * Tells whether the meeting counts as the month's regular meeting (S10, S13).
   *
   * @return true for {@link #REGULAR} and {@link #COMBINED}
   */
  public boolean isRegular() {
    return this != THEMATIC;
  }

  /**
   * Tells whether the meeting counts as the quarter's thematic meeting (S11).
   *
   * @return true for {@link #THEMATIC} and {@link #COMBINED}
   */
  public boolean isThematic() {
    return this != REGULAR;
  }

  /**
   * Returns the minimum duration in minutes (S12): 120 for a combined meeting, else 90.
   *
   * @return the minimum duration in minutes
   */
  public int minimumMinutes() {
    return this == COMBINED ? 120 : 90;
  }
}
