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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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

  /** The members by position when the rating was made by {@link RootRater}, else null. */
  private final @Nullable MemberTable table;

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
    // Its members come as a table by position (read-only), whose ratings are made when read.
    if (members instanceof MemberTable t) {
      this.table = t;
      this.members = t;
    } else {
      this.table = null;
      this.members = Collections.unmodifiableMap(members);
    }
    // The rater's organisations come as a table by position too (OrgTable, read-only).
    this.organisations =
        organisations instanceof OrgTable
            ? organisations
            : Collections.unmodifiableMap(organisations);
    this.decided = Collections.unmodifiableMap(new LinkedHashMap<>(decided));
    this.quotaFindings = LazyList.copyOf(quotaFindings);
    this.decisionFindings = List.copyOf(decisionFindings);
    // Both callers hand over maps made for this rating (the rater's run, or of's copies).
    this.memberCounts = Collections.unmodifiableMap(memberCounts);
    this.subOrganisationCounts = Collections.unmodifiableMap(subOrganisationCounts);
    this.rootMemberCounts = rootMemberCounts;
    this.rootBaseOrganisationCounts = rootBaseOrganisationCounts;
  }

  /**
   * Builds a rating from its parts, for example a rating read back from a {@code
   * partyorg.rootRating} document. {@link RootRater} builds ratings by rating a root; this factory
   * rebuilds one that was rated before. The maps and lists are copied: the rating keeps the order
   * given (members and organisations in tree order, cells before their parents) and no reference to
   * the arguments.
   *
   * @param rootId the root rated
   * @param year the year assessed
   * @param regime the regime applied
   * @param policies the policies applied
   * @param members every member's rating, in tree order; one per member
   * @param organisations every organisation's rating, in tree order; one per organisation
   * @param decided the levels decided by the superior committee, by entity
   * @param quotaFindings the quota findings (Q1)
   * @param decisionFindings the decided levels that break a rule
   * @param memberCounts the counts per level of the members under each rated organisation
   * @param subOrganisationCounts the counts per level of the direct sub-organisations of each rated
   *     organisation that has some
   * @param rootMemberCounts the counts per level of every member of the root
   * @param rootBaseOrganisationCounts the counts per level of the root's base organisations
   * @return the rating
   * @throws NullPointerException if an argument, an element, a key or a value is null
   * @throws IllegalArgumentException naming the ids concerned, listing every problem found, if a
   *     member or an organisation is rated twice, a rating is under another regime than {@code
   *     regime}, or counts are given for an organisation that is not rated here
   */
  public static RootRating of(
      RootId rootId,
      Year year,
      Regime regime,
      RatingPolicies policies,
      List<MemberRating> members,
      List<OrganisationRating> organisations,
      Map<? extends EntityId, Level> decided,
      List<QuotaFinding> quotaFindings,
      List<DecisionFinding> decisionFindings,
      Map<? extends OrganisationId, LevelCounts> memberCounts,
      Map<? extends OrganisationId, LevelCounts> subOrganisationCounts,
      LevelCounts rootMemberCounts,
      LevelCounts rootBaseOrganisationCounts) {
    Objects.requireNonNull(rootId, "rootId");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(policies, "policies");
    Objects.requireNonNull(rootMemberCounts, "rootMemberCounts");
    Objects.requireNonNull(rootBaseOrganisationCounts, "rootBaseOrganisationCounts");
    List<String> problems = new ArrayList<>();
    Map<MemberId, MemberRating> memberMap = new LinkedHashMap<>();
    for (MemberRating rating : List.copyOf(members)) {
      if (memberMap.put(rating.memberId(), rating) != null) {
        problems.add("member " + rating.memberId().value() + " is rated twice");
      }
      if (rating.regime() != regime) {
        problems.add("member " + rating.memberId().value() + " is rated under " + rating.regime());
      }
    }
    Map<OrganisationId, OrganisationRating> organisationMap = new LinkedHashMap<>();
    for (OrganisationRating rating : List.copyOf(organisations)) {
      if (organisationMap.put(rating.organisationId(), rating) != null) {
        problems.add("organisation " + rating.organisationId().value() + " is rated twice");
      }
      if (rating.regime() != regime) {
        problems.add(
            "organisation "
                + rating.organisationId().value()
                + " is rated under "
                + rating.regime());
      }
    }
    Map<OrganisationId, LevelCounts> memberCountMap = counts(memberCounts, "memberCounts");
    Map<OrganisationId, LevelCounts> subCountMap =
        counts(subOrganisationCounts, "subOrganisationCounts");
    for (Map<OrganisationId, LevelCounts> counts : List.of(memberCountMap, subCountMap)) {
      for (OrganisationId id : counts.keySet()) {
        if (!organisationMap.containsKey(id)) {
          problems.add("counts are given for organisation " + id.value() + ", which is not rated");
        }
      }
    }
    Map<EntityId, Level> decidedMap = new LinkedHashMap<>();
    Objects.requireNonNull(decided, "decided")
        .forEach(
            (id, level) ->
                decidedMap.put(
                    Objects.requireNonNull(id, "decided entity"),
                    Objects.requireNonNull(level, "decided level")));
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "The rating of root "
              + rootId.value()
              + " for "
              + year
              + " is inconsistent: "
              + String.join("; ", problems)
              + ".");
    }
    return new RootRating(
        rootId,
        year,
        regime,
        policies,
        memberMap,
        organisationMap,
        decidedMap,
        quotaFindings,
        decisionFindings,
        memberCountMap,
        subCountMap,
        rootMemberCounts,
        rootBaseOrganisationCounts);
  }

  private static Map<OrganisationId, LevelCounts> counts(
      Map<? extends OrganisationId, LevelCounts> counts, String name) {
    Map<OrganisationId, LevelCounts> copy = new LinkedHashMap<>();
    Objects.requireNonNull(counts, name)
        .forEach(
            (id, c) -> copy.put(Objects.requireNonNull(id, name), Objects.requireNonNull(c, name)));
    return copy;
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
   * <p>For a rating made by {@link RootRater} the map is a read-only view of the members kept by
   * position (issue 19): its keys cost nothing, and each {@link MemberRating} with its explanation
   * is made when read (the same value each time). To read levels only, prefer {@link
   * #proposedLevel}, {@link #finalLevel} and the counts, which make no rating.
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
    return proposedLevel(entityId);
  }

  /**
   * Returns the level the rules propose for a member or an organisation, whatever its kind.
   *
   * @param entityId a member or organisation
   * @return the proposed level, or empty if the entity is not rated here or no level could be
   *     proposed (missing facts, not eligible)
   * @throws NullPointerException if {@code entityId} is null
   */
  public Optional<Level> proposedLevel(EntityId entityId) {
    Objects.requireNonNull(entityId, "entityId");
    if (entityId instanceof MemberId memberId) {
      MemberTable t = table;
      if (t != null) {
        int position = t.position(memberId);
        return position < 0 ? Optional.empty() : MemberLevels.proposedLevel(t.levels(position));
      }
      MemberRating rating = members.get(memberId);
      return rating == null ? Optional.empty() : rating.proposed();
    }
    if (entityId instanceof OrganisationId orgId) {
      if (organisations instanceof OrgTable t) {
        OrgLevels rated = t.levels(orgId);
        return rated == null ? Optional.empty() : Optional.ofNullable(rated.proposed());
      }
      OrganisationRating rating = organisations.get(orgId);
      return rating == null ? Optional.empty() : rating.proposed();
    }
    return Optional.empty();
  }

  /**
   * Returns the level the superior committee decided for a member or an organisation.
   *
   * @param entityId a member or organisation
   * @return the decided level, or empty if none was decided
   * @throws NullPointerException if {@code entityId} is null
   */
  public Optional<Level> decidedLevel(EntityId entityId) {
    return Optional.ofNullable(decided.get(Objects.requireNonNull(entityId, "entityId")));
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
    MemberTable t = table;
    if (t != null) {
      for (int p = 0; p < t.size(); p++) {
        if (MemberLevels.missing(t.levels(p))) {
          all.addAll(t.rating(p).missingFacts());
        }
      }
    } else {
      members.values().forEach(r -> all.addAll(r.missingFacts()));
    }
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
   * Returns the counts per level of the leadership collectives rated (O10): the executive committee
   * of each base committee and the committee of each cell that has one, each at its level, never
   * above its organisation's final level (a level the superior committee decided lower than the
   * proposed one lowers its collective too). Derived from {@link #organisations()}.
   *
   * @return the counts; an organisation whose level was not proposed has no collective level
   */
  public LevelCounts leadershipCollectiveCounts() {
    Map<Level, Integer> byLevel = new java.util.EnumMap<>(Level.class);
    if (organisations instanceof OrgTable t) {
      // The levels by position: no rating is made.
      t.forEachLevels(
          (id, rated) -> {
            Level collective = rated.leadership();
            if (collective != null) {
              countCollective(byLevel, id, collective);
            }
          });
    } else {
      for (OrganisationRating rating : organisations.values()) {
        if (rating.leadershipCollective().isPresent()) {
          countCollective(byLevel, rating.organisationId(), rating.leadershipCollective().get());
        }
      }
    }
    return new LevelCounts(byLevel, 0, 0);
  }

  /** Counts a collective's level, never above its organisation's final level. */
  private void countCollective(Map<Level, Integer> byLevel, OrganisationId id, Level collective) {
    Level level = collective;
    Optional<Level> organisation = finalLevel(id);
    if (organisation.isPresent()) {
      level = Level.lower(level, organisation.get());
    }
    byLevel.merge(level, 1, Integer::sum);
  }

  /**
   * Lists the entities whose final level differs from another rating of the same root, for example
   * the same year under another regime.
   *
   * @param other the other rating
   * @return the differences, members then organisations, in tree order; each has this rating's
   *     final level as {@link LevelDifference#before()} and the other's as {@link
   *     LevelDifference#after()}
   */
  public List<LevelDifference> differencesFrom(RootRating other) {
    Objects.requireNonNull(other, "other");
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

  /**
   * Tells whether another object is a rating of the same root and year with equal parts: regime,
   * policies, every member's and organisation's rating, the decided levels, the findings and the
   * counts. The order of the maps is not compared; the order of the findings is.
   *
   * @param other the object to compare
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof RootRating that)) {
      return false;
    }
    return rootId.equals(that.rootId)
        && year.equals(that.year)
        && regime == that.regime
        && policies.equals(that.policies)
        && members.equals(that.members)
        && organisations.equals(that.organisations)
        && decided.equals(that.decided)
        && quotaFindings.equals(that.quotaFindings)
        && decisionFindings.equals(that.decisionFindings)
        && memberCounts.equals(that.memberCounts)
        && subOrganisationCounts.equals(that.subOrganisationCounts)
        && rootMemberCounts.equals(that.rootMemberCounts)
        && rootBaseOrganisationCounts.equals(that.rootBaseOrganisationCounts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rootId, year, regime, members.size(), organisations.size());
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
