package io.github.partyorg.structure;

/** The kind of the root committee, directly above the base organisations. */
public enum RootKind implements Labelled {
  /** Provincial bloc committee of agencies and enterprises (Đảng ủy Khối), 2019-2025. */
  PROVINCIAL_BLOC("Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh", "Provincial bloc committee"),
  /** Provincial party-agencies committee (Đảng ủy các cơ quan Đảng tỉnh), from 2025. */
  PROVINCIAL_PARTY_AGENCIES("Đảng ủy các cơ quan Đảng tỉnh", "Provincial party-agencies committee"),
  /** Provincial government committee (Đảng ủy Ủy ban nhân dân tỉnh), from 2025. */
  PROVINCIAL_GOVERNMENT("Đảng ủy Ủy ban nhân dân tỉnh", "Provincial government committee"),
  /** Any other committee directly above base organisations, to which the same rules apply. */
  OTHER("Cấp ủy cấp trên trực tiếp cơ sở", "Committee directly above base organisations");

  private final LocalizedText label;

  RootKind(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
