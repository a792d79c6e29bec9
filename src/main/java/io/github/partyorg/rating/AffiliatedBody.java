package io.github.partyorg.rating;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/**
 * A same-level body whose rating bounds the party organisation's under R2018 (O1, O2): the
 * government or management of the host unit, the Fatherland Front and the mass organisations.
 */
public enum AffiliatedBody implements Labelled {
  /** The host agency, unit or enterprise (chính quyền, cơ quan, đơn vị). */
  GOVERNMENT_OR_UNIT("Chính quyền, cơ quan, đơn vị", "Government or host unit"),
  /** The Fatherland Front (Mặt trận Tổ quốc). */
  FRONT("Mặt trận Tổ quốc", "Fatherland Front"),
  /** The trade union (Công đoàn). */
  TRADE_UNION("Công đoàn", "Trade union"),
  /** The Youth Union (Đoàn Thanh niên). */
  YOUTH_UNION("Đoàn Thanh niên", "Youth Union"),
  /** The Women's Union (Hội Liên hiệp Phụ nữ). */
  WOMEN_UNION("Hội Liên hiệp Phụ nữ", "Women's Union"),
  /** The Veterans' Association (Hội Cựu chiến binh). */
  VETERANS("Hội Cựu chiến binh", "Veterans' Association"),
  /** Any other mass organisation. */
  OTHER("Đoàn thể khác", "Other mass organisation");

  private final LocalizedText label;

  AffiliatedBody(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
