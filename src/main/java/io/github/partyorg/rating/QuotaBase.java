package io.github.partyorg.rating;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/** Policy: what the 20% of Q1 is counted on. Default {@link #EXACTLY_HTTNV} [INF]. */
public enum QuotaBase implements Labelled {
  /** Default: those rated exactly HTTNV. */
  EXACTLY_HTTNV("Số được xếp loại HTTNV", "Those rated exactly HTTNV"),
  /** Those rated HTTNV or better (HTTNV and HTXSNV). */
  HTTNV_OR_BETTER("Số được xếp loại HTTNV trở lên", "Those rated HTTNV or better");

  private final LocalizedText label;

  QuotaBase(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
