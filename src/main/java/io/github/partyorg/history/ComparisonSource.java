package io.github.partyorg.history;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/** Where a report's "so với cùng kỳ" figure of the previous year came from (Y5). */
public enum ComparisonSource implements Labelled {
  /** Computed from the previous year held in the history. */
  HISTORY(
      "Tính từ dữ liệu năm trước trong lịch sử", "Computed from the previous year in the history"),
  /** Typed in the year's report data ({@code previousFigures}, {@code previousYearDisciplined}). */
  REPORTED("Số liệu năm trước do đơn vị nhập", "The previous year's figure as typed in"),
  /** Neither: the report makes no comparison. */
  NONE("Không có số liệu năm trước", "No previous year's figure");

  private final LocalizedText label;

  ComparisonSource(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
