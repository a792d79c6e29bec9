package io.github.partyorg.fourgood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberHolder;
import io.github.partyorg.structure.Root;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * {@link FourGoodResult} and {@link HeadingResult} rebuilt from their parts: the parts of a result
 * made by {@link FourGoodEvaluator} give an equal result (equals and hashCode contract); parts that
 * do not fit are refused with an {@link IllegalArgumentException} naming the organisation or the
 * sub-criterion and the problem, without personal data: a result of another year, a base
 * committee's result among the cells or the reverse, an organisation with two results (the whole
 * root's results); results not one per sub-criterion in the heading's order (a heading's result).
 */
class FourGoodResultPartsTest {
  private static final Year YEAR = FourGoodFixtures.YEAR;
  private static final BenTreSample SAMPLE = BenTreSample.get();
  private static final Root ROOT = SAMPLE.root(YEAR);

  /**
   * The four-good results of the 2023 Bến Tre sample, with the gated Bến Tre cell profile: the
   * rating inputs of the sample, every organisation registered, a good year of meetings for the
   * first holders and none for the others.
   */
  private static final FourGoodResult RESULT = evaluate();

  private static FourGoodResult evaluate() {
    FourGoodYear.Builder year =
        FourGoodYear.builder().year(YEAR).ratingInputs(SAMPLE.rating(YEAR), SAMPLE.facts(YEAR));
    List<MemberHolder> holders = new ArrayList<>();
    for (BaseOrganisation base : ROOT.baseOrganisations()) {
      holders.addAll(base.memberHolders());
      if (base.isBaseCommittee()) {
        year.addRegistered(base.id());
      }
    }
    for (MemberHolder holder : holders) {
      year.addRegistered(holder.id());
    }
    for (MemberHolder holder : holders.subList(0, 5)) {
      year.addAllMeetings(FourGoodFixtures.goodYear(holder.id()));
    }
    return FourGoodEvaluator.evaluate(
        ROOT,
        Presets.benTre10HdBtctu2018Gates(),
        Presets.nationalFrameBaseCommittee(),
        year.build());
  }

  private static OrganisationResult cell(int index) {
    return RESULT.cells().get(index);
  }

  private static OrganisationResult committee(int index) {
    return RESULT.baseCommittees().get(index);
  }

  private static OrganisationResult rebuilt(OrganisationResult r) {
    List<HeadingResult> headings = new ArrayList<>();
    for (HeadingResult h : r.headings()) {
      headings.add(new HeadingResult(h.heading(), new ArrayList<>(h.results())));
    }
    return new OrganisationResult(
        r.organisationId(),
        r.baseCommittee(),
        r.year(),
        r.titleName(),
        r.registered(),
        new ArrayList<>(r.gates()),
        headings);
  }

  private static OrganisationResult ofYear(OrganisationResult r, Year year) {
    return new OrganisationResult(
        r.organisationId(),
        r.baseCommittee(),
        year,
        r.titleName(),
        r.registered(),
        r.gates(),
        r.headings());
  }

  private static OrganisationResult asCommittee(OrganisationResult r, boolean baseCommittee) {
    return new OrganisationResult(
        r.organisationId(),
        baseCommittee,
        r.year(),
        r.titleName(),
        r.registered(),
        r.gates(),
        r.headings());
  }

  private static void assertRefused(ThrowingCallable call, String... parts) {
    assertThatThrownBy(call)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll(parts)
        .satisfies(e -> assertNoPersonalData(e.getMessage()));
  }

  private static void assertNoPersonalData(String message) {
    for (Member m : ROOT.allMembers().toList()) {
      assertThat(message).doesNotContain(m.fullName()).doesNotContain(m.id().value());
    }
  }

  // ---------- Happy path ----------

  @Test
  void sampleResult_hasCellsAndBaseCommittees_withGatesAndDifferentFailures() {
    assertThat(RESULT.cells()).hasSizeGreaterThan(4);
    assertThat(RESULT.baseCommittees()).hasSizeGreaterThan(2);
    assertThat(RESULT.cells().stream().map(OrganisationResult::failures).distinct())
        .hasSizeGreaterThan(1);
    assertThat(cell(0).gates()).isNotEmpty();
  }

  @Test
  void fourGoodResult_rebuiltFromTheEvaluatorsParts_equalsIt_withTheSameHash() {
    FourGoodResult copy =
        new FourGoodResult(
            RESULT.year(),
            RESULT.cells().stream().map(FourGoodResultPartsTest::rebuilt).toList(),
            RESULT.baseCommittees().stream().map(FourGoodResultPartsTest::rebuilt).toList());

    assertThat(copy).isEqualTo(RESULT).hasSameHashCodeAs(RESULT);
    assertThat(copy.fourGoodCells()).isEqualTo(RESULT.fourGoodCells());
    assertThat(copy.cellShare()).isEqualTo(RESULT.cellShare());
    assertThat(copy.baseCommitteeShare()).isEqualTo(RESULT.baseCommitteeShare());
  }

  @Test
  void headingResult_rebuiltFromTheEvaluatorsParts_equalsIt_withTheSameHash() {
    for (OrganisationResult r : List.of(cell(0), cell(RESULT.cells().size() - 1), committee(0))) {
      for (HeadingResult h : r.headings()) {
        HeadingResult copy = new HeadingResult(h.heading(), h.results());
        assertThat(copy).isEqualTo(h).hasSameHashCodeAs(h);
        assertThat(copy.met()).isEqualTo(h.met());
      }
    }
  }

  @Test
  void emptyLists_makeAValidResult() {
    FourGoodResult empty = new FourGoodResult(YEAR, List.of(), List.of());
    assertThat(empty.cellShare()).isEmpty();
    assertThat(empty).isEqualTo(new FourGoodResult(YEAR, List.of(), List.of()));
  }

  // ---------- FourGoodResult refusals ----------

  @Test
  void cellResultOfAnotherYear_isRefusedNamingTheCellAndBothYears() {
    List<OrganisationResult> cells = new ArrayList<>(RESULT.cells());
    cells.set(1, ofYear(cell(1), Year.of(2022)));
    String id = cell(1).organisationId().value();

    assertRefused(
        () -> new FourGoodResult(YEAR, cells, RESULT.baseCommittees()),
        "The result of " + id + " is of 2022, not of 2023.");
  }

  @Test
  void baseCommitteeResultOfAnotherYear_isRefusedNamingTheBaseCommittee() {
    List<OrganisationResult> committees = new ArrayList<>(RESULT.baseCommittees());
    committees.set(0, ofYear(committee(0), Year.of(2024)));
    String id = committee(0).organisationId().value();

    assertRefused(
        () -> new FourGoodResult(YEAR, RESULT.cells(), committees),
        "The result of " + id + " is of 2024, not of 2023.");
  }

  @Test
  void resultsOfAnotherYearThanTheWhole_areRefused() {
    assertRefused(
        () -> new FourGoodResult(Year.of(2022), RESULT.cells(), RESULT.baseCommittees()),
        "The result of " + cell(0).organisationId().value(),
        "is of 2023, not of 2022.");
  }

  @Test
  void baseCommitteesResult_amongTheCells_isRefusedNamingIt() {
    List<OrganisationResult> cells = new ArrayList<>(RESULT.cells());
    cells.add(committee(1));
    List<OrganisationResult> committees = new ArrayList<>(RESULT.baseCommittees());
    committees.remove(1);

    assertRefused(
        () -> new FourGoodResult(YEAR, cells, committees),
        "The result of "
            + committee(1).organisationId().value()
            + " is a base committee's, listed among the cells.");
  }

  @Test
  void cellsResult_amongTheBaseCommittees_isRefusedNamingIt() {
    List<OrganisationResult> cells = new ArrayList<>(RESULT.cells());
    cells.remove(2);
    List<OrganisationResult> committees = new ArrayList<>(RESULT.baseCommittees());
    committees.add(0, cell(2));

    assertRefused(
        () -> new FourGoodResult(YEAR, cells, committees),
        "The result of "
            + cell(2).organisationId().value()
            + " is a cell's, listed among the base committees.");
  }

  @Test
  void cellListedTwice_isRefusedNamingIt() {
    List<OrganisationResult> cells = new ArrayList<>(RESULT.cells());
    cells.add(rebuilt(cell(3)));

    assertRefused(
        () -> new FourGoodResult(YEAR, cells, RESULT.baseCommittees()),
        "The organisation " + cell(3).organisationId().value() + " has two results.");
  }

  @Test
  void baseCommitteeListedTwice_isRefusedNamingIt() {
    List<OrganisationResult> committees = new ArrayList<>(RESULT.baseCommittees());
    committees.add(committee(0));

    assertRefused(
        () -> new FourGoodResult(YEAR, RESULT.cells(), committees),
        "The organisation " + committee(0).organisationId().value() + " has two results.");
  }

  @Test
  void organisationInBothLists_isRefusedAsHavingTwoResults() {
    List<OrganisationResult> committees = new ArrayList<>(RESULT.baseCommittees());
    committees.add(asCommittee(cell(0), true));

    assertRefused(
        () -> new FourGoodResult(YEAR, RESULT.cells(), committees),
        "The organisation " + cell(0).organisationId().value() + " has two results.");
  }

  @Test
  void nullParts_areRefused() {
    assertThatThrownBy(() -> new FourGoodResult(null, RESULT.cells(), RESULT.baseCommittees()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new FourGoodResult(YEAR, null, RESULT.baseCommittees()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new FourGoodResult(YEAR, RESULT.cells(), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new HeadingResult(null, List.of()))
        .isInstanceOf(NullPointerException.class);
  }

  // ---------- HeadingResult refusals ----------

  /** The meeting-quality heading of a cell: four sub-criteria, 2.1 to 2.4. */
  private static HeadingResult meetings() {
    HeadingResult h = cell(0).headings().get(1);
    assertThat(h.results()).extracting(r -> r.criterion().id()).startsWith("2.1", "2.2");
    return h;
  }

  @Test
  void headingResult_missingTheLastSubCriterion_isRefusedNamingIt() {
    HeadingResult h = meetings();
    List<CriterionResult> results = new ArrayList<>(h.results());
    CriterionResult last = results.remove(results.size() - 1);

    assertRefused(
        () -> new HeadingResult(h.heading(), results),
        "sub-criterion " + last.criterion().id() + " has no result.");
  }

  @Test
  void headingResult_withNoResultAtAll_isRefusedNamingTheFirstSubCriterion() {
    HeadingResult h = meetings();

    assertRefused(
        () -> new HeadingResult(h.heading(), List.of()), "sub-criterion 2.1 has no result.");
  }

  @Test
  void headingResult_withAResultOfAnotherHeading_isRefusedNamingIt() {
    HeadingResult h = meetings();
    List<CriterionResult> results = new ArrayList<>(h.results());
    CriterionResult other = cell(0).headings().get(3).results().get(0);
    results.add(other);

    assertRefused(
        () -> new HeadingResult(h.heading(), results),
        "sub-criterion " + other.criterion().id() + " is not in the heading.");
  }

  @Test
  void headingResult_withTheLastSubCriterionTwice_isRefusedAsTwoResultsNotAsForeign() {
    HeadingResult h = meetings();
    List<CriterionResult> results = new ArrayList<>(h.results());
    CriterionResult last = results.get(results.size() - 1);
    results.add(last);

    assertRefused(
        () -> new HeadingResult(h.heading(), results),
        "sub-criterion " + last.criterion().id() + " has two results.");
    assertThatThrownBy(() -> new HeadingResult(h.heading(), results))
        .hasMessageNotContaining("not in the heading");
  }

  @Test
  void headingResult_outOfTheHeadingsOrder_isRefusedNamingBothSubCriteria() {
    HeadingResult h = meetings();
    List<CriterionResult> results = new ArrayList<>(h.results());
    Collections.swap(results, 0, 1);

    assertRefused(
        () -> new HeadingResult(h.heading(), results),
        "The result at position 1 of a heading is for sub-criterion 2.2, not for 2.1.");
  }

  @Test
  void headingResult_withASubCriterionTwice_isRefusedAtTheSecond() {
    HeadingResult h = meetings();
    List<CriterionResult> results = new ArrayList<>(h.results());
    results.set(1, results.get(0));

    assertRefused(
        () -> new HeadingResult(h.heading(), results),
        "The result at position 2 of a heading is for sub-criterion 2.1, not for 2.2.");
  }

  @Test
  void headingResult_ofTheSameIdButAnotherSubCriterion_isRefused() {
    // The base committee's 2.1 (share of cells holding the title) is not the cell's 2.1.
    HeadingResult h = meetings();
    List<CriterionResult> results = new ArrayList<>(h.results());
    results.set(0, committee(0).headings().get(1).results().get(0));

    assertRefused(
        () -> new HeadingResult(h.heading(), results),
        "The result at position 1 of a heading is for sub-criterion 2.1, not for 2.1.");
  }

  // ---------- equals and hashCode ----------

  @Test
  void aChangedPart_makesTheResultsUnequal() {
    List<OrganisationResult> fewerCells = RESULT.cells().subList(1, RESULT.cells().size());
    List<OrganisationResult> reversed = new ArrayList<>(RESULT.cells());
    Collections.reverse(reversed);
    OrganisationResult unregistered =
        new OrganisationResult(
            cell(0).organisationId(),
            false,
            YEAR,
            cell(0).titleName(),
            !cell(0).registered(),
            cell(0).gates(),
            cell(0).headings());
    List<OrganisationResult> changedCell = new ArrayList<>(RESULT.cells());
    changedCell.set(0, unregistered);

    assertThat(new FourGoodResult(YEAR, fewerCells, RESULT.baseCommittees())).isNotEqualTo(RESULT);
    assertThat(new FourGoodResult(YEAR, reversed, RESULT.baseCommittees())).isNotEqualTo(RESULT);
    assertThat(new FourGoodResult(YEAR, changedCell, RESULT.baseCommittees())).isNotEqualTo(RESULT);
    assertThat(new FourGoodResult(YEAR, RESULT.cells(), List.of())).isNotEqualTo(RESULT);
    assertThat(RESULT).isNotEqualTo(null).isNotEqualTo(RESULT.cells());
  }

  @Test
  void aChangedCriterionResult_makesTheHeadingResultsUnequal() {
    HeadingResult h = meetings();
    List<CriterionResult> results = new ArrayList<>(h.results());
    CriterionResult first = results.get(0);
    results.set(0, new CriterionResult(first.criterion(), !first.met(), first.facts()));
    List<CriterionResult> otherFacts = new ArrayList<>(h.results());
    otherFacts.set(
        0, new CriterionResult(first.criterion(), first.met(), LocalizedText.of("x", "x")));

    assertThat(new HeadingResult(h.heading(), results)).isNotEqualTo(h);
    assertThat(new HeadingResult(h.heading(), otherFacts)).isNotEqualTo(h);
    assertThat(h).isNotEqualTo(null).isNotEqualTo(h.results());
  }
}
