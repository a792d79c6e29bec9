package io.github.partyorg.fourgood;

import io.github.partyorg.structure.OrganisationId;
import java.util.Objects;

/**
 * An organisation's yes/no answer to a {@link ReportedCriterion}, with its evidence (minh chứng).
 * The evidence is kept for the record and never copied into messages.
 *
 * @param organisationId the organisation
 * @param criterionId the sub-criterion's id
 * @param met whether the organisation reports it met
 * @param evidence the evidence, for example a document number
 */
public record ReportedAnswer(
    OrganisationId organisationId, String criterionId, boolean met, String evidence) {

  /**
   * Creates the answer.
   *
   * @param organisationId the organisation
   * @param criterionId the sub-criterion's id
   * @param met whether met
   * @param evidence the evidence
   * @throws NullPointerException if an argument is null
   */
  public ReportedAnswer {
    Objects.requireNonNull(organisationId, "organisationId");
    criterionId = Objects.requireNonNull(criterionId, "criterionId").strip();
    Objects.requireNonNull(evidence, "evidence");
  }
}
