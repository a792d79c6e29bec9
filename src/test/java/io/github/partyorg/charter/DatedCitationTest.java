package io.github.partyorg.charter;

import static io.github.partyorg.charter.CharterFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.BaseOrganisationKind;
import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Post;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.TreeFixtures;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every structure (S) and membership (M) finding cites the instruments in force on the day checked
 * ({@link Instruments}): on either side of each instrument's start date the citation changes and
 * the threshold does not.
 */
class DatedCitationTest {

  /** The day before and the first day of each regulation. */
  static Stream<Arguments> regulationBoundaries() {
    return Stream.of(
        Arguments.of(LocalDate.of(2016, 7, 24), "45-QĐ/TW (2011)"),
        Arguments.of(LocalDate.of(2016, 7, 25), "29-QĐ/TW (2016)"),
        Arguments.of(LocalDate.of(2021, 7, 29), "29-QĐ/TW (2016)"),
        Arguments.of(LocalDate.of(2021, 7, 30), "24-QĐ/TW (2021)"),
        Arguments.of(LocalDate.of(2025, 1, 19), "24-QĐ/TW (2021)"),
        Arguments.of(LocalDate.of(2025, 1, 20), "232-QĐ/TW (2025)"),
        Arguments.of(LocalDate.of(2025, 6, 30), "232-QĐ/TW (2025)"),
        Arguments.of(LocalDate.of(2025, 7, 1), "294-QĐ/TW (2025)"));
  }

  /** The day before and the first day of each guidance. */
  static Stream<Arguments> guidanceBoundaries() {
    return Stream.of(
        Arguments.of(LocalDate.of(2016, 9, 19), "Hướng dẫn 01-HD/TW (2012)"),
        Arguments.of(LocalDate.of(2016, 9, 20), "Hướng dẫn 01-HD/TW (2016)"),
        Arguments.of(LocalDate.of(2021, 9, 27), "Hướng dẫn 01-HD/TW (2016)"),
        Arguments.of(LocalDate.of(2021, 9, 28), "Hướng dẫn 01-HD/TW (2021), điểm 18"),
        Arguments.of(LocalDate.of(2025, 6, 30), "Hướng dẫn 01-HD/TW (2021), điểm 18"),
        Arguments.of(LocalDate.of(2025, 7, 1), "Hướng dẫn 06-HD/TW (2025)"));
  }

  @ParameterizedTest
  @MethodSource("regulationBoundaries")
  void theRegulationInForceFollowsTheDay(LocalDate day, String cited) {
    assertThat(Instruments.regulationOn(day).label().vi()).isEqualTo("Quy định " + cited);
  }

  @Test
  void theTableIsOrderedAndEachInstrumentTakesEffectOnOrAfterItsSignature() {
    LocalDate previous = LocalDate.MIN;
    for (Instrument instrument : Instrument.values()) {
      assertThat(instrument.inForceFrom()).isAfterOrEqualTo(instrument.issuedOn());
      assertThat(instrument.inForceFrom()).isAfterOrEqualTo(previous);
      previous = instrument.inForceFrom();
    }
    assertThat(Instrument.QD_294_2025.issuedOn()).isEqualTo(LocalDate.of(2025, 5, 26));
    assertThat(Instrument.HD_06_2025.issuedOn()).isEqualTo(LocalDate.of(2025, 6, 9));
    // 06-HD/TW is signed before 294-QĐ/TW takes effect; it applies with it.
    assertThat(Instruments.guidanceOn(LocalDate.of(2025, 6, 15))).isEqualTo(Instrument.HD_01_2021);
  }

  // ---------------------------------------------------------------------------------------------
  // Structure rules: a tree out of line with the rule, and one just inside its threshold.

  private static final LocalDate LONG_AGO = LocalDate.of(2005, 1, 1);

