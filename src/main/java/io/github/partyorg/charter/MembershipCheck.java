package io.github.partyorg.charter;

import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Message;
import io.github.partyorg.structure.Root;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Checks the membership rules of a whole root on a day, as {@link CharterCheck} checks its
 * structure: what needs attention in the bloc (kiểm tra công tác đảng viên). Each finding names the
 * rule, the member (or candidate) by id, a sentence in Vietnamese and English, and cites the
 * instruments in force on the day checked ({@link Instruments}).
 *
 * <p>The findings, in this order:
 *
 * <ol>
 *   <li>M2: each probationary member whose 12 months of probation ended before the day without a
 *       vote on official membership ({@link Probation#overdue}), {@link Severity#ERROR}, in tree
 *       order;
 *   <li>M4: each badge due in the year of the day ({@link Badges#dueOn}), with early awards for the
 *       members the facts say are seriously ill and without the badges the facts say were already
 *       received, {@link Severity#WARNING} (a reminder to propose the award), in tree order then
 *       milestone order;
 *   <li>M1: each pending admission given in the facts whose candidate is not of admission age on
 *       the day the cell considers it ({@link AdmissionAge}), {@link Severity#ERROR}, in the order
 *       given;
 *   <li>M6: each member whose months without good reason in the year of the day reach 3 ({@link
 *       StrikingOff}), {@link Severity#WARNING} (the cell considers striking off), in tree order.
 * </ol>
 *
 * <p>Facts about a member the tree does not hold, or a candidate who is already a member, are
 * refused with an {@link IllegalArgumentException} naming the id: nothing given is dropped
 * silently. This class is stateless; its methods are thread-safe.
 */
public final class MembershipCheck {

  private MembershipCheck() {}

  /**
   * Checks the membership rules with no facts beyond the tree (overdue probations and badges due).
   *
   * @param root the tree
   * @param asOf the day of the check
   * @return the findings, in the order of the class comment
   * @throws NullPointerException if an argument is null
   */
  public static List<Finding> check(Root root, LocalDate asOf) {
    return check(root, asOf, MembershipFacts.NONE);
  }

  /**
   * Checks the membership rules with the caller's facts.
   *
   * @param root the tree
   * @param asOf the day of the check; badges and striking off are read for its year
   * @param facts the facts beyond the tree, and the policies
   * @return the findings, in the order of the class comment
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the facts name a member the tree does not hold, a candidate
   *     already a member, or a month outside the year of {@code asOf}
   */
  public static List<Finding> check(Root root, LocalDate asOf, MembershipFacts facts) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(facts, "facts");
    requireMembers(root, facts.seriouslyIll(), "seriouslyIll");
    requireMembers(root, facts.badgesAwarded().keySet(), "badgesAwarded");
    requireMembers(root, facts.monthsWithoutGoodReason().keySet(), "monthsWithoutGoodReason");
    for (PendingAdmission admission : facts.pendingAdmissions()) {
      if (root.member(admission.candidateId()).isPresent()) {
        throw new IllegalArgumentException(
            "Candidate "
                + admission.candidateId().value()
                + " is already a member of the tree; remove the pending admission.");
      }
    }
    List<Finding> out = new ArrayList<>();
    for (OverdueProbation overdue : Probation.overdue(root, asOf)) {
      out.add(overdue.toFinding());
    }
    root.allMembers().forEach(member -> badges(member, asOf, facts, out));
    for (PendingAdmission admission : facts.pendingAdmissions()) {
      admission(admission, facts, out);
    }
    Year year = Year.from(asOf);
    root.allMembers()
        .forEach(
            member -> {
              MonthsWithoutGoodReason months = facts.monthsWithoutGoodReason().get(member.id());
              if (months != null) {
                strikingOff(member.id(), year, months, asOf, facts, out);
              }
            });
    return List.copyOf(out);
  }

  private static void badges(
      Member member, LocalDate asOf, MembershipFacts facts, List<Finding> out) {
    EarlyAward early =
        facts.seriouslyIll().contains(member.id()) ? EarlyAward.SERIOUS_ILLNESS : EarlyAward.NONE;
    Set<Integer> awarded = facts.badgesAwarded().getOrDefault(member.id(), Set.of());
    for (BadgeDue badge : Badges.dueOn(member, asOf, early, facts.earlyBadgeWindow())) {
      if (awarded.contains(badge.years())) {
        continue;
      }
      out.add(
          new Finding(CharterRule.M4, Severity.WARNING, member.id(), badgeMessage(badge), asOf));
    }
  }

  private static Message badgeMessage(BadgeDue badge) {
    String id = badge.memberId().value();
    if (badge.early()) {
      return Message.of(
          "charter.M4.finding.early",
          id,
          badge.years(),
          badge.dueDate(),
          badge.earliestAwardDate());
    }
    return Message.of("charter.M4.finding", id, badge.years(), badge.dueDate());
  }

  private static void admission(
      PendingAdmission admission, MembershipFacts facts, List<Finding> out) {
    AdmissionAgeResult result =
        AdmissionAge.check(
            admission.dateOfBirth(),
            admission.considerationDate(),
            facts.admissionAgePolicy(),
            admission.approvedOver60());
    if (result.eligible()) {
      return;
    }
    String id = admission.candidateId().value();
    boolean under18 = result.ageInMonths() < 12L * AdmissionAge.MINIMUM_YEARS;
    Message message =
        Message.of(
            under18 ? "charter.M1.under18" : "charter.M1.over60",
            id,
            admission.considerationDate());
    out.add(
        new Finding(
            CharterRule.M1,
            Severity.ERROR,
            admission.candidateId(),
            message,
            admission.considerationDate()));
  }

  private static void strikingOff(
      MemberId member,
      Year year,
      MonthsWithoutGoodReason months,
      LocalDate asOf,
      MembershipFacts facts,
      List<Finding> out) {
    StrikingOffResult result =
        StrikingOff.evaluate(
            year, months.missedMeetings(), months.feeUnpaid(), facts.strikingOffPolicy());
    if (!result.proposed()) {
      return;
    }
    String id = member.value();
    out.add(
        new Finding(
            CharterRule.M6,
            Severity.WARNING,
            member,
            Message.of(
                "charter.M6.finding",
                id,
                year,
                result.count(),
                result.counts(
                    LocalizedText.of(
                        result.policy().label().vi().toLowerCase(Locale.ROOT),
                        result.policy().label().en().toLowerCase(Locale.ROOT)))),
            asOf));
  }

  private static void requireMembers(Root root, Set<MemberId> ids, String fact) {
    List<MemberId> sorted = new ArrayList<>(ids);
    sorted.sort(Comparator.comparing(MemberId::value));
    for (MemberId id : sorted) {
      if (root.member(id).isEmpty()) {
        throw new IllegalArgumentException(
            "Member "
                + id.value()
                + " is named in the facts' "
                + fact
                + " but is not in the tree; correct the id or remove the fact.");
      }
    }
  }
}
