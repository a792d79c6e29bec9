package io.github.partyorg.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The root of an organisation tree: the committee directly above the base organisations, such as a
 * provincial bloc committee (Đảng ủy Khối), as it stands on a snapshot date.
 *
 * <p>Immutable and thread-safe. {@link #builder()} checks the whole tree once and refuses an
 * impossible one with a single {@link InvalidStructureException} that lists every violation found:
 * duplicate ids (organisation ids are unique across base organisations, sub-committees and cells;
 * member ids among members), a member in two places, and any recorded date after the snapshot date.
 * The violations that one entity can detect alone (a blank name, an official date before the
 * admission date, a base cell with cells under it, ...) are refused when that entity is built.
 *
 * <p>Updates ({@code withMember}, {@code withoutCell}, ...) return a new root and copy only the
 * path from the root to the change: every untouched base organisation, sub-committee, cell and
 * member is the same instance in both roots. Indexes by id are persistent maps, so lookups by id
 * and {@link #locate(MemberId)} cost O(log n) plus the size of one cell, and an update costs the
 * size of the organisations on its path, whatever the size of the whole tree.
 *
 * <p>Compliance with the Charter (a cell with fewer than three official members, a late congress)
 * is not checked here: such a tree is valid and the charter check reports it.
 */
public final class Root {
  private final RootId id;
  private final RootKind kind;
  private final String name;
  private final LocalDate snapshotDate;
  private final List<BaseOrganisationId> order;
  private final PersistentMap<BaseOrganisationId, BaseOrganisation> bases;
  private final PersistentMap<MemberId, MemberHolderId> memberHolders;
  private final PersistentMap<CellId, CellParentId> cellParents;
  private final PersistentMap<SubCommitteeId, BaseOrganisationId> subParents;

  private Root(
      RootId id,
      RootKind kind,
      String name,
      LocalDate snapshotDate,
      List<BaseOrganisationId> order,
      PersistentMap<BaseOrganisationId, BaseOrganisation> bases,
      PersistentMap<MemberId, MemberHolderId> memberHolders,
      PersistentMap<CellId, CellParentId> cellParents,
      PersistentMap<SubCommitteeId, BaseOrganisationId> subParents) {
    this.id = id;
    this.kind = kind;
    this.name = name;
    this.snapshotDate = snapshotDate;
    this.order = order;
    this.bases = bases;
    this.memberHolders = memberHolders;
    this.cellParents = cellParents;
    this.subParents = subParents;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id of the root committee.
   *
   * @return the id
   */
  public RootId id() {
    return id;
  }

  /**
   * Returns the kind of the root committee.
   *
   * @return the kind
   */
  public RootKind kind() {
    return kind;
  }

  /**
   * Returns the name of the root committee, NFC-normalised.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the day this tree describes; no recorded date may be after it.
   *
   * @return the snapshot date
   */
  public LocalDate snapshotDate() {
    return snapshotDate;
  }

  /**
   * Returns the base organisations, in their recorded order.
   *
   * @return the base organisations
   */
  public List<BaseOrganisation> baseOrganisations() {
    List<BaseOrganisation> list = new ArrayList<>(order.size());
    for (BaseOrganisationId baseId : order) {
      list.add(requireBase(baseId));
    }
    return List.copyOf(list);
  }

  /**
   * Returns the ids of the base organisations, in their recorded order.
   *
   * @return the ids
   */
  public List<BaseOrganisationId> baseOrganisationIds() {
    return order;
  }

  /**
   * Counts every member of the tree.
   *
   * @return the number of members
   */
  public int memberCount() {
    return memberHolders.size();
  }

  /**
   * Streams every member, base organisation by base organisation in their recorded order.
   *
   * @return the members
   */
  public Stream<Member> allMembers() {
    return order.stream().flatMap(baseId -> requireBase(baseId).allMembers());
  }

  /**
   * Finds a base organisation by id.
   *
   * @param baseId the id
   * @return the base organisation, or empty if the root has none with this id
   */
  public Optional<BaseOrganisation> baseOrganisation(BaseOrganisationId baseId) {
    return Optional.ofNullable(bases.get(Objects.requireNonNull(baseId, "baseId")));
  }

  /**
   * Finds a sub-committee by id.
   *
   * @param subId the id
   * @return the sub-committee, or empty if the root has none with this id
   */
  public Optional<SubCommittee> subCommittee(SubCommitteeId subId) {
    BaseOrganisationId baseId = subParents.get(Objects.requireNonNull(subId, "subId"));
    return baseId == null ? Optional.empty() : Optional.of(findSub(requireBase(baseId), subId));
  }

  /**
   * Finds a cell by id.
   *
   * @param cellId the id
   * @return the cell, or empty if the root has none with this id
   */
  public Optional<Cell> cell(CellId cellId) {
    CellParentId parent = cellParents.get(Objects.requireNonNull(cellId, "cellId"));
    return parent == null ? Optional.empty() : Optional.of(findCell(baseOf(parent), cellId));
  }

  /**
   * Finds an organisation of any kind by id: a base organisation, a sub-committee or a cell, as the
   * id's type says (a {@link CellId} names only a cell).
   *
   * @param organisationId the id
   * @return the organisation, or empty if the root has none of that kind with this id
   * @throws NullPointerException if {@code organisationId} is null
   */
  public Optional<Organisation> organisation(OrganisationId organisationId) {
    Objects.requireNonNull(organisationId, "organisationId");
    if (organisationId instanceof CellId cellId) {
      return cell(cellId).map(Organisation.class::cast);
    }
    if (organisationId instanceof SubCommitteeId subId) {
      return subCommittee(subId).map(Organisation.class::cast);
    }
    return baseOrganisation((BaseOrganisationId) organisationId).map(Organisation.class::cast);
  }

  /**
   * Finds the organisation that holds members directly: a cell, or a base cell.
   *
   * @param holderId the id
   * @return the holder, or empty if the root has no such cell or base cell
   */
  public Optional<MemberHolder> memberHolder(MemberHolderId holderId) {
    Objects.requireNonNull(holderId, "holderId");
    if (holderId instanceof CellId cellId) {
      return cell(cellId).map(MemberHolder.class::cast);
    }
    return baseOrganisation((BaseOrganisationId) holderId)
        .filter(b -> !b.isBaseCommittee())
        .map(MemberHolder.class::cast);
  }

  /**
   * Finds a member by id.
   *
   * @param memberId the id
   * @return the member, or empty if the root has none with this id
   */
  public Optional<Member> member(MemberId memberId) {
    MemberHolderId holderId = memberHolders.get(Objects.requireNonNull(memberId, "memberId"));
    if (holderId == null) {
      return Optional.empty();
    }
    return requireHolder(holderId).member(memberId);
  }

  /**
   * Tells where a member sits, without scanning the tree.
   *
   * @param memberId the id
   * @return the location, or empty if the root has no member with this id
   */
  public Optional<MemberLocation> locate(MemberId memberId) {
    MemberHolderId holderId = memberHolders.get(Objects.requireNonNull(memberId, "memberId"));
    if (holderId == null) {
      return Optional.empty();
    }
    if (holderId instanceof BaseOrganisationId baseId) {
      return Optional.of(new MemberLocation(baseId, null, holderId));
    }
    CellParentId parent = requireCellParent((CellId) holderId);
    if (parent instanceof SubCommitteeId subId) {
      return Optional.of(new MemberLocation(requireSubParent(subId), subId, holderId));
    }
    return Optional.of(new MemberLocation((BaseOrganisationId) parent, null, holderId));
  }

  /**
   * Tells whether an entity of this id's kind and with this id exists in the root: a {@link CellId}
   * names only a cell, never a base organisation that happens to share its text.
   *
   * @param entityId the id
   * @return true if an entity of that kind with this id exists
   */
  public boolean contains(EntityId entityId) {
    Objects.requireNonNull(entityId, "entityId");
    if (entityId instanceof MemberId memberId) {
      return memberHolders.containsKey(memberId);
    }
    if (entityId instanceof RootId rootId) {
      return rootId.equals(id);
    }
    if (entityId instanceof CellId cellId) {
      return cellParents.containsKey(cellId);
    }
    if (entityId instanceof SubCommitteeId subId) {
      return subParents.containsKey(subId);
    }
    return bases.containsKey((BaseOrganisationId) entityId);
  }

  // ---------------------------------------------------------------------------------------------
  // Updates: each copies the path from the root to the change and nothing else.

  /**
   * Returns a root with a member added to a cell or a base cell.
   *
   * @param holderId the cell, or base cell, that will hold the member
   * @param member the new member
   * @return the new root
   * @throws InvalidStructureException if the member's id is taken, the holder does not exist or is
   *     a base committee, or a date of the member is after the snapshot date
   */
  public Root withMember(MemberHolderId holderId, Member member) {
    Objects.requireNonNull(holderId, "holderId");
    Objects.requireNonNull(member, "member");
    Violations violations = new Violations();
    if (memberHolders.containsKey(member.id())) {
      violations.add(ViolationCode.DUPLICATE_ID, member.id(), "structure.duplicateMember.new");
    }
    checkMemberDates(member, violations);
    requireHolder(holderId, violations);
    violations.throwIfAny();
    BaseOrganisation base = baseOfHolder(holderId);
    BaseOrganisation newBase = replaceMembers(base, holderId, members -> appended(members, member));
    return copy(
        order,
        bases.put(newBase.id(), newBase),
        memberHolders.put(member.id(), holderId),
        cellParents,
        subParents);
  }

  /**
   * Returns a root in which a member is replaced by a new value with the same id, in the same
   * place.
   *
   * @param member the new value of the member
   * @return the new root
   * @throws InvalidStructureException if no member has this id, or a date of the member is after
   *     the snapshot date
   */
  public Root withMemberUpdated(Member member) {
    Objects.requireNonNull(member, "member");
    MemberHolderId holderId = requireMemberHolder(member.id());
    Violations violations = new Violations();
    checkMemberDates(member, violations);
    violations.throwIfAny();
    BaseOrganisation base = baseOfHolder(holderId);
    BaseOrganisation newBase = replaceMembers(base, holderId, members -> replaced(members, member));
    return copy(order, bases.put(newBase.id(), newBase), memberHolders, cellParents, subParents);
  }

  /**
   * Returns a root in which a member has moved to another cell or base cell.
   *
   * @param memberId the member
   * @param to the cell, or base cell, that will hold the member
   * @return the new root; this root if the member is already there
   * @throws InvalidStructureException if the member or the destination does not exist, or the
   *     destination is a base committee
   */
  public Root withMemberMoved(MemberId memberId, MemberHolderId to) {
    Objects.requireNonNull(to, "to");
    MemberHolderId from = requireMemberHolder(memberId);
    Violations violations = new Violations();
    requireHolder(to, violations);
    violations.throwIfAny();
    if (from.equals(to)) {
      return this;
    }
    Member member = requireHolder(from).member(memberId).orElseThrow();
    PersistentMap<BaseOrganisationId, BaseOrganisation> newBases = bases;
    BaseOrganisation fromBase =
        replaceMembers(baseOfHolder(from), from, members -> removed(members, memberId));
    newBases = newBases.put(fromBase.id(), fromBase);
    BaseOrganisationId toBaseId = baseIdOfHolder(to);
    BaseOrganisation toBase =
        replaceMembers(
            Objects.requireNonNull(newBases.get(toBaseId)),
            to,
            members -> appended(members, member));
    newBases = newBases.put(toBase.id(), toBase);
    return copy(order, newBases, memberHolders.put(memberId, to), cellParents, subParents);
  }

  /**
   * Returns a root without a member.
   *
   * @param memberId the member to remove
   * @return the new root
   * @throws InvalidStructureException if no member has this id
   */
  public Root withoutMember(MemberId memberId) {
    MemberHolderId holderId = requireMemberHolder(memberId);
    BaseOrganisation newBase =
        replaceMembers(baseOfHolder(holderId), holderId, members -> removed(members, memberId));
    return copy(
        order,
        bases.put(newBase.id(), newBase),
        memberHolders.remove(memberId),
        cellParents,
        subParents);
  }

  /**
   * Returns a root with a cell, and its members, added under a base committee or a sub-committee.
   *
   * @param parentId the base committee or sub-committee
   * @param cell the new cell
   * @return the new root
   * @throws InvalidStructureException if the cell's id or a member's id is taken, the parent does
   *     not exist or is a base cell, or a date is after the snapshot date
   */
  public Root withCell(CellParentId parentId, Cell cell) {
    Objects.requireNonNull(parentId, "parentId");
    Objects.requireNonNull(cell, "cell");
    Violations violations = new Violations();
    if (organisationIdTaken(cell.id().value())) {
      violations.add(ViolationCode.DUPLICATE_ID, cell.id(), "structure.duplicateCell");
    }
    requireCellParentExists(parentId, violations);
    checkNewMembers(cell.members(), Set.of(), violations);
    checkCellDates(cell, violations);
    violations.throwIfAny();
    BaseOrganisation base = baseOf(parentId);
    BaseOrganisation newBase = replaceCells(base, parentId, cells -> appended(cells, cell));
    PersistentMap<MemberId, MemberHolderId> newHolders = memberHolders;
    for (Member member : cell.members()) {
      newHolders = newHolders.put(member.id(), cell.id());
    }
    return copy(
        order,
        bases.put(newBase.id(), newBase),
        newHolders,
        cellParents.put(cell.id(), parentId),
        subParents);
  }

  /**
   * Returns a root in which a cell is replaced by a new value with the same id, in the same place.
   * Members that are no longer in the cell leave the root; new members join it.
   *
   * @param cell the new value of the cell
   * @return the new root
   * @throws InvalidStructureException if no cell has this id, a new member's id is taken, or a date
   *     is after the snapshot date
   */
  public Root withCellUpdated(Cell cell) {
    Objects.requireNonNull(cell, "cell");
    CellParentId parentId = requireCellParent(cell.id());
    Cell old = findCell(baseOf(parentId), cell.id());
    Set<MemberId> oldIds = new HashSet<>();
    for (Member member : old.members()) {
      oldIds.add(member.id());
    }
    Violations violations = new Violations();
    checkNewMembers(cell.members(), oldIds, violations);
    checkCellDates(cell, violations);
    violations.throwIfAny();
    PersistentMap<MemberId, MemberHolderId> newHolders = memberHolders;
    for (MemberId oldId : oldIds) {
      newHolders = newHolders.remove(oldId);
    }
    for (Member member : cell.members()) {
      newHolders = newHolders.put(member.id(), cell.id());
    }
    BaseOrganisation newBase =
        replaceCells(baseOf(parentId), parentId, cells -> replaced(cells, cell));
    return copy(order, bases.put(newBase.id(), newBase), newHolders, cellParents, subParents);
  }

  /**
   * Returns a root in which a cell, with its members, has moved under another base committee or
   * sub-committee.
   *
   * @param cellId the cell
   * @param to the new parent
   * @return the new root; this root if the cell is already there
   * @throws InvalidStructureException if the cell or the parent does not exist, or the parent is a
   *     base cell
   */
  public Root withCellMoved(CellId cellId, CellParentId to) {
    Objects.requireNonNull(to, "to");
    CellParentId from = requireCellParent(cellId);
    Violations violations = new Violations();
    requireCellParentExists(to, violations);
    violations.throwIfAny();
    if (from.equals(to)) {
      return this;
    }
    Cell cell = findCell(baseOf(from), cellId);
    BaseOrganisation fromBase = replaceCells(baseOf(from), from, cells -> removed(cells, cellId));
    PersistentMap<BaseOrganisationId, BaseOrganisation> newBases =
        bases.put(fromBase.id(), fromBase);
    BaseOrganisationId toBaseId = baseIdOf(to);
    BaseOrganisation toBase =
        replaceCells(
            Objects.requireNonNull(newBases.get(toBaseId)), to, cells -> appended(cells, cell));
    newBases = newBases.put(toBase.id(), toBase);
    return copy(order, newBases, memberHolders, cellParents.put(cellId, to), subParents);
  }

  /**
   * Returns a root without a cell and its members.
   *
   * @param cellId the cell to remove
   * @return the new root
   * @throws InvalidStructureException if no cell has this id
   */
  public Root withoutCell(CellId cellId) {
    CellParentId parentId = requireCellParent(cellId);
    BaseOrganisation base = baseOf(parentId);
    Cell cell = findCell(base, cellId);
    PersistentMap<MemberId, MemberHolderId> newHolders = memberHolders;
    for (Member member : cell.members()) {
      newHolders = newHolders.remove(member.id());
    }
    BaseOrganisation newBase = replaceCells(base, parentId, cells -> removed(cells, cellId));
    return copy(
        order,
        bases.put(newBase.id(), newBase),
        newHolders,
        cellParents.remove(cellId),
        subParents);
  }

  /**
   * Returns a root with a base organisation, and everything under it, added after the others.
   *
   * @param base the new base organisation
   * @return the new root
   * @throws InvalidStructureException if an id in it is taken or repeated, or a date is after the
   *     snapshot date
   */
  public Root withBaseOrganisation(BaseOrganisation base) {
    Objects.requireNonNull(base, "base");
    Indexer indexer = new Indexer(snapshotDate, this);
    indexer.index(base);
    indexer.violations.throwIfAny();
    List<BaseOrganisationId> newOrder = appended(order, base.id());
    return new Root(
        id,
        kind,
        name,
        snapshotDate,
        newOrder,
        bases.put(base.id(), base),
        indexer.memberHolders,
        indexer.cellParents,
        indexer.subParents);
  }

  /**
   * Returns a root without a base organisation and everything under it.
   *
   * @param baseId the base organisation to remove
   * @return the new root
   * @throws InvalidStructureException if no base organisation has this id
   */
  public Root withoutBaseOrganisation(BaseOrganisationId baseId) {
    BaseOrganisation base = requireBaseOrThrow(baseId);
    PersistentMap<MemberId, MemberHolderId> newHolders = memberHolders;
    PersistentMap<CellId, CellParentId> newCellParents = cellParents;
    PersistentMap<SubCommitteeId, BaseOrganisationId> newSubParents = subParents;
    for (Member member : base.allMembers().toList()) {
      newHolders = newHolders.remove(member.id());
    }
    for (Cell cell : base.allCells()) {
      newCellParents = newCellParents.remove(cell.id());
    }
    for (SubCommittee sub : base.subCommittees()) {
      newSubParents = newSubParents.remove(sub.id());
    }
    List<BaseOrganisationId> newOrder = order.stream().filter(b -> !b.equals(baseId)).toList();
    return new Root(
        id,
        kind,
        name,
        snapshotDate,
        newOrder,
        bases.remove(baseId),
        newHolders,
        newCellParents,
        newSubParents);
  }

  // ---------------------------------------------------------------------------------------------

  private Root copy(
      List<BaseOrganisationId> newOrder,
      PersistentMap<BaseOrganisationId, BaseOrganisation> newBases,
      PersistentMap<MemberId, MemberHolderId> newHolders,
      PersistentMap<CellId, CellParentId> newCellParents,
      PersistentMap<SubCommitteeId, BaseOrganisationId> newSubParents) {
    return new Root(
        id,
        kind,
        name,
        snapshotDate,
        newOrder,
        newBases,
        newHolders,
        newCellParents,
        newSubParents);
  }

  private boolean organisationIdTaken(String value) {
    return bases.containsKey(new BaseOrganisationId(value))
        || cellParents.containsKey(new CellId(value))
        || subParents.containsKey(new SubCommitteeId(value));
  }

  private BaseOrganisation requireBase(BaseOrganisationId baseId) {
    return Objects.requireNonNull(bases.get(baseId), "index out of step with tree");
  }

  private BaseOrganisation requireBaseOrThrow(BaseOrganisationId baseId) {
    BaseOrganisation base = bases.get(Objects.requireNonNull(baseId, "baseId"));
    if (base == null) {
      throw unknown(baseId, "structure.entity.baseOrganisation");
    }
    return base;
  }

  private MemberHolderId requireMemberHolder(MemberId memberId) {
    MemberHolderId holderId = memberHolders.get(Objects.requireNonNull(memberId, "memberId"));
    if (holderId == null) {
      throw unknown(memberId, "structure.entity.member");
    }
    return holderId;
  }

  private CellParentId requireCellParent(CellId cellId) {
    CellParentId parent = cellParents.get(Objects.requireNonNull(cellId, "cellId"));
    if (parent == null) {
      throw unknown(cellId, "structure.entity.cell");
    }
    return parent;
  }

  private BaseOrganisationId requireSubParent(SubCommitteeId subId) {
    return Objects.requireNonNull(subParents.get(subId), "index out of step with tree");
  }

  private static InvalidStructureException unknown(EntityId entityId, String what) {
    return new InvalidStructureException(
        List.of(
            Violation.of(
                ViolationCode.UNKNOWN_ENTITY,
                entityId.value(),
                Message.of("structure.unknown", Message.of(what)))));
  }

  private MemberHolder requireHolder(MemberHolderId holderId) {
    if (holderId instanceof CellId cellId) {
      return findCell(baseOf(requireCellParent(cellId)), cellId);
    }
    return requireBaseOrThrow((BaseOrganisationId) holderId);
  }

  private void requireHolder(MemberHolderId holderId, Violations violations) {
    if (holderId instanceof CellId cellId) {
      if (!cellParents.containsKey(cellId)) {
        violations.add(unknown(cellId, "structure.entity.cell").violations().get(0));
      }
      return;
    }
    BaseOrganisation base = bases.get((BaseOrganisationId) holderId);
    if (base == null) {
      violations.add(unknown(holderId, "structure.entity.baseCell").violations().get(0));
    } else if (base.isBaseCommittee()) {
      violations.add(
          ViolationCode.WRONG_ORGANISATION_KIND, holderId, "structure.holderIsBaseCommittee");
    }
  }

  private void requireCellParentExists(CellParentId parentId, Violations violations) {
    if (parentId instanceof SubCommitteeId subId) {
      if (!subParents.containsKey(subId)) {
        violations.add(unknown(subId, "structure.entity.subCommittee").violations().get(0));
      }
      return;
    }
    BaseOrganisation base = bases.get((BaseOrganisationId) parentId);
    if (base == null) {
      violations.add(unknown(parentId, "structure.entity.baseCommittee").violations().get(0));
    } else if (!base.isBaseCommittee()) {
      violations.add(ViolationCode.WRONG_ORGANISATION_KIND, parentId, "structure.parentIsBaseCell");
    }
  }

  private BaseOrganisationId baseIdOf(CellParentId parentId) {
    return parentId instanceof SubCommitteeId subId
        ? requireSubParent(subId)
        : (BaseOrganisationId) parentId;
  }

  private BaseOrganisation baseOf(CellParentId parentId) {
    return requireBase(baseIdOf(parentId));
  }

  private BaseOrganisationId baseIdOfHolder(MemberHolderId holderId) {
    return holderId instanceof CellId cellId
        ? baseIdOf(requireCellParent(cellId))
        : (BaseOrganisationId) holderId;
  }

  private BaseOrganisation baseOfHolder(MemberHolderId holderId) {
    return requireBase(baseIdOfHolder(holderId));
  }

  private static SubCommittee findSub(BaseOrganisation base, SubCommitteeId subId) {
    for (SubCommittee sub : base.subCommittees()) {
      if (sub.id().equals(subId)) {
        return sub;
      }
    }
    throw new IllegalStateException("index out of step with tree at " + subId);
  }

  private Cell findCell(BaseOrganisation base, CellId cellId) {
    CellParentId parent = requireCellParent(cellId);
    List<Cell> cells =
        parent instanceof SubCommitteeId subId ? findSub(base, subId).cells() : base.cells();
    for (Cell cell : cells) {
      if (cell.id().equals(cellId)) {
        return cell;
      }
    }
    throw new IllegalStateException("index out of step with tree at " + cellId);
  }

  private BaseOrganisation replaceMembers(
      BaseOrganisation base, MemberHolderId holderId, UnaryOperator<List<Member>> change) {
    if (holderId instanceof BaseOrganisationId) {
      return ((ImmutableBaseOrganisation) base).withMembers(change.apply(base.members()));
    }
    CellId cellId = (CellId) holderId;
    CellParentId parent = requireCellParent(cellId);
    return replaceCells(
        base,
        parent,
        cells ->
            replacedWith(
                cells,
                cellId,
                cell -> ((ImmutableCell) cell).withMembers(change.apply(cell.members()))));
  }

  private static BaseOrganisation replaceCells(
      BaseOrganisation base, CellParentId parentId, UnaryOperator<List<Cell>> change) {
    if (parentId instanceof BaseOrganisationId) {
      return ((ImmutableBaseOrganisation) base).withCells(change.apply(base.cells()));
    }
    SubCommitteeId subId = (SubCommitteeId) parentId;
    List<SubCommittee> subs = new ArrayList<>(base.subCommittees());
    for (int i = 0; i < subs.size(); i++) {
      SubCommittee sub = subs.get(i);
      if (sub.id().equals(subId)) {
        subs.set(i, ((ImmutableSubCommittee) sub).withCells(change.apply(sub.cells())));
        return ((ImmutableBaseOrganisation) base).withSubCommittees(subs);
      }
    }
    throw new IllegalStateException("index out of step with tree at " + subId);
  }

  private static <T> List<T> appended(List<T> list, T item) {
    List<T> copy = new ArrayList<>(list.size() + 1);
    copy.addAll(list);
    copy.add(item);
    return copy;
  }

  private static List<Member> replaced(List<Member> members, Member member) {
    List<Member> copy = new ArrayList<>(members);
    for (int i = 0; i < copy.size(); i++) {
      if (copy.get(i).id().equals(member.id())) {
        copy.set(i, member);
        return copy;
      }
    }
    throw new IllegalStateException("index out of step with tree at " + member.id());
  }

  private static List<Cell> replaced(List<Cell> cells, Cell cell) {
    return replacedWith(cells, cell.id(), old -> cell);
  }

  private static List<Cell> replacedWith(List<Cell> cells, CellId cellId, UnaryOperator<Cell> f) {
    List<Cell> copy = new ArrayList<>(cells);
    for (int i = 0; i < copy.size(); i++) {
      if (copy.get(i).id().equals(cellId)) {
        copy.set(i, f.apply(copy.get(i)));
        return copy;
      }
    }
    throw new IllegalStateException("index out of step with tree at " + cellId);
  }

  private static List<Member> removed(List<Member> members, MemberId memberId) {
    return members.stream().filter(m -> !m.id().equals(memberId)).toList();
  }

  private static List<Cell> removed(List<Cell> cells, CellId cellId) {
    return cells.stream().filter(c -> !c.id().equals(cellId)).toList();
  }

  private void checkMemberDates(Member member, Violations violations) {
    Indexer.checkMemberDates(member, snapshotDate, violations);
  }

  private void checkCellDates(Cell cell, Violations violations) {
    Indexer.checkOrganisationDates(
        cell.id(),
        cell.foundedOn(),
        cell.lastCongressOn(),
        cell.consents(),
        snapshotDate,
        violations);
    for (Member member : cell.members()) {
      checkMemberDates(member, violations);
    }
  }

  private void checkNewMembers(List<Member> members, Set<MemberId> allowed, Violations violations) {
    Set<MemberId> seen = new HashSet<>();
    for (Member member : members) {
      boolean firstInCell = seen.add(member.id());
      Optional<Member> existing =
          allowed.contains(member.id()) ? Optional.empty() : member(member.id());
      if (existing.isPresent() && existing.get().equals(member)) {
        violations.add(
            ViolationCode.MEMBER_IN_TWO_PLACES, member.id(), "structure.memberAlreadyInRoot");
      } else if (!firstInCell || existing.isPresent()) {
        violations.add(ViolationCode.DUPLICATE_ID, member.id(), "structure.duplicateMember");
      }
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Root that)) {
      return false;
    }
    if (!id.equals(that.id)
        || kind != that.kind
        || !name.equals(that.name)
        || !snapshotDate.equals(that.snapshotDate)
        || !order.equals(that.order)) {
      return false;
    }
    for (BaseOrganisationId baseId : order) {
      if (!requireBase(baseId).equals(that.requireBase(baseId))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = Objects.hash(id, kind, name, snapshotDate);
    for (BaseOrganisationId baseId : order) {
      h = 31 * h + requireBase(baseId).hashCode();
    }
    return h;
  }

  @Override
  public String toString() {
    return "Root{id="
        + id
        + ", kind="
        + kind
        + ", snapshotDate="
        + snapshotDate
        + ", baseOrganisations="
        + order.size()
        + ", members="
        + memberCount()
        + "}";
  }

  /**
   * Builds a {@link Root}, checking the whole tree once. Not thread-safe; the root it builds is.
   */
  public static final class Builder {
    private @Nullable RootId id;
    private @Nullable RootKind kind;
    private @Nullable String name;
    private @Nullable LocalDate snapshotDate;
    private final List<BaseOrganisation> baseOrganisations = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the root's id. <b>Required.</b>
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(RootId id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the kind of the root committee. <b>Required.</b>
     *
     * @param kind the kind
     * @return this builder
     */
    public Builder kind(RootKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /**
     * Sets the name; it is NFC-normalised. <b>Required.</b>
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the day the tree describes; no recorded date may be after it. <b>Required.</b>
     *
     * @param snapshotDate the snapshot date
     * @return this builder
     */
    public Builder snapshotDate(LocalDate snapshotDate) {
      this.snapshotDate = Objects.requireNonNull(snapshotDate, "snapshotDate");
      return this;
    }

    /**
     * Adds a base organisation after those already added.
     *
     * @param base the base organisation
     * @return this builder
     */
    public Builder addBaseOrganisation(BaseOrganisation base) {
      baseOrganisations.add(Objects.requireNonNull(base, "base"));
      return this;
    }

    /**
     * Adds base organisations after those already added.
     *
     * @param bases the base organisations
     * @return this builder
     */
    public Builder addAllBaseOrganisations(Iterable<? extends BaseOrganisation> bases) {
      for (BaseOrganisation base : bases) {
        addBaseOrganisation(base);
      }
      return this;
    }

    /**
     * Builds the root after checking the whole tree.
     *
     * @return the root
     * @throws InvalidStructureException listing every required field not set (id, kind, name,
     *     snapshot date), or else every duplicate id, member in two places, date after the snapshot
     *     date and blank name found
     */
    public Root build() {
      List<Violation> missing = new ArrayList<>();
      String label = id == null ? null : id.value();
      if (id == null) {
        missing.add(Violation.missingField(Message.of("structure.entity.root"), label, "id"));
      }
      if (kind == null) {
        missing.add(Violation.missingField(Message.of("structure.entity.root"), label, "kind"));
      }
      if (name == null) {
        missing.add(Violation.missingField(Message.of("structure.entity.root"), label, "name"));
      }
      if (snapshotDate == null) {
        missing.add(
            Violation.missingField(Message.of("structure.entity.root"), label, "snapshotDate"));
      }
      if (!missing.isEmpty()) {
        throw new InvalidStructureException(missing);
      }
      RootId rootId = require(id, "id");
      RootKind rootKind = require(kind, "kind");
      String rootName = Texts.nfc(require(name, "name"));
      LocalDate snapshot = require(snapshotDate, "snapshotDate");
      Indexer indexer = new Indexer(snapshot, null);
      if (rootName.isEmpty()) {
        indexer.violations.add(
            ViolationCode.BLANK_NAME,
            rootId,
            "structure.blankName",
            Message.of("structure.entity.root"));
      }
      List<BaseOrganisationId> order = new ArrayList<>();
      PersistentMap<BaseOrganisationId, BaseOrganisation> bases = PersistentMap.empty();
      for (BaseOrganisation base : baseOrganisations) {
        indexer.index(base);
        if (!bases.containsKey(base.id())) {
          order.add(base.id());
          bases = bases.put(base.id(), base);
        }
      }
      indexer.violations.throwIfAny();
      indexer.finish();
      return new Root(
          rootId,
          rootKind,
          rootName,
          snapshot,
          List.copyOf(order),
          bases,
          indexer.memberHolders,
          indexer.cellParents,
          indexer.subParents);
    }

    private static <T> T require(@Nullable T value, String what) {
      if (value == null) {
        throw new IllegalStateException("Root.Builder: " + what + " is not set");
      }
      return value;
    }
  }

  /** Walks base organisations, collecting violations and building the indexes. */
  private static final class Indexer {
    final LocalDate snapshot;
    final Violations violations = new Violations();
    PersistentMap<MemberId, MemberHolderId> memberHolders;
    PersistentMap<CellId, CellParentId> cellParents;
    PersistentMap<SubCommitteeId, BaseOrganisationId> subParents;
    final Set<String> organisationIds = new HashSet<>();
    final Map<MemberId, Member> membersSeen = new HashMap<>();
    final @Nullable Root existing;
    // For a new root, the member index is built at once by finish(), in the order members are met.
    private final List<MemberId> newMemberIds = new ArrayList<>();
    private final List<MemberHolderId> newHolderIds = new ArrayList<>();

    Indexer(LocalDate snapshot, @Nullable Root existing) {
      this.snapshot = snapshot;
      this.existing = existing;
      this.memberHolders = existing == null ? PersistentMap.empty() : existing.memberHolders;
      this.cellParents = existing == null ? PersistentMap.empty() : existing.cellParents;
      this.subParents = existing == null ? PersistentMap.empty() : existing.subParents;
    }

    /** Builds the member index of a new root from the members indexed. */
    void finish() {
      if (existing == null && !newMemberIds.isEmpty()) {
        memberHolders = PersistentMap.ofDistinct(newMemberIds, newHolderIds);
      }
    }

    void index(BaseOrganisation base) {
      claimOrganisationId(base.id(), "structure.entity.baseOrganisation");
      checkOrganisationDates(
          base.id(),
          base.foundedOn(),
          base.lastCongressOn(),
          base.consents(),
          snapshot,
          violations);
      indexMembers(base.id(), base.members());
      for (Cell cell : base.cells()) {
        indexCell(base.id(), cell);
      }
      for (SubCommittee sub : base.subCommittees()) {
        claimOrganisationId(sub.id(), "structure.entity.subCommittee");
        checkOrganisationDates(
            sub.id(), sub.foundedOn(), Optional.empty(), sub.consents(), snapshot, violations);
        subParents = subParents.put(sub.id(), base.id());
        for (Cell cell : sub.cells()) {
          indexCell(sub.id(), cell);
        }
      }
    }

    private void indexCell(CellParentId parent, Cell cell) {
      claimOrganisationId(cell.id(), "structure.entity.cell");
      checkOrganisationDates(
          cell.id(),
          cell.foundedOn(),
          cell.lastCongressOn(),
          cell.consents(),
          snapshot,
          violations);
      cellParents = cellParents.put(cell.id(), parent);
      indexMembers(cell.id(), cell.members());
    }

    private void indexMembers(MemberHolderId holder, List<Member> members) {
      for (Member member : members) {
        checkMemberDates(member, snapshot, violations);
        Member previous = membersSeen.putIfAbsent(member.id(), member);
        if (previous == null && existing != null) {
          previous = existing.member(member.id()).orElse(null);
        }
        if (previous != null) {
          if (previous != null && previous.equals(member)) {
            violations.add(
                ViolationCode.MEMBER_IN_TWO_PLACES,
                member.id(),
                "structure.memberInTwoPlaces",
                holder.value());
          } else {
            violations.add(ViolationCode.DUPLICATE_ID, member.id(), "structure.sharedId");
          }
        } else if (existing == null) {
          newMemberIds.add(member.id());
          newHolderIds.add(holder);
        } else {
          memberHolders = memberHolders.put(member.id(), holder);
        }
      }
    }

    private void claimOrganisationId(OrganisationId orgId, String what) {
      boolean taken =
          !organisationIds.add(orgId.value())
              || (existing != null && existing.organisationIdTaken(orgId.value()));
      if (taken) {
        violations.add(
            ViolationCode.DUPLICATE_ID, orgId, "structure.organisationIdTaken", Message.of(what));
      }
    }

    static void checkMemberDates(Member member, LocalDate snapshot, Violations violations) {
      if (member.hasDateAfter(snapshot)) {
        violations.add(
            ViolationCode.DATE_AFTER_SNAPSHOT, member.id(), "structure.memberDateAfterSnapshot");
      }
    }

    static void checkOrganisationDates(
        OrganisationId orgId,
        Optional<LocalDate> foundedOn,
        Optional<LocalDate> lastCongressOn,
        List<Consent> consents,
        LocalDate snapshot,
        Violations violations) {
      List<LocalDate> dates = new ArrayList<>();
      foundedOn.ifPresent(dates::add);
      lastCongressOn.ifPresent(dates::add);
      for (Consent consent : consents) {
        dates.add(consent.date());
      }
      for (LocalDate date : dates) {
        if (date.isAfter(snapshot)) {
          violations.add(
              ViolationCode.DATE_AFTER_SNAPSHOT, orgId, "structure.organisationDateAfterSnapshot");
          return;
        }
      }
    }
  }
}
