package io.github.partyorg.rating;

import io.github.partyorg.structure.OrganisationId;
import java.math.BigDecimal;
import java.time.Year;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.EnumMap;
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
 * <p>Immutable. Construction refuses inconsistent facts with an {@link IllegalArgumentException}
 * naming the organisation id and the fact: a percentage or score outside 0-100, more tasks exceeded
 * than done, a discipline dated outside the year.
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

  /** Builds {@link OrganisationFacts}; {@code build()} throws {@link IllegalArgumentException}. */
  public static final class Builder extends ImmutableOrganisationFacts.Builder {
    Builder() {}
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
    if (tasksDonePercent().isPresent()
        && tasksExceededPercent().isPresent()
        && tasksExceededPercent().get().compareTo(tasksDonePercent().get()) > 0) {
      throw refused("tasksExceededPercent", "is more than tasksDonePercent");
    }
    discipline()
        .filter(d -> d.date().getYear() != year().getValue())
        .ifPresent(
            d -> {
              throw refused("discipline", "is dated outside the facts' year");
            });
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
