package io.github.partyorg.rating;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/** The four criteria (tiêu chí) a member is graded on under the R2018 and R2023 regimes. */
public enum Criterion implements Labelled {
  /** Chính trị tư tưởng: politics and ideology. */
  POLITICS_IDEOLOGY("Chính trị tư tưởng", "Politics and ideology"),
  /** Đạo đức, lối sống: ethics and lifestyle. */
  ETHICS_LIFESTYLE("Đạo đức, lối sống", "Ethics and lifestyle"),
  /** Tác phong, lề lối làm việc, ý thức tổ chức kỷ luật: discipline and work style. */
  DISCIPLINE_WORKSTYLE("Tác phong, lề lối làm việc, ý thức kỷ luật", "Discipline and work style"),
  /** Kết quả thực hiện chức trách, nhiệm vụ được giao: task results. */
  TASK_RESULTS("Kết quả thực hiện nhiệm vụ", "Task results");

  private final LocalizedText label;

  Criterion(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
