package io.github.partyorg.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.structure.Member;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * {@link ResolutionEvaluation} and {@link TargetOutcome} rebuilt from their parts: the parts of an
 * evaluation made by {@link TargetEvaluator} give an equal value (equals and hashCode contract);
 * parts that do not fit are refused with an {@link IllegalArgumentException} naming the target and
 * the problem, without personal data: outcomes not one per target of the resolution in its order
 * (an evaluation); a finding of another target or metric, an unknown outcome without finding, a
 * decided one with a finding or without the year's figure (an outcome).
 */
class ResolutionEvaluationPartsTest {
  private static final Year Y2023 = Year.of(2023);
  private static final BenTreSample SAMPLE = BenTreSample.get();

  /** The 2023 sample: twelve targets, some exceeded, some met, some not met. */
  private static final ResolutionEvaluation EVALUATION = SAMPLE.evaluation(Y2023);

  /** The same resolution without any figure: every outcome unknown, with findings. */
  private static final ResolutionEvaluation UNKNOWN =
      TargetEvaluator.withDefaults()
          .evaluate(
              SAMPLE.resolution(Y2023),
              MetricValues.empty(Y2023),
              MetricValues.empty(Y2023.minusYears(1)));

  private static TargetOutcome rebuilt(TargetOutcome o) {
    return new TargetOutcome(
        o.target(),
        o.status(),
        o.actual(),
        o.previous(),
        o.targetValue(),
        o.percentOfTarget(),
        o.difference(),
        o.change(),
        new ArrayList<>(o.rules()),
        o.explanation(),
        new ArrayList<>(o.findings()));
  }

  private static TargetOutcome withStatusAndFindings(
      TargetOutcome o, TargetStatus status, List<TargetFinding> findings) {
    return new TargetOutcome(
        o.target(),
        status,
        o.actual(),
        o.previous(),
        o.targetValue(),
        o.percentOfTarget(),
        o.difference(),
        o.change(),
        o.rules(),
        o.explanation(),
        findings);
  }

  private static TargetOutcome withActual(TargetOutcome o, Optional<Measurement> actual) {
    return new TargetOutcome(
        o.target(),
        o.status(),
        actual,
        o.previous(),
        o.targetValue(),
        o.percentOfTarget(),
        o.difference(),
        o.change(),
        o.rules(),
        o.explanation(),
        o.findings());
  }

  private static String id(int index) {
    return SAMPLE.resolution(Y2023).targets().get(index).id();
  }

  private static void assertRefused(ThrowingCallable call, String... parts) {
    assertThatThrownBy(call)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll(parts)
        .satisfies(
            e -> {
              for (Member m : SAMPLE.root(Y2023).allMembers().limit(500).toList()) {
                assertThat(e.getMessage())
                    .doesNotContain(m.fullName())
                    .doesNotContain(m.id().value());
              }
            });
  }

  // ---------- Happy path ----------

  @Test
  void sampleEvaluations_haveEveryStatus() {
    assertThat(EVALUATION.outcomes()).hasSize(12);
    assertThat(EVALUATION.count(TargetStatus.EXCEEDED)).isPositive();
    assertThat(EVALUATION.count(TargetStatus.MET)).isPositive();
    assertThat(EVALUATION.count(TargetStatus.NOT_MET)).isPositive();
    assertThat(UNKNOWN.count(TargetStatus.UNKNOWN)).isPositive();
    assertThat(UNKNOWN.findings()).isNotEmpty();
  }

  @Test
  void evaluation_rebuiltFromTheEvaluatorsParts_equalsIt_withTheSameHash() {
    for (ResolutionEvaluation evaluation :
        List.of(
            EVALUATION,
            UNKNOWN,
            SAMPLE.evaluation(Year.of(2021)),
            SAMPLE.evaluation(Year.of(2022)))) {
      ResolutionEvaluation copy =
          new ResolutionEvaluation(
              evaluation.resolution(),
              evaluation.policies(),
              evaluation.outcomes().stream().map(ResolutionEvaluationPartsTest::rebuilt).toList());

      assertThat(copy).isEqualTo(evaluation).hasSameHashCodeAs(evaluation);
      assertThat(copy.findings()).isEqualTo(evaluation.findings());
    }
  }

  @Test
  void outcome_rebuiltFromTheEvaluatorsParts_equalsIt_withTheSameHash() {
    for (TargetOutcome outcome : EVALUATION.outcomes()) {
      assertThat(rebuilt(outcome)).isEqualTo(outcome).hasSameHashCodeAs(outcome);
    }
    for (TargetOutcome outcome : UNKNOWN.outcomes()) {
      assertThat(rebuilt(outcome)).isEqualTo(outcome).hasSameHashCodeAs(outcome);
    }
  }

