package io.github.partyorg.fourgood;

import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.OrganisationId;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The four-good result of one cell, base cell or base committee for a year: registered or not (F3),
 * each gate and each heading's sub-criteria met or not with the facts used, and whether the title
 * is granted. The recognition itself belongs to the superior committee's standing committee (F5);
 * this result is the assessment it decides on.
 *
 * @param organisationId the organisation
 * @param baseCommittee true for a base committee, false for a cell or base cell
 * @param year the year assessed
 * @param titleName the title's name, from the profile
 * @param registered whether the organisation registered for the title (F3)
 * @param gates the gates' results
 * @param headings the headings' results
 */
public record OrganisationResult(
    OrganisationId organisationId,
    boolean baseCommittee,
    Year year,
    LocalizedText titleName,
    boolean registered,
    List<CriterionResult> gates,
    List<HeadingResult> headings) {

  /**
   * Creates the result.
   *
   * @param organisationId the organisation
   * @param baseCommittee whether a base committee
   * @param year the year
   * @param titleName the title's name
   * @param registered whether registered
   * @param gates the gates' results
   * @param headings the headings' results
   * @throws NullPointerException if an argument is null
   */
  public OrganisationResult {
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(titleName, "titleName");
    gates = List.copyOf(gates);
    headings = List.copyOf(headings);
  }

  /**
   * Tells whether the title is granted: registered, every gate met and every heading met.
   *
   * @return true if granted
   */
  public boolean granted() {
    return registered
        && gates.stream().allMatch(CriterionResult::met)
        && headings.stream().allMatch(HeadingResult::met);
  }

  /**
   * Returns what failed, shortest first in the order assessed: the missing registration, then the
   * gates, then each heading's sub-criteria not met.
   *
   * @return the failures, empty when the title is granted
   */
  public List<LocalizedText> failures() {
    List<LocalizedText> out = new ArrayList<>();
    if (!registered) {
      out.add(
          LocalizedText.of(
              "[F3] chưa đăng ký phấn đấu danh hiệu " + titleName.vi() + " năm " + year,
              "[F3] did not register for the title \"" + titleName.en() + "\" for " + year));
    }
    for (CriterionResult gate : gates) {
      if (!gate.met()) {
        out.add(gate.statement());
      }
    }
    for (HeadingResult heading : headings) {
      for (CriterionResult result : heading.results()) {
        if (!result.met()) {
          out.add(result.statement());
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the full explanation, for example "Cell C1, 2023: not granted the title "four-good
   * cell". Not met: [2.1] ...; [3.1] ...".
   *
   * @return the explanation in Vietnamese and English
   */
  public LocalizedText explanation() {
    String vi = Words.organisationVi(organisationId, baseCommittee) + ", năm " + year + ": ";
    String en = Words.organisationEn(organisationId, baseCommittee) + ", " + year + ": ";
    if (granted()) {
      return LocalizedText.of(
          vi + "đạt danh hiệu " + titleName.vi() + ".",
          en + "granted the title \"" + titleName.en() + "\".");
    }
    List<LocalizedText> failures = failures();
    return LocalizedText.of(
        vi
            + "không đạt danh hiệu "
            + titleName.vi()
            + ". Chưa đạt: "
            + String.join("; ", failures.stream().map(LocalizedText::vi).toList())
            + ".",
        en
            + "not granted the title \""
            + titleName.en()
            + "\". Not met: "
            + String.join("; ", failures.stream().map(LocalizedText::en).toList())
            + ".");
  }
}
