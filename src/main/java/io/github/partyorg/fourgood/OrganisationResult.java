package io.github.partyorg.fourgood;

import io.github.partyorg.structure.Catalogue;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Message;
import io.github.partyorg.structure.OrganisationId;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The four-good result of one cell, base cell or base committee for a year: registered or not (F3),
 * each gate and each heading's sub-criteria met or not with the facts used, and whether it
 * qualifies to be proposed for the title ("đủ điều kiện đề nghị công nhận"). The recognition itself
 * belongs to the superior committee's standing committee (F5); this result is the assessment it
 * decides on. The sentences are messages of the library's catalogue, rendered when read.
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
   * Tells whether the organisation qualifies to be proposed for the title: registered, every gate
   * met and every heading met. The recognition itself belongs to the superior committee's standing
   * committee (F5), so the explanation says "đủ điều kiện đề nghị công nhận", never "đạt danh hiệu"
   * (REFERENCE 6a).
   *
   * @return true if it qualifies
   */
  public boolean granted() {
    return registered
        && gates.stream().allMatch(CriterionResult::met)
        && headings.stream().allMatch(HeadingResult::met);
  }

  /**
   * Returns what failed, as data, in the order assessed: the missing registration, then the gates,
   * then each heading's sub-criteria not met.
   *
   * @return the failures, empty when the organisation qualifies
   */
  public List<Message> failureMessages() {
    List<Message> out = new ArrayList<>();
    if (!registered) {
      out.add(Message.of("fourgood.notRegistered", titleName, year));
    }
    for (CriterionResult gate : gates) {
      if (!gate.met()) {
        out.add(gate.statementMessage());
      }
    }
    for (HeadingResult heading : headings) {
      for (CriterionResult result : heading.results()) {
        if (!result.met()) {
          out.add(result.statementMessage());
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns what failed, rendered with the library's catalogue: the missing registration, then the
   * gates, then each heading's sub-criteria not met.
   *
   * @return the failures, empty when the organisation qualifies
   */
  public List<LocalizedText> failures() {
    return failureMessages().stream().map(Message::text).toList();
  }

  /**
   * Returns the full explanation as data.
   *
   * @return the message
   */
  public Message explanationMessage() {
    Message who = Words.organisation(organisationId, baseCommittee);
    if (granted()) {
      return Message.of("fourgood.qualifies", who, year, titleName);
    }
    return Message.of(
        "fourgood.doesNotQualify",
        who,
        year,
        titleName,
        new Message.Joined("; ", failureMessages()));
  }

  /**
   * Returns the full explanation, for example "Chi bộ C1: chưa đủ điều kiện đề nghị công nhận “Chi
   * bộ 4 tốt” năm 2023. Chưa đạt: [2.1] ..." or "Chi bộ C2: đủ điều kiện đề nghị công nhận “Chi bộ
   * 4 tốt” năm 2023." (REFERENCE 6a, F5).
   *
   * @return the explanation in Vietnamese and English
   */
  public LocalizedText explanation() {
    return explanationMessage().text();
  }

  /**
   * Returns the explanation rendered with a catalogue (for example one with an application's
   * words).
   *
   * @param catalogue the catalogue
   * @return the explanation in Vietnamese and English
   */
  public LocalizedText explanation(Catalogue catalogue) {
    return catalogue.text(explanationMessage());
  }
}
