package io.github.partyorg.targets;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/** The outcome of a target (T1), or {@link #UNKNOWN} when it cannot be decided. */
public enum TargetStatus implements Labelled {
  /** Vượt chỉ tiêu: better than the target. */
  EXCEEDED("Vượt chỉ tiêu", "Exceeded"),
  /** Đạt chỉ tiêu: the target is met. */
  MET("Đạt chỉ tiêu", "Met"),
  /** Chưa đạt chỉ tiêu: the target is not met (REFERENCE 6a: never "không đạt"). */
  NOT_MET("Chưa đạt chỉ tiêu", "Not met"),
  /** Chưa xác định: the figure is missing or cannot be compared; see the outcome's findings. */
  UNKNOWN("Chưa xác định", "Unknown");

  private final LocalizedText label;

  TargetStatus(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  /**
   * Tells whether the target is reached (met or exceeded).
   *
   * @return true for {@link #EXCEEDED} and {@link #MET}
   */
  public boolean isReached() {
    return this == EXCEEDED || this == MET;
  }
}
