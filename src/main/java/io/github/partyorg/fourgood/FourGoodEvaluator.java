package io.github.partyorg.fourgood;

import io.github.partyorg.rating.Level;
import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberHolder;
import io.github.partyorg.structure.Message;
import io.github.partyorg.structure.OrganisationId;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.Share;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Assesses the four-good title (chi bộ 4 tốt, đảng bộ cơ sở 4 tốt) of every cell, base cell and
 * base committee of a root for a year, by a {@link CriteriaProfile} and the year's records.
 *
 * <p>A refusal is a result, never an exception: each organisation's result lists what failed, as
 * messages of the library's catalogue (rendered in Vietnamese or English when read). Exceptions are
 * kept for inputs that cannot be assessed at all. Stateless and thread-safe.
 */
public final class FourGoodEvaluator {

  private FourGoodEvaluator() {}

  /**
   * Assesses every cell and base cell by a cell profile; base committees are not assessed.
   *
   * @param root the organisation tree
   * @param cellProfile the profile for cells and base cells
   * @param year the year's records
   * @return the results
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the profile is not for cells or does not apply to the year,
   *     or a meeting names a cell the root does not have
   */
  public static FourGoodResult evaluate(Root root, CriteriaProfile cellProfile, FourGoodYear year) {
    return run(root, cellProfile, null, year);
  }

  /**
   * Assesses every cell and base cell by a cell profile, then every base committee by a base
   * committee profile, which may use the share of its cells holding the title (F6).
   *
   * @param root the organisation tree
   * @param cellProfile the profile for cells and base cells
   * @param baseCommitteeProfile the profile for base committees
   * @param year the year's records
   * @return the results
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a profile is for the wrong level or does not apply to the
   *     year, or a meeting names a cell the root does not have
   */
  public static FourGoodResult evaluate(
      Root root,
      CriteriaProfile cellProfile,
      CriteriaProfile baseCommitteeProfile,
      FourGoodYear year) {
    return run(
        root,
        cellProfile,
        Objects.requireNonNull(baseCommitteeProfile, "baseCommitteeProfile"),
        year);
  }

