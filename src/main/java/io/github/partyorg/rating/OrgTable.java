package io.github.partyorg.rating;

import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberHolder;
import io.github.partyorg.structure.OrganisationId;
import io.github.partyorg.structure.Post;
import io.github.partyorg.structure.SubCommittee;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The organisations of a root's rating by position, in the order they were rated (cells before
 * their parents), as a read-only map by id (issue 19). Like the members' {@link MemberTable}, it
 * keeps each organisation's levels ({@link OrgLevels}) and the tree node it was rated from, and
 * makes an {@link OrganisationRating} with its explanation only when one is read: the context of
 * the organisation ({@link OrgContext}) is built again from the tree, the facts and the levels of
 * its members or sub-organisations, the same rules run with their entries kept, and the quota's
 * entry is added where Q1 demoted it. While the root is rated, {@link RootRater} adds each
 * organisation through {@link #rateHolder} and {@link #rateCommittee}, which run the rules without
 * their entries.
 *
 * <p>The levels read to build a context are final when the organisation is rated: a member's level
 * after the quota on its base organisation, a sub-organisation's after the quota among the
 * organisations under the same committee; only the organisation's own demotion comes later, and it
 * is added after its rules, as the rater did.
 */
final class OrgTable extends PositionMap<OrganisationId, OrganisationRating> {
  private final Regime regime;
  private final RatingPolicies policies;
  private final YearFacts facts;
  private final Member[] members;
  private final int[] memberLevels;

  /** The members' facts by position while the root is rated; null after ({@link #done()}). */
  private MemberFacts @Nullable [] memberFacts;

  private OrganisationId[] ids = new OrganisationId[16];
  private Object[] nodes = new Object[16];
  private OrganisationKind[] kinds = new OrganisationKind[16];

  /** The positions [from, to) of a cell's members, 2 per organisation; -1 for a committee. */
  private int[] ranges = new int[32];

  private OrgLevels[] levels = new OrgLevels[16];

  /** A committee's sub-organisations by position, in order; null for a cell. */
  private int[] @Nullable [] children = new int[16][];

  private int size;
  private final Map<OrganisationId, Integer> index = new HashMap<>();
  private final Map<Integer, Q1Quota.Count> demotions = new HashMap<>();

  OrgTable(
      Regime regime,
      RatingPolicies policies,
      YearFacts facts,
      Member[] members,
      int[] memberLevels,
      MemberFacts[] memberFacts) {
    this.regime = regime;
    this.policies = policies;
    this.facts = facts;
    this.members = members;
    this.memberLevels = memberLevels;
    this.memberFacts = memberFacts;
  }

  /** Rates a cell or a base cell, whose members are at positions [from, to). */
  OrgLevels rateHolder(MemberHolder holder, OrganisationKind kind, int from, int to) {
    int k = add(holder.id(), holder, kind, from, to);
    OrgLevels rated = OrganisationRater.rateLevels(holderContext(k, false));
    levels[k] = rated;
    return rated;
  }

  /** Rates a sub-committee or a base committee, once its sub-organisations are rated. */
  OrgLevels rateCommittee(OrganisationId id, Object committee, OrganisationKind kind) {
    int k = add(id, committee, kind, -1, -1);
    List<OrganisationId> childIds = childIds(committee);
    int[] positions = new int[childIds.size()];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = positionOf(childIds.get(i));
    }
    children[k] = positions;
    OrgLevels rated = OrganisationRater.rateLevels(committeeContext(k, false));
    levels[k] = rated;
    return rated;
  }

  /** Q1 demotes an organisation to HTTNV. */
  void demote(OrganisationId id, Q1Quota.Count count) {
    int k = Objects.requireNonNull(index.get(id), "rated");
    levels[k] = levels[k].demoted();
    demotions.put(k, count);
  }

  /** The levels of an organisation, or null if it was not rated here. */
  @Nullable OrgLevels levels(@Nullable Object id) {
    Integer k = index.get(id);
    return k == null ? null : levels[k];
  }

  /** The position of an organisation rated here. */
  int positionOf(OrganisationId id) {
    return Objects.requireNonNull(index.get(id), "rated here");
  }

  @Override
  int position(@Nullable Object key) {
    Integer k = index.get(key);
    return k == null ? -1 : k;
  }

  @Override
  OrganisationId keyAt(int position) {
    return ids[position];
  }

  @Override
  OrganisationRating valueAt(int position) {
    return rating(position);
  }

  OrganisationId id(int k) {
    return ids[k];
  }

  OrgLevels levelsAt(int k) {
    return levels[k];
  }

  /** The first position of a cell's members. */
  int from(int k) {
    return ranges[2 * k];
  }

  /** The position after a cell's last member. */
  int to(int k) {
    return ranges[2 * k + 1];
  }

  /** A committee's sub-organisations by position, in order; null for a cell. */
  int @Nullable [] children(int k) {
    return children[k];
  }

  /** Every organisation's id and levels, in order. */
  void forEachLevels(BiConsumer<OrganisationId, OrgLevels> action) {
    for (int k = 0; k < size; k++) {
      action.accept(ids[k], levels[k]);
    }
  }

  /** Ends the rating: the table keeps no reference to the members' facts by position. */
  void done() {
    memberFacts = null;
    ids = Arrays.copyOf(ids, size);
    nodes = Arrays.copyOf(nodes, size);
    kinds = Arrays.copyOf(kinds, size);
    ranges = Arrays.copyOf(ranges, 2 * size);
    levels = Arrays.copyOf(levels, size);
    children = Arrays.copyOf(children, size);
  }

  private int add(OrganisationId id, Object node, OrganisationKind kind, int from, int to) {
    int k = size;
    if (k == ids.length) {
      ids = Arrays.copyOf(ids, 2 * k);
      nodes = Arrays.copyOf(nodes, 2 * k);
      kinds = Arrays.copyOf(kinds, 2 * k);
      ranges = Arrays.copyOf(ranges, 4 * k);
      levels = Arrays.copyOf(levels, 2 * k);
      children = Arrays.copyOf(children, 2 * k);
    }
    ids[k] = id;
    nodes[k] = node;
    kinds[k] = kind;
    ranges[2 * k] = from;
    ranges[2 * k + 1] = to;
    index.put(id, k);
    size++;
    return k;
  }

  /** The rating of the organisation at a position, with its explanation, made now. */
  OrganisationRating rating(int k) {
    OrgContext ctx = ranges[2 * k] >= 0 ? holderContext(k, true) : committeeContext(k, true);
    OrganisationRating rating = OrganisationRater.rate(ctx);
    Q1Quota.Count demotedBy = demotions.get(k);
    if (demotedBy != null) {
      rating = rating.withProposed(Level.HTTNV, Q1Quota.demotionEntry(regime, demotedBy));
    }
    return rating;
  }

  private MemberFacts memberFacts(int position) {
    MemberFacts[] byPosition = memberFacts;
    return byPosition != null
        ? byPosition[position]
        : MemberTable.factsOf(facts, members[position].id());
  }

  private OrganisationFacts organisationFacts(OrganisationId id) {
    OrganisationFacts given = facts.organisations().get(id);
    return given != null
        ? given
        : OrganisationFacts.builder().organisationId(id).year(facts.year()).build();
  }

  /** A cell's context: its members' levels, and its committee's disciplines and degradation. */
  private OrgContext holderContext(int k, boolean explain) {
    int from = ranges[2 * k];
    int to = ranges[2 * k + 1];
    List<Level> subUnitLevels = new ArrayList<>(to - from);
    int incomplete = 0;
    List<Discipline> leadership = new ArrayList<>();
    boolean hasCommittee = false;
    int degraded = 0;
    for (int p = from; p < to; p++) {
      Member member = members[p];
      int packed = memberLevels[p];
      Level proposed = MemberLevels.proposed(packed);
      if (proposed != null) {
        subUnitLevels.add(proposed);
      } else if (MemberLevels.missing(packed)) {
        incomplete++;
      }
      Set<Post> posts = member.posts();
      if (posts.isEmpty()) {
        continue; // most members hold no post
      }
      boolean committeeMember = posts.contains(Post.CELL_COMMITTEE_MEMBER);
      hasCommittee |= committeeMember;
      if (committeeMember
          || posts.contains(Post.CELL_SECRETARY)
          || posts.contains(Post.CELL_DEPUTY_SECRETARY)) {
        MemberFacts leader = memberFacts(p);
        leadership.addAll(leader.disciplines());
        if (leader.degradationConcluded()) {
          degraded++;
        }
      }
    }
    return new OrgContext(
        regime,
        policies,
        kinds[k],
        organisationFacts(ids[k]),
        facts.reviewDate(),
        foundedOn(nodes[k]),
        subUnitLevels,
        incomplete,
        0,
        List.of(),
        leadership,
        hasCommittee,
        degraded,
        explain);
  }

  /**
   * A committee's context: its sub-organisations' levels and disciplines (a base committee's cells
   * then sub-committees, a sub-committee's cells), and its executive committee's.
   */
  private OrgContext committeeContext(int k, boolean explain) {
    Object node = nodes[k];
    int[] positions = Objects.requireNonNull(children[k], "a committee");
    List<Member> leaders =
        node instanceof BaseOrganisation base ? base.committeeMembers() : List.of();
    List<Level> subUnitLevels = new ArrayList<>(positions.length);
    int incomplete = 0;
    List<Discipline> childDisciplines = new ArrayList<>();
    for (int position : positions) {
      OrganisationId child = ids[position];
      OrgLevels rated = levels[position];
      Level proposed = rated.proposed();
      if (proposed != null) {
        subUnitLevels.add(proposed);
      } else if (rated.missing()) {
        incomplete++;
      }
      Optional<Discipline> discipline = organisationFacts(child).discipline();
      if (discipline.isPresent()) {
        childDisciplines.add(discipline.get());
      }
    }
    List<Discipline> leadership = new ArrayList<>();
    int degraded = 0;
    for (Member leader : leaders) {
      MemberFacts f = MemberTable.factsOf(facts, leader.id());
      leadership.addAll(f.disciplines());
      if (f.degradationConcluded()) {
        degraded++;
      }
    }
    OrganisationKind kind = kinds[k];
    return new OrgContext(
        regime,
        policies,
        kind,
        organisationFacts(ids[k]),
        facts.reviewDate(),
        foundedOn(node),
        subUnitLevels,
        incomplete,
        positions.length,
        childDisciplines,
        leadership,
        kind == OrganisationKind.BASE_COMMITTEE,
        degraded,
        explain);
  }

  /**
   * A committee's sub-organisations, in the order the rater rates them: a base committee's cells
   * then sub-committees, a sub-committee's cells.
   */
  private static List<OrganisationId> childIds(Object committee) {
    List<OrganisationId> ids = new ArrayList<>();
    if (committee instanceof BaseOrganisation base) {
      for (Cell cell : base.cells()) {
        ids.add(cell.id());
      }
      for (SubCommittee sub : base.subCommittees()) {
        ids.add(sub.id());
      }
    } else {
      for (Cell cell : ((SubCommittee) committee).cells()) {
        ids.add(cell.id());
      }
    }
    return ids;
  }

  private static Optional<LocalDate> foundedOn(Object node) {
    if (node instanceof Cell cell) {
      return cell.foundedOn();
    }
    if (node instanceof SubCommittee sub) {
      return sub.foundedOn();
    }
    return ((BaseOrganisation) node).foundedOn();
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return super.equals(other);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}
