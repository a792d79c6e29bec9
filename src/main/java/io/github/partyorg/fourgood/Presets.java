package io.github.partyorg.fourgood;

import io.github.partyorg.structure.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/**
 * Ready-made criteria profiles to start from. Each is a preset of this library, labelled with what
 * it is; none is any province's official text. Thresholds chosen here (for example 80% of regular
 * meetings of quality) are the library's choices, to be replaced by the province's own.
 */
public final class Presets {

  private static final BigDecimal ALL_MONTHS = BigDecimal.valueOf(100);

  private Presets() {}

  /**
   * Returns the national four-heading frame for cells and base cells (F1), with sub-criteria drawn
   * from the common preconditions (F7) and the meeting rules (F4, S10-S13). A preset of this
   * library, NOT any province's official text.
   *
   * <ol>
   *   <li>Political task: 1.1 met on every monthly sheet; 1.2 rated HTTNV or better.
   *   <li>Meeting quality: 2.1 a regular meeting every month; 2.2 a thematic meeting every quarter;
   *       2.3 every meeting long enough; 2.4 at least 80% of regular meetings of quality.
   *   <li>Unity and discipline: 3.1 no member disciplined; 3.2 internal unity, reported.
   *   <li>Cadres and members: 4.1 no member at KHTNV; 4.2 every member assigned duties.
   * </ol>
   *
   * @return the preset profile for cells, applying to every year
   */
  public static CriteriaProfile nationalFrame() {
    return CriteriaProfile.builder()
        .issuer(LocalizedText.of("Thư viện partyorg (mẫu)", "partyorg library (preset)"))
        .instrument(
            LocalizedText.of(
                "Khung bốn tiêu chí chi bộ 4 tốt (mẫu, không phải văn bản chính thức)",
                "Four-heading four-good cell frame (preset, not an official text)"))
        .level(ProfileLevel.CELL)
        .titleName(LocalizedText.of("Chi bộ 4 tốt", "four-good cell"))
        .addHeadings(
            politicalTask(),
            Heading.of(
                "Tốt về chất lượng sinh hoạt",
                "Good meeting quality",
                ComputedCriterion.of("2.1", Fact.EVERY_MONTH_REGULAR_MEETING),
                ComputedCriterion.of("2.2", Fact.THEMATIC_EACH_QUARTER),
                ComputedCriterion.of("2.3", Fact.EVERY_MEETING_LONG_ENOUGH),
                ComputedCriterion.of(
                    "2.4", Fact.SHARE_OF_QUALITY_MEETINGS_AT_LEAST, BigDecimal.valueOf(80))),
            unity(),
            cadres())
        .build();
  }

  /**
   * Returns the national four-heading frame for base committees (F1, F6): as {@link
   * #nationalFrame()}, with heading 2 met when at least 70% of its cells hold the four-good title
   * and the executive's meetings are reported held. A preset of this library, NOT any province's
   * official text.
   *
   * @return the preset profile for base committees, applying to every year
   */
  public static CriteriaProfile nationalFrameBaseCommittee() {
    return CriteriaProfile.builder()
        .issuer(LocalizedText.of("Thư viện partyorg (mẫu)", "partyorg library (preset)"))
        .instrument(
            LocalizedText.of(
                "Khung bốn tiêu chí đảng bộ cơ sở 4 tốt (mẫu, không phải văn bản chính thức)",
                "Four-heading four-good base committee frame (preset, not an official text)"))
        .level(ProfileLevel.BASE_COMMITTEE)
        .titleName(LocalizedText.of("Đảng bộ cơ sở 4 tốt", "four-good base committee"))
        .addHeadings(
            politicalTask(),
            Heading.of(
                "Tốt về chất lượng sinh hoạt",
                "Good meeting quality",
                ComputedCriterion.of(
                    "2.1", Fact.SHARE_OF_CELLS_WITH_TITLE_AT_LEAST, BigDecimal.valueOf(70)),
                new ReportedCriterion(
                    "2.2",
                    LocalizedText.of(
                        "Đảng ủy sinh hoạt định kỳ đúng quy định",
                        "The executive meets as required"))),
            unity(),
            cadres())
        .build();
  }

