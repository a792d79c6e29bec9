package io.github.partyorg.fourgood;

import io.github.partyorg.structure.OrganisationId;
import io.github.partyorg.structure.Share;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The four-good results of a whole root for a year: every cell (cells under base committees and
 * base cells) and every base committee assessed, with the lists and exact shares of those granted
 * the title.
 *
 * @param year the year assessed
 * @param cells the results of cells and base cells, in the tree's order
 * @param baseCommittees the results of base committees, in the tree's order; empty when no base
 *     committee profile was given
 */
public record FourGoodResult(
    Year year, List<OrganisationResult> cells, List<OrganisationResult> baseCommittees) {

  /**
   * Creates the result.
   *
   * @param year the year
   * @param cells the cells' results
   * @param baseCommittees the base committees' results
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming the organisation if a result is of another year, a base
   *     committee's result is among the cells or a cell's among the base committees, or an
   *     organisation has two results
   */
  public FourGoodResult {
    Objects.requireNonNull(year, "year");
    cells = List.copyOf(cells);
    baseCommittees = List.copyOf(baseCommittees);
    Set<OrganisationId> seen = new HashSet<>();
    check(year, cells, false, seen);
    check(year, baseCommittees, true, seen);
  }

  /**
   * Returns the cells and base cells granted the title.
   *
   * @return their ids, in the tree's order
   */
  public List<OrganisationId> fourGoodCells() {
    return granted(cells);
  }

  /**
   * Returns the base committees granted the title.
   *
   * @return their ids, in the tree's order
   */
  public List<OrganisationId> fourGoodBaseCommittees() {
    return granted(baseCommittees);
  }

  /**
   * Returns the exact share of cells and base cells granted the title among those assessed.
   *
   * @return the share, or empty if no cell was assessed
   */
  public Optional<Share> cellShare() {
    return share(cells);
  }

  /**
   * Returns the exact share of base committees granted the title among those assessed.
   *
   * @return the share, or empty if no base committee was assessed
   */
  public Optional<Share> baseCommitteeShare() {
    return share(baseCommittees);
  }

  /**
   * Finds the result of an organisation.
   *
   * @param organisationId the organisation
   * @return its result, or empty if it was not assessed
   */
  public Optional<OrganisationResult> result(OrganisationId organisationId) {
    for (List<OrganisationResult> list : List.of(cells, baseCommittees)) {
      for (OrganisationResult result : list) {
        if (result.organisationId().equals(organisationId)) {
          return Optional.of(result);
        }
      }
    }
    return Optional.empty();
  }

  private static void check(
      Year year, List<OrganisationResult> results, boolean committees, Set<OrganisationId> seen) {
    for (OrganisationResult result : results) {
      String id = result.organisationId().value();
      if (!result.year().equals(year)) {
        throw new IllegalArgumentException(
            "The result of " + id + " is of " + result.year() + ", not of " + year + ".");
      }
      if (result.baseCommittee() != committees) {
        throw new IllegalArgumentException(
            "The result of "
                + id
                + (committees
                    ? " is a cell's, listed among the base committees."
                    : " is a base committee's, listed among the cells."));
      }
      if (!seen.add(result.organisationId())) {
        throw new IllegalArgumentException("The organisation " + id + " has two results.");
      }
    }
  }

  private static List<OrganisationId> granted(List<OrganisationResult> results) {
    return results.stream()
        .filter(OrganisationResult::granted)
        .map(OrganisationResult::organisationId)
        .toList();
  }

  private static Optional<Share> share(List<OrganisationResult> results) {
    if (results.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Share.of(granted(results).size(), results.size()));
  }
}
