package io.github.partyorg.rating;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/**
 * Policy: the groups of similar function within which Q1 is counted among the base organisations of
 * the root, under R2023 and R2025 [INF: 124 counts "within each group with similar roles"; no list
 * of groups was found].
 */
public enum QuotaGroups implements Labelled {
  /** Default: the base organisations of the root form one group. */
  ONE_GROUP("Một nhóm", "One group"),
  /**
   * One group per host sector of the base organisation (agencies, public-service units,
   * enterprises, ...), {@code BaseOrganisation.sector()}.
   */
  BY_HOST_SECTOR("Theo khối, loại hình cơ quan, đơn vị", "By host sector");

  private final LocalizedText label;

  QuotaGroups(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
