package io.github.partyorg.rating;

import io.github.partyorg.structure.LocalizedText;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The rating rules, with their ids as in the project's domain reference (section 4), a short title
 * and the regimes under which each applies. The regulation cited is the regime's ({@link
 * Regime#citation()}).
 */
public enum RatingRule {
  /** E1: exempted and suspended members are not rated. */
  E1(
      "Không xếp loại đảng viên được miễn sinh hoạt hoặc đang bị đình chỉ sinh hoạt",
      "Exempted and suspended members are not rated",
      Regime.R2018,
      Regime.R2023,
      Regime.R2025),
  /** E2: members admitted less than 6 months before the review are not rated. */
  E2(
      "Không xếp loại đảng viên mới kết nạp chưa đủ 6 tháng",
      "Members admitted less than 6 months before the review are not rated",
      Regime.R2018,
      Regime.R2023,
      Regime.R2025),
  /** E3: probationary members past 6 months are rated like official members. */
  E3(
      "Đảng viên dự bị từ đủ 6 tháng được xếp loại như đảng viên chính thức",
      "Probationary members past 6 months are rated like official members",
      Regime.R2018,
      Regime.R2023,
      Regime.R2025),
  /** E4: 3 or more months of sick leave cap the level at HTNV; maternity leave does not. */
  E4(
      "Nghỉ ốm từ 3 tháng trở lên trong năm: tối đa HTNV; nghỉ thai sản: đánh giá theo thời gian"
          + " công tác",
      "3 or more months of sick leave in the year: at most HTNV; maternity leave: rated on the time"
          + " worked",
      Regime.R2018),
  /** E5: a transferred member is rated by the receiving cell. */
  E5(
      "Đảng viên chuyển sinh hoạt do chi bộ nơi đến xếp loại",
      "A transferred member is rated by the receiving cell",
      Regime.R2018,
      Regime.R2023,
      Regime.R2025),
  /**
   * C0: the level read from the four criterion grades. Not an id of the domain reference: the
   * library's reading of 132-QĐ/TW and 124-QĐ/TW [INF], given an id so that it can be explained.
   */
  C0(
      "Mức xếp loại theo mức đánh giá các tiêu chí (cách hiểu của thư viện)",
      "Level from the criterion grades (the library's reading)",
      Regime.R2018,
      Regime.R2023),
  /** C1: a member disciplined in the year (R2018: KHTNV; R2023/R2025: per policy). */
  C1(
      "Đảng viên bị kỷ luật trong năm",
      "Member disciplined in the year",
      Regime.R2018,
      Regime.R2023,
      Regime.R2025),
  /** C2: KHTNV for under 50% of targets, KHTNV as a civil servant, or degradation. */
  C2(
      "Không hoàn thành nhiệm vụ: dưới 50% chỉ tiêu, công chức xếp loại không hoàn thành nhiệm vụ,"
          + " hoặc suy thoái",
      "KHTNV: under 50% of targets, KHTNV as a civil servant, or degradation", Regime.R2018),
  /** C3: a civil servant is HTXSNV only if HTXSNV in the state rating. */
  C3(
      "Đảng viên là công chức chỉ được HTXSNV khi được xếp loại HTXSNV về chính quyền",
      "A civil servant is HTXSNV only if HTXSNV in the state rating",
      Regime.R2018),
  /** C4: the conditions of HTXSNV under R2023. */
  C4(
      "HTXSNV: 100% chỉ tiêu đúng hạn, từ 50% vượt mức, các tiêu chí từ Tốt, kết quả nhiệm vụ Xuất"
          + " sắc",
      "HTXSNV: 100% on time, 50% or more exceeded, every criterion Good or better, task results"
          + " Excellent",
      Regime.R2023),
  /** C5: the level by score out of 100 under R2025. */
  C5("Xếp loại theo điểm (thang điểm 100)", "Level by score out of 100", Regime.R2025),
  /** O0: the organisation's level from its criterion grades or score, before the caps [INF]. */
  O0(
      "Mức xếp loại tổ chức theo mức đánh giá tiêu chí hoặc theo điểm (cách hiểu của thư viện)",
      "Organisation level from the criterion grades or the score (the library's reading)",
      Regime.R2018,
      Regime.R2023,
      Regime.R2025),
  /** O1: an organisation's HTXSNV under R2018. */
  O1("Tổ chức đảng HTXSNV", "Organisation rated HTXSNV", Regime.R2018),
  /** O2: an organisation's HTTNV under R2018. */
  O2("Tổ chức đảng HTTNV", "Organisation rated HTTNV", Regime.R2018),
  /** O3: an organisation's HTNV under R2018. */
  O3("Tổ chức đảng HTNV", "Organisation rated HTNV", Regime.R2018),
  /** O4: under 50% of targets with key targets unmet is KHTNV. */
  O4(
      "Dưới 50% chỉ tiêu, chỉ tiêu chủ yếu không đạt: KHTNV",
      "Under 50% of targets with key targets unmet: KHTNV", Regime.R2018, Regime.R2023),
  /** O5: a disciplined leadership or over 20% of sub-organisations disciplined is KHTNV. */
  O5(
      "Tập thể lãnh đạo bị kỷ luật hoặc trên 20% tổ chức trực thuộc bị kỷ luật: KHTNV",
      "Leadership disciplined or more than 20% of sub-organisations disciplined: KHTNV",
      Regime.R2018,
      Regime.R2023),
  /** O6: HTXSNV only without discipline of a sub-organisation or leadership member. */
  O6(
      "HTXSNV khi không có tổ chức trực thuộc, thành viên lãnh đạo bị kỷ luật",
      "HTXSNV only if no sub-organisation and no leadership member was disciplined",
      Regime.R2023),
  /** O7: HTXSNV needs 100% of tasks done, 30% or more exceeded, and no discipline. */
  O7(
      "HTXSNV: 100% nhiệm vụ hoàn thành, từ 30% vượt mức, không có kỷ luật",
      "HTXSNV: 100% of tasks done, 30% or more exceeded, no discipline", Regime.R2025),
  /** O8: a leadership collective's level and its discipline. */
  O8(
      "Tập thể lãnh đạo không xếp cao hơn tổ chức; có thành viên bị cảnh cáo trở lên: KHTNV",
      "A leadership collective is not above its organisation; a member warned or worse: KHTNV",
      Regime.R2018),
  /** O9: a cell with more than 20% of members at KHTNV is KHTNV (off by default). */
  O9(
      "Chi bộ có trên 20% đảng viên KHTNV: KHTNV (tùy chọn)",
      "A cell with more than 20% of members at KHTNV is KHTNV (optional)",
      Regime.R2018,
      Regime.R2023,
      Regime.R2025),
  /** Q1: the number rated HTXSNV may not exceed 20% of the number rated HTTNV. */
  Q1(
      "Số HTXSNV không quá 20% số HTTNV",
      "The number at HTXSNV is at most 20% of the number at HTTNV",
      Regime.R2018,
      Regime.R2023,
      Regime.R2025);

  private final LocalizedText title;
  private final Set<Regime> regimes;

  RatingRule(String vi, String en, Regime first, Regime... rest) {
    this.title = LocalizedText.of(vi, en);
    this.regimes = Collections.unmodifiableSet(EnumSet.of(first, rest));
  }

  /**
   * Returns the rule's short title.
   *
   * @return the title in Vietnamese and English
   */
  public LocalizedText title() {
    return title;
  }

  /**
   * Returns the regimes under which the rule applies. C1 under R2023/R2025 takes its effect from
   * {@link DisciplineEffect}; O9 applies under every regime but is off by default ({@link
   * #onByDefault()}).
   *
   * @return an unmodifiable set of regimes
   */
  public Set<Regime> regimes() {
    return regimes;
  }

  /**
   * Tells whether the rule applies under a regime.
   *
   * @param regime the regime
   * @return true if the rule applies under {@code regime}
   */
  public boolean appliesUnder(Regime regime) {
    return regimes.contains(regime);
  }

  /**
   * Tells whether the rule is applied unless a caller turns it off; only O9, whose clause was not
   * seen, is off by default.
   *
   * @return false for O9, true for every other rule
   */
  public boolean onByDefault() {
    return this != O9;
  }
}
