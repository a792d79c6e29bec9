package io.github.partyorg.fourgood;

import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Share;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A sub-criterion assessed month by month on the self-assessment sheets (F3): met for the year when
 * the share of the 12 months marked met is at least the required percentage. A month without a
 * sheet counts as not met.
 *
 * @param id the id, unique within the profile
 * @param title the wording
 * @param requiredPercentOfMonths the minimum share of months met, in percent
 */
public record MonthlyCriterion(String id, LocalizedText title, BigDecimal requiredPercentOfMonths)
    implements SubCriterion {

  /**
   * Creates the sub-criterion.
   *
   * @param id the id
   * @param title the wording
   * @param requiredPercentOfMonths the minimum share of months met
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is blank or the share is outside 0-100%
   */
  public MonthlyCriterion {
    id = Words.requireId(Objects.requireNonNull(id, "id"), "monthly");
    Objects.requireNonNull(title, "title");
    Share.requirePercent(requiredPercentOfMonths, "sub-criterion " + id);
  }

  @Override
  public FourGoodRule rule() {
    return FourGoodRule.F3;
  }
}
