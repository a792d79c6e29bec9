package io.github.partyorg.rating;

import io.github.partyorg.structure.LocalizedText;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The rating rules, with their ids as in the project's domain reference (section 4), a short title
 * and the regimes under which each applies, as the reference's regime-coverage table (section 11,
 * copied in {@code docs/RULES.md}) gives them. Where that table says a policy decides, {@link
 * #policyDecides(Regime)} is true and {@link RatingPolicies} names the policy. The regulation cited
 * is the regime's ({@link Regime#citation()}).
 *
 * <p>For each rule: the regimes, the cap it imposes, and the facts it reads (their names as in
 * {@link MemberFacts}, {@link OrganisationFacts} and the explanation's fact maps).
 */
public enum RatingRule {
  /**
   * E1, every regime: exempted members are not rated; suspended members are not rated from 2019
   * (21-HD), but are rated in the 2018 review (16-HD: only exempted members were left out). Reads
   * the member's exemption and suspension in the tree. No cap: the member is not rated.
   */
  E1(
      "Không xếp loại đảng viên được miễn sinh hoạt hoặc đang bị đình chỉ sinh hoạt",
      "Exempted and suspended members are not rated",
      0,
      Regime.R2018,
      Regime.R2023,
      Regime.R2025),
  /**
   * E2, every regime: members admitted less than 6 months before the review are not rated; under
   * R2018 also organisations founded less than 6 months before. Reads {@code admissionDate}, {@code
   * foundedOn}, {@code reviewDate}. No cap: not rated.
   */
  E2(
      "Không xếp loại đảng viên mới kết nạp chưa đủ 6 tháng",
      "Members admitted less than 6 months before the review are not rated",
      0,
      Regime.R2018,
      Regime.R2023,
      Regime.R2025),
  /**
   * E3, every regime (not in the table of section 11): probationary members past 6 months are rated
   * like official members. Reads {@code admissionDate}. No cap.
   */
  E3(
      "Đảng viên dự bị từ đủ 6 tháng được xếp loại như đảng viên chính thức",
      "Probationary members past 6 months are rated like official members",
      0,
      Regime.R2018,
      Regime.R2023,
      Regime.R2025),
  /**
   * E4, R2018: 3 or more months of sick leave cap the level at HTNV; maternity leave does not.
   * Reads {@code sickLeaveMonths}, {@code maternityLeave}. Cap: HTNV.
   */
  E4(
      "Nghỉ ốm từ 3 tháng trở lên trong năm: tối đa HTNV; nghỉ thai sản: đánh giá theo thời gian"
          + " công tác",
      "3 or more months of sick leave in the year: at most HTNV; maternity leave: rated on the time"
          + " worked",
      0,
      Regime.R2018),
  /**
   * E5, every regime (not in the table of section 11): a transferred member is rated by the
   * receiving cell; the caller gives the receiving cell's facts. Never used for anything else.
   */
  E5(
      "Đảng viên chuyển sinh hoạt do chi bộ nơi đến xếp loại",
      "A transferred member is rated by the receiving cell",
      0,
      Regime.R2018,
      Regime.R2023,
      Regime.R2025),
  /**
   * C0, R2018 and R2023: the member's level read from the four criterion grades ({@code
   * grades.POLITICS_IDEOLOGY}, {@code grades.ETHICS_LIFESTYLE}, {@code
   * grades.DISCIPLINE_WORKSTYLE}, {@code grades.TASK_RESULTS}), every one required: HTXSNV with
   * task results Xuất sắc and the others Tốt or better; HTTNV per {@link MemberGradeReading}
   * (default: task results Tốt or better and the others Trung bình or better); HTNV with every
   * grade Trung bình or better; a Kém gives KHTNV. The library's reading [INF]. Candidate level,
   * not a cap.
   */
  C0(
      "Mức xếp loại theo mức đánh giá các tiêu chí (cách hiểu của thư viện)",
      "Level from the criterion grades (the library's reading)",
      0,
      Regime.R2018,
      Regime.R2023),
  /**
   * C1, every regime: a member disciplined in the year. R2018: KHTNV; R2023 and R2025: per {@link
   * DisciplineEffect} (default KHTNV, or at most HTTNV). Reads {@code disciplines}.
   */
  C1(
      "Đảng viên bị kỷ luật trong năm",
      "Member disciplined in the year",
      Bits.R2023 | Bits.R2025,
      Regime.R2018,
      Regime.R2023,
      Regime.R2025),
  /**
   * C2, every regime: KHTNV if concluded by the competent level to show degradation ({@code
   * degradationConcluded}), to have done what members are forbidden to do ({@code
   * forbiddenActsConcluded}) or to have failed the duty to set an example with harm to the unit
   * ({@code exampleDutyFailed}); R2018 also under 50% of assigned targets ({@code
   * targetsCompletedPercent}, required) or KHTNV as a civil servant ({@code civilServantLevel}).
   * Cap: KHTNV.
   */
  C2(
      "Không hoàn thành nhiệm vụ: suy thoái, vi phạm điều đảng viên không được làm, không thực hiện"
          + " trách nhiệm nêu gương (R2018 thêm: dưới 50% chỉ tiêu, công chức không hoàn thành"
          + " nhiệm vụ)",
      "KHTNV: degradation, forbidden acts, failed duty to set an example (R2018 also: under 50% of"
          + " targets, KHTNV as a civil servant)",
      0,
      Regime.R2018,
      Regime.R2023,
      Regime.R2025),
  /**
   * C3, R2018: a civil servant is HTXSNV only if HTXSNV in the state rating. Reads {@code
   * civilServantLevel}. Cap: HTTNV.
   */
  C3(
      "Đảng viên là công chức chỉ được HTXSNV khi được xếp loại HTXSNV về chính quyền",
      "A civil servant is HTXSNV only if HTXSNV in the state rating",
      0,
      Regime.R2018),
  /**
   * C4, R2023: HTXSNV needs 100% of tasks on time, 50% or more exceeded, every criterion Tốt or
   * better and task results Xuất sắc. Reads the grades, {@code tasksOnTimePercent}, {@code
   * tasksExceededPercent}. Cap: HTTNV.
   */
  C4(
      "HTXSNV: 100% chỉ tiêu đúng hạn, từ 50% vượt mức, các tiêu chí từ Tốt, kết quả nhiệm vụ Xuất"
          + " sắc",
      "HTXSNV: 100% on time, 50% or more exceeded, every criterion Good or better, task results"
          + " Excellent",
      0,
      Regime.R2023),
  /**
   * C5, R2025: the member's level by {@code score} out of 100 with each band's conditions: HTXSNV
   * (90+) with 100% on time ({@code tasksOnTimePercent}), 30% or more exceeded ({@code
   * tasksExceededPercent}), no discipline ({@code disciplines}) and 100% of earlier shortcomings
   * remedied ({@code shortcomingsRemediedPercent}); HTTNV (70+) with 100% on time; HTNV (50+) with
   * 100% done ({@code targetsCompletedPercent}) and at most 20% late ({@code tasksLatePercent}). A
   * band whose conditions fail falls to the highest level whose conditions hold [INF]. Candidate
   * level, not a cap.
   */
  C5("Xếp loại theo điểm (thang điểm 100)", "Level by score out of 100", 0, Regime.R2025),
  /**
   * C6, R2025: a member holding a leadership or management post ({@code leadershipPost}) is also
   * KHTNV if disciplined in the year for a violation in the exercise of duties ({@code
   * disciplinedForDutyViolation}), if more than 50% of the votes of a confidence vote were "low"
   * ({@code confidenceVoteLow}, a count of the votes), or if the unit they directly lead completed
   * under 70% of its tasks ({@code ledUnitTasksDonePercent}). Cap: KHTNV.
   */
  C6(
      "Đảng viên giữ chức vụ lãnh đạo, quản lý: bị kỷ luật do vi phạm trong thực hiện chức trách,"
          + " trên 50% phiếu tín nhiệm thấp, hoặc đơn vị phụ trách hoàn thành dưới 70% nhiệm vụ:"
          + " KHTNV",
      "A member holding a leadership or management post: disciplined for a violation of duty, more"
          + " than 50% low votes of confidence, or the unit led under 70% of its tasks: KHTNV",
      0,
      Regime.R2025),
  /**
   * O0, every regime: the organisation's candidate level. R2018 and R2023 from the grades of every
   * {@link OrganisationCriterion} ({@code grades.*}, each required): HTXSNV with the task criterion
   * Xuất sắc and the others Tốt or better; HTTNV with the task criterion Tốt or better and the
   * others Trung bình or better; HTNV with every criterion Trung bình or better; a Kém gives KHTNV.
   * R2025 from {@code score} with the bands of C5. The library's reading [INF]. Not a cap.
   */
  O0(
      "Mức xếp loại tổ chức theo mức đánh giá tiêu chí hoặc theo điểm (cách hiểu của thư viện)",
      "Organisation level from the criterion grades or the score (the library's reading)",
      0,
      Regime.R2018,
      Regime.R2023,
      Regime.R2025),
  /**
   * O1, R2018: HTXSNV needs 100% of the sub-units at HTNV or better, 80% at HTTNV or better ({@code
   * subUnitsAtLeastHTNV}, {@code subUnitsAtLeastHTTNV}) and the same-level bodies at HTTNV or
   * better ({@code affiliatedBodies}, required). Cap: HTTNV.
   */
  O1("Tổ chức đảng HTXSNV", "Organisation rated HTXSNV", 0, Regime.R2018),
  /**
   * O2, R2018: HTTNV needs 100% of the sub-units at HTNV or better, 50% at HTTNV or better and the
   * same-level bodies at HTNV or better. Cap: HTNV.
   */
  O2("Tổ chức đảng HTTNV", "Organisation rated HTTNV", 0, Regime.R2018),
  /**
   * O3, every regime (R2025: policy {@link RatingPolicies#o3UnderR2025()}, on by default [INF]): an
   * organisation disciplined in the year ({@code discipline}), or with a case of corruption, waste
   * or other violation in it or a sub-unit that was disciplined ({@code violationCase}), is KHTNV,
   * unless it found and remedied the fault itself ({@code selfDetectedAndRemedied}). Cap: KHTNV.
   */
  O3(
      "Tổ chức đảng bị kỷ luật, hoặc có vụ việc tham nhũng, lãng phí, vi phạm bị xử lý kỷ luật: KHTNV",
      "Organisation disciplined, or a case of corruption, waste or violation disciplined: KHTNV",
      Bits.R2025,
      Regime.R2018,
      Regime.R2023,
      Regime.R2025),
  /**
   * O4, R2018 and R2023: under 50% of the assigned targets met ({@code targetsMetPercent},
   * required) with key targets unmet ({@code keyTargetsUnmet}), force majeure excepted ({@code
   * forceMajeure}). Cap: KHTNV.
   */
  O4(
      "Dưới 50% chỉ tiêu, chỉ tiêu chủ yếu không đạt: KHTNV",
      "Under 50% of targets with key targets unmet: KHTNV", 0, Regime.R2018, Regime.R2023),
  /**
   * O5, R2018 and R2023 (R2025: policy {@link RatingPolicies#o5UnderR2025()}, on by default [INF]):
   * the leadership collective disciplined ({@code leadershipCollectiveDisciplined}) or more than
   * 20% of the sub-organisations disciplined (from their facts' {@code discipline}). Cap: KHTNV.
   */
  O5(
      "Tập thể lãnh đạo bị kỷ luật hoặc trên 20% tổ chức trực thuộc bị kỷ luật: KHTNV",
      "Leadership disciplined or more than 20% of sub-organisations disciplined: KHTNV",
      Bits.R2025,
      Regime.R2018,
      Regime.R2023,
      Regime.R2025),
  /**
   * O6, R2023: HTXSNV only if no sub-organisation and no leadership member was disciplined; one
   * self-detected and remedied caps at HTTNV, one not so gives KHTNV. Reads the sub-organisations'
   * and leaders' disciplines.
   */
  O6(
      "HTXSNV khi không có tổ chức trực thuộc, thành viên lãnh đạo bị kỷ luật",
      "HTXSNV only if no sub-organisation and no leadership member was disciplined",
      0,
      Regime.R2023),
  /**
   * O7, R2025: the collective's conditions with its score (366 art. 11): HTXSNV with 100% of tasks
   * on time ({@code tasksOnTimePercent}), 30% or more exceeded ({@code tasksExceededPercent}), no
   * discipline of a sub-unit or leadership member and 100% of earlier shortcomings remedied ({@code
   * shortcomingsRemediedPercent}); HTTNV with 100% on time; HTNV with 100% done ({@code
   * tasksDonePercent}) and at most 20% late ({@code tasksLatePercent}). A band whose conditions
   * fail falls to the highest level whose conditions hold [INF]. Cap: that level.
   */
  O7(
      "Điều kiện của tập thể theo từng mức: đúng hạn, vượt mức, chậm tiến độ, khắc phục hạn chế",
      "The collective's conditions per level: on time, exceeded, late, shortcomings remedied",
      0,
      Regime.R2025),
  /**
   * O8, R2018 (the [TEXT] part of O10, not in the table of section 11): a leadership collective is
   * not rated above its organisation, and is KHTNV if a member was disciplined at warning or above.
   * Explains the leadership collective's level under R2018; O10 gives its other grounds.
   */
  O8(
      "Tập thể lãnh đạo không xếp cao hơn tổ chức; có thành viên bị cảnh cáo trở lên: KHTNV",
      "A leadership collective is not above its organisation; a member warned or worse: KHTNV",
      0,
      Regime.R2018),
  /**
   * O9, R2018, a policy off by default ({@link RatingPolicies#o9Enabled()}): a cell with more than
   * 20% of its rated members at KHTNV is KHTNV. Reads the members' levels. Cap: KHTNV.
   */
  O9(
      "Chi bộ có trên 20% đảng viên KHTNV: KHTNV (tùy chọn)",
      "A cell with more than 20% of members at KHTNV is KHTNV (optional)",
      Bits.R2018,
      Regime.R2018),
  /**
   * O10, every regime: a leadership collective (the executive committee of a base organisation, the
   * cell committee where the cell has one) is rated, never above its organisation; KHTNV if
   * disciplined ({@code leadershipCollectiveDisciplined}), if a member was disciplined at warning
   * or above, if disunited ({@code leadershipDisunited}), if a member was concluded to show
   * degradation ({@code degradationConcluded} of a leader), or if the unit met under 50% of its
   * targets ({@code targetsMetPercent}; R2025 {@code tasksDonePercent}). The collective's level,
   * not a cap on its organisation.
   */
  O10(
      "Xếp loại tập thể lãnh đạo, không cao hơn mức của tổ chức",
      "Rating of the leadership collective, never above its organisation",
      0,
      Regime.R2018,
      Regime.R2023,
      Regime.R2025),
  /**
   * Q1, every regime (R2025: policy {@link RatingPolicies#quotaUnderR2025()}, on by default [INF]):
   * the number rated HTXSNV may not exceed 20% of the number rated HTTNV, among the members of each
   * base organisation and among the organisations directly under the same committee ({@link
   * QuotaScope}, {@link QuotaGroups}). A finding, or under {@link QuotaHandling#ENFORCE} a cap of
   * HTTNV on the weakest.
   */
  Q1(
      "Số HTXSNV không quá 20% số HTTNV",
      "The number at HTXSNV is at most 20% of the number at HTTNV",
      Bits.R2025,
      Regime.R2018,
      Regime.R2023,
      Regime.R2025);

  private final LocalizedText title;
  private final Set<Regime> regimes;
  private final int policyMask;

  RatingRule(String vi, String en, int policyMask, Regime first, Regime... rest) {
    this.title = LocalizedText.of(vi, en);
    this.regimes = Collections.unmodifiableSet(EnumSet.of(first, rest));
    this.policyMask = policyMask;
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
   * Returns the regimes under which the rule applies, including those where a policy decides
   * ({@link #policyDecides(Regime)}); O9 applies under R2018 only and is off by default ({@link
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
   * Tells whether a policy decides the rule's effect under a regime (a "(p)" of the table of
   * section 11): C1 under R2023 and R2025 ({@link DisciplineEffect}), O3 and O5 under R2025, O9
   * under R2018, Q1 under R2025.
   *
   * @param regime the regime
   * @return true if the rule applies under {@code regime} and a policy decides it there
   */
  public boolean policyDecides(Regime regime) {
    return (policyMask & bit(regime)) != 0;
  }

  private static int bit(Regime regime) {
    return switch (regime) {
      case R2018 -> Bits.R2018;
      case R2023 -> Bits.R2023;
      case R2025 -> Bits.R2025;
    };
  }

  /** The regimes where a policy decides, as bits (a nested class: constants can not precede). */
  private static final class Bits {
    static final int R2018 = 1;
    static final int R2023 = 2;
    static final int R2025 = 4;

    private Bits() {}
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