  /** For each structure rule: a tree just outside the threshold, and one just inside it. */
  static Stream<Arguments> structureCases() {
    return Stream.of(
        Arguments.of(
            CharterRule.S1,
            "Điều lệ Đảng (2011), Điều 21; ",
            rootOf(baseCell("b1", led("b1", 2, 0)).build()),
            rootOf(baseCell("b1", led("b1", 3, 0)).build())),
        Arguments.of(
            CharterRule.S2,
            "Điều lệ Đảng (2011), Điều 21; ",
            rootOf(baseCell("b1", led("b1", 30, 0)).build()),
            rootOf(baseCell("b1", led("b1", 29, 0)).build())),
        Arguments.of(
            CharterRule.S3,
            "",
            rootOf(baseCommittee("b1", ledCell("c1", 31)).build()),
            rootOf(baseCommittee("b1", ledCell("c1", 30)).build())),
        Arguments.of(
            CharterRule.S4,
            "Điều lệ Đảng (2011), Điều 21; ",
            rootOf(
                baseCommittee("b1", ledCell("c1", 30))
                    .addSubCommittees(subCommittee("s1", ledCell("c2", 3)).build())
                    .build()),
            rootOf(
                baseCommittee("b1", ledCell("c1", 30))
                    .addSubCommittees(
                        subCommittee("s1", ledCell("c2", 3))
                            .addConsents(
                                consent(
                                    io.github.partyorg.structure.ConsentKind.S4_SUB_COMMITTEE,
                                    LONG_AGO))
                            .build())
                    .build())),
        Arguments.of(
            CharterRule.S5,
            "Điều lệ Đảng (2011), Điều 24; ",
            rootOf(baseCell("b1", withoutPosts(led("b1", 9, 0))).build()),
            rootOf(baseCell("b1", led("b1", 9, 0)).build())),
        Arguments.of(
            CharterRule.S6,
            "",
            rootOf(baseCell("b1", deputies(2)).build()),
            rootOf(baseCell("b1", deputies(1)).build())),
        Arguments.of(
            CharterRule.S7, "Điều lệ Đảng (2011), Điều 22; ", executive(9, 0), executive(8, 0)),
        Arguments.of(
            CharterRule.S8,
            "Điều lệ Đảng (2011), Điều 22; ",
            baseCongressOn(d -> d.minusYears(6).minusDays(1)),
            baseCongressOn(d -> d.minusYears(5))),
        Arguments.of(
            CharterRule.S9,
            "Điều lệ Đảng (2011), Điều 24; ",
            cellCongressOn(d -> d.minusYears(10)),
            cellCongressOn(d -> d.minusMonths(30))));
  }

  private static List<Member> withoutPosts(List<Member> members) {
    return members.stream().map(m -> Member.builder().from(m).posts(Set.of()).build()).toList();
  }

  private static List<Member> deputies(int count) {
    List<Member> members = new ArrayList<>(led("b1", 5, 0));
    for (int i = 1; i <= count; i++) {
      members.set(i, withPosts(members.get(i), Post.CELL_DEPUTY_SECRETARY));
    }
    return members;
  }

  private static Root executive(int executive, int standing) {
    List<Member> members = new ArrayList<>(led("c1", 12, 0));
    for (int i = 0; i < executive; i++) {
      members.set(
          i,
          withPosts(
              members.get(i),
              i == 0
                  ? Post.BASE_COMMITTEE_SECRETARY
                  : i < standing ? Post.STANDING_COMMITTEE_MEMBER : Post.BASE_COMMITTEE_MEMBER));
    }
    return rootOf(baseCommittee("b1", cell("c1", members), ledCell("c2", 20)).build());
  }

  /** A root whose snapshot is the day checked, or the fixtures' snapshot if later. */
  private static Root rootOn(LocalDate day, BaseOrganisation... bases) {
    return TreeFixtures.root()
        .snapshotDate(day.isAfter(AS_OF) ? day : AS_OF)
        .addAllBaseOrganisations(List.of(bases))
        .build();
  }

