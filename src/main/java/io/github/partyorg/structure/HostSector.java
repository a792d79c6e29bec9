package io.github.partyorg.structure;

/** The sector of the organisation that hosts a base organisation. */
public enum HostSector implements Labelled {
  /** Party or state agency (cơ quan Đảng, Nhà nước). */
  PARTY_OR_STATE_AGENCY("Cơ quan Đảng, Nhà nước", "Party or state agency"),
  /** Fatherland Front or mass organisation (Mặt trận Tổ quốc, đoàn thể). */
  FRONT_OR_MASS_ORGANISATION("Mặt trận Tổ quốc, đoàn thể", "Front or mass organisation"),
  /** Public service unit (đơn vị sự nghiệp công lập). */
  PUBLIC_SERVICE_UNIT("Đơn vị sự nghiệp công lập", "Public service unit"),
  /** State-owned enterprise (doanh nghiệp nhà nước). */
  STATE_OWNED_ENTERPRISE("Doanh nghiệp nhà nước", "State-owned enterprise"),
  /** Joint-stock company in which the state holds a controlling share. */
  JOINT_STOCK_STATE_CONTROLLED(
      "Công ty cổ phần Nhà nước nắm giữ cổ phần chi phối",
      "Joint-stock company with controlling state capital"),
  /** Other joint-stock company with state capital. */
  JOINT_STOCK_STATE_MINORITY(
      "Công ty cổ phần có vốn Nhà nước không chi phối",
      "Other joint-stock company with state capital"),
  /** Private enterprise (doanh nghiệp tư nhân). */
  PRIVATE_ENTERPRISE("Doanh nghiệp ngoài khu vực nhà nước", "Private enterprise"),
  /** Foreign-invested enterprise (doanh nghiệp có vốn đầu tư nước ngoài). */
  FOREIGN_INVESTED_ENTERPRISE(
      "Doanh nghiệp có vốn đầu tư nước ngoài", "Foreign-invested enterprise"),
  /** Any other host. */
  OTHER("Khác", "Other");

  private final LocalizedText label;

  HostSector(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
