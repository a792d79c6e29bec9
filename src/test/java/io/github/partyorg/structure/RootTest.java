package io.github.partyorg.structure;

import static io.github.partyorg.structure.TreeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RootTest {

  /** b1: base cell (m1, m2, m3); b2: base committee with c1 (m4) and sub-committee s1 (c2: m5). */
  private static Root sample() {
    SubCommittee sub =
        SubCommittee.builder()
            .id(SubCommitteeId.of("s1"))
            .name("Bộ phận")
            .addCells(cell("c2", official("m5")))
            .build();
    return root()
        .addBaseOrganisation(baseCell("b1", official("m1"), official("m2"), official("m3")))
        .addBaseOrganisation(
            BaseOrganisation.builder()
                .from(baseCommittee("b2", cell("c1", official("m4"))))
                .addSubCommittees(sub)
                .build())
        .build();
  }

  @Test
  void lookupsFindMembersCellsAndBasesById() {
    Root root =
        root()
            .addBaseOrganisation(baseCell("b1", official("m1"), official("m2"), official("m3")))
            .addBaseOrganisation(baseCommittee("b2", cell("c1", official("m4"))))
            .build();

    assertThat(root.memberCount()).isEqualTo(4);
    assertThat(root.member(MemberId.of("m4"))).isPresent();
    assertThat(root.locate(MemberId.of("m4")))
        .contains(new MemberLocation(BaseOrganisationId.of("b2"), null, CellId.of("c1")));
    assertThat(root.locate(MemberId.of("m1")))
        .contains(
            new MemberLocation(BaseOrganisationId.of("b1"), null, BaseOrganisationId.of("b1")));
    assertThat(root.cell(CellId.of("c1"))).isPresent();
    assertThat(root.member(MemberId.of("nobody"))).isEmpty();
  }

  @Test
  void attributesOfTheRoot_areKept_andTheNameIsNfc() {
    Root root =
        root()
            .name(Normalizer.normalize("  Đảng ủy Khối thử nghiệm ", Normalizer.Form.NFD))
            .build();

    assertThat(root.id()).isEqualTo(RootId.of("khoi"));
    assertThat(root.kind()).isEqualTo(RootKind.PROVINCIAL_BLOC);
    assertThat(root.name()).isEqualTo("Đảng ủy Khối thử nghiệm");
    assertThat(root.snapshotDate()).isEqualTo(SNAPSHOT);
    assertThat(root.baseOrganisations()).isEmpty();
    assertThat(root.memberCount()).isZero();
  }

  @Test
  void builder_needsIdKindNameAndSnapshot() {
    // Every missing field at once, with the library's exception (issue 14), not the first alone.
    assertThatThrownBy(() -> Root.builder().build())
        .isInstanceOfSatisfying(
            InvalidStructureException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::code, Violation::entityId)
                    .containsOnly(tuple(ViolationCode.MISSING_FIELD, "(no id)"))
                    .hasSize(4))
        .hasMessageContaining("id")
        .hasMessageContaining("kind")
        .hasMessageContaining("name")
        .hasMessageContaining("snapshotDate");
    assertThatThrownBy(() -> Root.builder().id(RootId.of("r")).kind(RootKind.OTHER).build())
        .isInstanceOfSatisfying(
            InvalidStructureException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::entityId, Violation::message)
                    .containsExactly(
                        tuple(
                            "r",
                            "The root has no name, which is required; give it with name(...)."),
                        tuple(
                            "r",
                            "The root has no snapshotDate, which is required; give it with"
                                + " snapshotDate(...).")));
  }

  @Test
  void baseOrganisations_keepTheirOrder() {
    Root root = sample();

    assertThat(root.baseOrganisationIds())
        .containsExactly(BaseOrganisationId.of("b1"), BaseOrganisationId.of("b2"));
    assertThat(root.baseOrganisations())
        .extracting(BaseOrganisation::id)
        .containsExactly(BaseOrganisationId.of("b1"), BaseOrganisationId.of("b2"));
    assertThat(root.allMembers())
        .extracting(Member::id)
        .extracting(MemberId::value)
        .containsExactly("m1", "m2", "m3", "m4", "m5");
  }

  @Test
  void lookupsOfUnknownIds_areEmpty() {
    Root root = sample();

    assertThat(root.member(MemberId.of("x"))).isEmpty();
    assertThat(root.locate(MemberId.of("x"))).isEmpty();
    assertThat(root.cell(CellId.of("x"))).isEmpty();
    assertThat(root.subCommittee(SubCommitteeId.of("x"))).isEmpty();
    assertThat(root.baseOrganisation(BaseOrganisationId.of("x"))).isEmpty();
    assertThat(root.memberHolder(CellId.of("x"))).isEmpty();
    assertThat(root.memberHolder(BaseOrganisationId.of("x"))).isEmpty();
    assertThat(root.organisation(CellId.of("x"))).isEmpty();
    assertThat(root.organisation(SubCommitteeId.of("x"))).isEmpty();
    assertThat(root.organisation(BaseOrganisationId.of("x"))).isEmpty();
  }

  @Test
  void organisation_findsEveryKindById_withoutCasts() {
    Root root = sample();
    for (BaseOrganisation base : root.baseOrganisations()) {
      assertThat(root.organisation(base.id())).containsSame(base);
      for (SubCommittee sub : base.subCommittees()) {
        assertThat(root.organisation(sub.id()))
            .hasValueSatisfying(o -> assertThat(o.name()).isEqualTo(sub.name()));
        assertThat(root.organisation(sub.id()).orElseThrow().id()).isEqualTo(sub.id());
      }
    }
    root.allMembers()
        .forEach(
            m -> {
              OrganisationId holder = root.locate(m.id()).orElseThrow().holder();
              assertThat(root.organisation(holder).orElseThrow().id()).isEqualTo(holder);
            });
    // A cell id names only a cell, not a base organisation of the same text.
    assertThat(root.organisation(CellId.of(root.baseOrganisations().get(0).id().value())))
        .isEmpty();
  }

  @Test
  void locate_givesTheSubCommitteeOfTheCell() {
    assertThat(sample().locate(MemberId.of("m5")))
        .contains(
            new MemberLocation(
                BaseOrganisationId.of("b2"), SubCommitteeId.of("s1"), CellId.of("c2")));
  }

  @Test
  void subCommittee_andCellInsideIt_areFound() {
    Root root = sample();

    assertThat(root.subCommittee(SubCommitteeId.of("s1")))
        .hasValueSatisfying(
            s -> assertThat(s.cells()).extracting(Cell::id).contains(CellId.of("c2")));
    assertThat(root.cell(CellId.of("c2")))
        .hasValueSatisfying(c -> assertThat(c.members()).hasSize(1));
    assertThat(root.member(MemberId.of("m5"))).contains(official("m5"));
  }

  @Test
  void memberHolder_isACellOrABaseCell_neverABaseCommittee() {
    Root root = sample();

    assertThat(root.memberHolder(CellId.of("c1"))).map(MemberHolder::id).contains(CellId.of("c1"));
    assertThat(root.memberHolder(BaseOrganisationId.of("b1")))
        .map(MemberHolder::id)
        .contains(BaseOrganisationId.of("b1"));
    assertThat(root.memberHolder(BaseOrganisationId.of("b2"))).isEmpty();
  }

  @Test
  void contains_knowsEveryKindOfId() {
    Root root = sample();

    assertThat(root.contains(MemberId.of("m1"))).isTrue();
    assertThat(root.contains(MemberId.of("b1"))).isFalse();
    assertThat(root.contains(RootId.of("khoi"))).isTrue();
    assertThat(root.contains(RootId.of("other"))).isFalse();
    assertThat(root.contains(BaseOrganisationId.of("b2"))).isTrue();
    assertThat(root.contains(CellId.of("c2"))).isTrue();
    assertThat(root.contains(SubCommitteeId.of("s1"))).isTrue();
    assertThat(root.contains(CellId.of("c9"))).isFalse();
  }

  @Test
  void contains_checksTheKindOfTheId() {
    Root root = sample();

    assertThat(root.contains(BaseOrganisationId.of("b1"))).isTrue();
    assertThat(root.contains(CellId.of("b1"))).isFalse();
    assertThat(root.contains(SubCommitteeId.of("b1"))).isFalse();
    assertThat(root.contains(BaseOrganisationId.of("c2"))).isFalse();
  }

  @Test
  void equalTrees_areEqual_andAChangedMemberIsNot() {
    Root a = sample();
    Root b = sample();
    Root changed = a.withMemberUpdated(member("m5").addPosts(Post.CELL_SECRETARY).build());

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isEqualTo(a);
    assertThat(changed).isNotEqualTo(a);
    assertThat(a).isNotEqualTo(changed).isNotEqualTo("root").isNotEqualTo(null);
    assertThat(root().name("Other").build()).isNotEqualTo(root().build());
    assertThat(root().snapshotDate(SNAPSHOT.minusDays(1)).build()).isNotEqualTo(root().build());
    assertThat(root().kind(RootKind.OTHER).build()).isNotEqualTo(root().build());
    assertThat(root().id(RootId.of("r2")).build()).isNotEqualTo(root().build());
    assertThat(sample().withoutBaseOrganisation(BaseOrganisationId.of("b1")))
        .isNotEqualTo(sample());
  }

  @Test
  void toString_hasIdsAndCountsButNoPersonalData() {
    Root root = sample();

    assertThat(root.toString())
        .contains("khoi")
        .contains("members=5")
        .contains("baseOrganisations=2")
        .doesNotContain("Nguyễn")
        .doesNotContain("1980-01-01");
  }

  @Test
  void withMember_addsToACellOrABaseCell_andSharesUntouchedBases() {
    Root root = sample();
    Member newcomer = probationary("m9");

    Root inCell = root.withMember(CellId.of("c2"), newcomer);
    Root inBaseCell = root.withMember(BaseOrganisationId.of("b1"), newcomer);

    assertThat(inCell.memberCount()).isEqualTo(6);
    assertThat(inCell.locate(MemberId.of("m9")))
        .contains(
            new MemberLocation(
                BaseOrganisationId.of("b2"), SubCommitteeId.of("s1"), CellId.of("c2")));
    assertThat(inCell.baseOrganisation(BaseOrganisationId.of("b1")).orElseThrow())
        .isSameAs(root.baseOrganisation(BaseOrganisationId.of("b1")).orElseThrow());
    assertThat(inBaseCell.member(MemberId.of("m9"))).contains(newcomer);
    assertThat(inBaseCell.baseOrganisation(BaseOrganisationId.of("b1")).orElseThrow().members())
        .hasSize(4);
    assertThat(root.memberCount()).isEqualTo(5);
    assertThat(root.contains(MemberId.of("m9"))).isFalse();
  }

  @Test
  void withMemberUpdated_replacesInPlace() {
    Root root = sample();
    Member updated = member("m2").exemptedSince(LocalDate.of(2022, 1, 1)).build();

    Root after = root.withMemberUpdated(updated);

    assertThat(after.member(MemberId.of("m2"))).contains(updated);
    assertThat(after.baseOrganisation(BaseOrganisationId.of("b1")).orElseThrow().members())
        .extracting(Member::id)
        .extracting(MemberId::value)
        .containsExactly("m1", "m2", "m3");
    assertThat(root.member(MemberId.of("m2"))).contains(official("m2"));
  }

  @Test
  void withMemberMoved_movesBetweenBasesAndWithinOne() {
    Root root = sample();

    Root moved = root.withMemberMoved(MemberId.of("m1"), CellId.of("c2"));
    Root within = root.withMemberMoved(MemberId.of("m4"), CellId.of("c2"));

    assertThat(moved.locate(MemberId.of("m1")).orElseThrow().holder()).isEqualTo(CellId.of("c2"));
    assertThat(moved.cell(CellId.of("c2")).orElseThrow().members()).hasSize(2);
    assertThat(moved.baseOrganisation(BaseOrganisationId.of("b1")).orElseThrow().members())
        .hasSize(2);
    assertThat(moved.memberCount()).isEqualTo(5);
    assertThat(within.cell(CellId.of("c1")).orElseThrow().members()).isEmpty();
    assertThat(within.member(MemberId.of("m4"))).contains(official("m4"));
    assertThat(root.withMemberMoved(MemberId.of("m4"), CellId.of("c1"))).isSameAs(root);
    assertThat(
            moved
                .withMemberMoved(MemberId.of("m1"), BaseOrganisationId.of("b1"))
                .locate(MemberId.of("m1"))
                .orElseThrow()
                .holder())
        .isEqualTo(BaseOrganisationId.of("b1"));
  }

  @Test
  void withoutMember_removesFromCellOrBaseCell() {
    Root root = sample();

    Root withoutM5 = root.withoutMember(MemberId.of("m5"));
    Root withoutM1 = root.withoutMember(MemberId.of("m1"));

    assertThat(withoutM5.memberCount()).isEqualTo(4);
    assertThat(withoutM5.contains(MemberId.of("m5"))).isFalse();
    assertThat(withoutM5.cell(CellId.of("c2")).orElseThrow().members()).isEmpty();
    assertThat(withoutM1.member(MemberId.of("m1"))).isEmpty();
    assertThat(withoutM1.baseOrganisation(BaseOrganisationId.of("b1")).orElseThrow().memberCount())
        .isEqualTo(2);
  }

  @Test
  void withCell_addsUnderBaseCommitteeOrSubCommittee_withItsMembers() {
    Root root = sample();

    Root direct = root.withCell(BaseOrganisationId.of("b2"), cell("c3", official("m6")));
    Root inSub = root.withCell(SubCommitteeId.of("s1"), cell("c3", official("m6")));

    assertThat(direct.locate(MemberId.of("m6")))
        .contains(new MemberLocation(BaseOrganisationId.of("b2"), null, CellId.of("c3")));
    assertThat(inSub.locate(MemberId.of("m6")))
        .contains(
            new MemberLocation(
                BaseOrganisationId.of("b2"), SubCommitteeId.of("s1"), CellId.of("c3")));
    assertThat(inSub.subCommittee(SubCommitteeId.of("s1")).orElseThrow().cells()).hasSize(2);
    assertThat(direct.memberCount()).isEqualTo(6);
    assertThat(root.contains(CellId.of("c3"))).isFalse();
  }

  @Test
  void withCellUpdated_keepsTheCellInPlace_andUpdatesTheMemberIndex() {
    Root root = sample().withCell(SubCommitteeId.of("s1"), cell("c3", official("m6")));

    Root after = root.withCellUpdated(cell("c2", official("m5"), official("m7")));
    Root emptied = root.withCellUpdated(cell("c2"));

    assertThat(after.subCommittee(SubCommitteeId.of("s1")).orElseThrow().cells())
        .extracting(Cell::id)
        .containsExactly(CellId.of("c2"), CellId.of("c3"));
    assertThat(after.locate(MemberId.of("m7")).orElseThrow().holder()).isEqualTo(CellId.of("c2"));
    assertThat(after.memberCount()).isEqualTo(7);
    assertThat(emptied.contains(MemberId.of("m5"))).isFalse();
    assertThat(emptied.memberCount()).isEqualTo(5);
    Root renamed =
        root.withCellUpdated(
            Cell.builder().from(cell("c1", official("m4"))).name("Chi bộ mới").build());
    assertThat(renamed.cell(CellId.of("c1")).orElseThrow().name()).isEqualTo("Chi bộ mới");
  }

  @Test
  void withCellMoved_movesTheCellWithItsMembers() {
    Root root = sample().withBaseOrganisation(baseCommittee("b3", cell("c5", official("m8"))));

    Root intoSub = root.withCellMoved(CellId.of("c1"), SubCommitteeId.of("s1"));
    Root toOtherBase = root.withCellMoved(CellId.of("c2"), BaseOrganisationId.of("b3"));

    assertThat(intoSub.locate(MemberId.of("m4")))
        .contains(
            new MemberLocation(
                BaseOrganisationId.of("b2"), SubCommitteeId.of("s1"), CellId.of("c1")));
    assertThat(intoSub.baseOrganisation(BaseOrganisationId.of("b2")).orElseThrow().cells())
        .isEmpty();
    assertThat(toOtherBase.locate(MemberId.of("m5")))
        .contains(new MemberLocation(BaseOrganisationId.of("b3"), null, CellId.of("c2")));
    assertThat(toOtherBase.subCommittee(SubCommitteeId.of("s1")).orElseThrow().cells()).isEmpty();
    assertThat(root.withCellMoved(CellId.of("c1"), BaseOrganisationId.of("b2"))).isSameAs(root);
  }

  @Test
  void withoutCell_removesTheCellAndItsMembers() {
    Root root = sample();

    Root after = root.withoutCell(CellId.of("c2")).withoutCell(CellId.of("c1"));

    assertThat(after.memberCount()).isEqualTo(3);
    assertThat(after.cell(CellId.of("c2"))).isEmpty();
    assertThat(after.contains(CellId.of("c1"))).isFalse();
    assertThat(after.member(MemberId.of("m4"))).isEmpty();
    assertThat(after.subCommittee(SubCommitteeId.of("s1"))).isPresent();
  }

  @Test
  void withBaseOrganisation_andWithout_updateCountsAndLookups() {
    Root root = sample();
    SubCommittee sub =
        SubCommittee.builder()
            .id(SubCommitteeId.of("s3"))
            .name("Bộ phận 3")
            .addCells(cell("c4", official("m7")))
            .build();
    BaseOrganisation b3 =
        BaseOrganisation.builder()
            .from(baseCommittee("b3", cell("c3", official("m6"))))
            .addSubCommittees(sub)
            .build();

    Root added = root.withBaseOrganisation(b3);

    assertThat(added.baseOrganisationIds())
        .containsExactly(
            BaseOrganisationId.of("b1"), BaseOrganisationId.of("b2"), BaseOrganisationId.of("b3"));
    assertThat(added.memberCount()).isEqualTo(7);
    assertThat(added.locate(MemberId.of("m7")))
        .contains(
            new MemberLocation(
                BaseOrganisationId.of("b3"), SubCommitteeId.of("s3"), CellId.of("c4")));
    assertThat(added.baseOrganisation(BaseOrganisationId.of("b3"))).contains(b3);
    assertThat(added)
        .isEqualTo(
            root()
                .addAllBaseOrganisations(root.baseOrganisations())
                .addBaseOrganisation(b3)
                .build());

    Root removed = added.withoutBaseOrganisation(BaseOrganisationId.of("b2"));

    assertThat(removed.baseOrganisationIds())
        .containsExactly(BaseOrganisationId.of("b1"), BaseOrganisationId.of("b3"));
    assertThat(removed.memberCount()).isEqualTo(5);
    assertThat(removed.member(MemberId.of("m4"))).isEmpty();
    assertThat(removed.cell(CellId.of("c1"))).isEmpty();
    assertThat(removed.subCommittee(SubCommitteeId.of("s1"))).isEmpty();
    assertThat(removed.contains(SubCommitteeId.of("s1"))).isFalse();
    assertThat(removed.subCommittee(SubCommitteeId.of("s3"))).isPresent();
    // the freed ids can be used again
    assertThat(removed.withBaseOrganisation(baseCell("b2", official("m4"))).memberCount())
        .isEqualTo(6);
    assertThat(
            removed
                .withoutBaseOrganisation(BaseOrganisationId.of("b1"))
                .withoutBaseOrganisation(BaseOrganisationId.of("b3"))
                .memberCount())
        .isZero();
    assertThat(added.withoutBaseOrganisation(BaseOrganisationId.of("b3"))).isEqualTo(root);
  }

  @Test
  void lookups_refuseNullIdsByName() {
    Root root = sample();
    assertThatNullPointerException().isThrownBy(() -> root.member(null)).withMessage("memberId");
    assertThatNullPointerException().isThrownBy(() -> root.cell(null)).withMessage("cellId");
    assertThatNullPointerException().isThrownBy(() -> root.contains(null)).withMessage("entityId");
    assertThatNullPointerException()
        .isThrownBy(() -> root.withMember(CellId.of("c1"), null))
        .withMessage("member");
  }
}