  @Test
  void resolutionWithoutTargets_takesNoOutcome() {
    Resolution empty =
        new Resolution(
            SAMPLE.resolution(Y2023).issuer(), Y2023, SAMPLE.resolution(Y2023).theme(), List.of());
    assertThat(new ResolutionEvaluation(empty, EVALUATION.policies(), List.of()).outcomes())
        .isEmpty();
  }

  // ---------- ResolutionEvaluation refusals ----------

  @Test
  void evaluationMissingTheLastOutcome_isRefusedNamingTheTarget() {
    List<TargetOutcome> outcomes = new ArrayList<>(EVALUATION.outcomes());
    outcomes.remove(11);

    assertRefused(
        () -> new ResolutionEvaluation(EVALUATION.resolution(), EVALUATION.policies(), outcomes),
        "Target " + id(11) + " of the resolution has no outcome.");
  }

  @Test
  void evaluationWithoutOutcomes_isRefusedNamingTheFirstTarget() {
    assertRefused(
        () -> new ResolutionEvaluation(EVALUATION.resolution(), EVALUATION.policies(), List.of()),
        "Target " + id(0) + " of the resolution has no outcome.");
  }

  @Test
  void evaluationWithAnOutcomeBeyondTheTargets_isRefusedNamingItsTarget() {
    List<TargetOutcome> outcomes = new ArrayList<>(EVALUATION.outcomes());
    TargetOutcome extra = SAMPLE.evaluation(Year.of(2022)).outcomes().get(0);
    outcomes.add(extra);

    assertRefused(
        () -> new ResolutionEvaluation(EVALUATION.resolution(), EVALUATION.policies(), outcomes),
        "The outcome at position 13 is for target " + extra.target().id() + ",",
        "not the resolution's target at that position");
  }

  @Test
  void evaluationOutOfTheResolutionsOrder_isRefusedNamingTheTargetAtThatPosition() {
    List<TargetOutcome> outcomes = new ArrayList<>(EVALUATION.outcomes());
    Collections.swap(outcomes, 2, 5);

    assertRefused(
        () -> new ResolutionEvaluation(EVALUATION.resolution(), EVALUATION.policies(), outcomes),
        "The outcome at position 3 is for target " + id(5) + ",");
  }

  @Test
  void evaluationWithATargetTwice_isRefusedAtTheSecond() {
    List<TargetOutcome> outcomes = new ArrayList<>(EVALUATION.outcomes());
    outcomes.set(1, outcomes.get(0));

    assertRefused(
        () -> new ResolutionEvaluation(EVALUATION.resolution(), EVALUATION.policies(), outcomes),
        "The outcome at position 2 is for target " + id(0) + ",");
  }

  @Test
  void evaluationOfAnotherResolution_isRefused() {
    assertRefused(
        () ->
            new ResolutionEvaluation(
                SAMPLE.resolution(Year.of(2022)), EVALUATION.policies(), EVALUATION.outcomes()),
        "The outcome at position 1 is for target " + id(0) + ",");
  }

  @Test
  void outcomeOfATargetWithTheSameIdButAnotherGoal_isRefused() {
    TargetOutcome first = EVALUATION.outcomes().get(0);
    Target changed =
        new Target(
            first.target().id(),
            first.target().label(),
            first.target().metric(),
            other(first.target().goal()));
    List<Target> targets = new ArrayList<>(EVALUATION.resolution().targets());
    targets.set(0, changed);
    Resolution resolution =
        new Resolution(
            EVALUATION.resolution().issuer(), Y2023, EVALUATION.resolution().theme(), targets);

    assertRefused(
        () -> new ResolutionEvaluation(resolution, EVALUATION.policies(), EVALUATION.outcomes()),
        "The outcome at position 1 is for target " + id(0) + ",");
  }

  private static Goal other(Goal goal) {
    return goal instanceof Goal.CountAtLeast c
        ? new Goal.CountAtLeast(c.minimum() + 1)
        : new Goal.CountAtLeast(1);
  }

