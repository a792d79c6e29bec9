package io.github.partyorg.rating;

import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.OrganisationId;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Everything known about one year's rating of a root: the year, the review date, the facts of each
 * member and organisation, and the levels the superior committee decided (which may differ from the
 * proposed ones). An entity without facts is rated on empty facts, so the regime reports what is
 * missing instead of guessing.
 *
 * <p>Immutable. Construction refuses facts filed under another id or another year with an {@link
 * IllegalArgumentException} naming the id.
 */
@Value.Immutable
public abstract class YearFacts {

  YearFacts() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link YearFacts}; {@code build()} throws {@link IllegalArgumentException}. */
  public static final class Builder extends ImmutableYearFacts.Builder {
    Builder() {}

    /**
     * Adds a member's facts under the member's id.
     *
     * @param facts the facts
     * @return this builder
     */
    public Builder addMember(MemberFacts facts) {
      putMembers(facts.memberId(), facts);
      return this;
    }

    /**
     * Adds an organisation's facts under the organisation's id.
     *
     * @param facts the facts
     * @return this builder
     */
    public Builder addOrganisation(OrganisationFacts facts) {
      putOrganisations(facts.organisationId(), facts);
      return this;
    }

    /**
     * Records the level decided by the superior committee for a member or an organisation.
     *
     * @param entityId the member or organisation
     * @param level the decided level
     * @return this builder
     */
    public Builder decide(EntityId entityId, Level level) {
      putDecisions(entityId, level);
      return this;
    }
  }

  /**
   * Returns the year assessed; it chooses the regime unless the caller asks for another.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * Returns the day of the review (kiểm điểm), from which E1 and E2 are counted.
   *
   * @return the review date
   */
  public abstract LocalDate reviewDate();

  /**
   * Returns the members' facts by member id.
   *
   * @return the facts
   */
  public abstract Map<MemberId, MemberFacts> members();

  /**
   * Returns the organisations' facts by organisation id.
   *
   * @return the facts
   */
  public abstract Map<OrganisationId, OrganisationFacts> organisations();

  /**
   * Returns the levels decided by the superior committee, by member or organisation id.
   *
   * @return the decided levels
   */
  public abstract Map<EntityId, Level> decisions();

  @Value.Check
  final void check() {
    members()
        .forEach(
            (id, facts) -> {
              if (!id.equals(facts.memberId()) || !facts.year().equals(year())) {
                throw new IllegalArgumentException(
                    "The facts filed under member "
                        + id.value()
                        + " are for member "
                        + facts.memberId().value()
                        + " in "
                        + facts.year()
                        + ", not for this member in "
                        + year()
                        + ".");
              }
            });
    organisations()
        .forEach(
            (id, facts) -> {
              if (!id.equals(facts.organisationId()) || !facts.year().equals(year())) {
                throw new IllegalArgumentException(
                    "The facts filed under organisation "
                        + id.value()
                        + " are for organisation "
                        + facts.organisationId().value()
                        + " in "
                        + facts.year()
                        + ", not for this organisation in "
                        + year()
                        + ".");
              }
            });
  }
}
