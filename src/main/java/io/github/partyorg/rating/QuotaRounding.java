package io.github.partyorg.rating;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/**
 * Policy: how 20% of the base is rounded to a whole number of HTXSNV (Q1). No rounding rule was
 * found in the regulations; default {@link #FLOOR} [INF].
 */
public enum QuotaRounding implements Labelled {
  /** Default: round down; 20% of 12 allows 2. */
  FLOOR("Làm tròn xuống", "Round down"),
  /** Round half up; 20% of 13 (2.6) allows 3, 20% of 12 (2.4) allows 2. */
  HALF_UP("Làm tròn", "Round half up"),
  /** Round up; 20% of 11 (2.2) allows 3. */
  CEILING("Làm tròn lên", "Round up");

  private final LocalizedText label;

  QuotaRounding(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
