package io.github.partyorg.history;

import io.github.partyorg.rating.Level;
import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.CellParentId;
import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberHolder;
import io.github.partyorg.structure.MemberHolderId;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Message;
import io.github.partyorg.structure.OrganisationId;
import io.github.partyorg.structure.Post;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.SubCommittee;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed in a root from one year to a later one (Y6): ids are stable across years, so a
 * member or an organisation present in both years is the same one, and a different place is a move.
 *
 * <p>Members: admitted (new, admitted after the earlier snapshot), joined (new, admitted before it:
 * transferred in), left (in the earlier tree only: transferred out, struck off, expelled or
 * deceased; the tree does not tell which), moved (another cell or base cell), changed post.
 * Organisations (base organisations, sub-committees, cells): founded (new), dissolved (gone; also
 * when merged or transferred out of the root), moved (a cell under another parent). Levels: the
 * members and organisations rated in both years whose final level changed.
 *
 * <p>Lists are in the later tree's order (the earlier tree's for what left). Immutable and
 * thread-safe; names ids only.
 *
 * @param from the earlier year
 * @param to the later year
 * @param membersAdmitted members new in the later tree, admitted after the earlier snapshot
 * @param membersJoined members new in the later tree, admitted before the earlier snapshot
 * @param membersLeft members of the earlier tree absent from the later one
 * @param membersMoved members held by another cell or base cell
 * @param postChanges members whose party posts changed
 * @param organisationsFounded organisations new in the later tree
 * @param organisationsDissolved organisations of the earlier tree absent from the later one
 * @param organisationsMoved cells under another parent
 * @param levelChanges members and organisations whose final level changed
 */