  /** A base cell whose last congress is the given function of the day checked. */
  private static Function<LocalDate, Root> baseCongressOn(Function<LocalDate, LocalDate> last) {
    return day ->
        rootOn(day, baseCell("b1", led("b1", 5, 0)).lastCongressOn(last.apply(day)).build());
  }

  /** A cell whose last congress is the given function of the day checked. */
  private static Function<LocalDate, Root> cellCongressOn(Function<LocalDate, LocalDate> last) {
    return day ->
        rootOn(
            day,
            baseCommittee(
                    "b1",
                    Cell.builder().from(ledCell("c1", 30)).lastCongressOn(last.apply(day)).build())
                .build());
  }

  @SuppressWarnings("unchecked")
  private static Root tree(Object tree, LocalDate day) {
    return tree instanceof Root root ? root : ((Function<LocalDate, Root>) tree).apply(day);
  }

  static Stream<Arguments> structureCasesAtBoundaries() {
    return structureCases()
        .flatMap(
            c ->
                regulationBoundaries()
                    .map(
                        b ->
                            Arguments.of(
                                c.get()[0],
                                c.get()[1],
                                c.get()[2],
                                c.get()[3],
                                b.get()[0],
                                b.get()[1])));
  }

  @ParameterizedTest(name = "{0} on {4}")
  @MethodSource("structureCasesAtBoundaries")
  void structureFindings_citeTheRegulationInForce_thresholdUnchanged(
      CharterRule rule,
      String charter,
      Object outside,
      Object inside,
      LocalDate day,
      String regulation) {
    List<Finding> findings = CharterCheck.check(tree(outside, day), day, Set.of(rule));

    String point = rule == CharterRule.S6 && !regulation.startsWith("45-") ? ", điểm 24" : "";
    assertThat(findings)
        .isNotEmpty()
        .allSatisfy(
            f -> {
              assertThat(f.rule()).isEqualTo(rule);
              assertThat(f.citation().vi()).isEqualTo(charter + "Quy định " + regulation + point);
              assertThat(f.citation().en()).contains("Regulation " + regulation);
            });
    assertThat(CharterCheck.check(tree(inside, day), day, Set.of(rule))).isEmpty();
  }

  @Test
  void s6_citesPoint24OfTheRegulationInForce_notACharterArticle() {
    assertThat(CharterRule.S6.citation(LocalDate.of(2025, 7, 1)).vi())
        .isEqualTo("Quy định 294-QĐ/TW (2025), điểm 24");
    assertThat(CharterRule.S6.citation(LocalDate.of(2025, 7, 1)).en())
        .isEqualTo("Regulation 294-QĐ/TW (2025), point 24");
    assertThat(CharterRule.S6.citation(LocalDate.of(2021, 7, 30)).vi()).doesNotContain("Điều lệ");
  }

  // ---------------------------------------------------------------------------------------------
  // Membership rules.

  private static Root rootWith(LocalDate day, Member... members) {
    return rootOn(
        day,
        BaseOrganisation.builder()
            .id(io.github.partyorg.structure.BaseOrganisationId.of("b1"))
            .name("Chi bộ cơ sở b1")
            .kind(BaseOrganisationKind.BASE_CELL)
            .sector(io.github.partyorg.structure.HostSector.PARTY_OR_STATE_AGENCY)
            .addAllMembers(led("b1", 3, 0))
            .addAllMembers(List.of(members))
            .build());
  }

