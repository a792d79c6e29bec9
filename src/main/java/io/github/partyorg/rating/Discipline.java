package io.github.partyorg.rating;

import io.github.partyorg.charter.DisciplineForm;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A discipline decision (quyết định kỷ luật) against a member or an organisation, as a rating fact.
 * The form is the charter's {@link DisciplineForm} (M5).
 *
 * @param form the discipline form
 * @param date the date of the decision
 * @param selfDetectedAndRemedied whether the fault was found and fixed by the member's own
 *     organisation (tự phát hiện và khắc phục)
 */
public record Discipline(DisciplineForm form, LocalDate date, boolean selfDetectedAndRemedied) {

  /**
   * Creates the discipline.
   *
   * @param form the discipline form
   * @param date the date of the decision
   * @param selfDetectedAndRemedied whether the fault was self-detected and remedied
   * @throws NullPointerException if {@code form} or {@code date} is null
   */
  public Discipline {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(date, "date");
  }

  /**
   * Returns a discipline that was not self-detected.
   *
   * @param form the discipline form
   * @param date the date of the decision
   * @return the discipline
   */
  public static Discipline of(DisciplineForm form, LocalDate date) {
    return new Discipline(form, date, false);
  }
}