  private static FourGoodResult run(
      Root root,
      CriteriaProfile cellProfile,
      @Nullable CriteriaProfile committeeProfile,
      FourGoodYear year) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(year, "year");
    requireProfile(Objects.requireNonNull(cellProfile, "cellProfile"), ProfileLevel.CELL, year);
    if (committeeProfile != null) {
      requireProfile(committeeProfile, ProfileLevel.BASE_COMMITTEE, year);
    }
    for (Meeting meeting : year.meetings()) {
      if (root.memberHolder(meeting.holderId()).isEmpty()) {
        throw new IllegalArgumentException(
            "The "
                + Words.meetingEn(meeting.holderId(), meeting.date())
                + " names a cell the tree does not have.");
      }
    }
    List<OrganisationResult> cells = new ArrayList<>();
    List<OrganisationResult> committees = new ArrayList<>();
    for (BaseOrganisation base : root.baseOrganisations()) {
      if (!base.isBaseCommittee()) {
        cells.add(assessHolder(base, cellProfile, year));
        continue;
      }
      List<OrganisationResult> own = new ArrayList<>();
      for (Cell cell : base.allCells()) {
        own.add(assessHolder(cell, cellProfile, year));
      }
      cells.addAll(own);
      if (committeeProfile != null) {
        Subject subject =
            new Subject(base.id(), true, base.allMembers().toList(), null, own, cellProfile);
        committees.add(assess(subject, committeeProfile, year));
      }
    }
    return new FourGoodResult(year.year(), cells, committees);
  }

  private static void requireProfile(
      CriteriaProfile profile, ProfileLevel level, FourGoodYear year) {
    String name = "criteria profile \"" + profile.instrument().en() + "\"";
    if (profile.level() != level) {
      throw new IllegalArgumentException(
          "The " + name + " is for level " + profile.level() + ", not " + level + ".");
    }
    if (!profile.appliesTo(year.year())) {
      throw new IllegalArgumentException(
          "The " + name + " does not apply to the year " + year.year() + ".");
    }
  }

  private static OrganisationResult assessHolder(
      MemberHolder holder, CriteriaProfile profile, FourGoodYear year) {
    MeetingReport report = MeetingCheck.check(year.meetingRecords(holder.id()));
    Subject subject = new Subject(holder.id(), false, holder.members(), report, List.of(), profile);
    return assess(subject, profile, year);
  }

  private static OrganisationResult assess(
      Subject subject, CriteriaProfile profile, FourGoodYear year) {
    List<CriterionResult> gates = new ArrayList<>();
    for (SubCriterion gate : profile.gates()) {
      gates.add(evaluate(gate, subject, year));
    }
    List<HeadingResult> headings = new ArrayList<>();
    for (Heading heading : profile.headings()) {
      List<CriterionResult> results = new ArrayList<>();
      for (SubCriterion criterion : heading.criteria()) {
        results.add(evaluate(criterion, subject, year));
      }
      headings.add(new HeadingResult(heading, results));
    }
    return new OrganisationResult(
        subject.id(),
        subject.baseCommittee(),
        year.year(),
        profile.titleName(),
        year.registered().contains(subject.id()),
        gates,
        headings);
  }

  private static CriterionResult evaluate(
      SubCriterion criterion, Subject subject, FourGoodYear year) {
    if (criterion instanceof ComputedCriterion computed) {
      return computed(computed, subject, year);
    }
    if (criterion instanceof MonthlyCriterion monthly) {
      Share months = Share.of(year.monthsMet(subject.id(), monthly.id()), 12);
      BigDecimal required = monthly.requiredPercentOfMonths();
      return new CriterionResult(
          monthly,
          months.isAtLeast(required),
          months.part() == 0
              ? Message.of("fourgood.monthly.zero", required)
              : Message.of("fourgood.monthly", months, months.percent(), required));
    }
    ReportedCriterion reported = (ReportedCriterion) criterion;
    Optional<ReportedAnswer> answer = year.answer(subject.id(), reported.id());
    if (answer.isEmpty()) {
      return new CriterionResult(reported, false, Message.of("fourgood.reported.none"));
    }
    boolean met = answer.get().met();
    return new CriterionResult(
        reported, met, Message.of(met ? "fourgood.reported.met" : "fourgood.reported.notMet"));
  }

  private static CriterionResult computed(
      ComputedCriterion criterion, Subject subject, FourGoodYear year) {
    return switch (criterion.fact()) {
      case RATED_HTTNV_OR_BETTER -> rated(criterion, subject, year);
      case NO_MEMBER_DISCIPLINED -> {
        long n =
            subject.members().stream()
                .filter(m -> year.disciplinedMembers().contains(m.id()))
                .count();
        yield new CriterionResult(criterion, n == 0, Words.counted("fourgood.disciplined", n));
      }
      case NO_MEMBER_KHTNV -> {
        long n =
            subject.members().stream()
                .filter(m -> year.memberLevels().get(m.id()) == Level.KHTNV)
                .count();
        yield new CriterionResult(criterion, n == 0, Words.counted("fourgood.khtnv", n));
      }
      case EVERY_MONTH_REGULAR_MEETING -> {
        List<YearMonth> missing = subject.meetings().monthsWithoutRegularMeeting();
        int held = 12 - missing.size();
        yield new CriterionResult(
            criterion,
            missing.isEmpty(),
            missing.isEmpty()
                ? Message.of("fourgood.regular", held)
                : Message.of("fourgood.regular.missing", held, missing));
      }
      case THEMATIC_EACH_QUARTER -> {
        List<Integer> missing = subject.meetings().quartersWithoutThematicMeeting();
        int held = 4 - missing.size();
        // Quarters are ordinals, not counts: written as they are, without a leading zero.
        List<String> quarters = missing.stream().map(String::valueOf).toList();
        yield new CriterionResult(
            criterion,
            missing.isEmpty(),
            missing.isEmpty()
                ? Message.of("fourgood.thematic", held)
                : Message.of("fourgood.thematic.missing", held, quarters));
      }
      case EVERY_MEETING_LONG_ENOUGH -> {
        List<Meeting> tooShort = subject.meetings().tooShortMeetings();
        List<Message> meetings = new ArrayList<>();
        for (Meeting m : tooShort) {
          meetings.add(
              Message.of(
                  "fourgood.duration.meeting", m.date(), m.durationMinutes(), m.minimumMinutes()));
        }
        yield new CriterionResult(
            criterion,
            tooShort.isEmpty(),
            tooShort.isEmpty()
                ? Message.of("fourgood.duration")
                : Message.of("fourgood.duration.short", tooShort.size(), meetings));
      }
      case SHARE_OF_QUALITY_MEETINGS_AT_LEAST -> qualityShare(criterion, subject);
      case ALL_MEMBERS_ASSIGNED_DUTIES -> duties(criterion, subject, year);
      case SHARE_OF_CELLS_WITH_TITLE_AT_LEAST -> cellShare(criterion, subject);
    };
  }

  private static CriterionResult rated(
      ComputedCriterion criterion, Subject subject, FourGoodYear year) {
    Level level = year.organisationLevels().get(subject.id());
    if (level == null) {
      return new CriterionResult(criterion, false, Message.of("fourgood.rating.none"));
    }
    return new CriterionResult(
        criterion, level.isAtLeast(Level.HTTNV), Message.of("fourgood.rating", level.name()));
  }

  private static CriterionResult qualityShare(ComputedCriterion criterion, Subject subject) {
    BigDecimal required = threshold(criterion);
    Optional<Share> share = subject.meetings().qualityShare();
    if (share.isEmpty()) {
      return new CriterionResult(criterion, false, Message.of("fourgood.quality.none"));
    }
    return new CriterionResult(
        criterion,
        share.get().isAtLeast(required),
        share.get().part() == 0
            ? Message.of("fourgood.quality.zero", share.get(), required)
            : Message.of("fourgood.quality", share.get(), share.get().percent(), required));
  }

  private static CriterionResult duties(
      ComputedCriterion criterion, Subject subject, FourGoodYear year) {
    LocalDate lastDay = year.year().atMonth(12).atEndOfMonth();
    List<Member> due = subject.members().stream().filter(m -> !m.isExemptedOn(lastDay)).toList();
    if (due.isEmpty()) {
      return new CriterionResult(criterion, true, Message.of("fourgood.duties.none"));
    }
    long assigned = due.stream().filter(m -> year.membersAssignedDuties().contains(m.id())).count();
    Share share = Share.of(assigned, due.size());
    return new CriterionResult(
        criterion,
        share.isWhole(),
        assigned == 0
            ? Message.of("fourgood.duties.zero", share)
            : Message.of("fourgood.duties", share, share.percent()));
  }

  private static CriterionResult cellShare(ComputedCriterion criterion, Subject subject) {
    BigDecimal required = threshold(criterion);
    if (subject.cellResults().isEmpty()) {
      return new CriterionResult(criterion, false, Message.of("fourgood.cells.none"));
    }
    long granted = subject.cellResults().stream().filter(OrganisationResult::granted).count();
    Share share = Share.of(granted, subject.cellResults().size());
    return new CriterionResult(
        criterion,
        share.isAtLeast(required),
        granted == 0
            ? Message.of("fourgood.cells.zero", share, subject.cellProfile().titleName(), required)
            : Message.of(
                "fourgood.cells",
                share,
                share.percent(),
                subject.cellProfile().titleName(),
                required));
  }

  private static BigDecimal threshold(ComputedCriterion criterion) {
    return criterion
        .thresholdPercent()
        .orElseThrow(() -> new IllegalStateException("threshold checked at construction"));
  }

  /** What is assessed: an organisation, its members, its meetings (cells) or its cells' results. */
  private record Subject(
      OrganisationId id,
      boolean baseCommittee,
      List<Member> members,
      @Nullable MeetingReport meetingReport,
      List<OrganisationResult> cellResults,
      CriteriaProfile cellProfile) {

    MeetingReport meetings() {
      return Objects.requireNonNull(meetingReport, "meeting facts are for cells only");
    }
  }
}
