package io.github.partyorg.rating;

import io.github.partyorg.structure.EntityId;
import java.util.Objects;
import java.util.Optional;

/**
 * An entity whose level differs between two ratings of the same root, for example the same year
 * under two regimes (what-if).
 *
 * @param entityId the member or organisation
 * @param left the level in the first rating, or empty if it proposed none
 * @param right the level in the second rating, or empty if it proposed none
 */
public record LevelDifference(EntityId entityId, Optional<Level> left, Optional<Level> right) {

  /**
   * Creates the difference.
   *
   * @param entityId the member or organisation
   * @param left the first level, or empty
   * @param right the second level, or empty
   * @throws NullPointerException if an argument is null
   */
  public LevelDifference {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
  }
}
