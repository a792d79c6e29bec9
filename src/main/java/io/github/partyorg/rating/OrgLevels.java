package io.github.partyorg.rating;

import org.jspecify.annotations.Nullable;

/**
 * The levels of one organisation's rating, without its explanation (issue 19): what a root's rating
 * keeps of each organisation ({@link OrgTable}), the {@link OrganisationRating} being made again,
 * with its explanation, when asked.
 *
 * @param proposed the proposed level, null if none ({@link OrganisationRating#proposed()})
 * @param ceiling the tightest cap ({@link OrganisationRating#ceiling()})
 * @param leadership the leadership collective's level, null if none (O10)
 * @param missing whether a fact the regime needs is missing
 * @param rated false if E2 left the organisation out ({@link OrganisationRating#isRated()})
 */
record OrgLevels(
    @Nullable Level proposed,
    Level ceiling,
    @Nullable Level leadership,
    boolean missing,
    boolean rated) {

  /**
   * The levels after Q1 demotes the organisation to HTTNV ({@link
   * OrganisationRating#withProposed}).
   */
  OrgLevels demoted() {
    Level l = leadership;
    return new OrgLevels(
        Level.HTTNV,
        Level.lower(ceiling, Level.HTTNV),
        l == null ? null : Level.lower(l, Level.HTTNV),
        missing,
        rated);
  }
}