  @Test
  void nullParts_areRefused() {
    assertThatThrownBy(
            () -> new ResolutionEvaluation(null, EVALUATION.policies(), EVALUATION.outcomes()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () -> new ResolutionEvaluation(EVALUATION.resolution(), null, EVALUATION.outcomes()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () -> new ResolutionEvaluation(EVALUATION.resolution(), EVALUATION.policies(), null))
        .isInstanceOf(NullPointerException.class);
  }

  // ---------- TargetOutcome refusals ----------

  private static TargetOutcome unknown(int index) {
    TargetOutcome o = UNKNOWN.outcomes().get(index);
    assertThat(o.status()).isEqualTo(TargetStatus.UNKNOWN);
    return o;
  }

  @Test
  void findingOfAnotherTarget_isRefusedNamingBothTargetsAndTheMetric() {
    TargetOutcome o = unknown(0);
    TargetFinding other = unknown(1).findings().get(0);

    assertRefused(
        () -> withStatusAndFindings(o, TargetStatus.UNKNOWN, List.of(other)),
        "Target " + o.target().id() + ": a finding of target " + other.targetId(),
        "on metric " + other.metric().key() + " does not belong to this outcome.");
  }

  @Test
  void findingOnAnotherMetric_isRefusedNamingTheTargetAndTheMetric() {
    TargetOutcome o = unknown(0);
    TargetFinding f = o.findings().get(0);
    ReportedMetric metric = ReportedMetric.of("OTHER_FIGURE", "Số liệu khác", "Other figure");
    TargetFinding onOther = new TargetFinding(f.targetId(), metric, f.rule(), f.message());

    assertRefused(
        () -> withStatusAndFindings(o, TargetStatus.UNKNOWN, List.of(f, onOther)),
        "Target " + o.target().id() + ": a finding of target " + o.target().id(),
        "on metric OTHER_FIGURE does not belong to this outcome.");
  }

  @Test
  void unknownOutcomeWithoutFindings_isRefusedNamingTheTarget() {
    TargetOutcome o = unknown(0);

    assertRefused(
        () -> withStatusAndFindings(o, TargetStatus.UNKNOWN, List.of()),
        "Target " + o.target().id() + ": an outcome is unknown exactly when it has findings;",
        "got UNKNOWN with 0 findings.");
  }

  @Test
  void decidedOutcomeWithAFinding_isRefusedNamingTheTarget() {
    TargetOutcome o = EVALUATION.outcomes().get(0);
    TargetFinding f = unknown(0).findings().get(0);

    assertRefused(
        () -> withStatusAndFindings(o, o.status(), List.of(f)),
        "Target " + o.target().id() + ": an outcome is unknown exactly when it has findings;",
        "got " + o.status() + " with 1 findings.");
  }

  @Test
  void decidedOutcomeWithoutTheYearsFigure_isRefusedNamingTheTarget() {
    TargetOutcome o = EVALUATION.outcomes().get(0);

    assertRefused(
        () -> withActual(o, Optional.empty()),
        "Target " + o.target().id() + ": a decided outcome needs the year's figure.");
  }

  // ---------- equals and hashCode ----------

  @Test
  void aChangedPart_makesTheEvaluationsUnequal() {
    List<TargetOutcome> swappedStatus = new ArrayList<>(EVALUATION.outcomes());
    TargetOutcome first = swappedStatus.get(0);
    TargetStatus status =
        first.status() == TargetStatus.NOT_MET ? TargetStatus.MET : TargetStatus.NOT_MET;
    swappedStatus.set(0, withStatusAndFindings(first, status, List.of()));
    TargetPolicies otherPolicies =
        TargetPolicies.defaults().withPercentPrecision(1, RoundingMode.DOWN);

    assertThat(
            new ResolutionEvaluation(EVALUATION.resolution(), EVALUATION.policies(), swappedStatus))
        .isNotEqualTo(EVALUATION);
    assertThat(
            new ResolutionEvaluation(EVALUATION.resolution(), otherPolicies, EVALUATION.outcomes()))
        .isNotEqualTo(EVALUATION);
    assertThat(UNKNOWN).isNotEqualTo(EVALUATION);
    assertThat(EVALUATION).isNotEqualTo(null).isNotEqualTo(EVALUATION.outcomes());
  }

  @Test
  void aChangedPart_makesTheOutcomesUnequal() {
    TargetOutcome o = EVALUATION.outcomes().get(0);
    TargetOutcome withoutPrevious =
        new TargetOutcome(
            o.target(),
            o.status(),
            o.actual(),
            Optional.empty(),
            o.targetValue(),
            o.percentOfTarget(),
            o.difference(),
            Optional.empty(),
            o.rules(),
            o.explanation(),
            o.findings());
    TargetOutcome fewerRules =
        new TargetOutcome(
            o.target(),
            o.status(),
            o.actual(),
            o.previous(),
            o.targetValue(),
            o.percentOfTarget(),
            o.difference(),
            o.change(),
            o.rules().subList(1, o.rules().size()),
            o.explanation(),
            o.findings());

    assertThat(fewerRules).isNotEqualTo(o);
    assertThat(withActual(o, EVALUATION.outcomes().get(1).actual())).isNotEqualTo(o);
    assertThat(unknown(0)).isNotEqualTo(o);
    if (o.previous().isPresent()) {
      assertThat(withoutPrevious).isNotEqualTo(o);
    }
  }
}
