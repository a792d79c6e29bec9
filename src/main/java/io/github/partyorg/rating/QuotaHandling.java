package io.github.partyorg.rating;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/**
 * Policy for the quota Q1 (HTXSNV at most 20% of HTTNV): report the surplus, or demote it. Default
 * {@link #WARN}: published aggregates often land slightly over 20%, so the library reports and lets
 * the superior committee decide [INF].
 */
public enum QuotaHandling implements Labelled {
  /** Default: a finding with the surplus; no level is changed. */
  WARN("Cảnh báo số vượt tỷ lệ", "Warn of the surplus"),
  /**
   * Demote the surplus to HTTNV, weakest first: lowest score (R2025) or fewest criteria graded Xuất
   * sắc, then lowest share of tasks exceeded, then id in reverse order, so the result never depends
   * on the order of the input.
   */
  ENFORCE("Hạ số vượt tỷ lệ xuống HTTNV", "Demote the surplus to HTTNV");

  private final LocalizedText label;

  QuotaHandling(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
