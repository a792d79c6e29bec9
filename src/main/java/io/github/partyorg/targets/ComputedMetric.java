package io.github.partyorg.targets;

import io.github.partyorg.structure.LocalizedText;

/**
 * The metrics the library computes for a year from the model, the rating and the year's records
 * (T7), through {@link MetricSource}.
 */
public enum ComputedMetric implements Metric {
  /** Members: the root's members at the snapshot date (a base for rates, T6). */
  MEMBERS("Số đảng viên", "Members", ValueKind.COUNT),
  /** The share of rated members at HTTNV or better. */
  MEMBERS_AT_LEAST_HTTNV(
      "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên",
      "Share of members rated HTTNV or better",
      ValueKind.SHARE),
  /** The count of members rated KHTNV. */
  MEMBERS_AT_KHTNV(
      "Số đảng viên không hoàn thành nhiệm vụ", "Members rated KHTNV", ValueKind.COUNT),
  /** The share of rated base organisations at HTTNV or better. */
  BASE_ORGANISATIONS_AT_LEAST_HTTNV(
      "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên",
      "Share of base organisations rated HTTNV or better",
      ValueKind.SHARE),
  /** The count of base organisations rated KHTNV. */
  BASE_ORGANISATIONS_AT_KHTNV(
      "Số tổ chức cơ sở đảng không hoàn thành nhiệm vụ",
      "Base organisations rated KHTNV",
      ValueKind.COUNT),
  /** The members of the root whose admission date falls in the year. */
  MEMBERS_ADMITTED("Số đảng viên mới kết nạp", "New members admitted", ValueKind.COUNT),
  /** The members with at least one discipline decided in the year. */
  MEMBERS_DISCIPLINED("Số đảng viên bị kỷ luật", "Members disciplined", ValueKind.COUNT),
  /**
   * The party organisations (base organisations, sub-committees, cells) founded in the year under a
   * base organisation of a private or foreign-invested enterprise.
   */
  ORGANISATIONS_FOUNDED_IN_PRIVATE_OR_FOREIGN_ENTERPRISES(
      "Số tổ chức đảng thành lập trong doanh nghiệp tư nhân, doanh nghiệp có vốn đầu tư nước ngoài",
      "Party organisations founded in private or foreign-invested enterprises",
      ValueKind.COUNT),
  /** The share of assessed cells and base cells granted "chi bộ 4 tốt". */
  FOUR_GOOD_CELLS("Tỷ lệ chi bộ 4 tốt", "Share of four-good cells", ValueKind.SHARE),
  /** The share of assessed base committees granted "đảng bộ cơ sở 4 tốt". */
  FOUR_GOOD_BASE_COMMITTEES(
      "Tỷ lệ đảng bộ cơ sở 4 tốt", "Share of four-good base committees", ValueKind.SHARE);

  private final LocalizedText label;
  private final ValueKind valueKind;

  ComputedMetric(String vi, String en, ValueKind valueKind) {
    this.label = LocalizedText.of(vi, en);
    this.valueKind = valueKind;
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  @Override
  public String key() {
    return name();
  }

  @Override
  public Provenance source() {
    return Provenance.COMPUTED;
  }

  /**
   * Returns the kind of value computed.
   *
   * @return a count or a share
   */
  public ValueKind valueKind() {
    return valueKind;
  }
}
