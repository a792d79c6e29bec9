package io.github.partyorg.rating;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A discipline decision (quyết định kỷ luật) against a member, as a rating fact.
 *
 * @param kind the discipline form
 * @param date the date of the decision
 * @param selfDetectedAndRemedied whether the fault was found and fixed by the member's own
 *     organisation (tự phát hiện và khắc phục)
 */
public record Discipline(DisciplineKind kind, LocalDate date, boolean selfDetectedAndRemedied) {

  /**
   * Creates the discipline.
   *
   * @param kind the discipline form
   * @param date the date of the decision
   * @param selfDetectedAndRemedied whether the fault was self-detected and remedied
   * @throws NullPointerException if {@code kind} or {@code date} is null
   */
  public Discipline {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
  }

  /**
   * Returns a discipline that was not self-detected.
   *
   * @param kind the discipline form
   * @param date the date of the decision
   * @return the discipline
   */
  public static Discipline of(DisciplineKind kind, LocalDate date) {
    return new Discipline(kind, date, false);
  }
}
