package io.github.partyorg.fourgood;

import io.github.partyorg.structure.LocalizedText;
import java.util.Objects;

/**
 * A sub-criterion the organisation reports as met or not, with evidence (for example "a written
 * working regulation"); met only when reported yes. An unreported sub-criterion is not met.
 *
 * @param id the id, unique within the profile
 * @param title the wording
 */
public record ReportedCriterion(String id, LocalizedText title) implements SubCriterion {

  /**
   * Creates the sub-criterion.
   *
   * @param id the id
   * @param title the wording
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is blank
   */
  public ReportedCriterion {
    id = Words.requireId(Objects.requireNonNull(id, "id"), "reported");
    Objects.requireNonNull(title, "title");
  }

  @Override
  public FourGoodRule rule() {
    return FourGoodRule.F1;
  }
}
