package io.github.partyorg.fourgood;

import io.github.partyorg.rating.Level;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.structure.MemberHolderId;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.OrganisationId;
import java.time.Year;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

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

  /** Builds a {@link FourGoodYear}; {@code build()} throws {@link IllegalArgumentException}. */
  public static final class Builder extends ImmutableFourGoodYear.Builder {
    Builder() {}

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
      String where = "the sheet of " + sheet.organisationId().value() + " for " + month;
      if (month.getYear() != year().getValue()) {
        throw new IllegalArgumentException(
            "The " + where.substring(4) + " is outside the year " + year() + ".");
      }
      if (!seen.add(sheet.organisationId().value() + "/" + month)) {
        throw new IllegalArgumentException(
            "There are two of " + where + "; merge them into one sheet.");
      }
    }
  }
}
