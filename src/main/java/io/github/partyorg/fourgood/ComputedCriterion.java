package io.github.partyorg.fourgood;

import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Share;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A sub-criterion met or not by a {@link Fact} the library computes from the model and the year's
 * records, with a threshold percentage for the share facts.
 *
 * @param id the id, unique within the profile
 * @param title the wording
 * @param fact the fact computed
 * @param thresholdPercent the minimum share in percent, present exactly when the fact needs one
 */
public record ComputedCriterion(
    String id, LocalizedText title, Fact fact, Optional<BigDecimal> thresholdPercent)
    implements SubCriterion {

  /**
   * Creates the sub-criterion.
   *
   * @param id the id
   * @param title the wording
   * @param fact the fact
   * @param thresholdPercent the threshold
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is blank, the threshold is missing for a share fact
   *     or given for another, or outside 0-100%
   */
  public ComputedCriterion {
    id = Words.requireId(Objects.requireNonNull(id, "id"), "computed");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(thresholdPercent, "thresholdPercent");
    if (fact.needsThreshold() && thresholdPercent.isEmpty()) {
      throw new IllegalArgumentException(
          "Sub-criterion " + id + " names fact " + fact + " but gives no threshold; give one.");
    }
    if (!fact.needsThreshold() && thresholdPercent.isPresent()) {
      throw new IllegalArgumentException(
          "Sub-criterion " + id + " gives a threshold, but fact " + fact + " takes none.");
    }
    if (thresholdPercent.isPresent()) {
      Share.requirePercent(thresholdPercent.get(), "sub-criterion " + id);
    }
  }

  /**
   * Returns a sub-criterion with the fact's own label as its wording and no threshold.
   *
   * @param id the id
   * @param fact a fact that takes no threshold
   * @return the sub-criterion
   * @throws IllegalArgumentException if the fact needs a threshold
   */
  public static ComputedCriterion of(String id, Fact fact) {
    return new ComputedCriterion(id, fact.label(), fact, Optional.empty());
  }

  /**
   * Returns a share sub-criterion with the fact's own label as its wording.
   *
   * @param id the id
   * @param fact a share fact
   * @param thresholdPercent the minimum share in percent
   * @return the sub-criterion
   * @throws IllegalArgumentException if the fact takes no threshold or the share is outside 0-100%
   */
  public static ComputedCriterion of(String id, Fact fact, BigDecimal thresholdPercent) {
    return new ComputedCriterion(id, fact.label(), fact, Optional.of(thresholdPercent));
  }

  /**
   * Returns a sub-criterion naming its fact by name, as read from a configuration.
   *
   * @param id the id
   * @param title the wording
   * @param factName the fact's name, see {@link Fact#parse(String)}
   * @param thresholdPercent the threshold, empty for a fact that takes none
   * @return the sub-criterion
   * @throws IllegalArgumentException if no fact has that name (the message names it), or as {@link
   *     #ComputedCriterion(String, LocalizedText, Fact, Optional)}
   */
  public static ComputedCriterion named(
      String id, LocalizedText title, String factName, Optional<BigDecimal> thresholdPercent) {
    Fact fact;
    try {
      fact = Fact.parse(factName);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Sub-criterion " + id + ": " + e.getMessage(), e);
    }
    return new ComputedCriterion(id, title, fact, thresholdPercent);
  }

  @Override
  public FourGoodRule rule() {
    return fact.rule();
  }
}