  /**
   * Returns the gates that Bến Tre's guidance 10-HD/BTCTU (22 Feb 2018) set for "comprehensively
   * clean and strong" hamlet cells (F2), placed in front of the headings of {@link
   * #nationalFrame()}. Labelled as such: it is NOT "the Bến Tre four-good rule", whose current text
   * (Quy định 948-QĐ/TU, 3 Nov 2023) was not found. Applies from 2018, with no last year set.
   *
   * <p>Gates: G1 rated excellent two or more years in a row (reported: the model holds one year);
   * G2 a regular meeting every month and G3 a thematic meeting every quarter (every required
   * meeting held); G4 no member at KHTNV; G5 no member disciplined; G6 a written working regulation
   * (reported); G7 every member assigned duties; G8 every member signed a commitment (reported).
   *
   * @return the labelled preset profile for cells
   */
  public static CriteriaProfile benTre10HdBtctu2018Gates() {
    CriteriaProfile frame = nationalFrame();
    return CriteriaProfile.builder()
        .from(frame)
        .issuer(
            LocalizedText.of(
                "Ban Thường vụ Tỉnh ủy Bến Tre (điều kiện); thư viện partyorg (khung mẫu)",
                "Bến Tre provincial standing committee (gates); partyorg library (preset frame)"))
        .instrument(
            LocalizedText.of(
                "Điều kiện của Hướng dẫn 10-HD/BTCTU (2018) trên khung bốn tiêu chí mẫu",
                "Gates of guidance 10-HD/BTCTU (2018) on the preset four-heading frame"))
        .instrumentDate(LocalDate.of(2018, 2, 22))
        .firstYear(Year.of(2018))
        .titleName(
            LocalizedText.of(
                "Chi bộ trong sạch, vững mạnh toàn diện", "comprehensively clean and strong cell"))
        .gates(
            List.of(
                new ReportedCriterion(
                    "G1",
                    LocalizedText.of(
                        "Xếp loại hoàn thành xuất sắc nhiệm vụ từ 2 năm liên tục trở lên",
                        "Rated excellent two or more years in a row")),
                ComputedCriterion.of("G2", Fact.EVERY_MONTH_REGULAR_MEETING),
                ComputedCriterion.of("G3", Fact.THEMATIC_EACH_QUARTER),
                ComputedCriterion.of("G4", Fact.NO_MEMBER_KHTNV),
                ComputedCriterion.of("G5", Fact.NO_MEMBER_DISCIPLINED),
                new ReportedCriterion(
                    "G6",
                    LocalizedText.of(
                        "Có quy chế làm việc bằng văn bản", "A written working regulation")),
                ComputedCriterion.of("G7", Fact.ALL_MEMBERS_ASSIGNED_DUTIES),
                new ReportedCriterion(
                    "G8",
                    LocalizedText.of(
                        "100% đảng viên ký cam kết", "Every member signed a commitment"))))
        .build();
  }

  private static Heading politicalTask() {
    return Heading.of(
        "Tốt về thực hiện nhiệm vụ chính trị",
        "Good at the political task",
        new MonthlyCriterion(
            "1.1",
            LocalizedText.of(
                "Lãnh đạo hoàn thành nhiệm vụ chính trị trong tháng",
                "Led the month's political task to completion"),
            ALL_MONTHS),
        ComputedCriterion.of("1.2", Fact.RATED_HTTNV_OR_BETTER));
  }

  private static Heading unity() {
    return Heading.of(
        "Tốt về đoàn kết, kỷ luật",
        "Good unity and discipline",
        ComputedCriterion.of("3.1", Fact.NO_MEMBER_DISCIPLINED),
        new ReportedCriterion(
            "3.2", LocalizedText.of("Nội bộ đoàn kết, thống nhất", "Internal unity")));
  }

  private static Heading cadres() {
    return Heading.of(
        "Tốt về cán bộ, đảng viên",
        "Good cadres and members",
        ComputedCriterion.of("4.1", Fact.NO_MEMBER_KHTNV),
        ComputedCriterion.of("4.2", Fact.ALL_MEMBERS_ASSIGNED_DUTIES));
  }
}
