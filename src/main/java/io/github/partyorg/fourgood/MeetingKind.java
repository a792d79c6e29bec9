package io.github.partyorg.fourgood;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;
import java.time.LocalDate;
import java.util.Objects;

/** The kind of a cell meeting (buổi sinh hoạt chi bộ). */
public enum MeetingKind implements Labelled {
  /** A regular monthly meeting (sinh hoạt thường kỳ), S10. */
  REGULAR("Sinh hoạt thường kỳ", "Regular meeting"),
  /** A thematic meeting (sinh hoạt chuyên đề), S11. */
  THEMATIC("Sinh hoạt chuyên đề", "Thematic meeting"),
  /**
   * A regular and a thematic meeting held together; counts for S10 and S11; 120 minutes from 28
   * October 2025, 90 before (S12).
   */
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
   * The first day on which a combined meeting needs 120 minutes (Guidance 42-HD/BTCTW, 28 October
   * 2025); before it, a combined meeting needs 90 like any other (S12).
   */
  public static final LocalDate COMBINED_120_MINUTES_FROM = LocalDate.of(2025, 10, 28);

  /**
   * Returns the minimum duration in minutes of a meeting of this kind held on a day (S12): 90
   * always (Guidance 12-HD/BTCTW, 2018); 120 for a combined meeting held on or after {@link
   * #COMBINED_120_MINUTES_FROM}.
   *
   * @param day the day of the meeting
   * @return the minimum duration in minutes
   * @throws NullPointerException if {@code day} is null
   */
  public int minimumMinutes(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return this == COMBINED && !day.isBefore(COMBINED_120_MINUTES_FROM) ? 120 : 90;
  }
}
