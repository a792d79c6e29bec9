package io.github.partyorg.rating;

import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Share;
import io.github.partyorg.structure.Violation;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The facts of one member's year that the rating rules read: criterion grades (R2018, R2023), the
 * score (R2025), task and target percentages, the state rating of a civil servant, sick and
 * maternity leave, disciplines, the conclusions of C2 and the facts of a leader's year (C6). Which
 * facts a regime needs is said by {@link MemberRater} and {@link RatingRule}; a needed fact left
 * empty is reported as a {@link MissingFact}.
 *
 * <p>E5: a transferred member is rated by the receiving cell, so the caller gives the facts
 * gathered by that cell (with the old cell's comments where the member spent 6 months or more
 * there); the library does not model transfers.
 *
 * <p>Immutable and thread-safe; holds no personal data. Construction refuses inconsistent facts
 * with an {@link IllegalArgumentException} naming the member id and the fact: a percentage or score
 * outside 0..100, more tasks exceeded than done on time, sick leave outside 0..12 months, a
 * discipline dated outside the year, a duty violation without a discipline, or a confidence vote
 * without votes.
 */
@Value.Immutable
public abstract class MemberFacts {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  MemberFacts() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link MemberFacts}. Each setter says whether its field is required or what it is when
   * not set; {@link #build()} refuses missing fields and impossible values with one {@link
   * InvalidFactsException} naming the member facts by id and listing every problem.
   */
  public static final class Builder {
    /** The required fields, in the order of the bits of {@link #set}. */
    private static final List<String> REQUIRED = List.of("memberId", "year");

    private static final int ALL = (1 << REQUIRED.size()) - 1;
    private final ImmutableMemberFacts.Builder delegate = new ImmutableMemberFacts.Builder();

    /** One bit per required field given. */
    private int set;

    /** The entity's id (or year) as given, for the messages; null until given. */
    private @Nullable String entityId;

    Builder() {}

    /**
     * Fills this builder with every attribute of a {@link MemberFacts}, to build a changed copy.
     *
     * @param instance the instance to copy
     * @return this builder
     */
    public Builder from(MemberFacts instance) {
      delegate.from(instance);
      set = ALL;
      entityId = instance.memberId().value();
      return this;
    }

    /**
     * Sets the member the facts are about ({@link MemberFacts#memberId()}). <b>Required.</b>
     *
     * @param memberId the value
     * @return this builder
     */
    public Builder memberId(MemberId memberId) {
      delegate.memberId(memberId);
      set |= 1;
      entityId = memberId.value();
      return this;
    }

    /**
     * Sets the year assessed ({@link MemberFacts#year()}). <b>Required.</b>
     *
     * @param year the value
     * @return this builder
     */
    public Builder year(Year year) {
      delegate.year(year);
      set |= 2;
      return this;
    }

    /**
     * Puts one entry into the grade of each criterion (R2018, R2023); R2018 and R2023 need all four
     * ({@link MemberFacts#grades()}). Optional: empty unless put.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putGrades(Criterion key, Grade value) {
      delegate.putGrades(key, value);
      return this;
    }

    /**
     * Puts one entry into the grade of each criterion (R2018, R2023); R2018 and R2023 need all four
     * ({@link MemberFacts#grades()}). Optional: empty unless put.
     *
     * @param entry the entry
     * @return this builder
     */
    public Builder putGrades(Map.Entry<Criterion, ? extends Grade> entry) {
      delegate.putGrades(entry);
      return this;
    }

    /**
     * Sets the grade of each criterion (R2018, R2023); R2018 and R2023 need all four ({@link
     * MemberFacts#grades()}), replacing the entries given so far. Optional: empty unless set.
     *
     * @param entries the entries
     * @return this builder
     */
    public Builder grades(Map<Criterion, ? extends Grade> entries) {
      delegate.grades(entries);
      return this;
    }

    /**
     * Puts every entry of a map into the grade of each criterion (R2018, R2023); R2018 and R2023
     * need all four ({@link MemberFacts#grades()}). Optional: empty unless put.
     *
     * @param entries the entries to put
     * @return this builder
     */
    public Builder putAllGrades(Map<Criterion, ? extends Grade> entries) {
      delegate.putAllGrades(entries);
      return this;
    }

    /**
     * Sets the score out of 100 (R2025: general criteria up to 30, task results up to 70) ({@link
     * MemberFacts#score()}). Optional: empty unless set.
     *
     * @param score the value
     * @return this builder
     */
    public Builder score(BigDecimal score) {
      delegate.score(score);
      return this;
    }

    /**
     * Sets the score out of 100 (R2025: general criteria up to 30, task results up to 70) ({@link
     * MemberFacts#score()}) from an {@code Optional}. Optional: empty unless set.
     *
     * @param score the value, or empty
     * @return this builder
     */
    public Builder score(Optional<? extends BigDecimal> score) {
      delegate.score(score);
      return this;
    }

    /**
     * Sets the percentage of assigned targets and tasks completed (R2018 C2; R2025 C5 "100% done")
     * ({@link MemberFacts#targetsCompletedPercent()}). Optional: empty unless set.
     *
     * @param targetsCompletedPercent the value
     * @return this builder
     */
    public Builder targetsCompletedPercent(BigDecimal targetsCompletedPercent) {
      delegate.targetsCompletedPercent(targetsCompletedPercent);
      return this;
    }

    /**
     * Sets the percentage of assigned targets and tasks completed (R2018 C2; R2025 C5 "100% done")
     * ({@link MemberFacts#targetsCompletedPercent()}) from an {@code Optional}. Optional: empty
     * unless set.
     *
     * @param targetsCompletedPercent the value, or empty
     * @return this builder
     */
    public Builder targetsCompletedPercent(Optional<? extends BigDecimal> targetsCompletedPercent) {
      delegate.targetsCompletedPercent(targetsCompletedPercent);
      return this;
    }

    /**
     * Sets the percentage of tasks done on time (R2023 C4, R2025 C5) ({@link
     * MemberFacts#tasksOnTimePercent()}). Optional: empty unless set.
     *
     * @param tasksOnTimePercent the value
     * @return this builder
     */
    public Builder tasksOnTimePercent(BigDecimal tasksOnTimePercent) {
      delegate.tasksOnTimePercent(tasksOnTimePercent);
      return this;
    }

    /**
     * Sets the percentage of tasks done on time (R2023 C4, R2025 C5) ({@link
     * MemberFacts#tasksOnTimePercent()}) from an {@code Optional}. Optional: empty unless set.
     *
     * @param tasksOnTimePercent the value, or empty
     * @return this builder
     */
    public Builder tasksOnTimePercent(Optional<? extends BigDecimal> tasksOnTimePercent) {
      delegate.tasksOnTimePercent(tasksOnTimePercent);
      return this;
    }

    /**
     * Sets the percentage of tasks exceeded (R2023 C4, R2025 C5); never more than on time ({@link
     * MemberFacts#tasksExceededPercent()}). Optional: empty unless set.
     *
     * @param tasksExceededPercent the value
     * @return this builder
     */
    public Builder tasksExceededPercent(BigDecimal tasksExceededPercent) {
      delegate.tasksExceededPercent(tasksExceededPercent);
      return this;
    }

    /**
     * Sets the percentage of tasks exceeded (R2023 C4, R2025 C5); never more than on time ({@link
     * MemberFacts#tasksExceededPercent()}) from an {@code Optional}. Optional: empty unless set.
     *
     * @param tasksExceededPercent the value, or empty
     * @return this builder
     */
    public Builder tasksExceededPercent(Optional<? extends BigDecimal> tasksExceededPercent) {
      delegate.tasksExceededPercent(tasksExceededPercent);
      return this;
    }

    /**
     * Sets the percentage of tasks done late (R2025 C5) ({@link MemberFacts#tasksLatePercent()}).
     * Optional: empty unless set.
     *
     * @param tasksLatePercent the value
     * @return this builder
     */
    public Builder tasksLatePercent(BigDecimal tasksLatePercent) {
      delegate.tasksLatePercent(tasksLatePercent);
      return this;
    }

    /**
     * Sets the percentage of tasks done late (R2025 C5) ({@link MemberFacts#tasksLatePercent()})
     * from an {@code Optional}. Optional: empty unless set.
     *
     * @param tasksLatePercent the value, or empty
     * @return this builder
     */
    public Builder tasksLatePercent(Optional<? extends BigDecimal> tasksLatePercent) {
      delegate.tasksLatePercent(tasksLatePercent);
      return this;
    }

    /**
     * Sets the level of the member in the state rating of civil servants (C2, C3); empty if the
     * member is not a civil servant ({@link MemberFacts#civilServantLevel()}). Optional: empty
     * unless set.
     *
     * @param civilServantLevel the value
     * @return this builder
     */
    public Builder civilServantLevel(Level civilServantLevel) {
      delegate.civilServantLevel(civilServantLevel);
      return this;
    }

    /**
     * Sets the level of the member in the state rating of civil servants (C2, C3); empty if the
     * member is not a civil servant ({@link MemberFacts#civilServantLevel()}) from an {@code
     * Optional}. Optional: empty unless set.
     *
     * @param civilServantLevel the value, or empty
     * @return this builder
     */
    public Builder civilServantLevel(Optional<? extends Level> civilServantLevel) {
      delegate.civilServantLevel(civilServantLevel);
      return this;
    }

    /**
     * Sets the months of sick leave in the year (E4), 0 to 12 ({@link
     * MemberFacts#sickLeaveMonths()}). Optional: when not set, the default that {@link
     * MemberFacts#sickLeaveMonths()} describes.
     *
     * @param sickLeaveMonths the value
     * @return this builder
     */
    public Builder sickLeaveMonths(int sickLeaveMonths) {
      delegate.sickLeaveMonths(sickLeaveMonths);
      return this;
    }

    /**
     * Sets whether the member took maternity leave in the year (E4: rated on the time worked)
     * ({@link MemberFacts#maternityLeave()}). Optional: when not set, the default that {@link
     * MemberFacts#maternityLeave()} describes.
     *
     * @param maternityLeave the value
     * @return this builder
     */
    public Builder maternityLeave(boolean maternityLeave) {
      delegate.maternityLeave(maternityLeave);
      return this;
    }

    /**
     * Adds one element to the disciplines decided in the year (C1), each dated within the year
     * ({@link MemberFacts#disciplines()}). Optional: empty unless added.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addDisciplines(Discipline element) {
      delegate.addDisciplines(element);
      return this;
    }

    /**
     * Adds elements to the disciplines decided in the year (C1), each dated within the year ({@link
     * MemberFacts#disciplines()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addDisciplines(Discipline... elements) {
      delegate.addDisciplines(elements);
      return this;
    }

    /**
     * Sets the disciplines decided in the year (C1), each dated within the year ({@link
     * MemberFacts#disciplines()}), replacing the elements given so far. Optional: empty unless set.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder disciplines(Iterable<? extends Discipline> elements) {
      delegate.disciplines(elements);
      return this;
    }

    /**
     * Adds every element of an iterable to the disciplines decided in the year (C1), each dated
     * within the year ({@link MemberFacts#disciplines()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addAllDisciplines(Iterable<? extends Discipline> elements) {
      delegate.addAllDisciplines(elements);
      return this;
    }

    /**
     * Sets whether the member was concluded to show political, ethical or lifestyle degradation
     * (suy thoái) in the year (C2) ({@link MemberFacts#degradationConcluded()}). Optional: when not
     * set, the default that {@link MemberFacts#degradationConcluded()} describes.
     *
     * @param degradationConcluded the value
     * @return this builder
     */
    public Builder degradationConcluded(boolean degradationConcluded) {
      delegate.degradationConcluded(degradationConcluded);
      return this;
    }

    /**
     * Sets {@link MemberFacts#forbiddenActsConcluded()}. Optional: {@code false} when not set.
     *
     * @param forbiddenActsConcluded the value
     * @return this builder
     */
    public Builder forbiddenActsConcluded(boolean forbiddenActsConcluded) {
      delegate.forbiddenActsConcluded(forbiddenActsConcluded);
      return this;
    }

    /**
     * Sets {@link MemberFacts#exampleDutyFailed()}. Optional: {@code false} when not set.
     *
     * @param exampleDutyFailed the value
     * @return this builder
     */
    public Builder exampleDutyFailed(boolean exampleDutyFailed) {
      delegate.exampleDutyFailed(exampleDutyFailed);
      return this;
    }

    /**
     * Sets {@link MemberFacts#shortcomingsRemediedPercent()}. Optional: absent when not set.
     *
     * @param shortcomingsRemediedPercent the value
     * @return this builder
     */
    public Builder shortcomingsRemediedPercent(BigDecimal shortcomingsRemediedPercent) {
      delegate.shortcomingsRemediedPercent(shortcomingsRemediedPercent);
      return this;
    }

    /**
     * Sets {@link MemberFacts#shortcomingsRemediedPercent()}, or clears it with an empty value.
     * Optional: absent when not set.
     *
     * @param shortcomingsRemediedPercent the value, or empty
     * @return this builder
     */
    public Builder shortcomingsRemediedPercent(
        Optional<? extends BigDecimal> shortcomingsRemediedPercent) {
      delegate.shortcomingsRemediedPercent(shortcomingsRemediedPercent);
      return this;
    }

    /**
     * Sets {@link MemberFacts#leadershipPost()}. Optional: {@code false} when not set.
     *
     * @param leadershipPost the value
     * @return this builder
     */
    public Builder leadershipPost(boolean leadershipPost) {
      delegate.leadershipPost(leadershipPost);
      return this;
    }

    /**
     * Sets {@link MemberFacts#disciplinedForDutyViolation()}. Optional: {@code false} when not set.
     *
     * @param disciplinedForDutyViolation the value
     * @return this builder
     */
    public Builder disciplinedForDutyViolation(boolean disciplinedForDutyViolation) {
      delegate.disciplinedForDutyViolation(disciplinedForDutyViolation);
      return this;
    }

    /**
     * Sets {@link MemberFacts#confidenceVoteLow()}. Optional: absent when not set.
     *
     * @param confidenceVoteLow the value
     * @return this builder
     */
    public Builder confidenceVoteLow(Share confidenceVoteLow) {
      delegate.confidenceVoteLow(confidenceVoteLow);
      return this;
    }

    /**
     * Sets {@link MemberFacts#confidenceVoteLow()}, or clears it with an empty value. Optional:
     * absent when not set.
     *
     * @param confidenceVoteLow the value, or empty
     * @return this builder
     */
    public Builder confidenceVoteLow(Optional<? extends Share> confidenceVoteLow) {
      delegate.confidenceVoteLow(confidenceVoteLow);
      return this;
    }

    /**
     * Sets {@link MemberFacts#ledUnitTasksDonePercent()}. Optional: absent when not set.
     *
     * @param ledUnitTasksDonePercent the value
     * @return this builder
     */
    public Builder ledUnitTasksDonePercent(BigDecimal ledUnitTasksDonePercent) {
      delegate.ledUnitTasksDonePercent(ledUnitTasksDonePercent);
      return this;
    }

    /**
     * Sets {@link MemberFacts#ledUnitTasksDonePercent()}, or clears it with an empty value.
     * Optional: absent when not set.
     *
     * @param ledUnitTasksDonePercent the value, or empty
     * @return this builder
     */
    public Builder ledUnitTasksDonePercent(Optional<? extends BigDecimal> ledUnitTasksDonePercent) {
      delegate.ledUnitTasksDonePercent(ledUnitTasksDonePercent);
      return this;
    }

    /**
     * Builds the member facts.
     *
     * @return the member facts
     * @throws InvalidFactsException if a required field is missing (every missing field is listed)
     *     or the values are impossible
     */
    public MemberFacts build() {
      if (set != ALL) {
        List<Violation> missing = new ArrayList<>();
        for (int i = 0; i < REQUIRED.size(); i++) {
          if ((set & (1 << i)) == 0) {
            missing.add(Violation.missingField("member facts", entityId, REQUIRED.get(i)));
          }
        }
        throw new InvalidFactsException(missing);
      }
      return delegate.build();
    }
  }

  /**
   * Returns the member the facts are about.
   *
   * @return the member's id
   */
  public abstract MemberId memberId();

  /**
   * Returns the year assessed.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * Returns the grade of each criterion (R2018, R2023); R2018 and R2023 need all four.
   *
   * @return the grades by criterion
   */
  public abstract Map<Criterion, Grade> grades();

  /**
   * Returns the score out of 100 (R2025: general criteria up to 30, task results up to 70).
   *
   * @return the score, or empty if not given
   */
  public abstract Optional<BigDecimal> score();

  /**
   * Returns the percentage of assigned targets and tasks completed (R2018 C2; R2025 C5 "100%
   * done").
   *
   * @return the percentage, 0..100, or empty if not given
   */
  public abstract Optional<BigDecimal> targetsCompletedPercent();

  /**
   * Returns the percentage of tasks done on time (R2023 C4, R2025 C5).
   *
   * @return the percentage, 0..100, or empty if not given
   */
  public abstract Optional<BigDecimal> tasksOnTimePercent();

  /**
   * Returns the percentage of tasks exceeded (R2023 C4, R2025 C5); never more than on time.
   *
   * @return the percentage, 0..100, or empty if not given
   */
  public abstract Optional<BigDecimal> tasksExceededPercent();

  /**
   * Returns the percentage of tasks done late (R2025 C5).
   *
   * @return the percentage, 0..100, or empty if not given
   */
  public abstract Optional<BigDecimal> tasksLatePercent();

  /**
   * Returns the level of the member in the state rating of civil servants (C2, C3); empty if the
   * member is not a civil servant.
   *
   * @return the civil servant level, or empty
   */
  public abstract Optional<Level> civilServantLevel();

  /**
   * Returns the months of sick leave in the year (E4), 0 to 12.
   *
   * @return the months of sick leave; 0 by default
   */
  @Value.Default
  public int sickLeaveMonths() {
    return 0;
  }

  /**
   * Tells whether the member took maternity leave in the year (E4: rated on the time worked).
   *
   * @return true if so; false by default
   */
  @Value.Default
  public boolean maternityLeave() {
    return false;
  }

  /**
   * Returns the disciplines decided in the year (C1), each dated within the year.
   *
   * @return the disciplines
   */
  public abstract List<Discipline> disciplines();

  /**
   * Tells whether the member was concluded to show political, ethical or lifestyle degradation (suy
   * thoái) in the year (C2).
   *
   * @return true if so; false by default
   */
  @Value.Default
  public boolean degradationConcluded() {
    return false;
  }

  /**
   * Tells whether the member was concluded by the competent level to have done what members are
   * forbidden to do (những điều đảng viên không được làm) in the year (C2, every regime).
   *
   * @return true if so; false by default
   */
  @Value.Default
  public boolean forbiddenActsConcluded() {
    return false;
  }

  /**
   * Tells whether the member was concluded to have failed the duty to set an example (trách nhiệm
   * nêu gương), harming the standing of the agency or unit (C2, every regime).
   *
   * @return true if so; false by default
   */
  @Value.Default
  public boolean exampleDutyFailed() {
    return false;
  }

  /**
   * Returns the percentage of the shortcomings found in earlier reviews that were remedied (C5:
   * HTXSNV needs 100%); give 100 when none was found.
   *
   * @return the percentage, 0..100, or empty if not given
   */
  public abstract Optional<BigDecimal> shortcomingsRemediedPercent();

  /**
   * Tells whether the member holds a leadership or management post (chức vụ lãnh đạo, quản lý) in
   * the year (C6, R2025).
   *
   * @return true if so; false by default
   */
  @Value.Default
  public boolean leadershipPost() {
    return false;
  }

  /**
   * Tells whether a discipline of the year (reprimand or above) was for a violation in the exercise
   * of the member's duties (C6); true only with a discipline in {@link #disciplines()}.
   *
   * @return true if so; false by default
   */
  @Value.Default
  public boolean disciplinedForDutyViolation() {
    return false;
  }

  /**
   * Returns the votes at "low" (tín nhiệm thấp) out of the votes cast in a confidence vote of the
   * year (C6); empty if no confidence vote was held.
   *
   * @return the low votes out of the votes cast, or empty
   */
  public abstract Optional<Share> confidenceVoteLow();

  /**
   * Returns the percentage of its tasks that the unit or area the member directly leads completed
   * (C6: under 70% gives KHTNV); needed for a member holding a leadership post under R2025.
   *
   * @return the percentage, 0..100, or empty if not given
   */
  public abstract Optional<BigDecimal> ledUnitTasksDonePercent();

  @Value.Check
  final void check() {
    checkPercent("score", score());
    checkPercent("targetsCompletedPercent", targetsCompletedPercent());
    checkPercent("tasksOnTimePercent", tasksOnTimePercent());
    checkPercent("tasksExceededPercent", tasksExceededPercent());
    checkPercent("tasksLatePercent", tasksLatePercent());
    checkPercent("shortcomingsRemediedPercent", shortcomingsRemediedPercent());
    checkPercent("ledUnitTasksDonePercent", ledUnitTasksDonePercent());
    if (disciplinedForDutyViolation() && disciplines().isEmpty()) {
      throw refused("disciplinedForDutyViolation", "is true without a discipline in the year");
    }
    if (confidenceVoteLow().isPresent() && confidenceVoteLow().get().isEmpty()) {
      throw refused("confidenceVoteLow", "counts no vote cast");
    }
    if (tasksOnTimePercent().isPresent()
        && tasksExceededPercent().isPresent()
        && tasksExceededPercent().get().compareTo(tasksOnTimePercent().get()) > 0) {
      throw refused("tasksExceededPercent", "is more than tasksOnTimePercent");
    }
    if (sickLeaveMonths() < 0 || sickLeaveMonths() > 12) {
      throw refused("sickLeaveMonths", "is outside 0..12");
    }
    for (Discipline d : disciplines()) {
      if (d.date().getYear() != year().getValue()) {
        throw refused("disciplines", "has a discipline dated outside the facts' year");
      }
    }
  }

  private void checkPercent(String fact, Optional<BigDecimal> value) {
    if (value.isPresent() && (value.get().signum() < 0 || value.get().compareTo(HUNDRED) > 0)) {
      throw refused(fact, "is outside 0..100");
    }
  }

  private IllegalArgumentException refused(String fact, String problem) {
    return new IllegalArgumentException(
        "Rating facts of member " + memberId().value() + ": " + fact + " " + problem + ".");
  }
}
