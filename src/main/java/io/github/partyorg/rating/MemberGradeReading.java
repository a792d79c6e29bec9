package io.github.partyorg.rating;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/**
 * Policy: how a member's criterion grades give HTTNV (C0, R2018 and R2023) [INF]. The guidance
 * reads the grades only for organisations (21-HD; 124 for collectives): HTTNV with the task
 * criterion Tốt or better and the others Trung bình or better. The default reads a member the same
 * way; the other choice keeps the stricter reading (every criterion Tốt or better).
 */
public enum MemberGradeReading implements Labelled {
  /** Default: task results Tốt or better, the other criteria Trung bình or better. */
  TASK_RESULTS_GOOD(
      "HTTNV: kết quả thực hiện nhiệm vụ từ Tốt, các tiêu chí khác từ Trung bình",
      "HTTNV: task results Good or better, the other criteria Average or better"),
  /** Every criterion Tốt or better. */
  EVERY_CRITERION_GOOD("HTTNV: mọi tiêu chí từ Tốt", "HTTNV: every criterion Good or better");

  private final LocalizedText label;

  MemberGradeReading(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
