package io.github.partyorg.report;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/** The status of a work item (đầu việc) at the end of the year. */
public enum WorkStatus implements Labelled {
  /** Done (đã thực hiện xong). */
  DONE("Đã thực hiện xong", "Done"),
  /** In progress (đang thực hiện). */
  IN_PROGRESS("Đang thực hiện", "In progress"),
  /** Not started (chưa thực hiện). */
  NOT_STARTED("Chưa thực hiện", "Not started");

  private final LocalizedText label;

  WorkStatus(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
