package io.github.partyorg.structure;

/** Official or probationary membership (đảng viên chính thức / dự bị). */
public enum MembershipStatus implements Labelled {
  /** Probationary member (đảng viên dự bị): no official date yet. */
  PROBATIONARY("Đảng viên dự bị", "Probationary member"),
  /** Official member (đảng viên chính thức). */
  OFFICIAL("Đảng viên chính thức", "Official member");

  private final LocalizedText label;

  MembershipStatus(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
