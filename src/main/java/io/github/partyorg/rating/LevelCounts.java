package io.github.partyorg.rating;

import io.github.partyorg.structure.Share;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many members, or organisations, sit at each level, with the exact shares. Entities not rated
 * (E1, E2) and those whose rating lacks facts are counted apart and are not in the shares' base.
 *
 * @param byLevel the count at each level (every level present, zero when none)
 * @param notRated the count not rated (E1, E2)
 * @param incomplete the count whose level could not be proposed for missing facts
 */
public record LevelCounts(Map<Level, Integer> byLevel, int notRated, int incomplete) {

  /**
   * Creates the counts.
   *
   * @param byLevel the count at each level; missing levels count zero
   * @param notRated the count not rated
   * @param incomplete the count with missing facts
   * @throws IllegalArgumentException if a count is negative
   */
  public LevelCounts {
    Map<Level, Integer> copy = new EnumMap<>(Level.class);
    for (Level level : Level.values()) {
      int count = Objects.requireNonNull(byLevel, "byLevel").getOrDefault(level, 0);
      if (count < 0) {
        throw new IllegalArgumentException("A level count is negative: " + level + " " + count);
      }
      copy.put(level, count);
    }
    if (notRated < 0 || incomplete < 0) {
      throw new IllegalArgumentException("A count is negative");
    }
    byLevel = Collections.unmodifiableMap(copy);
  }

  /**
   * Returns the count at a level.
   *
   * @param level the level
   * @return the count
   */
  public int count(Level level) {
    return byLevel.getOrDefault(level, 0);
  }

  /**
   * Returns the count of entities rated at some level.
   *
   * @return the sum over the levels
   */
  public int rated() {
    int sum = 0;
    for (int count : byLevel.values()) {
      sum += count;
    }
    return sum;
  }

  /**
   * Returns the share of the rated entities at exactly a level.
   *
   * @param level the level
   * @return the exact share
   */
  public Share share(Level level) {
    return new Share(count(level), rated());
  }

  /**
   * Returns the share of the rated entities at a level or better ("HTTNV trở lên").
   *
   * @param level the lowest level counted
   * @return the exact share
   */
  public Share shareAtLeast(Level level) {
    int part = 0;
    for (Level l : Level.values()) {
      if (l.isAtLeast(level)) {
        part += count(l);
      }
    }
    return new Share(part, rated());
  }
}
