package io.github.partyorg.fourgood;

import io.github.partyorg.structure.OrganisationId;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Set;

/**
 * One month's self-assessment sheet of an organisation (phiếu tự đánh giá hằng tháng, F3): the ids
 * of the monthly sub-criteria marked met that month. A sub-criterion not listed was not met.
 *
 * @param organisationId the organisation
 * @param month the month
 * @param criteriaMet the ids of the sub-criteria met
 */
public record MonthlySheet(
    OrganisationId organisationId, YearMonth month, Set<String> criteriaMet) {

  /**
   * Creates the sheet.
   *
   * @param organisationId the organisation
   * @param month the month
   * @param criteriaMet the ids of the sub-criteria met
   * @throws NullPointerException if an argument is null
   */
  public MonthlySheet {
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(month, "month");
    criteriaMet = Set.copyOf(criteriaMet);
  }

  /**
   * Returns the sheet.
   *
   * @param organisationId the organisation
   * @param month the month
   * @param criteriaMet the ids of the sub-criteria met
   * @return the sheet
   */
  public static MonthlySheet of(
      OrganisationId organisationId, YearMonth month, String... criteriaMet) {
    return new MonthlySheet(organisationId, month, Set.of(criteriaMet));
  }
}