  @ParameterizedTest(name = "M2 on {0}")
  @MethodSource("regulationBoundaries")
  void m2_overdueProbation_citesTheRegulationInForce(LocalDate day, String regulation) {
    // Probation ended the day before yesterday: overdue on the day, whichever regulation.
    Member late = MembershipFixtures.probationarySince("p1", day.minusMonths(12).minusDays(2));
    Member inTime = MembershipFixtures.probationarySince("p2", day.minusMonths(12));

    List<Finding> findings = MembershipCheck.check(rootWith(day, late, inTime), day);

    assertThat(findings)
        .filteredOn(f -> f.rule() == CharterRule.M2)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.entityId()).isEqualTo(MemberId.of("p1"));
              assertThat(f.citation().vi())
                  .isEqualTo("Điều lệ Đảng (2011), Điều 5; Quy định " + regulation);
            });
  }

  @ParameterizedTest(name = "M1 on {0}")
  @MethodSource("regulationBoundaries")
  void m1_underageCandidate_citesTheRegulationInForceOnTheConsiderationDay(
      LocalDate day, String regulation) {
    MembershipFacts facts =
        MembershipFacts.builder()
            .pendingAdmission(
                new PendingAdmission(
                    MemberId.of("q1"), day.minusYears(18).plusMonths(1), day, false))
            .pendingAdmission(
                new PendingAdmission(MemberId.of("q2"), day.minusYears(18), day, false))
            .build();

    assertThat(MembershipCheck.check(rootWith(day), day, facts))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(CharterRule.M1);
              assertThat(f.entityId()).isEqualTo(MemberId.of("q1"));
              assertThat(f.citation().vi())
                  .isEqualTo("Điều lệ Đảng (2011), Điều 1; Quy định " + regulation);
            });
  }

  @ParameterizedTest(name = "M6 on {0}")
  @MethodSource("regulationBoundaries")
  void m6_threeMonths_citesTheRegulationInForce(LocalDate day, String regulation) {
    YearMonth month = YearMonth.from(day);
    Member three = MembershipFixtures.admittedOn("m3", LocalDate.of(2010, 1, 1));
    Member two = MembershipFixtures.admittedOn("m2", LocalDate.of(2010, 1, 1));
    MembershipFacts facts =
        MembershipFacts.builder()
            .monthsWithoutGoodReason(
                three.id(),
                new MonthsWithoutGoodReason(
                    Set.of(month.withMonth(1), month.withMonth(2)), Set.of(month.withMonth(3))))
            .monthsWithoutGoodReason(
                two.id(), new MonthsWithoutGoodReason(Set.of(month.withMonth(1)), Set.of()))
            .build();

    assertThat(MembershipCheck.check(rootWith(day, three, two), day, facts))
        .filteredOn(f -> f.rule() == CharterRule.M6)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.entityId()).isEqualTo(MemberId.of("m3"));
              assertThat(f.citation().vi())
                  .isEqualTo("Điều lệ Đảng (2011), Điều 8; Quy định " + regulation);
            });
  }

  @ParameterizedTest(name = "M4 on {0}")
  @MethodSource("guidanceBoundaries")
  void m4_badge_citesTheGuidanceInForce(LocalDate day, String guidance) {
    Member due = MembershipFixtures.admittedOn("m1", day.minusYears(30));

    assertThat(MembershipCheck.check(rootWith(day, due), day))
        .filteredOn(f -> f.rule() == CharterRule.M4)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.citation().vi())
                  .isEqualTo(Instruments.regulationOn(day).label().vi() + "; " + guidance);
              assertThat(f.message().vi()).contains("đủ 30 năm tuổi Đảng");
            });
  }

  @ParameterizedTest(name = "M3 on {0}")
  @MethodSource("guidanceBoundaries")
  void m3_citesTheRegulationAndGuidanceInForce(LocalDate day, String guidance) {
    String cited = CharterRule.M3.citation(day).vi();
    assertThat(cited).startsWith("Quy định " + Instruments.regulationOn(day).number());
    // M3 has no point 18: only M4 cites the badge point.
    assertThat(cited).endsWith(guidance.replace(", điểm 18", ""));
  }

  @Test
  void m5_citesTheDisciplineRegulationWhateverTheDay() {
    assertThat(CharterRule.M5.citation(LocalDate.of(2016, 1, 1)))
        .isEqualTo(CharterRule.M5.citation(LocalDate.of(2026, 1, 1)));
    assertThat(CharterRule.M5.citation(LocalDate.of(2026, 1, 1)).vi())
        .isEqualTo("Điều lệ Đảng (2011), Điều 35; Quy định 69-QĐ/TW (2022), Điều 7");
  }
}
