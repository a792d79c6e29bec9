package io.github.partyorg.rating;

import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberHolderId;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.MemberLocation;
import io.github.partyorg.structure.Root;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The members of a {@link RootRating} made by {@link RootRater}, by position (issue 19): the
 * members in tree order (the order of {@link
 * io.github.partyorg.structure.BaseOrganisation#memberHolders()} of each base organisation), each
 * one's levels packed in an int ({@link MemberLevels}), and the Q1 finding of each member the quota
 * demoted. A {@link MemberRating}, with its explanation, is made only when asked, by running the
 * same rules again on the member and its facts ({@link MemberRater#rate}) and adding the quota's
 * entry where the quota demoted the member: the same value the rater used to keep.
 *
 * <p>A read-only map by member id, in tree order: a lookup by id asks the root where the member
 * sits ({@link Root#locate(MemberId)}, the tree's own index), then finds it among the members of
 * its cell. Iterating the keys makes no rating; iterating the values or entries makes each rating
 * as it is read.
 */
final class MemberTable extends PositionMap<MemberId, MemberRating> {
  private final Root root;
  private final YearFacts facts;
  private final MemberRater rater;
  private final Member[] members;
  private final int[] levels;
  private final MemberHolderId[] holderIds;
  private final int[] holderBounds;

  /** Each holder's index, made at the first lookup by id (the rating itself needs none). */
  private volatile @Nullable Map<MemberHolderId, Integer> holders;

  private final Map<Integer, Q1Quota.Count> demotions;

  MemberTable(
      Root root,
      YearFacts facts,
      MemberRater rater,
      Member[] members,
      int[] levels,
      MemberHolderId[] holderIds,
      int[] holderBounds,
      Map<Integer, Q1Quota.Count> demotions) {
    this.root = root;
    this.facts = facts;
    this.rater = rater;
    this.members = members;
    this.levels = levels;
    this.holderIds = holderIds;
    this.holderBounds = holderBounds;
    this.demotions = demotions;
  }

  /** The position of a member, or -1 if the root rated here has no such member. */
  @Override
  int position(@Nullable Object key) {
    if (!(key instanceof MemberId id)) {
      return -1;
    }
    Optional<MemberLocation> location = root.locate(id);
    if (location.isEmpty()) {
      return -1;
    }
    Integer holder = holders().get(location.get().holder());
    if (holder == null) {
      return -1;
    }
    for (int p = holderBounds[2 * holder]; p < holderBounds[2 * holder + 1]; p++) {
      if (members[p].id().equals(id)) {
        return p;
      }
    }
    return -1;
  }

  /** Each holder's index (two threads may both make it: the same map). */
  private Map<MemberHolderId, Integer> holders() {
    Map<MemberHolderId, Integer> map = holders;
    if (map == null) {
      map = new HashMap<>(2 * holderIds.length);
      for (int k = 0; k < holderIds.length; k++) {
        map.put(holderIds[k], k);
      }
      holders = map;
    }
    return map;
  }

  /** The packed levels at a position. */
  int levels(int position) {
    return levels[position];
  }

  MemberId id(int position) {
    return members[position].id();
  }

  /** The member's rating with its explanation, made now. */
  MemberRating rating(int position) {
    Member member = members[position];
    MemberRating rating = rater.rate(member, factsOf(facts, member.id()), facts.reviewDate());
    Q1Quota.Count demotedBy = demotions.get(position);
    if (demotedBy != null) {
      rating = rating.withProposed(Level.HTTNV, Q1Quota.demotionEntry(rater.regime(), demotedBy));
    }
    return rating;
  }

  /** A member's facts, or the empty facts of the year when none were given. */
  static MemberFacts factsOf(YearFacts facts, MemberId id) {
    MemberFacts given = facts.members().get(id);
    return given != null ? given : MemberFacts.builder().memberId(id).year(facts.year()).build();
  }

  @Override
  public int size() {
    return members.length;
  }

  @Override
  MemberId keyAt(int position) {
    return members[position].id();
  }

  @Override
  MemberRating valueAt(int position) {
    return rating(position);
  }

  /**
   * Equal to another map of the same ratings. Two tables of the same root and facts, rated under
   * the same regime and policies, are compared by their arrays (their ratings are made from them by
   * the same rules); otherwise every rating is made and compared.
   */
  @Override
  @SuppressWarnings(
      "ReferenceEquality") // the same root and facts instances: the shortcut's premise
  public boolean equals(@Nullable Object other) {
    if (other == this) {
      return true;
    }
    if (other instanceof MemberTable that
        && root == that.root
        && facts == that.facts
        && rater.regime() == that.rater.regime()
        && rater.policies().equals(that.rater.policies())) {
      return Arrays.equals(levels, that.levels) && demotions.equals(that.demotions);
    }
    return super.equals(other);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}
