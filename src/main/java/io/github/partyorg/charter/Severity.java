package io.github.partyorg.charter;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/**
 * How serious a finding is, and what the officer reading it does. The Vietnamese labels follow the
 * register of the bloc's reports: a finding of the Charter checks is "chưa đúng quy định" (not in
 * line with the rules), never "vi phạm", which suggests discipline.
 */
public enum Severity implements Labelled {
  /**
   * Non-compliance: the organisation or member is not in line with the rule on the day checked (a
   * cell with two official members, a congress overdue past its tolerance, a probation ended
   * without a vote) and must act.
   */
  ERROR("Chưa đúng quy định", "Non-compliant"),
  /**
   * A reminder or a point to review, not non-compliance: a deadline has passed but the rule's
   * tolerance still runs (S8's year, S9's six months: a WARNING inside the tolerance means "hold
   * the congress by ..."), a post recorded where the rule does not expect it, a badge due in the
   * year, a member who reaches the striking-off threshold and whose case the cell must consider.
   */
  WARNING("Cần lưu ý", "Warning"),
  /**
   * A fact the rule needs is missing, so the rule could not be checked; record the fact and check
   * again.
   */
  INFO("Thiếu thông tin", "Information");

  private final LocalizedText label;

  Severity(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
