package io.github.partyorg.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: any sequence of add, move, remove and update operations on a valid tree yields a valid
 * tree with the member count the operations imply, and every subtree the operation did not touch is
 * the same instance as before (path copying). 500 seeded cases, each reproducible by its seed.
 */
class RootUpdatePropertyTest {

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void anyUpdateSequence_keepsTreeValid_countsExact_andReusesUntouchedSubtrees(long seed) {
    Generator gen = new Generator(new Random(seed));
    Root root = gen.root();
    int expectedCount = root.memberCount();
    int steps = 1 + gen.random.nextInt(25);
    for (int step = 0; step < steps; step++) {
      Op op = gen.operation(root);
      Root after = op.apply(root);
      expectedCount += op.memberDelta();
      assertValid(after, expectedCount);
      assertUntouchedReused(root, after, op);
      root = after;
    }
  }

  private static void assertValid(Root root, int expectedCount) {
    assertThat(root.memberCount()).isEqualTo(expectedCount);
    assertThat(root.allMembers().count()).isEqualTo(expectedCount);
    // The whole-tree check of the builder accepts the result and rebuilds an equal root.
    assertThatCode(
            () ->
                Root.builder()
                    .id(root.id())
                    .kind(root.kind())
                    .name(root.name())
                    .snapshotDate(root.snapshotDate())
                    .addAllBaseOrganisations(root.baseOrganisations())
                    .build())
        .doesNotThrowAnyException();
    Root rebuilt =
        Root.builder()
            .id(root.id())
            .kind(root.kind())
            .name(root.name())
            .snapshotDate(root.snapshotDate())
            .addAllBaseOrganisations(root.baseOrganisations())
            .build();
    assertThat(rebuilt).isEqualTo(root).hasSameHashCodeAs(root);
    // The indexes agree with a walk of the tree.
    for (BaseOrganisation base : root.baseOrganisations()) {
      assertThat(root.baseOrganisation(base.id())).containsSame(base);
      for (SubCommittee sub : base.subCommittees()) {
        assertThat(root.subCommittee(sub.id())).containsSame(sub);
        for (Cell cell : sub.cells()) {
          assertHolderIndexed(root, cell, new MemberLocation(base.id(), sub.id(), cell.id()));
        }
      }
      for (Cell cell : base.cells()) {
        assertHolderIndexed(root, cell, new MemberLocation(base.id(), null, cell.id()));
      }
      if (!base.isBaseCommittee()) {
        assertHolderIndexed(root, base, new MemberLocation(base.id(), null, base.id()));
      }
    }
  }

  private static void assertHolderIndexed(Root root, MemberHolder holder, MemberLocation where) {
    if (holder instanceof Cell cell) {
      assertThat(root.cell(cell.id())).containsSame(cell);
    }
    assertThat(root.memberHolder(holder.id())).containsSame(holder);
    for (Member member : holder.members()) {
      assertThat(root.member(member.id())).containsSame(member);
      assertThat(root.locate(member.id())).contains(where);
    }
  }

  private static void assertUntouchedReused(Root before, Root after, Op op) {
    Set<BaseOrganisationId> touchedBases = new HashSet<>();
    for (OrganisationId org : op.touched()) {
      baseOf(before, org).ifPresent(touchedBases::add);
      baseOf(after, org).ifPresent(touchedBases::add);
    }
    for (BaseOrganisationId baseId : before.baseOrganisationIds()) {
      if (!touchedBases.contains(baseId)) {
        assertThat(after.baseOrganisation(baseId).orElseThrow())
            .isSameAs(before.baseOrganisation(baseId).orElseThrow());
      }
    }
    Map<CellId, Cell> cellsBefore = cells(before);
    cells(after)
        .forEach(
            (cellId, cell) -> {
              if (!op.touched().contains(cellId) && cellsBefore.containsKey(cellId)) {
                assertThat(cell).isSameAs(cellsBefore.get(cellId));
              }
            });
    Map<Member, Boolean> membersBefore = new IdentityHashMap<>();
    before.allMembers().forEach(m -> membersBefore.put(m, true));
    after
        .allMembers()
        .filter(m -> !op.changedMembers().contains(m.id()))
        .forEach(m -> assertThat(membersBefore).containsKey(m));
  }

  private static java.util.Optional<BaseOrganisationId> baseOf(Root root, OrganisationId org) {
    if (org instanceof BaseOrganisationId baseId) {
      return root.baseOrganisation(baseId).map(BaseOrganisation::id);
    }
    for (BaseOrganisation base : root.baseOrganisations()) {
      if (org instanceof SubCommitteeId
          && base.subCommittees().stream().anyMatch(s -> s.id().equals(org))) {
        return java.util.Optional.of(base.id());
      }
      if (org instanceof CellId && base.allCells().stream().anyMatch(c -> c.id().equals(org))) {
        return java.util.Optional.of(base.id());
      }
    }
    return java.util.Optional.empty();
  }