public record YearDifference(
    Year from,
    Year to,
    List<MemberId> membersAdmitted,
    List<MemberId> membersJoined,
    List<MemberId> membersLeft,
    List<Move> membersMoved,
    List<PostChange> postChanges,
    List<OrganisationId> organisationsFounded,
    List<OrganisationId> organisationsDissolved,
    List<Move> organisationsMoved,
    List<LevelChange> levelChanges) {

  /**
   * A member or a cell in another place: the holder of a member, the parent of a cell.
   *
   * @param id the member or cell
   * @param before where it was
   * @param after where it is
   */
  public record Move(EntityId id, OrganisationId before, OrganisationId after) {
    /**
     * Creates a move.
     *
     * @param id the entity
     * @param before where it was
     * @param after where it is
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code before} equals {@code after}
     */
    public Move {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      if (before.equals(after)) {
        throw new IllegalArgumentException(
            "A move of " + id.value() + " needs two places, not " + before.value() + " twice.");
      }
    }
  }

  /**
   * A member's party posts, before and after.
   *
   * @param memberId the member
   * @param before the posts held in the earlier year
   * @param after the posts held in the later year
   */
  public record PostChange(MemberId memberId, Set<Post> before, Set<Post> after) {
    /**
     * Creates the change; the sets are copied.
     *
     * @param memberId the member
     * @param before the posts before
     * @param after the posts after
     * @throws NullPointerException if an argument is null
     */
    public PostChange {
      Objects.requireNonNull(memberId, "memberId");
      before = Set.copyOf(before);
      after = Set.copyOf(after);
    }
  }

  /**
   * A final level, before and after.
   *
   * @param id the member or organisation
   * @param before the level in the earlier year
   * @param after the level in the later year
   */
  public record LevelChange(EntityId id, Level before, Level after) {
    /**
     * Creates the change.
     *
     * @param id the entity
     * @param before the level before
     * @param after the level after
     * @throws NullPointerException if an argument is null
     */
    public LevelChange {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }

    /**
     * Tells whether the level went up.
     *
     * @return true if {@code after} is above {@code before}
     */
    public boolean isRise() {
      return after.isAtLeast(before) && after != before;
    }
  }

  /**
   * Creates the difference; the lists are copied.
   *
   * @param from the earlier year
   * @param to the later year
   * @param membersAdmitted members admitted
   * @param membersJoined members transferred in
   * @param membersLeft members who left the list
   * @param membersMoved members moved
   * @param postChanges members whose posts changed
   * @param organisationsFounded organisations founded
   * @param organisationsDissolved organisations dissolved or transferred out
   * @param organisationsMoved cells moved
   * @param levelChanges final levels changed
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if {@code from} is not before {@code to}
   */
  public YearDifference {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException(
          "A difference runs from an earlier year to a later one, not from " + from + " to " + to);
    }
    membersAdmitted = List.copyOf(membersAdmitted);
    membersJoined = List.copyOf(membersJoined);
    membersLeft = List.copyOf(membersLeft);
    membersMoved = List.copyOf(membersMoved);
    postChanges = List.copyOf(postChanges);
    organisationsFounded = List.copyOf(organisationsFounded);
    organisationsDissolved = List.copyOf(organisationsDissolved);
    organisationsMoved = List.copyOf(organisationsMoved);
    levelChanges = List.copyOf(levelChanges);
  }

  /**
   * Computes the difference between two years of the same root.
   *
   * @param earlier the earlier year
   * @param later the later year
   * @return the difference
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the years are of different roots, or not in order
   */
  public static YearDifference between(HistoryYear earlier, HistoryYear later) {
    Objects.requireNonNull(earlier, "earlier");
    Objects.requireNonNull(later, "later");
    if (!earlier.rootId().equals(later.rootId())) {
      throw new IllegalArgumentException(
          "A difference is between two years of one root, not of "
              + earlier.rootId().value()
              + " and "
              + later.rootId().value()
              + ".");
    }
    Places before = Places.of(earlier.root());
    Places after = Places.of(later.root());
    LocalDate snapshot = earlier.root().snapshotDate();
    List<MemberId> admitted = new ArrayList<>();
    List<MemberId> joined = new ArrayList<>();
    List<Move> moved = new ArrayList<>();
    List<PostChange> posts = new ArrayList<>();
    for (Map.Entry<MemberId, Placed> e : after.members.entrySet()) {
      MemberId id = e.getKey();
      Placed now = e.getValue();
      Placed then = before.members.get(id);
      if (then == null) {
        (now.member().admissionDate().isAfter(snapshot) ? admitted : joined).add(id);
        continue;
      }
      if (!then.holder().equals(now.holder())) {
        moved.add(new Move(id, then.holder(), now.holder()));
      }
      if (!then.member().posts().equals(now.member().posts())) {
        posts.add(new PostChange(id, then.member().posts(), now.member().posts()));
      }
    }
    List<MemberId> left = new ArrayList<>();
    for (MemberId id : before.members.keySet()) {
      if (!after.members.containsKey(id)) {
        left.add(id);
      }
    }
    List<OrganisationId> founded = new ArrayList<>();
    List<Move> orgMoves = new ArrayList<>();
    for (Map.Entry<OrganisationId, OrganisationId> e : after.organisations.entrySet()) {
      OrganisationId id = e.getKey();
      if (!before.organisations.containsKey(id)) {
        founded.add(id);
        continue;
      }
      OrganisationId parentBefore = before.organisations.get(id);
      OrganisationId parentAfter = e.getValue();
      if (!parentBefore.equals(parentAfter)) {
        orgMoves.add(new Move(id, parentBefore, parentAfter));
      }
    }
    List<OrganisationId> dissolved = new ArrayList<>();
    for (OrganisationId id : before.organisations.keySet()) {
      if (!after.organisations.containsKey(id)) {
        dissolved.add(id);
      }
    }
    List<LevelChange> levels = new ArrayList<>();
    for (MemberId id : later.rating().members().keySet()) {
      levelChange(earlier, later, id, levels);
    }
    for (OrganisationId id : later.rating().organisations().keySet()) {
      levelChange(earlier, later, id, levels);
    }
    return new YearDifference(
        earlier.year(),
        later.year(),
        admitted,
        joined,
        left,
        moved,
        posts,
        founded,
        dissolved,
        orgMoves,
        levels);
  }

  private static void levelChange(
      HistoryYear earlier, HistoryYear later, EntityId id, List<LevelChange> into) {
    Level before = earlier.level(id).orElse(null);
    Level after = later.level(id).orElse(null);
    if (before != null && after != null && before != after) {
      into.add(new LevelChange(id, before, after));
    }
  }

  /** A member and its holder. */
  private record Placed(Member member, MemberHolderId holder) {}

  /** Every member's holder and every organisation's parent in a tree, in tree order. */
  private static final class Places {
    final Map<MemberId, Placed> members = new LinkedHashMap<>();

    /** Each organisation with its parent: the root's id stands for the root as parent. */
    final Map<OrganisationId, OrganisationId> organisations = new LinkedHashMap<>();

    static Places of(Root root) {
      Places places = new Places();
      for (BaseOrganisation base : root.baseOrganisations()) {
        places.organisations.put(base.id(), base.id());
        for (Cell cell : base.cells()) {
          places.organisations.put(cell.id(), base.id());
        }
        for (SubCommittee sub : base.subCommittees()) {
          places.organisations.put(sub.id(), base.id());
          for (Cell cell : sub.cells()) {
            CellParentId parent = sub.id();
            places.organisations.put(cell.id(), parent);
          }
        }
        for (MemberHolder holder : base.memberHolders()) {
          for (Member member : holder.members()) {
            places.members.put(member.id(), new Placed(member, holder.id()));
          }
        }
      }
      return places;
    }
  }

  /**
   * Tells whether nothing changed.
   *
   * @return true if every list is empty
   */
  public boolean isEmpty() {
    return membersAdmitted.isEmpty()
        && membersJoined.isEmpty()
        && membersLeft.isEmpty()
        && membersMoved.isEmpty()
        && postChanges.isEmpty()
        && organisationsFounded.isEmpty()
        && organisationsDissolved.isEmpty()
        && organisationsMoved.isEmpty()
        && levelChanges.isEmpty();
  }

  /**
   * Returns a short summary: one clause per kind of change that happened, in the register of the
   * bloc's reports (counts with a leading zero under 10 in Vietnamese), as a {@link Message} of the
   * library's catalogue, rendered when read ({@link Message#text()}, {@link
   * io.github.partyorg.structure.Catalogue#text(Message)}).
   *
   * @return the summary
   */
  public Message summary() {
    List<Message> parts = new ArrayList<>();
    clause(parts, membersAdmitted.size(), "history.Y6.admitted");
    clause(parts, membersJoined.size(), "history.Y6.joined");
    clause(parts, membersLeft.size(), "history.Y6.left");
    clause(parts, membersMoved.size(), "history.Y6.moved");
    clause(parts, postChanges.size(), "history.Y6.posts");
    clause(parts, organisationsFounded.size(), "history.Y6.founded");
    clause(parts, organisationsDissolved.size(), "history.Y6.dissolved");
    clause(parts, organisationsMoved.size(), "history.Y6.cellsMoved");
    int up = (int) levelChanges.stream().filter(LevelChange::isRise).count();
    clause(parts, up, "history.Y6.higher");
    clause(parts, levelChanges.size() - up, "history.Y6.lower");
    if (parts.isEmpty()) {
      return Message.of("history.Y6.noChange", from, to);
    }
    return Message.of("history.Y6.summary", from, to, new Message.Joined("; ", parts));
  }

  private static void clause(List<Message> parts, int n, String key) {
    if (n > 0) {
      parts.add(Message.of(key, n));
    }
  }

  /**
   * Returns one line per move (member or cell), saying from where to where, as messages of the
   * library's catalogue.
   *
   * @return the lines
   */
  public List<Message> moveLines() {
    List<Message> lines = new ArrayList<>();
    for (Move move : membersMoved) {
      lines.add(
          Message.of(
              "history.Y6.memberMoved",
              move.id().value(),
              move.before().value(),
              move.after().value()));
    }
    for (Move move : organisationsMoved) {
      lines.add(
          Message.of(
              "history.Y6.cellMoved",
              move.id().value(),
              move.before().value(),
              move.after().value()));
    }
    return List.copyOf(lines);
  }
}
