package io.github.partyorg.fourgood;

import io.github.partyorg.structure.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * A heading of a criteria profile (for example "Tốt về chất lượng sinh hoạt"), met when all its
 * sub-criteria are met.
 *
 * @param title the heading's wording
 * @param criteria the sub-criteria, at least one
 */
public record Heading(LocalizedText title, List<SubCriterion> criteria) {

  /**
   * Creates the heading.
   *
   * @param title the wording
   * @param criteria the sub-criteria
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there is no sub-criterion; the message names the heading
   */
  public Heading {
    Objects.requireNonNull(title, "title");
    criteria = List.copyOf(criteria);
    if (criteria.isEmpty()) {
      throw new IllegalArgumentException(
          "Heading \"" + title.en() + "\" has no sub-criterion; give at least one.");
    }
  }

  /**
   * Returns the heading.
   *
   * @param vi the Vietnamese wording
   * @param en the English wording
   * @param criteria the sub-criteria
   * @return the heading
   * @throws IllegalArgumentException if there is no sub-criterion
   */
  public static Heading of(String vi, String en, SubCriterion... criteria) {
    return new Heading(LocalizedText.of(vi, en), List.of(criteria));
  }
}
