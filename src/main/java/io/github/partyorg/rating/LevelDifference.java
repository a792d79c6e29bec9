package io.github.partyorg.rating;

import io.github.partyorg.structure.EntityId;
import java.util.Objects;
import java.util.Optional;

/**
 * An entity whose level differs between two ratings of the same root, for example the same year
 * under two regimes (what-if): {@code first.differencesFrom(second)} gives the level in {@code
 * first} as {@link #before()} and the level in {@code second} as {@link #after()}.
 *
 * @param entityId the member or organisation
 * @param before the final level in the first rating (the one {@link RootRating#differencesFrom} is
 *     called on), or empty if it has none
 * @param after the final level in the second rating (its argument), or empty if it has none
 */
public record LevelDifference(EntityId entityId, Optional<Level> before, Optional<Level> after) {

  /**
   * Creates the difference.
   *
   * @param entityId the member or organisation
   * @param before the level in the first rating, or empty
   * @param after the level in the second rating, or empty
   * @throws NullPointerException if an argument is null
   */
  public LevelDifference {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /**
   * Returns the level in the first rating.
   *
   * @return {@link #before()}
   * @deprecated use {@link #before()}; "left" did not say which rating it was
   */
  @Deprecated
  public Optional<Level> left() {
    return before;
  }

  /**
   * Returns the level in the second rating.
   *
   * @return {@link #after()}
   * @deprecated use {@link #after()}; "right" did not say which rating it was
   */
  @Deprecated
  public Optional<Level> right() {
    return after;
  }
}
