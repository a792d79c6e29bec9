package io.github.partyorg.rating;

import io.github.partyorg.structure.OrganisationId;
import io.github.partyorg.structure.Violation;
import java.math.BigDecimal;
import java.time.Year;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The year's facts about one party organisation (a cell, a sub-committee or a base organisation),
 * as its self-assessment and the superior's appraisal record them. What the tree already knows (the
 * founding date, the sub-organisations, who holds a leadership post) and what the members' facts
 * say (their disciplines) is not repeated here.
 *
 * <p>Facts needed per regime (a needed fact left empty is a {@link MissingFact}):
 *
 * <ul>
 *   <li>R2018: the grade of every {@link OrganisationCriterion} (O0), {@link #targetsMetPercent()}
 *       (O4), {@link #affiliatedBodies()} (O1, O2, for an HTTNV or HTXSNV candidate).
 *   <li>R2023: the grade of every criterion (O0), {@link #targetsMetPercent()} (O4).
 *   <li>R2025: {@link #score()} (O0); for O7, the shares each band tried reads: {@link
 *       #tasksOnTimePercent()} (HTXSNV, HTTNV), {@link #tasksExceededPercent()} and {@link
 *       #shortcomingsRemediedPercent()} (HTXSNV), {@link #tasksDonePercent()} and {@link
 *       #tasksLatePercent()} (HTNV); O10 reads {@link #tasksDonePercent()}.
 *   <li>Every regime, optional (absent means none): {@link #discipline()}, {@link #violationCase()}
 *       (O3), {@link #leadershipCollectiveDisciplined()} (O5, O10), {@link #leadershipDisunited()}
 *       (O10), {@link #keyTargetsUnmet()} and {@link #forceMajeure()} (O4).
 * </ul>
 *
 * <p>Immutable. Construction refuses inconsistent facts with an {@link IllegalArgumentException}
 * naming the organisation id and the fact: a percentage or score outside 0-100, more tasks
 * exceeded, on time or late than done, a discipline or violation case dated outside the year.
 */
@Value.Immutable
public abstract class OrganisationFacts {

  OrganisationFacts() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link OrganisationFacts}. Each setter says whether its field is required or what it
   * is when not set; {@link #build()} refuses missing fields and impossible values with one {@link
   * InvalidFactsException} naming the organisation facts by id and listing every problem.
   */
  public static final class Builder {
    /** The required fields, in the order of the bits of {@link #set}. */
    private static final List<String> REQUIRED = List.of("organisationId", "year");

    private static final int ALL = (1 << REQUIRED.size()) - 1;
    private final ImmutableOrganisationFacts.Builder delegate =
        new ImmutableOrganisationFacts.Builder();

    /** One bit per required field given. */
    private int set;

    /** The entity's id (or year) as given, for the messages; null until given. */
    private @Nullable String entityId;

    Builder() {}

    /**
     * Fills this builder with every attribute of a {@link OrganisationFacts}, to build a changed
     * copy.
     *
     * @param instance the instance to copy
     * @return this builder
     */
    public Builder from(OrganisationFacts instance) {
      delegate.from(instance);
      set = ALL;
      entityId = instance.organisationId().value();
      return this;
    }

    /**
     * Sets the organisation these facts are about ({@link OrganisationFacts#organisationId()}).
     * <b>Required.</b>
     *
     * @param organisationId the value
     * @return this builder
     */
    public Builder organisationId(OrganisationId organisationId) {
      delegate.organisationId(organisationId);
      set |= 1;
      entityId = organisationId.value();
      return this;
    }

    /**
     * Sets the year assessed ({@link OrganisationFacts#year()}). <b>Required.</b>
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
     * Puts one entry into the criterion grades (R2018, R2023); the task criterion {@link
     * OrganisationCriterion#POLITICAL_TASK} is required under those regimes ({@link
     * OrganisationFacts#grades()}). Optional: empty unless put.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putGrades(OrganisationCriterion key, Grade value) {
      delegate.putGrades(key, value);
      return this;
    }

    /**
     * Puts one entry into the criterion grades (R2018, R2023); the task criterion {@link
     * OrganisationCriterion#POLITICAL_TASK} is required under those regimes ({@link
     * OrganisationFacts#grades()}). Optional: empty unless put.
     *
     * @param entry the entry
     * @return this builder
     */
    public Builder putGrades(Map.Entry<OrganisationCriterion, ? extends Grade> entry) {
      delegate.putGrades(entry);
      return this;
    }

    /**
     * Sets the criterion grades (R2018, R2023); the task criterion {@link
     * OrganisationCriterion#POLITICAL_TASK} is required under those regimes ({@link
     * OrganisationFacts#grades()}), replacing the entries given so far. Optional: empty unless set.
     *
     * @param entries the entries
     * @return this builder
     */
    public Builder grades(Map<OrganisationCriterion, ? extends Grade> entries) {
      delegate.grades(entries);
      return this;
    }

    /**
     * Puts every entry of a map into the criterion grades (R2018, R2023); the task criterion {@link
     * OrganisationCriterion#POLITICAL_TASK} is required under those regimes ({@link
     * OrganisationFacts#grades()}). Optional: empty unless put.
     *
     * @param entries the entries to put
     * @return this builder
     */
    public Builder putAllGrades(Map<OrganisationCriterion, ? extends Grade> entries) {
      delegate.putAllGrades(entries);
      return this;
    }

    /**
     * Sets the score out of 100 (R2025) ({@link OrganisationFacts#score()}). Optional: empty unless
     * set.
     *
     * @param score the value
     * @return this builder
     */
    public Builder score(BigDecimal score) {
      delegate.score(score);
      return this;
    }

    /**
     * Sets the score out of 100 (R2025) ({@link OrganisationFacts#score()}) from an {@code
     * Optional}. Optional: empty unless set.
     *
     * @param score the value, or empty
     * @return this builder
     */
    public Builder score(Optional<? extends BigDecimal> score) {
      delegate.score(score);
      return this;
    }

    /**
     * Sets the share of assigned targets met, in percent (O4) ({@link
     * OrganisationFacts#targetsMetPercent()}). Optional: empty unless set.
     *
     * @param targetsMetPercent the value
     * @return this builder
     */
    public Builder targetsMetPercent(BigDecimal targetsMetPercent) {
      delegate.targetsMetPercent(targetsMetPercent);
      return this;
    }

    /**
     * Sets the share of assigned targets met, in percent (O4) ({@link
     * OrganisationFacts#targetsMetPercent()}) from an {@code Optional}. Optional: empty unless set.
     *
     * @param targetsMetPercent the value, or empty
     * @return this builder
     */
    public Builder targetsMetPercent(Optional<? extends BigDecimal> targetsMetPercent) {
      delegate.targetsMetPercent(targetsMetPercent);
      return this;
    }

    /**
     * Sets whether key targets (chỉ tiêu chủ yếu) were left unmet (O4) ({@link
     * OrganisationFacts#keyTargetsUnmet()}). Optional: when not set, the default that {@link
     * OrganisationFacts#keyTargetsUnmet()} describes.
     *
     * @param keyTargetsUnmet the value
     * @return this builder
     */
    public Builder keyTargetsUnmet(boolean keyTargetsUnmet) {
      delegate.keyTargetsUnmet(keyTargetsUnmet);
      return this;
    }

    /**
     * Sets whether force majeure (bất khả kháng) explains unmet targets (O4) ({@link
     * OrganisationFacts#forceMajeure()}). Optional: when not set, the default that {@link
     * OrganisationFacts#forceMajeure()} describes.
     *
     * @param forceMajeure the value
     * @return this builder
     */
    public Builder forceMajeure(boolean forceMajeure) {
      delegate.forceMajeure(forceMajeure);
      return this;
    }

    /**
     * Sets the share of assigned tasks done, in percent (O7, R2025) ({@link
     * OrganisationFacts#tasksDonePercent()}). Optional: empty unless set.
     *
     * @param tasksDonePercent the value
     * @return this builder
     */
    public Builder tasksDonePercent(BigDecimal tasksDonePercent) {
      delegate.tasksDonePercent(tasksDonePercent);
      return this;
    }

    /**
     * Sets the share of assigned tasks done, in percent (O7, R2025) ({@link
     * OrganisationFacts#tasksDonePercent()}) from an {@code Optional}. Optional: empty unless set.
     *
     * @param tasksDonePercent the value, or empty
     * @return this builder
     */
    public Builder tasksDonePercent(Optional<? extends BigDecimal> tasksDonePercent) {
      delegate.tasksDonePercent(tasksDonePercent);
      return this;
    }

    /**
     * Sets the share of assigned tasks exceeded, in percent (O7, R2025) ({@link
     * OrganisationFacts#tasksExceededPercent()}). Optional: empty unless set.
     *
     * @param tasksExceededPercent the value
     * @return this builder
     */
    public Builder tasksExceededPercent(BigDecimal tasksExceededPercent) {
      delegate.tasksExceededPercent(tasksExceededPercent);
      return this;
    }

    /**
     * Sets the share of assigned tasks exceeded, in percent (O7, R2025) ({@link
     * OrganisationFacts#tasksExceededPercent()}) from an {@code Optional}. Optional: empty unless
     * set.
     *
     * @param tasksExceededPercent the value, or empty
     * @return this builder
     */
    public Builder tasksExceededPercent(Optional<? extends BigDecimal> tasksExceededPercent) {
      delegate.tasksExceededPercent(tasksExceededPercent);
      return this;
    }

    /**
     * Sets the discipline of the organisation itself in the year, if any (O3, O5, O6, O7) ({@link
     * OrganisationFacts#discipline()}). Optional: empty unless set.
     *
     * @param discipline the value
     * @return this builder
     */
    public Builder discipline(Discipline discipline) {
      delegate.discipline(discipline);
      return this;
    }

    /**
     * Sets the discipline of the organisation itself in the year, if any (O3, O5, O6, O7) ({@link
     * OrganisationFacts#discipline()}) from an {@code Optional}. Optional: empty unless set.
     *
     * @param discipline the value, or empty
     * @return this builder
     */
    public Builder discipline(Optional<? extends Discipline> discipline) {
      delegate.discipline(discipline);
      return this;
    }

    /**
     * Sets whether the leadership collective (cấp ủy, chi ủy) was disciplined in the year (O5)
     * ({@link OrganisationFacts#leadershipCollectiveDisciplined()}). Optional: when not set, the
     * default that {@link OrganisationFacts#leadershipCollectiveDisciplined()} describes.
     *
     * @param leadershipCollectiveDisciplined the value
     * @return this builder
     */
    public Builder leadershipCollectiveDisciplined(boolean leadershipCollectiveDisciplined) {
      delegate.leadershipCollectiveDisciplined(leadershipCollectiveDisciplined);
      return this;
    }

    /**
     * Sets the levels of the same-level government, Front and mass organisations (O1, O2, under
     * R2018) ({@link OrganisationFacts#affiliatedBodies()}). Optional: empty unless set.
     *
     * @param affiliatedBodies the value
     * @return this builder
     */
    public Builder affiliatedBodies(Map<AffiliatedBody, Level> affiliatedBodies) {
      delegate.affiliatedBodies(affiliatedBodies);
      return this;
    }

    /**
     * Sets the levels of the same-level government, Front and mass organisations (O1, O2, under
     * R2018) ({@link OrganisationFacts#affiliatedBodies()}) from an {@code Optional}. Optional:
     * empty unless set.
     *
     * @param affiliatedBodies the value, or empty
     * @return this builder
     */
    public Builder affiliatedBodies(
        Optional<? extends Map<AffiliatedBody, Level>> affiliatedBodies) {
      delegate.affiliatedBodies(affiliatedBodies);
      return this;
    }

    /**
     * Sets {@link OrganisationFacts#tasksOnTimePercent()}. Optional: absent when not set.
     *
     * @param tasksOnTimePercent the value
     * @return this builder
     */
    public Builder tasksOnTimePercent(BigDecimal tasksOnTimePercent) {
      delegate.tasksOnTimePercent(tasksOnTimePercent);
      return this;
    }

    /**
     * Sets {@link OrganisationFacts#tasksOnTimePercent()}, or clears it with an empty value.
     * Optional: absent when not set.
     *
     * @param tasksOnTimePercent the value, or empty
     * @return this builder
     */
    public Builder tasksOnTimePercent(Optional<? extends BigDecimal> tasksOnTimePercent) {
      delegate.tasksOnTimePercent(tasksOnTimePercent);
      return this;
    }

    /**
     * Sets {@link OrganisationFacts#tasksLatePercent()}. Optional: absent when not set.
     *
     * @param tasksLatePercent the value
     * @return this builder
     */
    public Builder tasksLatePercent(BigDecimal tasksLatePercent) {
      delegate.tasksLatePercent(tasksLatePercent);
      return this;
    }

    /**
     * Sets {@link OrganisationFacts#tasksLatePercent()}, or clears it with an empty value.
     * Optional: absent when not set.
     *
     * @param tasksLatePercent the value, or empty
     * @return this builder
     */
    public Builder tasksLatePercent(Optional<? extends BigDecimal> tasksLatePercent) {
      delegate.tasksLatePercent(tasksLatePercent);
      return this;
    }

    /**
     * Sets {@link OrganisationFacts#shortcomingsRemediedPercent()}. Optional: absent when not set.
     *
     * @param shortcomingsRemediedPercent the value
     * @return this builder
     */
    public Builder shortcomingsRemediedPercent(BigDecimal shortcomingsRemediedPercent) {
      delegate.shortcomingsRemediedPercent(shortcomingsRemediedPercent);
      return this;
    }

    /**
     * Sets {@link OrganisationFacts#shortcomingsRemediedPercent()}, or clears it with an empty
     * value. Optional: absent when not set.
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
     * Sets {@link OrganisationFacts#violationCase()}. Optional: absent when not set.
     *
     * @param violationCase the value
     * @return this builder
     */
    public Builder violationCase(Discipline violationCase) {
      delegate.violationCase(violationCase);
      return this;
    }

    /**
     * Sets {@link OrganisationFacts#violationCase()}, or clears it with an empty value. Optional:
     * absent when not set.
     *
     * @param violationCase the value, or empty
     * @return this builder
     */
    public Builder violationCase(Optional<? extends Discipline> violationCase) {
      delegate.violationCase(violationCase);
      return this;
    }

    /**
     * Sets {@link OrganisationFacts#leadershipDisunited()}. Optional: {@code false} when not set.
     *
     * @param leadershipDisunited the value
     * @return this builder
     */
    public Builder leadershipDisunited(boolean leadershipDisunited) {
      delegate.leadershipDisunited(leadershipDisunited);
      return this;
    }

    /**
     * Builds the organisation facts.
     *
     * @return the organisation facts
     * @throws InvalidFactsException if a required field is missing (every missing field is listed)
     *     or the values are impossible
     */
    public OrganisationFacts build() {
      if (set != ALL) {
        List<Violation> missing = new ArrayList<>();
        for (int i = 0; i < REQUIRED.size(); i++) {
          if ((set & (1 << i)) == 0) {
            missing.add(Violation.missingField("organisation facts", entityId, REQUIRED.get(i)));
          }
        }
        throw new InvalidFactsException(missing);
      }
      return delegate.build();
    }
  }

  /**
   * Returns the organisation these facts are about.
   *
   * @return the organisation's id
   */
  public abstract OrganisationId organisationId();

  /**
   * Returns the year assessed.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * Returns the criterion grades (R2018, R2023); the task criterion {@link
   * OrganisationCriterion#POLITICAL_TASK} is required under those regimes.
   *
   * @return the grades by criterion
   */
  public abstract Map<OrganisationCriterion, Grade> grades();

  /**
   * Returns the score out of 100 (R2025).
   *
   * @return the score, or empty
   */
  public abstract Optional<BigDecimal> score();

  /**
   * Returns the share of assigned targets met, in percent (O4).
   *
   * @return the share, or empty
   */
  public abstract Optional<BigDecimal> targetsMetPercent();

  /**
   * Tells whether key targets (chỉ tiêu chủ yếu) were left unmet (O4).
   *
   * @return true if key targets were unmet; false when not reported
   */
  @Value.Default
  public boolean keyTargetsUnmet() {
    return false;
  }

  /**
   * Tells whether force majeure (bất khả kháng) explains unmet targets (O4).
   *
   * @return true under force majeure; false when not reported
   */
  @Value.Default
  public boolean forceMajeure() {
    return false;
  }

  /**
   * Returns the share of assigned tasks done, in percent (O7, R2025).
   *
   * @return the share, or empty
   */
  public abstract Optional<BigDecimal> tasksDonePercent();

  /**
   * Returns the share of assigned tasks exceeded, in percent (O7, R2025).
   *
   * @return the share, or empty
   */
  public abstract Optional<BigDecimal> tasksExceededPercent();

  /**
   * Returns the share of assigned tasks done on time, in percent (O7, R2025: HTXSNV and HTTNV need
   * 100%).
   *
   * @return the share, or empty
   */
  public abstract Optional<BigDecimal> tasksOnTimePercent();

  /**
   * Returns the share of assigned tasks done late, in percent (O7, R2025: HTNV allows 20% at most).
   *
   * @return the share, or empty
   */
  public abstract Optional<BigDecimal> tasksLatePercent();

  /**
   * Returns the share of the shortcomings found in earlier reviews that were remedied, in percent
   * (O7, R2025: HTXSNV needs 100%); give 100 when none was found.
   *
   * @return the share, or empty
   */
  public abstract Optional<BigDecimal> shortcomingsRemediedPercent();

  /**
   * Returns the discipline taken over a case of corruption, waste or other violation in the
   * organisation or one of its sub-units in the year, if any (O3, 132 and 124); its {@link
   * Discipline#selfDetectedAndRemedied()} says whether the organisation found and remedied it.
   *
   * @return the discipline of the case, or empty
   */
  public abstract Optional<Discipline> violationCase();

  /**
   * Tells whether the leadership collective was found disunited (mất đoàn kết) in the year (O10).
   *
   * @return true if so; false when not reported
   */
  @Value.Default
  public boolean leadershipDisunited() {
    return false;
  }

  /**
   * Returns the discipline of the organisation itself in the year, if any (O3, O5, O6, O7).
   *
   * @return the discipline, or empty
   */
  public abstract Optional<Discipline> discipline();

  /**
   * Tells whether the leadership collective (cấp ủy, chi ủy) was disciplined in the year (O5).
   *
   * @return true if it was; false when not reported
   */
  @Value.Default
  public boolean leadershipCollectiveDisciplined() {
    return false;
  }

  /**
   * Returns the levels of the same-level government, Front and mass organisations (O1, O2, under
   * R2018). Empty when not recorded, which R2018 reports as a missing fact; an empty map means the
   * organisation has no such bodies. The map is an unmodifiable copy, in the order of {@link
   * AffiliatedBody}.
   *
   * @return the levels by body, or empty when not recorded
   */
  public abstract Optional<Map<AffiliatedBody, Level>> affiliatedBodies();

  /**
   * Validates the facts and freezes the affiliated bodies: Immutables stores a map inside an {@code
   * Optional} as given, so without a copy the caller could change the facts after construction, and
   * a {@code HashMap} would make the explanation's order vary from run to run.
   */
  @Value.Check
  final OrganisationFacts check() {
    percent("score", score());
    percent("targetsMetPercent", targetsMetPercent());
    percent("tasksDonePercent", tasksDonePercent());
    percent("tasksExceededPercent", tasksExceededPercent());
    percent("tasksOnTimePercent", tasksOnTimePercent());
    percent("tasksLatePercent", tasksLatePercent());
    percent("shortcomingsRemediedPercent", shortcomingsRemediedPercent());
    notMoreThanDone("tasksExceededPercent", tasksExceededPercent());
    notMoreThanDone("tasksOnTimePercent", tasksOnTimePercent());
    notMoreThanDone("tasksLatePercent", tasksLatePercent());
    inYear("discipline", discipline());
    inYear("violationCase", violationCase());
    Optional<Map<AffiliatedBody, Level>> bodies = affiliatedBodies();
    if (bodies.isPresent() && !(bodies.get() instanceof FrozenBodies)) {
      return ((ImmutableOrganisationFacts) this)
          .withAffiliatedBodies(new FrozenBodies(bodies.get()));
    }
    return this;
  }

  /** An unmodifiable copy of the affiliated bodies, in the order of {@link AffiliatedBody}. */
  private static final class FrozenBodies extends AbstractMap<AffiliatedBody, Level> {
    private final Map<AffiliatedBody, Level> bodies;

    FrozenBodies(Map<AffiliatedBody, Level> given) {
      Map<AffiliatedBody, Level> copy = new EnumMap<>(AffiliatedBody.class);
      given.forEach(
          (body, level) ->
              copy.put(
                  Objects.requireNonNull(body, "affiliatedBodies key"),
                  Objects.requireNonNull(level, "affiliatedBodies value")));
      this.bodies = Collections.unmodifiableMap(copy);
    }

    @Override
    public Set<Map.Entry<AffiliatedBody, Level>> entrySet() {
      return bodies.entrySet();
    }

    @Override
    public @Nullable Level get(@Nullable Object key) {
      return bodies.get(key);
    }
  }

  private void notMoreThanDone(String fact, Optional<BigDecimal> value) {
    if (tasksDonePercent().isPresent()
        && value.isPresent()
        && value.get().compareTo(tasksDonePercent().get()) > 0) {
      throw refused(fact, "is more than tasksDonePercent");
    }
  }

  private void inYear(String fact, Optional<Discipline> discipline) {
    if (discipline.isPresent() && discipline.get().date().getYear() != year().getValue()) {
      throw refused(fact, "is dated outside the facts' year");
    }
  }

  private void percent(String fact, Optional<BigDecimal> value) {
    if (value.isPresent()
        && (value.get().signum() < 0 || value.get().compareTo(Words.HUNDRED) > 0)) {
      throw refused(fact, "is outside 0..100");
    }
  }

  private IllegalArgumentException refused(String fact, String problem) {
    return new IllegalArgumentException(
        "Rating facts of organisation "
            + organisationId().value()
            + ": "
            + fact
            + " "
            + problem
            + ".");
  }
}
