package io.github.partyorg.rating;

import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.Message;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who is rated (E1-E4).
 *
 * <ul>
 *   <li>E1: a member exempted from activities or suspended on the review date is not rated; in the
 *       2018 review under R2018 (16-HD) only exempted members were left out, so a suspended member
 *       is rated (suspended members are left out from 2019, 21-HD).
 *   <li>E2: a member admitted less than 6 months before the review date is not rated; admitted
 *       exactly 6 months before (same day of month), the member is rated.
 *   <li>E3: a probationary member admitted 6 months or more before is rated like an official
 *       member.
 *   <li>E4 (R2018 only): 3 or more months of sick leave in the year cap the level at HTNV;
 *       maternity leave does not cap it, the member is rated on the time worked.
 *   <li>E5: a transferred member is rated by the receiving cell. That is the caller's
 *       responsibility: give the facts gathered by the receiving cell; nothing is checked here.
 * </ul>
 */
public final class MemberEligibility {
  static final int SICK_LEAVE_CAP_MONTHS = 3;
  static final int MINIMUM_MONTHS = 6;

  private MemberEligibility() {}

  /**
   * Evaluates the E rules for a member.
   *
   * @param regime the regime applied
   * @param member the member
   * @param facts the member's facts for the year
   * @param reviewDate the day of the review (kiểm điểm)
   * @return whether the member is rated, with the E rules' cap and explanation
   * @throws IllegalArgumentException if the facts are about another member
   */
  public static Eligibility evaluate(
      Regime regime, Member member, MemberFacts facts, LocalDate reviewDate) {
    Ledger ledger = new Ledger(regime, RatingPolicies.defaults(), facts);
    Level cap = check(member, facts, reviewDate, ledger);
    return new Eligibility(
        cap != null,
        cap == null || cap == Level.HTXSNV ? Optional.empty() : Words.some(cap),
        ledger.explanation());
  }

  /**
   * Evaluates the E rules for a member, writing their entries to the member's ledger.
   *
   * @return null if the member is not rated; else the cap of the E rules, HTXSNV for none
   * @throws IllegalArgumentException if the facts are about another member
   */
  static @Nullable Level check(Member member, MemberFacts facts, LocalDate reviewDate, Ledger out) {
    Regime regime = out.regime;
    if (!member.id().equals(facts.memberId())) {
      throw new IllegalArgumentException(
          "The rating facts of member "
              + facts.memberId().value()
              + " were given for member "
              + member.id().value()
              + ".");
    }
    if (member.isExemptedOn(reviewDate)) {
      LocalDate since = member.exemptedSince().orElseThrow();
      out.add(
          RatingRule.E1,
          Message.of("rating.E1.exempted", since),
          out.facts(1).with("exemptedSince", since),
          Optional.empty());
      return null;
    }
    if (member.isSuspendedOn(reviewDate)
        && regime == Regime.R2018
        && facts.year().getValue() == 2018) {
      out.add(
          RatingRule.E1,
          Message.of("rating.E1.suspended2018", reviewDate),
          out.facts(2).with("reviewDate", reviewDate).with("suspended", true),
          Optional.empty());
    } else if (member.isSuspendedOn(reviewDate)) {
      out.add(
          RatingRule.E1,
          Message.of("rating.E1.suspended", reviewDate),
          out.facts(1).with("reviewDate", reviewDate),
          Optional.empty());
      return null;
    }
    LocalDate admission = member.admissionDate();
    boolean sixMonths = !admission.isAfter(reviewDate.minusMonths(MINIMUM_MONTHS));
    if (!sixMonths) {
      out.add(
          RatingRule.E2,
          Message.of("rating.E2.under6Months", admission, reviewDate),
          out.facts(2).with("admissionDate", admission).with("reviewDate", reviewDate),
          Optional.empty());
      return null;
    }
    Optional<LocalDate> official = member.officialDate();
    boolean probationary = official.isEmpty() || official.get().isAfter(reviewDate);
    if (probationary) {
      out.add(
          RatingRule.E3,
          Message.of("rating.E3.probationary", admission, reviewDate),
          out.facts(2).with("admissionDate", admission).with("reviewDate", reviewDate),
          Optional.empty());
    }
    return RatingRule.E4.appliesUnder(regime) ? sickLeave(facts, out) : Level.HTXSNV;
  }

  private static Level sickLeave(MemberFacts facts, Ledger out) {
    int months = facts.sickLeaveMonths();
    if (months >= SICK_LEAVE_CAP_MONTHS) {
      out.add(
          RatingRule.E4,
          Message.of("rating.E4.sickLeaveCapped", months, facts.year()),
          out.facts(1).with("sickLeaveMonths", months),
          Words.some(Level.HTNV));
      return Level.HTNV;
    }
    if (months > 0) {
      out.add(
          RatingRule.E4,
          Message.of("rating.E4.sickLeave", months, facts.year()),
          out.facts(1).with("sickLeaveMonths", months),
          Optional.empty());
    }
    if (facts.maternityLeave()) {
      out.add(
          RatingRule.E4, MATERNITY, out.facts(1).with("maternityLeave", true), Optional.empty());
    }
    return Level.HTXSNV;
  }

  private static final Message MATERNITY = Message.of("rating.E4.maternityLeave");
}
