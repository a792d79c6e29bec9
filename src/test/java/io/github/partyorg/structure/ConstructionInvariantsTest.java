package io.github.partyorg.structure;

import static io.github.partyorg.structure.TreeFixtures.SNAPSHOT;
import static io.github.partyorg.structure.TreeFixtures.baseCell;
import static io.github.partyorg.structure.TreeFixtures.baseCommittee;
import static io.github.partyorg.structure.TreeFixtures.cell;
import static io.github.partyorg.structure.TreeFixtures.member;
import static io.github.partyorg.structure.TreeFixtures.official;
import static io.github.partyorg.structure.TreeFixtures.root;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per construction invariant of the {@code structure} package: the bad case is refused
 * with an {@link InvalidStructureException} that names the violation and the entity, and whose
 * message carries no personal data.
 */
class ConstructionInvariantsTest {

  private static final String FULL_NAME = "Lê Thị Bí Mật";
  private static final LocalDate BIRTH = LocalDate.of(1983, 7, 19);

  /** A member whose personal data is distinctive, so that a leak into a message shows. */
  private static Member.Builder person(String id) {
    return member(id).fullName(FULL_NAME).dateOfBirth(BIRTH);
  }

  private static InvalidStructureException refused(ThrowingCallable call) {
    try {
      call.call();
    } catch (InvalidStructureException e) {
      assertThat(e.getMessage())
          .doesNotContain(FULL_NAME)
          .doesNotContain(BIRTH.toString())
          .doesNotContain("Nguyễn Văn");
      for (Violation violation : e.violations()) {
        assertThat(violation.message()).doesNotContain(FULL_NAME).doesNotContain(BIRTH.toString());
      }
      return e;
    } catch (Throwable other) {
      throw new AssertionError("expected InvalidStructureException, got " + other, other);
    }
    return fail("expected InvalidStructureException, nothing was thrown");
  }

  private static void assertListed(
      InvalidStructureException e, ViolationCode code, String entityId) {
    assertThat(e.violations())
        .extracting(Violation::code, Violation::entityId)
        .contains(tuple(code, entityId));
    assertThat(e.getMessage()).contains(code.name()).contains("[" + entityId + "]");
  }

  private static Root rootOf(BaseOrganisation... bases) {
    return root().addAllBaseOrganisations(List.of(bases)).build();
  }

  // ---------------------------------------------------------------------------------------------
  // Whole-tree invariants, checked by Root.Builder

  @Test
  void duplicateMemberIds_areRefused() {
    Member first = person("m1").build();
    Member other = person("m1").admissionDate(LocalDate.of(2009, 3, 4)).build();

    InvalidStructureException e =
        refused(() -> rootOf(baseCell("b1", first), baseCell("b2", other)));

    assertListed(e, ViolationCode.DUPLICATE_ID, "m1");
    assertThat(e.violations()).hasSize(1);
  }

  @Test
  void duplicateBaseOrganisationIds_areRefused() {
    InvalidStructureException e =
        refused(() -> rootOf(baseCell("b1", official("m1")), baseCell("b1", official("m2"))));

    assertListed(e, ViolationCode.DUPLICATE_ID, "b1");
  }

  @Test
  void cellAndBaseOrganisationSharingAnIdText_areRefused() {
    InvalidStructureException e =
        refused(() -> rootOf(baseCell("x"), baseCommittee("b2", cell("x"))));

    assertListed(e, ViolationCode.DUPLICATE_ID, "x");
  }

  @Test
  void subCommitteeAndCellSharingAnId_areRefused() {
    SubCommittee sub =
        SubCommittee.builder().id(SubCommitteeId.of("s1")).name("Đảng bộ bộ phận").build();
    BaseOrganisation base =
        BaseOrganisation.builder()
            .from(baseCommittee("b1", cell("s1")))
            .addSubCommittees(sub)
            .build();

    assertListed(refused(() -> rootOf(base)), ViolationCode.DUPLICATE_ID, "s1");
  }

  @Test
  void twoCellsWithOneId_areRefused() {
    InvalidStructureException e =
        refused(() -> rootOf(baseCommittee("b1", cell("c1"), cell("c1"))));

    assertListed(e, ViolationCode.DUPLICATE_ID, "c1");
  }

