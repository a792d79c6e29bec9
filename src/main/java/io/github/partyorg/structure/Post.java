package io.github.partyorg.structure;

/** A party post held by a member (chức vụ trong Đảng). */
public enum Post implements Labelled {
  /** Secretary of the member's cell or base cell (bí thư chi bộ). */
  CELL_SECRETARY("Bí thư chi bộ", "Cell secretary"),
  /** Deputy secretary of the member's cell or base cell (phó bí thư chi bộ). */
  CELL_DEPUTY_SECRETARY("Phó bí thư chi bộ", "Cell deputy secretary"),
  /** Member of the cell committee (chi ủy viên), other than secretary and deputy. */
  CELL_COMMITTEE_MEMBER("Chi ủy viên", "Cell committee member"),
  /** Member of the base committee's executive (đảng ủy viên cơ sở). */
  BASE_COMMITTEE_MEMBER("Đảng ủy viên", "Base committee member"),
  /** Member of the base committee's standing committee (ủy viên ban thường vụ). */
  STANDING_COMMITTEE_MEMBER("Ủy viên Ban Thường vụ", "Standing committee member"),
  /**
   * Secretary of the base committee (bí thư đảng ủy cơ sở); the holder is also a member of its
   * executive, and of its standing committee where it has one.
   */
  BASE_COMMITTEE_SECRETARY("Bí thư Đảng ủy", "Base committee secretary"),
  /**
   * Deputy secretary of the base committee (phó bí thư đảng ủy cơ sở); the holder is also a member
   * of its executive, and of its standing committee where it has one.
   */
  BASE_COMMITTEE_DEPUTY_SECRETARY("Phó Bí thư Đảng ủy", "Base committee deputy secretary");

  private final LocalizedText label;

  Post(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
