package io.github.partyorg.targets;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;

/** The kinds of target seen in real resolutions (domain reference, section 6). */
public enum TargetKind implements Labelled {
  /** A share at least p% ("80% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên"). */
  SHARE_AT_LEAST("Tỷ lệ tối thiểu", "Share at least"),
  /** A share of exactly 100% ("100% cơ quan hoàn thành tốt nhiệm vụ"); cannot be exceeded. */
  SHARE_EXACTLY_100("Tỷ lệ 100%", "Share of 100%"),
  /** A share strictly above p% ("trên 90%"); met only above, never exceeded. */
  SHARE_ABOVE("Tỷ lệ trên", "Share above"),
  /** A count at least n ("kết nạp 160 đảng viên"). */
  COUNT_AT_LEAST("Số lượng tối thiểu", "Count at least"),
  /** A count within min-max ("kết nạp từ 180 - 200 đảng viên"). */
  COUNT_RANGE("Số lượng trong khoảng", "Count within a range"),
  /** At least p% of a base value ("kết nạp 3% tổng số đảng viên đầu nhiệm kỳ"). */
  RATE_OF_BASE("Tỷ lệ trên cơ số", "Rate of a base"),
  /** A count cut by p% against the previous year ("kéo giảm 5%"). */
  REDUCTION("Kéo giảm so với năm trước", "Reduction against the previous year"),
  /** None at all ("không có tổ chức cơ sở đảng không hoàn thành nhiệm vụ"); cannot be exceeded. */
  NONE("Không có", "None"),
  /** The whole plan done ("hoàn thành 100% kế hoạch", 23/23 đầu việc); cannot be exceeded. */
  PLAN_COMPLETION("Hoàn thành kế hoạch", "Plan completion");

  private final LocalizedText label;

  TargetKind(String vi, String en) {
    this.label = LocalizedText.of(vi, en);
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  /**
   * Tells whether an outcome of this kind can be exceeded (T1).
   *
   * <p>A {@link #SHARE_ABOVE} target is exceeded by a share strictly above its threshold under the
   * default {@link TargetPolicies.AboveThreshold#EXCEEDED} (REFERENCE 6a), and only met under
   * {@link TargetPolicies.AboveThreshold#MET}.
   *
   * @return false for {@link #SHARE_EXACTLY_100}, {@link #NONE} and {@link #PLAN_COMPLETION}
   */
  public boolean canBeExceeded() {
    return switch (this) {
      case SHARE_EXACTLY_100, NONE, PLAN_COMPLETION -> false;
      case SHARE_AT_LEAST, SHARE_ABOVE, COUNT_AT_LEAST, COUNT_RANGE, RATE_OF_BASE, REDUCTION ->
          true;
    };
  }
}
