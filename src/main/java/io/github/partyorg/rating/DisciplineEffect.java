package io.github.partyorg.rating;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/**
 * Policy: the effect of a discipline in the year on a member's level under R2023 and R2025 (C1).
 * The regulations say a discipline bars HTXSNV; whether it also makes the member KHTNV is the
 * library's reading [INF], so it is a policy. Under R2018 a discipline always gives KHTNV [TEXT].
 */
public enum DisciplineEffect implements Labelled {
  /** Default: a member disciplined in the year is KHTNV. */
  KHTNV("Bị kỷ luật trong năm: KHTNV", "Disciplined in the year: KHTNV"),
  /** A discipline only bars HTXSNV: the member is at most HTTNV. */
  BARS_EXCELLENCE_ONLY(
      "Bị kỷ luật trong năm: không được HTXSNV (tối đa HTTNV)",
      "Disciplined in the year: not HTXSNV (at most HTTNV)");

  private final LocalizedText label;

  DisciplineEffect(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  /**
   * Returns the cap this effect puts on a disciplined member.
   *
   * @return {@link Level#KHTNV} or {@link Level#HTTNV}
   */
  public Level ceiling() {
    return this == KHTNV ? Level.KHTNV : Level.HTTNV;
  }
}
