package io.github.partyorg.fourgood;

import io.github.partyorg.rating.Level;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.structure.MemberHolderId;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.OrganisationId;
import io.github.partyorg.structure.Violation;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The year's records used by the four-good assessment: registrations for the title (F3), meetings,
 * monthly self-assessment sheets, reported answers, the members assigned duties, and the rating
 * inputs (the organisations' levels, the members' levels and the members disciplined in the year),
 * which a later integration can feed from the rating results.
 *
 * <p>Immutable and thread-safe; members and organisations are named by id only. Construction
 * refuses, with an {@link IllegalArgumentException} naming the cell and the day or month: a meeting
 * or sheet dated outside the year, and two sheets of one organisation for the same month.
 */
@Value.Immutable
public abstract class FourGoodYear {

  FourGoodYear() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link FourGoodYear}. Each setter says whether its field is required or what it is
   * when not set; {@link #build()} refuses missing fields and impossible values with one {@link
   * InvalidFourGoodException} naming the four-good year by year and listing every problem.
   */
  public static final class Builder {
    /** The required fields, in the order of the bits of {@link #set}. */
    private static final List<String> REQUIRED = List.of("year");

    private static final int ALL = (1 << REQUIRED.size()) - 1;
    private final ImmutableFourGoodYear.Builder delegate = new ImmutableFourGoodYear.Builder();

    /** One bit per required field given. */
    private int set;

    /** The entity's id (or year) as given, for the messages; null until given. */
    private @Nullable String entityId;

    Builder() {}

    /**
     * Fills this builder with every attribute of a {@link FourGoodYear}, to build a changed copy.
     *
     * @param instance the instance to copy
     * @return this builder
     */
    public Builder from(FourGoodYear instance) {
      delegate.from(instance);
      set = ALL;
      entityId = instance.year().toString();
      return this;
    }

    /**
     * Sets the year assessed ({@link FourGoodYear#year()}). <b>Required.</b>
     *
     * @param year the value
     * @return this builder
     */
    public Builder year(Year year) {
      delegate.year(year);
      set |= 1;
      entityId = year.toString();
      return this;
    }

    /**
     * Adds one element to the organisations registered for the title this year (F3) ({@link
     * FourGoodYear#registered()}). Optional: empty unless added.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addRegistered(OrganisationId element) {
      delegate.addRegistered(element);
      return this;
    }

    /**
     * Adds elements to the organisations registered for the title this year (F3) ({@link
     * FourGoodYear#registered()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addRegistered(OrganisationId... elements) {
      delegate.addRegistered(elements);
      return this;
    }

    /**
     * Sets the organisations registered for the title this year (F3) ({@link
     * FourGoodYear#registered()}), replacing the elements given so far. Optional: empty unless set.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder registered(Iterable<? extends OrganisationId> elements) {
      delegate.registered(elements);
      return this;
    }

    /**
     * Adds every element of an iterable to the organisations registered for the title this year
     * (F3) ({@link FourGoodYear#registered()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addAllRegistered(Iterable<? extends OrganisationId> elements) {
      delegate.addAllRegistered(elements);
      return this;
    }

    /**
     * Adds one element to the meetings of every cell and base cell in the year ({@link
     * FourGoodYear#meetings()}). Optional: empty unless added.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addMeetings(Meeting element) {
      delegate.addMeetings(element);
      return this;
    }

    /**
     * Adds elements to the meetings of every cell and base cell in the year ({@link
     * FourGoodYear#meetings()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addMeetings(Meeting... elements) {
      delegate.addMeetings(elements);
      return this;
    }

    /**
     * Sets the meetings of every cell and base cell in the year ({@link FourGoodYear#meetings()}),
     * replacing the elements given so far. Optional: empty unless set.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder meetings(Iterable<? extends Meeting> elements) {
      delegate.meetings(elements);
      return this;
    }

    /**
     * Adds every element of an iterable to the meetings of every cell and base cell in the year
     * ({@link FourGoodYear#meetings()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addAllMeetings(Iterable<? extends Meeting> elements) {
      delegate.addAllMeetings(elements);
      return this;
    }

    /**
     * Adds one element to the monthly self-assessment sheets ({@link
     * FourGoodYear#monthlySheets()}). Optional: empty unless added.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addMonthlySheets(MonthlySheet element) {
      delegate.addMonthlySheets(element);
      return this;
    }

    /**
     * Adds elements to the monthly self-assessment sheets ({@link FourGoodYear#monthlySheets()}).
     * Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addMonthlySheets(MonthlySheet... elements) {
      delegate.addMonthlySheets(elements);
      return this;
    }

    /**
     * Sets the monthly self-assessment sheets ({@link FourGoodYear#monthlySheets()}), replacing the
     * elements given so far. Optional: empty unless set.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder monthlySheets(Iterable<? extends MonthlySheet> elements) {
      delegate.monthlySheets(elements);
      return this;
    }

    /**
     * Adds every element of an iterable to the monthly self-assessment sheets ({@link
     * FourGoodYear#monthlySheets()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addAllMonthlySheets(Iterable<? extends MonthlySheet> elements) {
      delegate.addAllMonthlySheets(elements);
      return this;
    }

    /**
     * Adds one element to the answers to reported sub-criteria ({@link
     * FourGoodYear#reportedAnswers()}). Optional: empty unless added.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addReportedAnswers(ReportedAnswer element) {
      delegate.addReportedAnswers(element);
      return this;
    }

    /**
     * Adds elements to the answers to reported sub-criteria ({@link
     * FourGoodYear#reportedAnswers()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addReportedAnswers(ReportedAnswer... elements) {
      delegate.addReportedAnswers(elements);
      return this;
    }

    /**
     * Sets the answers to reported sub-criteria ({@link FourGoodYear#reportedAnswers()}), replacing
     * the elements given so far. Optional: empty unless set.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder reportedAnswers(Iterable<? extends ReportedAnswer> elements) {
      delegate.reportedAnswers(elements);
      return this;
    }

    /**
     * Adds every element of an iterable to the answers to reported sub-criteria ({@link
     * FourGoodYear#reportedAnswers()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addAllReportedAnswers(Iterable<? extends ReportedAnswer> elements) {
      delegate.addAllReportedAnswers(elements);
      return this;
    }

    /**
     * Adds one element to the members assigned duties (được phân công nhiệm vụ) in the year ({@link
     * FourGoodYear#membersAssignedDuties()}). Optional: empty unless added.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addMembersAssignedDuties(MemberId element) {
      delegate.addMembersAssignedDuties(element);
      return this;
    }

    /**
     * Adds elements to the members assigned duties (được phân công nhiệm vụ) in the year ({@link
     * FourGoodYear#membersAssignedDuties()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addMembersAssignedDuties(MemberId... elements) {
      delegate.addMembersAssignedDuties(elements);
      return this;
    }

    /**
     * Sets the members assigned duties (được phân công nhiệm vụ) in the year ({@link
     * FourGoodYear#membersAssignedDuties()}), replacing the elements given so far. Optional: empty
     * unless set.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder membersAssignedDuties(Iterable<? extends MemberId> elements) {
      delegate.membersAssignedDuties(elements);
      return this;
    }

    /**
     * Adds every element of an iterable to the members assigned duties (được phân công nhiệm vụ) in
     * the year ({@link FourGoodYear#membersAssignedDuties()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addAllMembersAssignedDuties(Iterable<? extends MemberId> elements) {
      delegate.addAllMembersAssignedDuties(elements);
      return this;
    }

    /**
     * Puts one entry into the organisations' rating levels for the year (input) ({@link
     * FourGoodYear#organisationLevels()}). Optional: empty unless put.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putOrganisationLevels(OrganisationId key, Level value) {
      delegate.putOrganisationLevels(key, value);
      return this;
    }

    /**
     * Puts one entry into the organisations' rating levels for the year (input) ({@link
     * FourGoodYear#organisationLevels()}). Optional: empty unless put.
     *
     * @param entry the entry
     * @return this builder
     */
    public Builder putOrganisationLevels(
        Map.Entry<? extends OrganisationId, ? extends Level> entry) {
      delegate.putOrganisationLevels(entry);
      return this;
    }

    /**
     * Sets the organisations' rating levels for the year (input) ({@link
     * FourGoodYear#organisationLevels()}), replacing the entries given so far. Optional: empty
     * unless set.
     *
     * @param entries the entries
     * @return this builder
     */
    public Builder organisationLevels(Map<? extends OrganisationId, ? extends Level> entries) {
      delegate.organisationLevels(entries);
      return this;
    }

    /**
     * Puts every entry of a map into the organisations' rating levels for the year (input) ({@link
     * FourGoodYear#organisationLevels()}). Optional: empty unless put.
     *
     * @param entries the entries to put
     * @return this builder
     */
    public Builder putAllOrganisationLevels(
        Map<? extends OrganisationId, ? extends Level> entries) {
      delegate.putAllOrganisationLevels(entries);
      return this;
    }

    /**
     * Puts one entry into the members' rating levels for the year (input); members not rated are
     * absent ({@link FourGoodYear#memberLevels()}). Optional: empty unless put.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putMemberLevels(MemberId key, Level value) {
      delegate.putMemberLevels(key, value);
      return this;
    }

    /**
     * Puts one entry into the members' rating levels for the year (input); members not rated are
     * absent ({@link FourGoodYear#memberLevels()}). Optional: empty unless put.
     *
     * @param entry the entry
     * @return this builder
     */
    public Builder putMemberLevels(Map.Entry<? extends MemberId, ? extends Level> entry) {
      delegate.putMemberLevels(entry);
      return this;
    }

    /**
     * Sets the members' rating levels for the year (input); members not rated are absent ({@link
     * FourGoodYear#memberLevels()}), replacing the entries given so far. Optional: empty unless
     * set.
     *
     * @param entries the entries
     * @return this builder
     */
    public Builder memberLevels(Map<? extends MemberId, ? extends Level> entries) {
      delegate.memberLevels(entries);
      return this;
    }

    /**
     * Puts every entry of a map into the members' rating levels for the year (input); members not
     * rated are absent ({@link FourGoodYear#memberLevels()}). Optional: empty unless put.
     *
     * @param entries the entries to put
     * @return this builder
     */
    public Builder putAllMemberLevels(Map<? extends MemberId, ? extends Level> entries) {
      delegate.putAllMemberLevels(entries);
      return this;
    }

    /**
     * Adds one element to the members disciplined in the year (input) ({@link
     * FourGoodYear#disciplinedMembers()}). Optional: empty unless added.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addDisciplinedMembers(MemberId element) {
      delegate.addDisciplinedMembers(element);
      return this;
    }

    /**
     * Adds elements to the members disciplined in the year (input) ({@link
     * FourGoodYear#disciplinedMembers()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addDisciplinedMembers(MemberId... elements) {
      delegate.addDisciplinedMembers(elements);
      return this;
    }

    /**
     * Sets the members disciplined in the year (input) ({@link FourGoodYear#disciplinedMembers()}),
     * replacing the elements given so far. Optional: empty unless set.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder disciplinedMembers(Iterable<? extends MemberId> elements) {
      delegate.disciplinedMembers(elements);
      return this;
    }

    /**
     * Adds every element of an iterable to the members disciplined in the year (input) ({@link
     * FourGoodYear#disciplinedMembers()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addAllDisciplinedMembers(Iterable<? extends MemberId> elements) {
      delegate.addAllDisciplinedMembers(elements);
      return this;
    }

    /**
     * Fills the rating inputs from the year's rating (F7): the final level of every organisation
     * and member (the decided level where the superior committee decided, else the proposed one),
     * and the members with a discipline in the year's facts. Entities without a level are left out,
     * so a criterion that needs one is not met rather than guessed.
     *
     * @param rating the year's rating of the root
     * @param facts the facts it was computed from
     * @return this builder
     * @throws IllegalArgumentException if the rating and the facts are for different years
     */
    public Builder ratingInputs(RootRating rating, YearFacts facts) {
      if (!rating.year().equals(facts.year())) {
        throw new IllegalArgumentException(
            "The rating is for " + rating.year() + " but the facts are for " + facts.year());
      }
      for (OrganisationId id : rating.organisations().keySet()) {
        rating.finalLevel(id).ifPresent(level -> putOrganisationLevels(id, level));
      }
      for (MemberId id : rating.members().keySet()) {
        rating.finalLevel(id).ifPresent(level -> putMemberLevels(id, level));
      }
      facts
          .members()
          .forEach(
              (id, memberFacts) -> {
                if (!memberFacts.disciplines().isEmpty()) {
                  addDisciplinedMembers(id);
                }
              });
      return this;
    }

    /**
     * Builds the four-good year.
     *
     * @return the four-good year
     * @throws InvalidFourGoodException if a required field is missing (every missing field is
     *     listed) or the values are impossible
     */
    public FourGoodYear build() {
      if (set != ALL) {
        List<Violation> missing = new ArrayList<>();
        for (int i = 0; i < REQUIRED.size(); i++) {
          if ((set & (1 << i)) == 0) {
            missing.add(Violation.missingField("four-good year", entityId, REQUIRED.get(i)));
          }
        }
        throw new InvalidFourGoodException(missing);
      }
      return delegate.build();
    }
  }

  /**
   * Returns the year assessed.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * Returns the organisations registered for the title this year (F3).
   *
   * @return the registered organisations' ids
   */
  public abstract Set<OrganisationId> registered();

  /**
   * Returns the meetings of every cell and base cell in the year.
   *
   * @return the meetings
   */
  public abstract List<Meeting> meetings();

  /**
   * Returns the monthly self-assessment sheets.
   *
   * @return the sheets
   */
  public abstract List<MonthlySheet> monthlySheets();

  /**
   * Returns the answers to reported sub-criteria.
   *
   * @return the answers
   */
  public abstract List<ReportedAnswer> reportedAnswers();

  /**
   * Returns the members assigned duties (được phân công nhiệm vụ) in the year.
   *
   * @return the members' ids
   */
  public abstract Set<MemberId> membersAssignedDuties();

  /**
   * Returns the organisations' rating levels for the year (input).
   *
   * @return the levels by organisation
   */
  public abstract Map<OrganisationId, Level> organisationLevels();

  /**
   * Returns the members' rating levels for the year (input); members not rated are absent.
   *
   * @return the levels by member
   */
  public abstract Map<MemberId, Level> memberLevels();

  /**
   * Returns the members disciplined in the year (input).
   *
   * @return the members' ids
   */
  public abstract Set<MemberId> disciplinedMembers();

  /**
   * Returns one cell's meeting records for the year.
   *
   * @param holderId the cell or base cell
   * @return its meetings, in date order
   */
  public final MeetingRecords meetingRecords(MemberHolderId holderId) {
    return MeetingRecords.of(
        year(), holderId, meetings().stream().filter(m -> m.holderId().equals(holderId)).toList());
  }

  /**
   * Returns the organisation's answer to a reported sub-criterion.
   *
   * @param organisationId the organisation
   * @param criterionId the sub-criterion's id
   * @return the last answer given, or empty
   */
  public final Optional<ReportedAnswer> answer(OrganisationId organisationId, String criterionId) {
    ReportedAnswer found = null;
    for (ReportedAnswer answer : reportedAnswers()) {
      if (answer.organisationId().equals(organisationId)
          && answer.criterionId().equals(criterionId)) {
        found = answer;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Counts the months in which the organisation's sheet marks a sub-criterion met.
   *
   * @param organisationId the organisation
   * @param criterionId the sub-criterion's id
   * @return the number of months, from 0 to 12
   */
  public final int monthsMet(OrganisationId organisationId, String criterionId) {
    int count = 0;
    for (MonthlySheet sheet : monthlySheets()) {
      if (sheet.organisationId().equals(organisationId)
          && sheet.criteriaMet().contains(criterionId)) {
        count++;
      }
    }
    return count;
  }

  @Value.Check
  final void check() {
    for (Meeting meeting : meetings()) {
      MeetingRecords.requireIn(year(), meeting);
    }
    Set<String> seen = new HashSet<>();
    for (MonthlySheet sheet : monthlySheets()) {
      YearMonth month = sheet.month();
      String id = sheet.organisationId().value();
      if (month.getYear() != year().getValue()) {
        throw new IllegalArgumentException(
            "The sheet of " + id + " for " + month + " is outside the year " + year() + ".");
      }
      if (!seen.add(id + "/" + month)) {
        throw new IllegalArgumentException(
            "There are two of the sheet of "
                + id
                + " for "
                + month
                + "; merge them into one sheet.");
      }
    }
  }
}
