package io.github.partyorg.fourgood;

import static io.github.partyorg.fourgood.FourGoodFixtures.YEAR;
import static io.github.partyorg.fourgood.FourGoodFixtures.goodYear;
import static io.github.partyorg.fourgood.FourGoodFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.rating.Level;
import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberHolder;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.OrganisationId;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.Share;
import io.github.partyorg.structure.TreeFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FourGoodEvaluatorTest {
  private static final CellId C1 = CellId.of("C1");
  private static final CellId C2 = CellId.of("C2");
  private static final CellId C3 = CellId.of("C3");
  private static final CellId C4 = CellId.of("C4");
  private static final BaseOrganisationId BC = BaseOrganisationId.of("BC");
  private static final BaseOrganisationId B1 = BaseOrganisationId.of("B1");
  private static final MemberId C1A = MemberId.of("C1a");

  private static Cell cell(String id) {
    return TreeFixtures.cell(
        id,
        TreeFixtures.official(id + "a"),
        TreeFixtures.official(id + "b"),
        TreeFixtures.official(id + "c"));
  }

  private static final Root ROOT =
      TreeFixtures.root()
          .snapshotDate(LocalDate.of(2023, 12, 31))
          .addBaseOrganisation(
              TreeFixtures.baseCommittee("BC", cell("C1"), cell("C2"), cell("C3"), cell("C4")))
          .addBaseOrganisation(
              TreeFixtures.baseCell(
                  "B1",
                  TreeFixtures.official("B1a"),
                  TreeFixtures.official("B1b"),
                  TreeFixtures.official("B1c")))
          .build();

  private static List<MemberHolder> holders() {
    List<MemberHolder> holders = new ArrayList<>();
    for (BaseOrganisation base : ROOT.baseOrganisations()) {
      holders.addAll(base.memberHolders());
    }
    return holders;
  }

  /** A year where every organisation meets every criterion of the national frames. */
  private static FourGoodYear.Builder goodRecords() {
    FourGoodYear.Builder year = FourGoodYear.builder().year(YEAR);
    year.addRegistered(BC).putOrganisationLevels(BC, Level.HTTNV);
    year.addReportedAnswers(new ReportedAnswer(BC, "2.2", true, "Nghị quyết số 1"));
    year.addReportedAnswers(new ReportedAnswer(BC, "3.2", true, "Biên bản"));
    for (int m = 1; m <= 12; m++) {
      year.addMonthlySheets(MonthlySheet.of(BC, YEAR.atMonth(m), "1.1"));
    }
    for (MemberHolder holder : holders()) {
      year.addRegistered(holder.id())
          .putOrganisationLevels(holder.id(), Level.HTTNV)
          .addAllMeetings(goodYear(holder.id()))
          .addReportedAnswers(new ReportedAnswer(holder.id(), "3.2", true, "Biên bản"));
      for (int m = 1; m <= 12; m++) {
        year.addMonthlySheets(MonthlySheet.of(holder.id(), YEAR.atMonth(m), "1.1"));
      }
      for (Member member : holder.members()) {
        year.addMembersAssignedDuties(member.id()).putMemberLevels(member.id(), Level.HTTNV);
      }
    }
    return year;
  }

  private static FourGoodResult evaluate(FourGoodYear year) {
    return FourGoodEvaluator.evaluate(
        ROOT, Presets.nationalFrame(), Presets.nationalFrameBaseCommittee(), year);
  }

  private static OrganisationResult c1(FourGoodYear year) {
    return evaluate(year).result(C1).orElseThrow();
  }

  private static CriterionResult criterion(OrganisationResult result, String id) {
    return result.headings().stream()
        .flatMap(h -> h.results().stream())
        .filter(r -> r.criterion().id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> failedIds(OrganisationResult result) {
    List<String> ids = new ArrayList<>();
    result.gates().stream().filter(r -> !r.met()).forEach(r -> ids.add(r.criterion().id()));
    result.headings().stream()
        .flatMap(h -> h.results().stream())
        .filter(r -> !r.met())
        .forEach(r -> ids.add(r.criterion().id()));
    return ids;
  }

  private static List<Meeting> withoutMeeting(MemberHolder holder, LocalDate day) {
    List<Meeting> meetings = new ArrayList<>(goodYear(holder.id()));
    meetings.removeIf(m -> m.date().equals(day));
    return meetings;
  }

  private static FourGoodYear withC1Meetings(List<Meeting> c1Meetings) {
    FourGoodYear good = goodRecords().build();
    List<Meeting> all = new ArrayList<>(good.meetings());
    all.removeIf(m -> m.holderId().equals(C1));
    all.addAll(c1Meetings);
    return FourGoodYear.builder().from(good).meetings(all).build();
  }

  @Test
  void goodYear_grantsEveryTitle_andRootListsAndShares() {
    FourGoodResult result = evaluate(goodRecords().build());
    assertThat(result.fourGoodCells()).containsExactly(C1, C2, C3, C4, B1);
    assertThat(result.cellShare()).contains(Share.of(5, 5));
    assertThat(result.fourGoodBaseCommittees()).containsExactly(BC);
    assertThat(result.baseCommitteeShare()).contains(Share.of(1, 1));
    OrganisationResult c1 = result.result(C1).orElseThrow();
    assertThat(c1.failures()).isEmpty();
    assertThat(c1.headings()).hasSize(4).allMatch(HeadingResult::met);
    assertThat(c1.explanation())
        .isEqualTo(
            LocalizedText.of(
                "Chi bộ C1: đủ điều kiện đề nghị công nhận “Chi bộ 4 tốt” năm 2023.",
                "Cell C1: qualifies to be proposed for recognition as “four-good cell” for 2023."));
    assertThat(result.result(B1).orElseThrow().explanation().en())
        .isEqualTo(
            "Base cell B1: qualifies to be proposed for recognition as “four-good cell” for 2023.");
    assertThat(result.result(BC).orElseThrow().explanation().vi())
        .isEqualTo(
            "Đảng bộ cơ sở BC: đủ điều kiện đề nghị công nhận “Đảng bộ cơ sở 4 tốt” năm 2023.");
    assertThat(criterion(c1, "2.4").facts().en())
        .isEqualTo("12/12 (100%) of regular meetings of quality, 80% required");
    assertThat(criterion(c1, "4.2").facts().vi())
        .isEqualTo("3/3 (100%) đảng viên được phân công nhiệm vụ");
    assertThat(result.result(CellId.of("nope"))).isEmpty();
  }

  @Test
  void notRegistered_isNotGranted_F3() {
    FourGoodYear good = goodRecords().build();
    List<OrganisationId> registered = new ArrayList<>(good.registered());
    registered.remove(C1);
    OrganisationResult c1 = c1(FourGoodYear.builder().from(good).registered(registered).build());
    assertThat(c1.registered()).isFalse();
    assertThat(c1.granted()).isFalse();
    assertThat(c1.headings()).allMatch(HeadingResult::met);
    assertThat(c1.failures())
        .containsExactly(
            LocalizedText.of(
                "[F3] chưa đăng ký phấn đấu “Chi bộ 4 tốt” năm 2023",
                "[F3] did not register for “four-good cell” for 2023"));
  }

  @Test
  void fullExplanationOfARefusal_inBothLanguages() {
    FourGoodYear year =
        FourGoodYear.builder()
            .from(withC1Meetings(withoutMeeting(cell("C1"), LocalDate.of(2023, 3, 5))))
            .addDisciplinedMembers(C1A)
            .build();
    OrganisationResult c1 = c1(year);
    assertThat(c1.granted()).isFalse();
    assertThat(c1.explanation())
        .isEqualTo(
            LocalizedText.of(
                "Chi bộ C1: chưa đủ điều kiện đề nghị công nhận “Chi bộ 4 tốt” năm 2023. Chưa đạt:"
                    + " [2.1] Sinh hoạt thường kỳ đủ 12 tháng (S10): sinh hoạt thường kỳ 11/12"
                    + " tháng, thiếu tháng 03/2023; [3.1] Không có đảng viên bị kỷ luật (F7): 01"
                    + " đảng viên bị kỷ luật trong năm.",
                "Cell C1: does not yet qualify to be proposed for recognition as “four-good cell”"
                    + " for 2023. Not met: [2.1] A regular meeting every month (S10): regular"
                    + " meetings in 11/12 months, none in 2023-03; [3.1] No member disciplined"
                    + " (F7): 1 member disciplined in the year."));
    // 6a, F5: only the superior's standing committee recognises the title.
    assertThat(c1.explanation().vi()).doesNotContain("đạt danh hiệu");
    assertThat(c1.explanation().en()).doesNotContain("Nguyễn");
  }

  @Test
  void organisationRatedHtnv_failsHttnvOrBetter_httnvAndHtxsnvMeet_F7() {
    assertThat(failedIds(c1(goodRecords().putOrganisationLevels(C1, Level.HTNV).build())))
        .containsExactly("1.2");
    assertThat(c1(goodRecords().putOrganisationLevels(C1, Level.HTXSNV).build()).granted())
        .isTrue();
    FourGoodYear good = goodRecords().build();
    java.util.Map<OrganisationId, Level> levels =
        new java.util.HashMap<>(good.organisationLevels());
    levels.remove(C1);
    CriterionResult unrated =
        criterion(c1(FourGoodYear.builder().from(good).organisationLevels(levels).build()), "1.2");
    assertThat(unrated.met()).isFalse();
    assertThat(unrated.facts())
        .isEqualTo(LocalizedText.of("chưa có kết quả xếp loại", "no rating given"));
  }

  @Test
  void memberAtKhtnv_fails_memberAtHtnvMeets_F7() {
    OrganisationResult khtnv = c1(goodRecords().putMemberLevels(C1A, Level.KHTNV).build());
    assertThat(failedIds(khtnv)).containsExactly("4.1");
    assertThat(criterion(khtnv, "4.1").facts().en()).isEqualTo("1 member rated KHTNV");
    assertThat(c1(goodRecords().putMemberLevels(C1A, Level.HTNV).build()).granted()).isTrue();
  }

  @Test
  void memberDisciplined_fails_disciplineElsewhereDoesNot_F7() {
    assertThat(failedIds(c1(goodRecords().addDisciplinedMembers(C1A).build())))
        .containsExactly("3.1");
    FourGoodResult elsewhere =
        evaluate(goodRecords().addDisciplinedMembers(MemberId.of("C2a")).build());
    assertThat(elsewhere.result(C1).orElseThrow().granted()).isTrue();
    assertThat(elsewhere.result(C2).orElseThrow().granted()).isFalse();
    // the base committee counts every member of its cells
    assertThat(failedIds(elsewhere.result(BC).orElseThrow())).containsExactly("3.1");
  }

  @Test
  void monthWithoutRegularMeeting_failsS10Criterion() {
    OrganisationResult c1 =
        c1(withC1Meetings(withoutMeeting(cell("C1"), LocalDate.of(2023, 7, 5))));
    assertThat(failedIds(c1)).containsExactly("2.1");
  }

  @Test
  void quarterWithoutThematicMeeting_failsS11Criterion() {
    OrganisationResult c1 =
        c1(withC1Meetings(withoutMeeting(cell("C1"), LocalDate.of(2023, 9, 20))));
    assertThat(failedIds(c1)).containsExactly("2.2");
    assertThat(criterion(c1, "2.2").facts())
        .isEqualTo(
            LocalizedText.of(
                "sinh hoạt chuyên đề 03/04 quý, thiếu quý 3",
                "thematic meetings in 3/4 quarters, none in quarter 3"));
  }

  @Test
  void meetingOf89Minutes_failsS12Criterion_90Meets() {
    LocalDate day = LocalDate.of(2023, 9, 5);
    List<Meeting> meetings = withoutMeeting(cell("C1"), day);
    List<Meeting> short89 = new ArrayList<>(meetings);
    short89.add(meeting(C1, day, MeetingKind.REGULAR).durationMinutes(89).build());
    OrganisationResult c1 = c1(withC1Meetings(short89));
    assertThat(failedIds(c1)).containsExactly("2.3");
    assertThat(criterion(c1, "2.3").facts())
        .isEqualTo(
            LocalizedText.of(
                "01 buổi sinh hoạt không đủ thời lượng: 05/09/2023 (89/90 phút)",
                "1 meeting too short: 2023-09-05 (89/90 minutes)"));
    List<Meeting> long90 = new ArrayList<>(meetings);
    long90.add(meeting(C1, day, MeetingKind.REGULAR).durationMinutes(90).build());
    assertThat(c1(withC1Meetings(long90)).granted()).isTrue();
  }

  /** C1's good year where the first {@code n} regular meetings have one unexcused absence. */
  private static FourGoodYear c1WithPoorMeetings(int n) {
    List<Meeting> meetings = new ArrayList<>();
    int poor = 0;
    for (Meeting m : goodYear(C1)) {
      if (m.kind() == MeetingKind.REGULAR && poor < n) {
        poor++;
        meetings.add(Meeting.builder().from(m).presentMembers(FourGoodFixtures.members(9)).build());
      } else {
        meetings.add(m);
      }
    }
    return withC1Meetings(meetings);
  }

  private static CriteriaProfile frameWith(SubCriterion extra) {
    CriteriaProfile frame = Presets.nationalFrame();
    return CriteriaProfile.builder()
        .from(frame)
        .addHeadings(Heading.of("Thêm", "Extra", extra))
        .build();
  }

  @Test
  void shareOfQualityMeetingsAtTheThreshold_meets_belowFails_S13() {
    CriteriaProfile profile =
        frameWith(
            ComputedCriterion.of(
                "9.1", Fact.SHARE_OF_QUALITY_MEETINGS_AT_LEAST, BigDecimal.valueOf(75)));
    OrganisationResult at75 =
        FourGoodEvaluator.evaluate(ROOT, profile, c1WithPoorMeetings(3)).result(C1).orElseThrow();
    assertThat(criterion(at75, "9.1").met()).isTrue();
    assertThat(criterion(at75, "9.1").facts().vi())
        .isEqualTo("9/12 (75%) buổi sinh hoạt thường kỳ có chất lượng, yêu cầu từ 75%");
    assertThat(criterion(at75, "2.4").met()).isFalse();
    OrganisationResult below =
        FourGoodEvaluator.evaluate(ROOT, profile, c1WithPoorMeetings(4)).result(C1).orElseThrow();
    assertThat(criterion(below, "9.1").met()).isFalse();
    assertThat(criterion(below, "9.1").facts().en())
        .isEqualTo("8/12 (66.67%) of regular meetings of quality, 75% required");
  }

  @Test
  void noRegularMeeting_failsTheQualityShare_S13() {
    List<Meeting> thematicOnly = new ArrayList<>(goodYear(C1));
    thematicOnly.removeIf(m -> m.kind() == MeetingKind.REGULAR);
    CriterionResult share = criterion(c1(withC1Meetings(thematicOnly)), "2.4");
    assertThat(share.met()).isFalse();
    assertThat(share.facts().en()).isEqualTo("no regular meeting held");
  }

  @Test
  void memberNotAssignedDuties_fails_exemptedMemberIsLeftOut_F2() {
    FourGoodYear good = goodRecords().build();
    List<MemberId> assigned = new ArrayList<>(good.membersAssignedDuties());
    assigned.remove(C1A);
    FourGoodYear year = FourGoodYear.builder().from(good).membersAssignedDuties(assigned).build();
    OrganisationResult c1 = c1(year);
    assertThat(failedIds(c1)).containsExactly("4.2");
    assertThat(criterion(c1, "4.2").facts().en())
        .isEqualTo("2/3 (66.67%) of members assigned duties");

    Member exempted = TreeFixtures.member("C1a").exemptedSince(LocalDate.of(2023, 6, 1)).build();
    Root withExempted = ROOT.withMemberUpdated(exempted);
    OrganisationResult leftOut =
        FourGoodEvaluator.evaluate(withExempted, Presets.nationalFrame(), year)
            .result(C1)
            .orElseThrow();
    assertThat(leftOut.granted()).isTrue();
    assertThat(criterion(leftOut, "4.2").facts().en())
        .isEqualTo("2/2 (100%) of members assigned duties");
  }

  @Test
  void monthlyCriterionAtTheRequiredShare_meets_belowFails_F3() {
    CriteriaProfile profile =
        frameWith(
            new MonthlyCriterion(
                "9.2", LocalizedText.of("Tháng đạt", "Month met"), BigDecimal.valueOf(75)));
    CriterionResult atShare = monthly(profile, 9);
    assertThat(atShare.met()).isTrue();
    assertThat(atShare.facts().vi()).isEqualTo("đạt 9/12 (75%) số tháng, yêu cầu từ 75%");
    CriterionResult below = monthly(profile, 8);
    assertThat(below.met()).isFalse();
    assertThat(below.facts().en()).isEqualTo("met in 8/12 (66.67%) of the months, 75% required");
  }

  /** C2's result for sub-criterion 9.2 when its sheets mark it met in the first months. */
  private static CriterionResult monthly(CriteriaProfile profile, int monthsMet) {
    FourGoodYear good = goodRecords().build();
    List<MonthlySheet> sheets = new ArrayList<>(good.monthlySheets());
    sheets.removeIf(s -> s.organisationId().equals(C2));
    for (int m = 1; m <= 12; m++) {
      sheets.add(
          m <= monthsMet
              ? MonthlySheet.of(C2, YEAR.atMonth(m), "1.1", "9.2")
              : MonthlySheet.of(C2, YEAR.atMonth(m), "1.1"));
    }
    FourGoodYear year = FourGoodYear.builder().from(good).monthlySheets(sheets).build();
    OrganisationResult c2 =
        FourGoodEvaluator.evaluate(ROOT, profile, year).result(C2).orElseThrow();
    return criterion(c2, "9.2");
  }

  @Test
  void monthlyAllMonthsRequired_elevenMonthsFail_F3() {
    FourGoodYear good = goodRecords().build();
    List<MonthlySheet> sheets = new ArrayList<>(good.monthlySheets());
    sheets.removeIf(s -> s.organisationId().equals(C1) && s.month().getMonthValue() == 12);
    OrganisationResult c1 = c1(FourGoodYear.builder().from(good).monthlySheets(sheets).build());
    assertThat(failedIds(c1)).containsExactly("1.1");
    assertThat(criterion(c1, "1.1").facts().en())
        .isEqualTo("met in 11/12 (91.67%) of the months, 100% required");
  }

  @Test
  void reportedCriterion_yesMeets_noOrMissingFails() {
    assertThat(criterion(c1(goodRecords().build()), "3.2").facts().en())
        .isEqualTo("reported met, with evidence");
    OrganisationResult no =
        c1(goodRecords().addReportedAnswers(new ReportedAnswer(C1, "3.2", false, "")).build());
    assertThat(failedIds(no)).containsExactly("3.2");
    assertThat(criterion(no, "3.2").facts().vi()).isEqualTo("báo cáo chưa đạt");
    FourGoodYear good = goodRecords().build();
    List<ReportedAnswer> answers = new ArrayList<>(good.reportedAnswers());
    answers.removeIf(a -> a.organisationId().equals(C1));
    OrganisationResult missing =
        c1(FourGoodYear.builder().from(good).reportedAnswers(answers).build());
    assertThat(criterion(missing, "3.2").facts())
        .isEqualTo(LocalizedText.of("chưa báo cáo", "not reported"));
  }

  @Test
  void shareOfCellsWithTitle_atThresholdMeets_belowFails_F6() {
    CriteriaProfile committee75 =
        CriteriaProfile.builder()
            .from(Presets.nationalFrameBaseCommittee())
            .headings(
                List.of(
                    Heading.of(
                        "Chi bộ",
                        "Cells",
                        ComputedCriterion.of(
                            "2.1",
                            Fact.SHARE_OF_CELLS_WITH_TITLE_AT_LEAST,
                            BigDecimal.valueOf(75)))))
            .build();
    FourGoodResult threeOfFour =
        FourGoodEvaluator.evaluate(
            ROOT,
            Presets.nationalFrame(),
            committee75,
            goodRecords().addDisciplinedMembers(MemberId.of("C4a")).build());
    OrganisationResult bc = threeOfFour.result(BC).orElseThrow();
    assertThat(bc.granted()).isTrue();
    assertThat(criterion(bc, "2.1").facts().en())
        .isEqualTo("3/4 (75%) of its cells qualify for “four-good cell”, 75% required");
    FourGoodResult twoOfFour =
        FourGoodEvaluator.evaluate(
            ROOT,
            Presets.nationalFrame(),
            committee75,
            goodRecords()
                .addDisciplinedMembers(MemberId.of("C4a"))
                .putMemberLevels(MemberId.of("C3a"), Level.KHTNV)
                .build());
    OrganisationResult bc2 = twoOfFour.result(BC).orElseThrow();
    assertThat(bc2.granted()).isFalse();
    assertThat(criterion(bc2, "2.1").facts().vi())
        .isEqualTo("2/4 (50%) chi bộ trực thuộc đủ điều kiện “Chi bộ 4 tốt”, yêu cầu từ 75%");
    assertThat(twoOfFour.fourGoodCells()).containsExactly(C1, C2, B1);
    assertThat(twoOfFour.cellShare()).contains(Share.of(3, 5));
    assertThat(twoOfFour.fourGoodBaseCommittees()).isEmpty();
    assertThat(twoOfFour.baseCommitteeShare()).contains(Share.of(0, 1));
  }

  @Test
  void baseCommitteeWithoutCells_failsTheShareOfCells_F6() {
    Root empty = TreeFixtures.root().addBaseOrganisation(TreeFixtures.baseCommittee("E")).build();
    BaseOrganisationId e = BaseOrganisationId.of("E");
    FourGoodYear year = FourGoodYear.builder().year(YEAR).addRegistered(e).build();
    OrganisationResult result =
        FourGoodEvaluator.evaluate(
                empty, Presets.nationalFrame(), Presets.nationalFrameBaseCommittee(), year)
            .result(e)
            .orElseThrow();
    assertThat(criterion(result, "2.1").facts().en()).isEqualTo("no cell under it");
    assertThat(criterion(result, "4.2").met()).isTrue();
  }

  @Test
  void fiveHeadingProfile_worksWithoutCodeChanges_F1() {
    CriteriaProfile fiveGood =
        frameWith(
            new ReportedCriterion(
                "5.1", LocalizedText.of("Tốt về công tác dân vận", "Good mass mobilisation")));
    assertThat(fiveGood.headings()).hasSize(5);
    FourGoodYear withAnswer =
        goodRecords().addReportedAnswers(new ReportedAnswer(C1, "5.1", true, "Báo cáo")).build();
    FourGoodResult result = FourGoodEvaluator.evaluate(ROOT, fiveGood, withAnswer);
    assertThat(result.result(C1).orElseThrow().granted()).isTrue();
    assertThat(result.result(C1).orElseThrow().headings()).hasSize(5);
    assertThat(result.result(C2).orElseThrow().failures())
        .extracting(LocalizedText::en)
        .containsExactly("[5.1] Good mass mobilisation (F1): not reported");
    assertThat(result.baseCommittees()).isEmpty();
    assertThat(result.baseCommitteeShare()).isEmpty();
  }

  @Test
  void benTreGates_areCheckedBeforeHeadings_F2() {
    FourGoodYear.Builder records = goodRecords();
    for (String gate : List.of("G1", "G6", "G8")) {
      records.addReportedAnswers(new ReportedAnswer(C1, gate, true, "Hồ sơ"));
    }
    FourGoodResult result =
        FourGoodEvaluator.evaluate(ROOT, Presets.benTre10HdBtctu2018Gates(), records.build());
    assertThat(result.result(C1).orElseThrow().granted()).isTrue();
    OrganisationResult c2 = result.result(C2).orElseThrow();
    assertThat(failedIds(c2)).containsExactly("G1", "G6", "G8");
    assertThat(c2.failures().get(0).en())
        .isEqualTo("[G1] Rated excellent two or more years in a row (F1): not reported");
  }

  @Test
  void profileForTheWrongLevelOrYear_isRefused() {
    FourGoodYear year = goodRecords().build();
    assertThatThrownBy(
            () -> FourGoodEvaluator.evaluate(ROOT, Presets.nationalFrameBaseCommittee(), year))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The criteria profile \"Four-heading four-good base committee frame (preset, not an"
                + " official text)\" is for level BASE_COMMITTEE, not CELL.");
    assertThatThrownBy(
            () ->
                FourGoodEvaluator.evaluate(
                    ROOT, Presets.nationalFrame(), Presets.nationalFrame(), year))
        .hasMessageContaining("is for level CELL, not BASE_COMMITTEE.");
    FourGoodYear y2017 = FourGoodYear.builder().year(Year.of(2017)).build();
    assertThatThrownBy(
            () -> FourGoodEvaluator.evaluate(ROOT, Presets.benTre10HdBtctu2018Gates(), y2017))
        .hasMessageEndingWith("does not apply to the year 2017.");
  }

  @Test
  void meetingOfAnUnknownCell_isRefused() {
    FourGoodYear year =
        goodRecords()
            .addMeetings(
                meeting(CellId.of("ZZ"), LocalDate.of(2023, 1, 9), MeetingKind.REGULAR).build())
            .build();
    assertThatThrownBy(() -> evaluate(year))
        .hasMessage("The meeting of cell ZZ on 2023-01-09 names a cell the tree does not have.");
  }

  @Test
  void criterionStatementNamesIdTitleRuleAndFacts() {
    CriterionResult result =
        new CriterionResult(
            ComputedCriterion.of("4.1", Fact.NO_MEMBER_KHTNV),
            false,
            LocalizedText.of("1 đảng viên xếp loại KHTNV", "1 member rated KHTNV"));
    assertThat(result.statement())
        .isEqualTo(
            LocalizedText.of(
                "[4.1] Không có đảng viên không hoàn thành nhiệm vụ (F7): 1 đảng viên xếp loại"
                    + " KHTNV",
                "[4.1] No member rated KHTNV (F7): 1 member rated KHTNV"));
    assertThat(Optional.of(result)).isPresent();
  }

  @Test
  void meetingQualityHeadingReusesS10ToS13_F4() {
    CriteriaProfile frame = Presets.nationalFrame();
    assertThat(frame.headings().get(1).criteria())
        .allSatisfy(c -> assertThat(c).isInstanceOf(ComputedCriterion.class));
    OrganisationResult poor = c1(c1WithPoorMeetings(3));
    assertThat(failedIds(poor)).containsExactly("2.4");
    assertThat(criterion(poor, "2.4").facts().en())
        .isEqualTo("9/12 (75%) of regular meetings of quality, 80% required");
    OrganisationResult fine = c1(c1WithPoorMeetings(2));
    assertThat(criterion(fine, "2.4").facts().en())
        .isEqualTo("10/12 (83.33%) of regular meetings of quality, 80% required");
    assertThat(fine.granted()).isTrue();
  }

  @Test
  void noMessageCarriesPersonalData() {
    FourGoodYear bad =
        FourGoodYear.builder()
            .from(c1WithPoorMeetings(12))
            .addDisciplinedMembers(C1A)
            .putMemberLevels(MemberId.of("C1b"), Level.KHTNV)
            .membersAssignedDuties(List.of())
            .registered(List.of())
            .build();
    FourGoodResult result = evaluate(bad);
    List<String> texts = new ArrayList<>();
    for (OrganisationResult r :
        java.util.stream.Stream.concat(result.cells().stream(), result.baseCommittees().stream())
            .toList()) {
      assertThat(r.granted()).isFalse();
      texts.add(r.explanation().vi());
      texts.add(r.explanation().en());
    }
    assertThat(texts).isNotEmpty().noneMatch(t -> t.contains("Nguyễn") || t.contains("1980"));
  }

  // ---------- words (REFERENCE 6a, F5) ----------

  @Test
  void qualifyingCell_isProposedForRecognition_neverGrantedATitle_F5_6a() {
    OrganisationResult c1 = c1(goodRecords().build());
    assertThat(c1.explanationMessage())
        .isEqualTo(
            io.github.partyorg.structure.Message.of(
                "fourgood.qualifies",
                io.github.partyorg.structure.Message.of("fourgood.head.cell", "C1"),
                java.time.Year.of(2023),
                c1.titleName()));
    assertThat(c1.explanation().vi())
        .contains("đủ điều kiện đề nghị công nhận “Chi bộ 4 tốt” năm 2023")
        .doesNotContain("đạt danh hiệu");
  }

  @Test
  void zeroCounts_areSaidInWords_andCountsUnderTenHaveALeadingZero_F7_6a() {
    OrganisationResult c1 = c1(goodRecords().build());
    assertThat(criterion(c1, "3.1").facts().vi()).isEqualTo("không có đảng viên bị kỷ luật");
    assertThat(criterion(c1, "4.1").facts().vi()).isEqualTo("không có đảng viên xếp loại KHTNV");
    OrganisationResult disciplined = c1(goodRecords().addDisciplinedMembers(C1A).build());
    assertThat(criterion(disciplined, "3.1").facts())
        .isEqualTo(
            LocalizedText.of(
                "01 đảng viên bị kỷ luật trong năm", "1 member disciplined in the year"));
  }

  @Test
  void results_areValues_andAResultReadBackAsText_equalsIt() {
    OrganisationResult a = c1(goodRecords().build());
    OrganisationResult b = c1(goodRecords().build());
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    CriterionResult r = criterion(a, "2.1");
    CriterionResult asText = new CriterionResult(r.criterion(), r.met(), r.facts());
    assertThat(asText).isEqualTo(r).hasSameHashCodeAs(r);
    assertThat(r).isEqualTo(asText);
    assertThat(new CriterionResult(r.criterion(), r.met(), LocalizedText.of("x", "x")))
        .isNotEqualTo(r);
    assertThat(r.factsMessage().key()).isEqualTo("fourgood.regular");
  }

  @Test
  void callersCatalogue_overridesTheWordsOfAResult() {
    io.github.partyorg.structure.Catalogue own =
        io.github.partyorg.structure.Catalogue.standard()
            .withOverrides(
                io.github.partyorg.structure.Language.VI,
                java.util.Map.of(
                    "fourgood.qualifies", "{0}: đủ tiêu chuẩn đề nghị công nhận “{2}” năm {1}."));
    OrganisationResult c1 = c1(goodRecords().build());
    assertThat(c1.explanation(own).vi())
        .isEqualTo("Chi bộ C1: đủ tiêu chuẩn đề nghị công nhận “Chi bộ 4 tốt” năm 2023.");
    assertThat(c1.explanation(own).en()).isEqualTo(c1.explanation().en());
  }
}
