package io.github.partyorg.rating;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/**
 * The grade given to one criterion (mức đánh giá tiêu chí) under the R2018 and R2023 regimes, best
 * first: Xuất sắc &gt; Tốt &gt; Trung bình &gt; Kém.
 */
public enum Grade implements Labelled {
  /** Xuất sắc: excellent. */
  XUAT_SAC("Xuất sắc", "Excellent"),
  /** Tốt: good. */
  TOT("Tốt", "Good"),
  /** Trung bình: average. */
  TRUNG_BINH("Trung bình", "Average"),
  /** Kém: poor. */
  KEM("Kém", "Poor");

  private final LocalizedText label;

  Grade(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  /**
   * Tells whether this grade is the given one or better.
   *
   * @param other the grade compared with
   * @return true if this grade is {@code other} or better
   */
  public boolean isAtLeast(Grade other) {
    return compareTo(other) <= 0;
  }
}
