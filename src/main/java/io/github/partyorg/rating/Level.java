package io.github.partyorg.rating;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/**
 * The four ordered quality levels (mức xếp loại chất lượng) of a rated member or organisation, best
 * first: HTXSNV &gt; HTTNV &gt; HTNV &gt; KHTNV. Same in every regime.
 */
public enum Level implements Labelled {
  /** Hoàn thành xuất sắc nhiệm vụ: excellently completed duties. */
  HTXSNV("Hoàn thành xuất sắc nhiệm vụ", "Excellently completed duties"),
  /** Hoàn thành tốt nhiệm vụ: well completed duties. */
  HTTNV("Hoàn thành tốt nhiệm vụ", "Well completed duties"),
  /** Hoàn thành nhiệm vụ: completed duties. */
  HTNV("Hoàn thành nhiệm vụ", "Completed duties"),
  /** Không hoàn thành nhiệm vụ: did not complete duties. */
  KHTNV("Không hoàn thành nhiệm vụ", "Did not complete duties");

  private final LocalizedText label;

  Level(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  /**
   * Tells whether this level is the given one or better ("{@code other} trở lên").
   *
   * @param other the level compared with
   * @return true if this level is {@code other} or better
   */
  public boolean isAtLeast(Level other) {
    return compareTo(other) <= 0;
  }

  /**
   * Returns the worse of two levels.
   *
   * @param a a level
   * @param b another level
   * @return {@code a} if it is not better than {@code b}, else {@code b}
   */
  public static Level lower(Level a, Level b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** The next lower level; KHTNV for KHTNV. */
  Level below() {
    return switch (this) {
      case HTXSNV -> HTTNV;
      case HTTNV -> HTNV;
      case HTNV, KHTNV -> KHTNV;
    };
  }
}