  private static Map<CellId, Cell> cells(Root root) {
    Map<CellId, Cell> cells = new HashMap<>();
    for (BaseOrganisation base : root.baseOrganisations()) {
      for (Cell cell : base.allCells()) {
        cells.put(cell.id(), cell);
      }
    }
    return cells;
  }

  /** One update operation, what it touches and how it changes the member count. */
  private interface Op {
    Root apply(Root root);

    int memberDelta();

    /** The organisations whose value changes (holders, parents), before or after. */
    Set<OrganisationId> touched();

    /** Members whose value or place changes. */
    Set<MemberId> changedMembers();
  }

  private record SimpleOp(
      java.util.function.UnaryOperator<Root> f,
      int memberDelta,
      Set<OrganisationId> touched,
      Set<MemberId> changedMembers)
      implements Op {
    @Override
    public Root apply(Root root) {
      return f.apply(root);
    }
  }

  /** Seeded generator of valid trees and of valid operations on them. */
  private static final class Generator {
    final Random random;
    int next;

    Generator(Random random) {
      this.random = random;
    }

    Member newMember() {
      String id = "m" + next++;
      LocalDate admitted = LocalDate.of(1990 + random.nextInt(30), 1 + random.nextInt(12), 1);
      Member.Builder b =
          Member.builder()
              .id(MemberId.of(id))
              .fullName("Trần Thị " + id)
              .gender(random.nextBoolean() ? Gender.MALE : Gender.FEMALE)
              .dateOfBirth(admitted.minusYears(20 + random.nextInt(30)))
              .admissionDate(admitted);
      if (random.nextInt(5) > 0) {
        b.officialDate(admitted.plusYears(1));
      }
      if (random.nextInt(4) == 0) {
        b.addPosts(Post.values()[random.nextInt(Post.values().length)]);
      }
      return b.build();
    }

    List<Member> newMembers(int max) {
      List<Member> members = new ArrayList<>();
      int n = random.nextInt(max + 1);
      for (int i = 0; i < n; i++) {
        members.add(newMember());
      }
      return members;
    }

    Cell newCell() {
      String id = "c" + next++;
      return Cell.builder()
          .id(CellId.of(id))
          .name("Chi bộ " + id)
          .addAllMembers(newMembers(5))
          .build();
    }

    Root root() {
      Root.Builder b = TreeFixtures.root();
      int bases = 1 + random.nextInt(5);
      for (int i = 0; i < bases; i++) {
        String id = "b" + next++;
        if (random.nextBoolean()) {
          b.addBaseOrganisation(
              BaseOrganisation.builder()
                  .id(BaseOrganisationId.of(id))
                  .name("Chi bộ cơ sở " + id)
                  .kind(BaseOrganisationKind.BASE_CELL)
                  .sector(HostSector.values()[random.nextInt(HostSector.values().length)])
                  .addAllMembers(newMembers(6))
                  .build());
        } else {
          BaseOrganisation.Builder base =
              BaseOrganisation.builder()
                  .id(BaseOrganisationId.of(id))
                  .name("Đảng bộ " + id)
                  .kind(BaseOrganisationKind.BASE_COMMITTEE)
                  .sector(HostSector.PRIVATE_ENTERPRISE);
          int cells = 1 + random.nextInt(3);
          for (int c = 0; c < cells; c++) {
            base.addCells(newCell());
          }
          int subs = random.nextInt(3);
          for (int s = 0; s < subs; s++) {
            String subId = "s" + next++;
            SubCommittee.Builder sub =
                SubCommittee.builder()
                    .id(SubCommitteeId.of(subId))
                    .name("Đảng bộ bộ phận " + subId);
            int subCells = random.nextInt(3);
            for (int c = 0; c < subCells; c++) {
              sub.addCells(newCell());
            }
            base.addSubCommittees(sub.build());
          }
          b.addBaseOrganisation(base.build());
        }
      }
      return b.build();
    }

    <T> T pick(List<T> list) {
      return list.get(random.nextInt(list.size()));
    }