  @Test
  void memberInTwoPlaces_isRefused() {
    Member m = person("m1").build();

    InvalidStructureException e =
        refused(() -> rootOf(baseCommittee("b1", cell("c1", m), cell("c2", m))));

    assertListed(e, ViolationCode.MEMBER_IN_TWO_PLACES, "m1");
    assertThat(e.violations()).hasSize(1);
  }

  // ---------------------------------------------------------------------------------------------
  // Member invariants, checked when the member is built

  @Test
  void officialDateBeforeAdmission_isRefused() {
    InvalidStructureException e =
        refused(
            () ->
                person("m1")
                    .admissionDate(LocalDate.of(2010, 1, 1))
                    .officialDate(LocalDate.of(2009, 12, 31))
                    .build());

    assertListed(e, ViolationCode.OFFICIAL_BEFORE_ADMISSION, "m1");
  }

  @Test
  void officialDateOnAdmissionDay_isAccepted() {
    LocalDate day = LocalDate.of(2010, 1, 1);
    assertThatCode(() -> person("m1").admissionDate(day).officialDate(day).build())
        .doesNotThrowAnyException();
  }

  @Test
  void birthDateAfterAdmission_isRefused() {
    InvalidStructureException e =
        refused(
            () ->
                person("m1")
                    .dateOfBirth(LocalDate.of(2010, 1, 2))
                    .admissionDate(LocalDate.of(2010, 1, 1))
                    .officialDate(LocalDate.of(2011, 1, 1))
                    .build());

    assertListed(e, ViolationCode.BIRTH_AFTER_ADMISSION, "m1");
  }

  @Test
  void admissionBeforePartyFounding_isRefused_andTheFoundingDayIsAccepted() {
    InvalidStructureException e =
        refused(
            () ->
                person("m1")
                    .dateOfBirth(LocalDate.of(1900, 1, 1))
                    .admissionDate(LocalDate.of(1930, 2, 2))
                    .officialDate(LocalDate.of(1931, 1, 1))
                    .build());
    assertListed(e, ViolationCode.ADMISSION_BEFORE_PARTY_FOUNDING, "m1");
    assertThat(e.violations()).hasSize(1);

    Member founder =
        person("m2")
            .dateOfBirth(LocalDate.of(1900, 1, 1))
            .admissionDate(Dates.PARTY_FOUNDING)
            .officialDate(Dates.PARTY_FOUNDING)
            .build();
    assertThat(founder.admissionDate()).isEqualTo(LocalDate.of(1930, 2, 3));
  }

  @Test
  void birthBefore1900_isRefused_and1900January1IsAccepted() {
    InvalidStructureException e =
        refused(() -> person("m1").dateOfBirth(LocalDate.of(1899, 12, 31)).build());
    assertListed(e, ViolationCode.BIRTH_BEFORE_1900, "m1");
    assertThat(e.violations()).hasSize(1);

    assertThat(person("m2").dateOfBirth(Dates.EARLIEST_BIRTH).build().dateOfBirth())
        .isEqualTo(LocalDate.of(1900, 1, 1));
  }

  @Test
  void openMembershipGap_isRefused() {
    InvalidStructureException e =
        refused(
            () -> person("m1").addMembershipGaps(DateRange.from(LocalDate.of(2015, 1, 1))).build());

    assertListed(e, ViolationCode.INVALID_PERIOD, "m1");
  }

  @Test
  void overlappingMembershipGaps_areRefused() {
    InvalidStructureException e =
        refused(
            () ->
                person("m1")
                    .addMembershipGaps(
                        DateRange.of(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 6, 30)),
                        DateRange.of(LocalDate.of(2015, 1, 1), LocalDate.of(2016, 1, 1)))
                    .build());

