package io.github.partyorg.charter;

import io.github.partyorg.structure.MemberId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The facts the membership check ({@link MembershipCheck}) needs beyond the tree, given by the
 * caller, and the policies it applies. Immutable; build with {@link #builder()}; {@link #NONE}
 * holds no facts and the default policies.
 *
 * <ul>
 *   <li>the members who may receive badges early (seriously ill, M4) and the badges each member
 *       already received, which are not listed again;
 *   <li>the pending admissions to check for age (M1);
 *   <li>each member's months without good reason in the year checked (M6).
 * </ul>
 */
public final class MembershipFacts {

  /** No facts, default policies. */
  public static final MembershipFacts NONE = builder().build();

  private final Set<MemberId> seriouslyIll;
  private final Map<MemberId, Set<Integer>> badgesAwarded;
  private final List<PendingAdmission> pendingAdmissions;
  private final Map<MemberId, MonthsWithoutGoodReason> monthsWithoutGoodReason;
  private final AdmissionAgePolicy admissionAgePolicy;
  private final StrikingOffPolicy strikingOffPolicy;
  private final EarlyBadgeWindow earlyBadgeWindow;

  private MembershipFacts(Builder b) {
    this.seriouslyIll = Set.copyOf(b.seriouslyIll);
    Map<MemberId, Set<Integer>> awarded = new LinkedHashMap<>();
    b.badgesAwarded.forEach((id, years) -> awarded.put(id, Set.copyOf(years)));
    this.badgesAwarded = Map.copyOf(awarded);
    this.pendingAdmissions = List.copyOf(b.pendingAdmissions);
    this.monthsWithoutGoodReason = Map.copyOf(b.monthsWithoutGoodReason);
    this.admissionAgePolicy = b.admissionAgePolicy;
    this.strikingOffPolicy = b.strikingOffPolicy;
    this.earlyBadgeWindow = b.earlyBadgeWindow;
  }

  /**
   * Returns a new builder, with no facts and the default policies.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the members who may receive badges early (seriously ill).
   *
   * @return the member ids
   */
  public Set<MemberId> seriouslyIll() {
    return seriouslyIll;
  }

  /**
   * Returns the badges each member already received, by milestone.
   *
   * @return the milestones received, by member
   */
  public Map<MemberId, Set<Integer>> badgesAwarded() {
    return badgesAwarded;
  }

  /**
   * Returns the pending admissions, in the order given.
   *
   * @return the pending admissions
   */
  public List<PendingAdmission> pendingAdmissions() {
    return pendingAdmissions;
  }

  /**
   * Returns each member's months without good reason in the year checked.
   *
   * @return the months, by member
   */
  public Map<MemberId, MonthsWithoutGoodReason> monthsWithoutGoodReason() {
    return monthsWithoutGoodReason;
  }

  /**
   * Returns the reading of the admission-age bounds (M1).
   *
   * @return the policy
   */
  public AdmissionAgePolicy admissionAgePolicy() {
    return admissionAgePolicy;
  }

  /**
   * Returns how the months of M6 add up.
   *
   * @return the policy
   */
  public StrikingOffPolicy strikingOffPolicy() {
    return strikingOffPolicy;
  }

  /**
   * Returns how the early window of a badge is counted (M4).
   *
   * @return the policy
   */
  public EarlyBadgeWindow earlyBadgeWindow() {
    return earlyBadgeWindow;
  }

  @Override
  public String toString() {
    return "MembershipFacts[seriouslyIll="
        + seriouslyIll.size()
        + ", badgesAwarded="
        + badgesAwarded.size()
        + ", pendingAdmissions="
        + pendingAdmissions.size()
        + ", monthsWithoutGoodReason="
        + monthsWithoutGoodReason.size()
        + "]";
  }

  /** Builds {@link MembershipFacts}. Not thread-safe. */
  public static final class Builder {
    private final Set<MemberId> seriouslyIll = new TreeSet<>(MembershipFacts::compareIds);
    private final Map<MemberId, Set<Integer>> badgesAwarded = new LinkedHashMap<>();
    private final List<PendingAdmission> pendingAdmissions = new ArrayList<>();
    private final Map<MemberId, MonthsWithoutGoodReason> monthsWithoutGoodReason =
        new LinkedHashMap<>();
    private AdmissionAgePolicy admissionAgePolicy = AdmissionAgePolicy.DEFAULT;
    private StrikingOffPolicy strikingOffPolicy = StrikingOffPolicy.DEFAULT;
    private EarlyBadgeWindow earlyBadgeWindow = EarlyBadgeWindow.DEFAULT;

    private Builder() {}

    /**
     * Records a member who may receive badges early (seriously ill).
     *
     * @param member the member
     * @return this builder
     */
    public Builder seriouslyIll(MemberId member) {
      seriouslyIll.add(Objects.requireNonNull(member, "member"));
      return this;
    }

    /**
     * Records a badge the member already received.
     *
     * @param member the member
     * @param years the badge's milestone
     * @return this builder
     * @throws IllegalArgumentException if {@code years} is not a badge milestone
     */
    public Builder badgeAwarded(MemberId member, int years) {
      Objects.requireNonNull(member, "member");
      Badges.requireMilestone(years);
      badgesAwarded.computeIfAbsent(member, k -> new TreeSet<>()).add(years);
      return this;
    }

    /**
     * Adds a pending admission to check for age.
     *
     * @param admission the pending admission
     * @return this builder
     * @throws IllegalArgumentException if a pending admission of the same candidate was added
     */
    public Builder pendingAdmission(PendingAdmission admission) {
      Objects.requireNonNull(admission, "admission");
      for (PendingAdmission other : pendingAdmissions) {
        if (other.candidateId().equals(admission.candidateId())) {
          throw new IllegalArgumentException(
              "Candidate " + admission.candidateId().value() + " is given twice; give it once.");
        }
      }
      pendingAdmissions.add(admission);
      return this;
    }

    /**
     * Records a member's months without good reason in the year checked.
     *
     * @param member the member
     * @param months the months of missed meetings and of unpaid fee
     * @return this builder
     * @throws IllegalArgumentException if the member's months were already given
     */
    public Builder monthsWithoutGoodReason(MemberId member, MonthsWithoutGoodReason months) {
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(months, "months");
      if (monthsWithoutGoodReason.putIfAbsent(member, months) != null) {
        throw new IllegalArgumentException(
            "The months of member " + member.value() + " are given twice; give them once.");
      }
      return this;
    }

    /**
     * Sets the reading of the admission-age bounds (default {@link AdmissionAgePolicy#DEFAULT}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder admissionAgePolicy(AdmissionAgePolicy policy) {
      this.admissionAgePolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets how the months of M6 add up (default {@link StrikingOffPolicy#DEFAULT}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder strikingOffPolicy(StrikingOffPolicy policy) {
      this.strikingOffPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets how the early window of a badge is counted (default {@link EarlyBadgeWindow#DEFAULT}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder earlyBadgeWindow(EarlyBadgeWindow policy) {
      this.earlyBadgeWindow = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Builds the facts.
     *
     * @return the facts
     */
    public MembershipFacts build() {
      return new MembershipFacts(this);
    }
  }

  private static int compareIds(MemberId a, MemberId b) {
    return a.value().compareTo(b.value());
  }
}