    Op operation(Root root) {
      List<Member> members = root.allMembers().toList();
      List<MemberHolderId> holders = new ArrayList<>();
      List<CellParentId> parents = new ArrayList<>();
      List<CellId> cellIds = new ArrayList<>();
      for (BaseOrganisation base : root.baseOrganisations()) {
        if (base.isBaseCommittee()) {
          parents.add(base.id());
          base.subCommittees().forEach(s -> parents.add(s.id()));
          base.allCells().forEach(c -> cellIds.add(c.id()));
          base.allCells().forEach(c -> holders.add(c.id()));
        } else {
          holders.add(base.id());
        }
      }
      int kind = random.nextInt(8);
      if (members.isEmpty() && kind >= 1 && kind <= 3) {
        kind = 0;
      }
      if (cellIds.isEmpty() && kind >= 5) {
        kind = parents.isEmpty() ? 0 : 4;
      }
      if (parents.isEmpty() && kind == 4) {
        kind = 0;
      }
      if (holders.isEmpty()) {
        kind = 4;
      }
      switch (kind) {
        case 0 -> {
          MemberHolderId to = pick(holders);
          Member member = newMember();
          return new SimpleOp(r -> r.withMember(to, member), 1, Set.of(to), Set.of(member.id()));
        }
        case 1 -> {
          Member member = pick(members);
          MemberHolderId from = root.locate(member.id()).orElseThrow().holder();
          Member updated =
              Member.builder()
                  .from(member)
                  .posts(random.nextBoolean() ? Set.of() : Set.of(Post.CELL_SECRETARY))
                  .exemptedSince(root.snapshotDate())
                  .build();
          return new SimpleOp(
              r -> r.withMemberUpdated(updated), 0, Set.of(from), Set.of(member.id()));
        }
        case 2 -> {
          Member member = pick(members);
          MemberHolderId from = root.locate(member.id()).orElseThrow().holder();
          MemberHolderId to = pick(holders);
          Set<OrganisationId> touched = from.equals(to) ? Set.of() : Set.of(from, to);
          return new SimpleOp(
              r -> r.withMemberMoved(member.id(), to), 0, touched, Set.of(member.id()));
        }
        case 3 -> {
          Member member = pick(members);
          MemberHolderId from = root.locate(member.id()).orElseThrow().holder();
          return new SimpleOp(
              r -> r.withoutMember(member.id()), -1, Set.of(from), Set.of(member.id()));
        }
        case 4 -> {
          CellParentId to = pick(parents);
          Cell cell = newCell();
          return new SimpleOp(
              r -> r.withCell(to, cell),
              cell.members().size(),
              Set.of(to, cell.id()),
              ids(cell.members()));
        }
        case 5 -> {
          CellId cellId = pick(cellIds);
          CellParentId to = pick(parents);
          Set<OrganisationId> touched = new HashSet<>(Set.of(to));
          touched.add(parentOf(root, cellId));
          // The moved cell itself is reused: it is not in the touched set.
          return new SimpleOp(r -> r.withCellMoved(cellId, to), 0, touched, Set.of());
        }
        case 6 -> {
          CellId cellId = pick(cellIds);
          Cell cell = root.cell(cellId).orElseThrow();
          return new SimpleOp(
              r -> r.withoutCell(cellId),
              -cell.members().size(),
              Set.of(cellId, parentOf(root, cellId)),
              ids(cell.members()));
        }
        default -> {
          CellId cellId = pick(cellIds);
          Cell cell = root.cell(cellId).orElseThrow();
          List<Member> kept = new ArrayList<>(cell.members());
          Set<MemberId> changed = new HashSet<>();
          if (!kept.isEmpty() && random.nextBoolean()) {
            changed.add(kept.remove(random.nextInt(kept.size())).id());
          }
          List<Member> added = newMembers(2);
          kept.addAll(added);
          changed.addAll(ids(added));
          Cell updated =
              Cell.builder().from(cell).name("Chi bộ mới " + cellId).members(kept).build();
          return new SimpleOp(
              r -> r.withCellUpdated(updated),
              kept.size() - cell.members().size(),
              Set.of(cellId),
              changed);
        }
      }
    }

    private static CellParentId parentOf(Root root, CellId cellId) {
      for (BaseOrganisation base : root.baseOrganisations()) {
        if (base.cells().stream().anyMatch(c -> c.id().equals(cellId))) {
          return base.id();
        }
        for (SubCommittee sub : base.subCommittees()) {
          if (sub.cells().stream().anyMatch(c -> c.id().equals(cellId))) {
            return sub.id();
          }
        }
      }
      throw new AssertionError("no parent for " + cellId);
    }

    private static Set<MemberId> ids(List<Member> members) {
      Set<MemberId> ids = new HashSet<>();
      members.forEach(m -> ids.add(m.id()));
      return ids;
    }
  }
}