    assertListed(e, ViolationCode.INVALID_PERIOD, "m1");
    assertThat(e.violations()).hasSize(1);
  }

  @Test
  void gapsOverlappingAnEarlierLongerGap_areEachListed() {
    // B and C both lie inside A; C does not overlap B, but it overlaps A.
    InvalidStructureException e =
        refused(
            () ->
                person("m1")
                    .addMembershipGaps(
                        DateRange.of(LocalDate.of(2015, 1, 1), LocalDate.of(2016, 12, 31)),
                        DateRange.of(LocalDate.of(2015, 2, 1), LocalDate.of(2015, 3, 1)),
                        DateRange.of(LocalDate.of(2015, 6, 1), LocalDate.of(2015, 7, 1)))
                    .build());

    assertThat(e.violations())
        .extracting(Violation::code, Violation::message)
        .containsExactly(
            tuple(ViolationCode.INVALID_PERIOD, "Two membership gaps overlap; merge them."),
            tuple(ViolationCode.INVALID_PERIOD, "Two membership gaps overlap; merge them."));
  }

  @Test
  void gapAfterAnOpenGap_isListedAsOverlap() {
    InvalidStructureException e =
        refused(
            () ->
                person("m1")
                    .addMembershipGaps(
                        DateRange.from(LocalDate.of(2015, 1, 1)),
                        DateRange.of(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 2, 1)))
                    .build());

    assertThat(e.violations())
        .extracting(Violation::message)
        .containsExactly(
            "A membership gap has no end; a member in the tree is not in a gap, so give its end.",
            "Two membership gaps overlap; merge them.");
  }

  @Test
  void openGapStartingBeforeAdmission_listsBothProblems() {
    InvalidStructureException e =
        refused(
            () -> person("m1").addMembershipGaps(DateRange.from(LocalDate.of(2009, 1, 1))).build());

    assertThat(e.violations())
        .extracting(Violation::message)
        .containsExactly(
            "A membership gap has no end; a member in the tree is not in a gap, so give its end.",
            "A membership gap starts before the admission date; correct it.");
  }

  @Test
  void adjacentMembershipGaps_areAccepted() {
    Member m =
        person("m1")
            .addMembershipGaps(
                DateRange.of(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31)),
                DateRange.of(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 6, 30)))
            .build();

    assertThat(m.membershipGaps()).hasSize(2);
  }

  @Test
  void periodsStartingBeforeAdmission_areRefused() {
    LocalDate before = LocalDate.of(2009, 12, 31);
    InvalidStructureException e =
        refused(
            () ->
                person("m1")
                    .exemptedSince(before)
                    .suspension(DateRange.of(before, LocalDate.of(2010, 3, 1)))
                    .addMembershipGaps(DateRange.of(before, LocalDate.of(2010, 2, 1)))
                    .build());

    assertThat(e.violations())
        .extracting(Violation::code, Violation::entityId)
        .containsExactly(
            tuple(ViolationCode.INVALID_PERIOD, "m1"),
            tuple(ViolationCode.INVALID_PERIOD, "m1"),
            tuple(ViolationCode.INVALID_PERIOD, "m1"));
  }

  @Test
  void memberWithSeveralProblems_hasAllListed() {
    InvalidStructureException e =
        refused(
            () ->
                person("m1")
                    .fullName("  ")
                    .dateOfBirth(LocalDate.of(1925, 1, 1))
                    .admissionDate(LocalDate.of(1920, 1, 1))
                    .officialDate(LocalDate.of(1919, 1, 1))
                    .addMembershipGaps(DateRange.from(LocalDate.of(1940, 1, 1)))
                    .build());

    assertThat(e.violations())
        .extracting(Violation::code)
        .containsExactlyInAnyOrder(
            ViolationCode.BLANK_NAME,
            ViolationCode.OFFICIAL_BEFORE_ADMISSION,
            ViolationCode.BIRTH_AFTER_ADMISSION,
            ViolationCode.ADMISSION_BEFORE_PARTY_FOUNDING,
            ViolationCode.INVALID_PERIOD);
    assertThat(e.violations()).extracting(Violation::entityId).containsOnly("m1");
    assertThat(e.getMessage()).startsWith("5 structure violations: ");
  }

  // ---------------------------------------------------------------------------------------------
  // Organisation invariants, checked when the organisation is built

  @Test
  void subCommitteeInsideBaseCell_isRefused() {
    SubCommittee sub = SubCommittee.builder().id(SubCommitteeId.of("s1")).name("Bộ phận").build();

    InvalidStructureException e =
        refused(
            () ->
                BaseOrganisation.builder()
                    .from(baseCell("b1", official("m1")))
                    .addSubCommittees(sub)
                    .build());

    assertListed(e, ViolationCode.SUB_COMMITTEE_OUTSIDE_BASE_COMMITTEE, "s1");
    assertThat(e.getMessage()).contains("b1");
  }

  @Test
  void baseCellWithCells_isRefused() {
    InvalidStructureException e =
        refused(() -> BaseOrganisation.builder().from(baseCell("b1")).addCells(cell("c1")).build());

    assertListed(e, ViolationCode.BASE_CELL_WITH_CELLS, "b1");
  }

  @Test
  void baseCommitteeWithMembersDirectly_isRefused() {
    InvalidStructureException e =
        refused(
            () ->
                BaseOrganisation.builder()
                    .from(baseCommittee("b1", cell("c1")))
                    .addMembers(person("m1").build())
                    .build());

    assertListed(e, ViolationCode.MEMBERS_DIRECTLY_UNDER_BASE_COMMITTEE, "b1");
  }

  @Test
  void blankIds_areRefused() {
    List<ThrowingCallable> blanks =
        List.of(
            () -> MemberId.of("  "),
            () -> CellId.of(""),
            () -> BaseOrganisationId.of("\t"),
            () -> SubCommitteeId.of(" \n "),
            () -> RootId.of("\u2003"));
    for (ThrowingCallable blank : blanks) {
      InvalidStructureException e = refused(blank);
      assertThat(e.violations())
          .extracting(Violation::code, Violation::entityId)
          .containsExactly(tuple(ViolationCode.BLANK_ID, "(blank)"));
    }
  }

  @Test
  void blankMemberName_isRefused() {
    assertListed(
        refused(() -> person("m1").fullName(" \t ").build()), ViolationCode.BLANK_NAME, "m1");
  }

  @Test
  void blankCellName_isRefused() {
    assertListed(
        refused(() -> Cell.builder().id(CellId.of("c1")).name("  ").build()),
        ViolationCode.BLANK_NAME,
        "c1");
  }

  @Test
  void blankSubCommitteeName_isRefused() {
    assertListed(
        refused(() -> SubCommittee.builder().id(SubCommitteeId.of("s1")).name("").build()),
        ViolationCode.BLANK_NAME,
        "s1");
  }

  @Test
  void blankBaseOrganisationName_isRefused() {
    assertListed(
        refused(() -> BaseOrganisation.builder().from(baseCell("b1")).name(" ").build()),
        ViolationCode.BLANK_NAME,
        "b1");
  }

  @Test
  void blankRootName_isRefused() {
    assertListed(refused(() -> root().name("   ").build()), ViolationCode.BLANK_NAME, "khoi");
  }

  // ---------------------------------------------------------------------------------------------
  // Dates after the snapshot date

  static Stream<Named<UnaryOperator<Member.Builder>>> memberDatesAfterSnapshot() {
    LocalDate after = SNAPSHOT.plusDays(1);
    return Stream.of(
        Named.of("admission date", b -> b.admissionDate(after).officialDate(after)),
        Named.of("official date", b -> b.officialDate(after)),
        Named.of("exemption", b -> b.exemptedSince(after)),
        Named.of("suspension start", b -> b.suspension(DateRange.from(after))),
        Named.of(
            "suspension end",
            b -> b.suspension(DateRange.of(LocalDate.of(2022, 1, 1), SNAPSHOT.plusYears(1)))),
        Named.of(
            "membership gap end",
            b -> b.addMembershipGaps(DateRange.of(LocalDate.of(2022, 1, 1), after))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("memberDatesAfterSnapshot")
  void memberDateAfterSnapshot_isRefused(UnaryOperator<Member.Builder> change) {
    Member m = change.apply(person("m1")).build();

    InvalidStructureException e = refused(() -> rootOf(baseCell("b1", m)));

    assertListed(e, ViolationCode.DATE_AFTER_SNAPSHOT, "m1");
    assertThat(e.violations()).hasSize(1);
  }

  @Test
  void memberDatesOnTheSnapshotDay_areAccepted() {
    Member m =
        person("m1")
            .admissionDate(SNAPSHOT)
            .officialDate(SNAPSHOT)
            .exemptedSince(SNAPSHOT)
            .suspension(DateRange.of(SNAPSHOT, SNAPSHOT))
            .build();

    assertThat(rootOf(baseCell("b1", m)).member(MemberId.of("m1"))).contains(m);
  }

  static Stream<Named<UnaryOperator<LocalDate>>> snapshotOffsets() {
    return Stream.of(Named.of("after", d -> d.plusDays(1)), Named.of("on", d -> d));
  }

  @ParameterizedTest(name = "{0} the snapshot date")
  @MethodSource("snapshotOffsets")
  void organisationDatesAfterSnapshot_areRefused(UnaryOperator<LocalDate> offset) {
    LocalDate day = offset.apply(SNAPSHOT);
    boolean refusedExpected = day.isAfter(SNAPSHOT);
    Consent consent = Consent.of(ConsentKind.S4_SUB_COMMITTEE, day, "1-QĐ/ĐUK");
    List<BaseOrganisation> bases =
        List.of(
            BaseOrganisation.builder().from(baseCell("founded")).foundedOn(day).build(),
            BaseOrganisation.builder().from(baseCell("congress")).lastCongressOn(day).build(),
            BaseOrganisation.builder().from(baseCell("consented")).addConsents(consent).build(),
            baseCommittee(
                "b4",
                Cell.builder().from(cell("cellFounded")).foundedOn(day).build(),
                Cell.builder().from(cell("cellCongress")).lastCongressOn(day).build(),
                Cell.builder().from(cell("cellConsent")).addConsents(consent).build()),
            BaseOrganisation.builder()
                .from(baseCommittee("b5"))
                .addSubCommittees(
                    SubCommittee.builder()
                        .id(SubCommitteeId.of("subFounded"))
                        .name("Bộ phận 1")
                        .foundedOn(day)
                        .build(),
                    SubCommittee.builder()
                        .id(SubCommitteeId.of("subConsent"))
                        .name("Bộ phận 2")
                        .addConsents(consent)
                        .build())
                .build());
    List<String> ids =
        List.of(
            "founded",
            "congress",
            "consented",
            "cellFounded",
            "cellCongress",
            "cellConsent",
            "subFounded",
            "subConsent");

    if (refusedExpected) {
      InvalidStructureException e = refused(() -> root().addAllBaseOrganisations(bases).build());
      assertThat(e.violations())
          .extracting(Violation::code, Violation::entityId)
          .containsExactlyInAnyOrderElementsOf(
              ids.stream().map(id -> tuple(ViolationCode.DATE_AFTER_SNAPSHOT, id)).toList());
    } else {
      assertThat(root().addAllBaseOrganisations(bases).build().baseOrganisations()).hasSize(5);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Several violations in one build

  @Test
  void severalViolationsInOneTree_areAllListed() {
    Member twice = person("m1").build();
    Member late = person("m3").exemptedSince(SNAPSHOT.plusDays(3)).build();
    BaseOrganisation lateBase =
        BaseOrganisation.builder().from(baseCell("b3")).foundedOn(SNAPSHOT.plusMonths(1)).build();

    InvalidStructureException e =
        refused(
            () ->
                rootOf(
                    baseCell("b1", twice, person("m2").build()),
                    baseCommittee("b2", cell("c1", twice, late, official("m2"))),
                    lateBase,
                    baseCell("b1")));

    assertThat(e.violations())
        .extracting(Violation::code, Violation::entityId)
        .containsExactlyInAnyOrder(
            tuple(ViolationCode.MEMBER_IN_TWO_PLACES, "m1"),
            tuple(ViolationCode.DUPLICATE_ID, "m2"),
            tuple(ViolationCode.DATE_AFTER_SNAPSHOT, "m3"),
            tuple(ViolationCode.DATE_AFTER_SNAPSHOT, "b3"),
            tuple(ViolationCode.DUPLICATE_ID, "b1"));
    assertThat(e.getMessage()).startsWith("5 structure violations: ");
  }

  // ---------------------------------------------------------------------------------------------
  // Update refusals

  private static Root sample() {
    SubCommittee sub =
        SubCommittee.builder()
            .id(SubCommitteeId.of("s1"))
            .name("Bộ phận")
            .addCells(cell("c2", official("m3")))
            .build();
    return rootOf(
        baseCell("b1", official("m1")),
        BaseOrganisation.builder()
            .from(baseCommittee("b2", cell("c1", official("m2"))))
            .addSubCommittees(sub)
            .build());
  }

  @Test
  void withMember_takenId_isRefused() {
    Root root = sample();
    assertListed(
        refused(() -> root.withMember(CellId.of("c1"), person("m1").build())),
        ViolationCode.DUPLICATE_ID,
        "m1");
  }

  @Test
  void withMember_unknownHolder_isRefused() {
    Root root = sample();
    assertListed(
        refused(() -> root.withMember(CellId.of("nope"), person("m9").build())),
        ViolationCode.UNKNOWN_ENTITY,
        "nope");
    assertListed(
        refused(() -> root.withMember(BaseOrganisationId.of("nope"), person("m9").build())),
        ViolationCode.UNKNOWN_ENTITY,
        "nope");
  }

  @Test
  void withMember_baseCommitteeAsHolder_isRefused() {
    Root root = sample();
    assertListed(
        refused(() -> root.withMember(BaseOrganisationId.of("b2"), person("m9").build())),
        ViolationCode.WRONG_ORGANISATION_KIND,
        "b2");
  }

  @Test
  void withMember_dateAfterSnapshot_andTakenId_areBothListed() {
    Root root = sample();
    Member late = person("m1").exemptedSince(SNAPSHOT.plusDays(1)).build();

    InvalidStructureException e = refused(() -> root.withMember(CellId.of("zz"), late));

    assertThat(e.violations())
        .extracting(Violation::code, Violation::entityId)
        .containsExactlyInAnyOrder(
            tuple(ViolationCode.DUPLICATE_ID, "m1"),
            tuple(ViolationCode.DATE_AFTER_SNAPSHOT, "m1"),
            tuple(ViolationCode.UNKNOWN_ENTITY, "zz"));
  }

  @Test
  void withMemberUpdated_unknownMember_orLateDate_isRefused() {
    Root root = sample();
    assertListed(
        refused(() -> root.withMemberUpdated(person("m9").build())),
        ViolationCode.UNKNOWN_ENTITY,
        "m9");
    assertListed(
        refused(
            () -> root.withMemberUpdated(person("m1").officialDate(SNAPSHOT.plusDays(1)).build())),
        ViolationCode.DATE_AFTER_SNAPSHOT,
        "m1");
  }

  @Test
  void withMemberMoved_unknownMemberOrDestination_orBaseCommittee_isRefused() {
    Root root = sample();
    assertListed(
        refused(() -> root.withMemberMoved(MemberId.of("m9"), CellId.of("c1"))),
        ViolationCode.UNKNOWN_ENTITY,
        "m9");
    assertListed(
        refused(() -> root.withMemberMoved(MemberId.of("m1"), CellId.of("nope"))),
        ViolationCode.UNKNOWN_ENTITY,
        "nope");
    assertListed(
        refused(() -> root.withMemberMoved(MemberId.of("m1"), BaseOrganisationId.of("b2"))),
        ViolationCode.WRONG_ORGANISATION_KIND,
        "b2");
  }

  @Test
  void withoutMember_unknownId_isRefused() {
    Root root = sample();
    assertListed(
        refused(() -> root.withoutMember(MemberId.of("m9"))), ViolationCode.UNKNOWN_ENTITY, "m9");
  }

  @Test
  void withCell_underBaseCell_isRefused() {
    Root root = sample();
    assertListed(
        refused(() -> root.withCell(BaseOrganisationId.of("b1"), cell("c9"))),
        ViolationCode.WRONG_ORGANISATION_KIND,
        "b1");
  }

  @Test
  void withCell_unknownParent_isRefused() {
    Root root = sample();
    assertListed(
        refused(() -> root.withCell(BaseOrganisationId.of("nope"), cell("c9"))),
        ViolationCode.UNKNOWN_ENTITY,
        "nope");
    assertListed(
        refused(() -> root.withCell(SubCommitteeId.of("nope"), cell("c9"))),
        ViolationCode.UNKNOWN_ENTITY,
        "nope");
  }

  @Test
  void withCell_takenIds_andLateDates_areAllListed() {
    Root root = sample();
    Cell bad =
        Cell.builder()
            .from(
                cell(
                    "b1",
                    official("m2"),
                    member("m3").addPosts(Post.CELL_SECRETARY).build(),
                    official("m8"),
                    official("m8")))
            .foundedOn(SNAPSHOT.plusDays(1))
            .build();

    InvalidStructureException e = refused(() -> root.withCell(SubCommitteeId.of("s1"), bad));

    assertThat(e.violations())
        .extracting(Violation::code, Violation::entityId)
        .containsExactlyInAnyOrder(
            tuple(ViolationCode.DUPLICATE_ID, "b1"),
            tuple(ViolationCode.MEMBER_IN_TWO_PLACES, "m2"),
            tuple(ViolationCode.DUPLICATE_ID, "m3"),
            tuple(ViolationCode.DUPLICATE_ID, "m8"),
            tuple(ViolationCode.DATE_AFTER_SNAPSHOT, "b1"));
  }

  @Test
  void withCellUpdated_unknownCell_orMemberTakenElsewhere_isRefused() {
    Root root = sample();
    assertListed(
        refused(() -> root.withCellUpdated(cell("c9"))), ViolationCode.UNKNOWN_ENTITY, "c9");
    assertListed(
        refused(() -> root.withCellUpdated(cell("c1", official("m2"), official("m3")))),
        ViolationCode.MEMBER_IN_TWO_PLACES,
        "m3");
    assertListed(
        refused(
            () ->
                root.withCellUpdated(
                    cell(
                        "c1", official("m2"), member("m3").addPosts(Post.CELL_SECRETARY).build()))),
        ViolationCode.DUPLICATE_ID,
        "m3");
  }

  @Test
  void withBaseOrganisation_memberAlreadyInRoot_isMemberInTwoPlaces_orDuplicateId() {
    Root root = sample();
    assertListed(
        refused(() -> root.withBaseOrganisation(baseCell("b9", official("m1")))),
        ViolationCode.MEMBER_IN_TWO_PLACES,
        "m1");
    assertListed(
        refused(
            () ->
                root.withBaseOrganisation(
                    baseCell("b9", member("m1").addPosts(Post.CELL_SECRETARY).build()))),
        ViolationCode.DUPLICATE_ID,
        "m1");
  }

  @Test
  void withoutCell_unknownId_isRefused() {
    Root root = sample();
    assertListed(
        refused(() -> root.withoutCell(CellId.of("c9"))), ViolationCode.UNKNOWN_ENTITY, "c9");
  }

  @Test
  void withCellMoved_unknownCellOrParent_orBaseCell_isRefused() {
    Root root = sample();
    assertListed(
        refused(() -> root.withCellMoved(CellId.of("c9"), BaseOrganisationId.of("b2"))),
        ViolationCode.UNKNOWN_ENTITY,
        "c9");
    assertListed(
        refused(() -> root.withCellMoved(CellId.of("c1"), SubCommitteeId.of("s9"))),
        ViolationCode.UNKNOWN_ENTITY,
        "s9");
    assertListed(
        refused(() -> root.withCellMoved(CellId.of("c1"), BaseOrganisationId.of("b1"))),
        ViolationCode.WRONG_ORGANISATION_KIND,
        "b1");
  }

  @Test
  void withBaseOrganisation_takenIds_areRefused() {
    Root root = sample();
    InvalidStructureException e =
        refused(
            () ->
                root.withBaseOrganisation(
                    baseCommittee("b3", cell("c1", person("m1").build()), cell("s1"))));

    assertThat(e.violations())
        .extracting(Violation::code, Violation::entityId)
        .containsExactlyInAnyOrder(
            tuple(ViolationCode.DUPLICATE_ID, "c1"),
            tuple(ViolationCode.DUPLICATE_ID, "m1"),
            tuple(ViolationCode.DUPLICATE_ID, "s1"));
    assertListed(
        refused(() -> root.withBaseOrganisation(baseCell("b1"))), ViolationCode.DUPLICATE_ID, "b1");
  }

  @Test
  void withoutBaseOrganisation_unknownId_isRefused() {
    Root root = sample();
    assertListed(
        refused(() -> root.withoutBaseOrganisation(BaseOrganisationId.of("b9"))),
        ViolationCode.UNKNOWN_ENTITY,
        "b9");
  }
}
