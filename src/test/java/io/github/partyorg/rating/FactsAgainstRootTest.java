package io.github.partyorg.rating;

import static io.github.partyorg.rating.RatingFixtures.REVIEW_2023;
import static io.github.partyorg.rating.RatingFixtures.excellent2023;
import static io.github.partyorg.rating.RootRaterTest.baseCell;
import static io.github.partyorg.rating.RootRaterTest.member;
import static io.github.partyorg.rating.RootRaterTest.rootOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.Violation;
import io.github.partyorg.structure.ViolationCode;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Nothing a caller gives is dropped silently (issue 14): facts under an id the root does not hold,
 * facts given twice and facts of another year than the root are refused, naming the id.
 */
class FactsAgainstRootTest {
  private final Root root = rootOf(baseCell("CB1", List.of(member("A"), member("B"), member("C"))));

  private static YearFacts.Builder facts2023() {
    return YearFacts.builder().year(Year.of(2023)).reviewDate(REVIEW_2023);
  }

  @Test
  void factsOfAMemberNotInTheRoot_areRefusedByTheRater_namingTheIds() {
    YearFacts facts =
        facts2023()
            .addMember(excellent2023("A").build())
            .addMember(excellent2023("GHOST").build())
            .addOrganisation(
                OrganisationFacts.builder()
                    .organisationId(CellId.of("NOWHERE"))
                    .year(Year.of(2023))
                    .build())
            .build();

    assertThat(facts.problemsWith(root))
        .extracting(Violation::code, Violation::entityId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ViolationCode.NOT_IN_ROOT, "GHOST"),
            org.assertj.core.groups.Tuple.tuple(ViolationCode.NOT_IN_ROOT, "NOWHERE"));
    assertThatThrownBy(() -> RootRater.forYear(Year.of(2023)).rate(root, facts))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("GHOST")
        .hasMessageContaining("NOWHERE")
        .hasMessageContaining("not in root DUK");
  }

  @Test
  void factsOfMembersAndOrganisationsInTheRoot_areUsed() {
    YearFacts facts =
        facts2023()
            .addMember(excellent2023("A").build())
            .addOrganisation(RootRaterTest.goodOrg2023(BaseOrganisationId.of("CB1")).build())
            .build();

    assertThat(facts.problemsWith(root)).isEmpty();
    RootRating rating = RootRater.forYear(Year.of(2023)).rate(root, facts);
    assertThat(rating.members().get(MemberId.of("A")).proposed()).isPresent();
  }

  @Test
  void aMemberGivenTwice_isRefusedByTheBuilder_namingTheMember() {
    YearFacts.Builder builder =
        facts2023()
            .addMember(excellent2023("A").build())
            .addMember(excellent2023("B").build())
            .addMember(excellent2023("A").build());

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            InvalidFactsException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::code, Violation::entityId)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ViolationCode.DUPLICATE_ENTRY, "A")))
        .hasMessageContaining("given twice");
  }

  @Test
  void anOrganisationGivenTwiceAndADecisionGivenTwice_areBothListed() {
    BaseOrganisationId cb1 = BaseOrganisationId.of("CB1");
    YearFacts.Builder builder =
        facts2023()
            .addOrganisation(RootRaterTest.goodOrg2023(cb1).build())
            .addOrganisation(RootRaterTest.goodOrg2023(cb1).build())
            .decide(MemberId.of("A"), Level.HTTNV)
            .decide(MemberId.of("A"), Level.HTNV);

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            InvalidFactsException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::entityId)
                    .containsExactly("CB1", "A"));
  }

  @Test
  void factsOfALaterYearThanTheRootsSnapshot_areRefused_sameYearOrEarlierAccepted() {
    Root endOf2022 =
        Root.builder()
            .id(root.id())
            .kind(root.kind())
            .name(root.name())
            .snapshotDate(LocalDate.of(2022, 12, 31))
            .addAllBaseOrganisations(root.baseOrganisations())
            .build();
    YearFacts facts = facts2023().addMember(excellent2023("A").build()).build();

    assertThat(facts.problemsWith(endOf2022))
        .extracting(Violation::code, Violation::entityId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ViolationCode.YEAR_MISMATCH, "DUK"));
    assertThatThrownBy(() -> RootRater.forYear(Year.of(2023)).rate(endOf2022, facts))
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("2023")
        .hasMessageContaining("2022-12-31");
    // The other side: a snapshot on 1 January of the facts' year is of that year.
    Root firstDay =
        Root.builder()
            .id(root.id())
            .kind(root.kind())
            .name(root.name())
            .snapshotDate(LocalDate.of(2023, 1, 1))
            .addAllBaseOrganisations(root.baseOrganisations())
            .build();
    assertThat(facts.problemsWith(firstDay)).isEmpty();
  }

  @Test
  void aDecisionForAnIdNotInTheRoot_isReportedAsAFinding_notRefused_E5() {
    YearFacts facts = facts2023().decide(MemberId.of("GHOST"), Level.HTTNV).build();

    RootRating rating = RootRater.forYear(Year.of(2023)).rate(root, facts);

    assertThat(rating.decisionFindings())
        .singleElement()
        .satisfies(f -> assertThat(f.entityId()).isEqualTo(MemberId.of("GHOST")));
  }
}
