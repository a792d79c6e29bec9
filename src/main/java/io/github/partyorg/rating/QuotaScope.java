package io.github.partyorg.rating;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/**
 * Policy: where Q1 is counted among organisations [INF from 124 "within each group with similar
 * roles" and the per-type rule of 21-HD]. Members are counted within each base organisation in
 * either case.
 */
public enum QuotaScope implements Labelled {
  /**
   * Default: at every level, among the organisations directly under the same committee (the cells
   * and sub-committees of a base committee, the cells of a sub-committee, the base organisations of
   * the root).
   */
  EVERY_LEVEL(
      "Tính ở mọi cấp, trong các tổ chức trực thuộc cùng một cấp ủy",
      "At every level, among the organisations directly under the same committee"),
  /** Only among the base organisations of the root. */
  ROOT_ONLY("Chỉ tính trong các tổ chức cơ sở đảng", "Only among the base organisations");

  private final LocalizedText label;

  QuotaScope(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
