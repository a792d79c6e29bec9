package io.github.partyorg.rating;

import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.OrganisationId;
import io.github.partyorg.structure.RootId;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rating of a whole root for one year: every member's and organisation's proposed level with
 * its explanation, the levels decided by the superior committee beside them, the quota findings,
 * the decisions that break a rule, and the counts per level for each organisation and for the root.
 *
 * <p>Immutable and thread-safe. Maps iterate in tree order. Counts use the final level of each
 * entity: the decided one where the superior committee decided, else the proposed one.
 */
public final class RootRating {
  private final RootId rootId;
  private final Year year;
  private final Regime regime;
  private final RatingPolicies policies;
  private final Map<MemberId, MemberRating> members;
  private final Map<OrganisationId, OrganisationRating> organisations;
  private final Map<EntityId, Level> decided;
  private final List<QuotaFinding> quotaFindings;
  private final List<DecisionFinding> decisionFindings;
  private final Map<OrganisationId, LevelCounts> memberCounts;
  private final Map<OrganisationId, LevelCounts> subOrganisationCounts;
  private final LevelCounts rootMemberCounts;
  private final LevelCounts rootBaseOrganisationCounts;

  RootRating(
      RootId rootId,
      Year year,
      Regime regime,
      RatingPolicies policies,
      Map<MemberId, MemberRating> members,
      Map<OrganisationId, OrganisationRating> organisations,
      Map<EntityId, Level> decided,
      List<QuotaFinding> quotaFindings,
      List<DecisionFinding> decisionFindings,
      Map<OrganisationId, LevelCounts> memberCounts,
      Map<OrganisationId, LevelCounts> subOrganisationCounts,
      LevelCounts rootMemberCounts,
      LevelCounts rootBaseOrganisationCounts) {
    this.rootId = rootId;
    this.year = year;
    this.regime = regime;
    this.policies = policies;
    // The rater hands over the maps of its run and never changes them again: wrapped, not copied.
    this.members = Collections.unmodifiableMap(members);
    this.organisations = Collections.unmodifiableMap(organisations);
    this.decided = Collections.unmodifiableMap(new LinkedHashMap<>(decided));
    this.quotaFindings = List.copyOf(quotaFindings);
    this.decisionFindings = List.copyOf(decisionFindings);
    this.memberCounts = Collections.unmodifiableMap(new LinkedHashMap<>(memberCounts));
    this.subOrganisationCounts =
        Collections.unmodifiableMap(new LinkedHashMap<>(subOrganisationCounts));
    this.rootMemberCounts = rootMemberCounts;
    this.rootBaseOrganisationCounts = rootBaseOrganisationCounts;
  }

  /**
   * Returns the root rated.
   *
   * @return the root's id
   */
  public RootId rootId() {
    return rootId;
  }

  /**
   * Returns the year assessed.
   *
   * @return the year
   */
  public Year year() {
    return year;
  }

  /**
   * Returns the regime applied.
   *
   * @return the regime
   */
  public Regime regime() {
    return regime;
  }

  /**
   * Returns the policies applied.
   *
   * @return the policies
   */
  public RatingPolicies policies() {
    return policies;
  }

  /**
   * Returns every member's rating, in tree order.
   *
   * @return the ratings by member id
   */
  public Map<MemberId, MemberRating> members() {
    return members;
  }

  /**
   * Returns every organisation's rating, in tree order (cells before their parents).
   *
   * @return the ratings by organisation id
   */
  public Map<OrganisationId, OrganisationRating> organisations() {
    return organisations;
  }

  /**
   * Returns the levels decided by the superior committee.
   *
   * @return the decided levels by entity id
   */
  public Map<EntityId, Level> decided() {
    return decided;
  }

  /**
   * Returns the final level of an entity: the decided level if the superior committee decided one,
   * else the proposed level.
   *
   * @param entityId a member or organisation
   * @return the level, or empty if none was decided or proposed
   */
  public Optional<Level> finalLevel(EntityId entityId) {
    Level level = decided.get(entityId);
    if (level != null) {
      return Optional.of(level);
    }
    if (entityId instanceof MemberId memberId && members.containsKey(memberId)) {
      return members.get(memberId).proposed();
    }
    if (entityId instanceof OrganisationId orgId && organisations.containsKey(orgId)) {
      return organisations.get(orgId).proposed();
    }
    return Optional.empty();
  }

  /**
   * Returns the quota findings (Q1), one per scope over the quota.
   *
   * @return the findings
   */
  public List<QuotaFinding> quotaFindings() {
    return quotaFindings;
  }

  /**
   * Returns the decided levels that break a rule.
   *
   * @return the findings
   */
  public List<DecisionFinding> decisionFindings() {
    return decisionFindings;
  }

  /**
   * Returns every fact that was needed but missing, members first, in tree order.
   *
   * @return the missing facts
   */
  public List<MissingFact> missingFacts() {
    List<MissingFact> all = new ArrayList<>();
    members.values().forEach(r -> all.addAll(r.missingFacts()));
    organisations.values().forEach(r -> all.addAll(r.missingFacts()));
    return List.copyOf(all);
  }

  /**
   * Returns the counts per level of the members in an organisation's subtree.
   *
   * @param organisationId a cell, sub-committee or base organisation
   * @return the counts, or empty if the organisation was not rated here
   */
  public Optional<LevelCounts> memberCounts(OrganisationId organisationId) {
    return Optional.ofNullable(memberCounts.get(organisationId));
  }

  /**
   * Returns the counts per level of an organisation's direct sub-organisations (the cells and
   * sub-committees of a base committee, the cells of a sub-committee).
   *
   * @param organisationId a sub-committee or base committee
   * @return the counts, or empty if it has no sub-organisations or was not rated here
   */
  public Optional<LevelCounts> subOrganisationCounts(OrganisationId organisationId) {
    return Optional.ofNullable(subOrganisationCounts.get(organisationId));
  }

  /**
   * Returns the counts per level of every member of the root.
   *
   * @return the counts
   */
  public LevelCounts memberCounts() {
    return rootMemberCounts;
  }

  /**
   * Returns the counts per level of the root's base organisations.
   *
   * @return the counts
   */
  public LevelCounts baseOrganisationCounts() {
    return rootBaseOrganisationCounts;
  }

  /**
   * Lists the entities whose final level differs from another rating of the same root, for example
   * the same year under another regime.
   *
   * @param other the other rating
   * @return the differences, members then organisations, in tree order
   */
  public List<LevelDifference> differencesFrom(RootRating other) {
    Set<EntityId> ids = new LinkedHashSet<>();
    ids.addAll(members.keySet());
    ids.addAll(other.members.keySet());
    ids.addAll(organisations.keySet());
    ids.addAll(other.organisations.keySet());
    List<LevelDifference> differences = new ArrayList<>();
    for (EntityId id : ids) {
      Optional<Level> mine = finalLevel(id);
      Optional<Level> theirs = other.finalLevel(id);
      if (!mine.equals(theirs)) {
        differences.add(new LevelDifference(id, mine, theirs));
      }
    }
    return List.copyOf(differences);
  }

  @Override
  public String toString() {
    return "RootRating{root="
        + rootId
        + ", year="
        + year
        + ", regime="
        + regime
        + ", members="
        + members.size()
        + ", organisations="
        + organisations.size()
        + "}";
  }
}
