package io.github.partyorg.rating;

import io.github.partyorg.structure.Member;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Rates one member for a year under a regime: who is rated (E1-E4, {@link MemberEligibility}), the
 * candidate level and the caps of the regime's rules, each with an explanation entry.
 *
 * <ul>
 *   <li>R2018: candidate from the criterion grades (C0, the library's reading [INF]); caps C1
 *       (discipline: KHTNV), C2 (degradation, forbidden acts, failed duty to set an example, under
 *       50% of targets, KHTNV as a civil servant: KHTNV), C3 (civil servant not HTXSNV in the state
 *       rating: at most HTTNV), E4 (3 or more months of sick leave: at most HTNV). Needs the four
 *       grades and the targets percentage.
 *   <li>R2023: candidate from the grades (C0); caps C1 (per {@link DisciplineEffect}), C2
 *       (degradation, forbidden acts, failed duty to set an example) and C4 (HTXSNV conditions).
 *       Needs the four grades, and the on-time and exceeded percentages when the grades allow
 *       HTXSNV.
 *   <li>R2025: candidate from the score (C5); caps C1 (per {@link DisciplineEffect}), C2 and C6
 *       (leaders). Needs the score, the percentages each tried level reads, and for a leader the
 *       share of tasks done by the unit led.
 * </ul>
 *
 * <p>The proposed level is the lower of the candidate and every cap. A fact the regime needs but
 * that was not given is reported as a {@link MissingFact} and no level is proposed. E5 (a
 * transferred member is rated by the receiving cell) is the caller's responsibility: give the facts
 * of the receiving cell.
 *
 * <p>Immutable and thread-safe.
 */
public final class MemberRater {
  private final Regime regime;
  private final RatingPolicies policies;

  private MemberRater(Regime regime, RatingPolicies policies) {
    this.regime = Objects.requireNonNull(regime, "regime");
    this.policies = Objects.requireNonNull(policies, "policies");
  }

  /**
   * Returns a rater for a regime and policies.
   *
   * @param regime the regime applied, usually {@link Regime#forYear(java.time.Year)} of the year
   *     assessed; another regime gives a what-if rating
   * @param policies the policies
   * @return the rater
   * @throws NullPointerException if an argument is null
   */
  public static MemberRater of(Regime regime, RatingPolicies policies) {
    return new MemberRater(regime, policies);
  }

  /**
   * Returns a rater for a regime with the default policies.
   *
   * @param regime the regime applied
   * @return the rater
   * @throws NullPointerException if {@code regime} is null
   */
  public static MemberRater of(Regime regime) {
    return new MemberRater(regime, RatingPolicies.defaults());
  }

  /**
   * Returns the regime applied.
   *
   * @return the regime
   */
  public Regime regime() {
    return regime;
  }

  /**
   * Returns the policies applied.
   *
   * @return the policies
   */
  public RatingPolicies policies() {
    return policies;
  }

  /**
   * Rates a member.
   *
   * @param member the member
   * @param facts the member's facts for the year assessed
   * @param reviewDate the day of the review (kiểm điểm), for E1-E3
   * @return the rating, with its explanation and any missing facts
   * @throws IllegalArgumentException if the facts are about another member
   */
  public MemberRating rate(Member member, MemberFacts facts, LocalDate reviewDate) {
    Ledger ledger = new Ledger(regime, policies, facts);
    Optional<Level> proposed = apply(member, facts, reviewDate, ledger);
    if (ledger.excluded()) {
      return new MemberRating(
          member.id(), regime, Optional.empty(), Level.HTXSNV, ledger.explanation(), List.of());
    }
    return new MemberRating(
        member.id(),
        regime,
        proposed,
        ledger.ceiling(),
        ledger.explanation(),
        ledger.missingFacts());
  }

  /**
   * Rates a member's levels only, without the explanation (issue 19: a {@link RootRating} keeps its
   * members' levels in arrays and makes each {@link MemberRating} from {@link #rate} only when
   * asked). The same rules run through a {@link Ledger#levelsOnly} ledger, so the result is that of
   * {@link #rate}, packed in an int by {@link MemberLevels}.
   *
   * @param member the member
   * @param facts the member's facts
   * @param reviewDate the day of the review
   * @return the packed levels
   */
  int rateLevels(Member member, MemberFacts facts, LocalDate reviewDate) {
    Ledger ledger = Ledger.levelsOnly(regime, policies, facts);
    Optional<Level> proposed = apply(member, facts, reviewDate, ledger);
    if (ledger.excluded()) {
      return MemberLevels.pack(null, Level.HTXSNV, false, ledger.rated());
    }
    return MemberLevels.pack(
        proposed.orElse(null), ledger.ceiling(), !ledger.complete(), ledger.rated());
  }

  /**
   * Runs the rules in order into a ledger: the E rules, then the candidate (C0 or C5) and the caps
   * of the regime.
   *
   * @return the proposed level; empty when the E rules leave the member out ({@link
   *     Ledger#excluded()}) or a fact is missing
   */
  private Optional<Level> apply(
      Member member, MemberFacts facts, LocalDate reviewDate, Ledger ledger) {
    Level eligibilityCap = MemberEligibility.check(member, facts, reviewDate, ledger);
    if (eligibilityCap == null) {
      ledger.exclude();
      return Optional.empty();
    }
    ledger.cap(eligibilityCap);
    Optional<Level> candidate =
        regime == Regime.R2025 ? C5ScoreR2025.candidate(ledger) : C0GradeLevel.candidate(ledger);
    C1Discipline.apply(ledger);
    C2NotCompleted.apply(ledger);
    if (regime == Regime.R2018) {
      C3CivilServantExcellence.apply(ledger);
    } else if (regime == Regime.R2023) {
      C4ExcellenceR2023.apply(ledger);
    } else {
      C6LeaderR2025.apply(ledger);
    }
    return ledger.complete() && candidate.isPresent()
        ? Words.some(Level.lower(candidate.get(), ledger.ceiling()))
        : Optional.empty();
  }
}
