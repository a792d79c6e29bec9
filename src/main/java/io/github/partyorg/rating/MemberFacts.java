package io.github.partyorg.rating;

import io.github.partyorg.structure.MemberId;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The facts of one member's year that the rating rules read: criterion grades (R2018, R2023), the
 * score (R2025), task and target percentages, the state rating of a civil servant, sick and
 * maternity leave, disciplines and a conclusion of degradation. Which facts a regime needs is said
 * by {@link MemberRater}; a needed fact left empty is reported as a {@link MissingFact}.
 *
 * <p>E5: a transferred member is rated by the receiving cell, so the caller gives the facts
 * gathered by that cell (with the old cell's comments where the member spent 6 months or more
 * there); the library does not model transfers.
 *
 * <p>Immutable and thread-safe; holds no personal data. Construction refuses inconsistent facts
 * with an {@link IllegalArgumentException} naming the member id and the fact: a percentage or score
 * outside 0..100, more tasks exceeded than done on time, sick leave outside 0..12 months, or a
 * discipline dated outside the year.
 */
@Value.Immutable
public abstract class MemberFacts {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  MemberFacts() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MemberFacts}; {@code build()} throws {@link IllegalArgumentException}. */
  public static final class Builder extends ImmutableMemberFacts.Builder {
    Builder() {}
  }

  /**
   * Returns the member the facts are about.
   *
   * @return the member's id
   */
  public abstract MemberId memberId();

  /**
   * Returns the year assessed.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * Returns the grade of each criterion (R2018, R2023); R2018 and R2023 need all four.
   *
   * @return the grades by criterion
   */
  public abstract Map<Criterion, Grade> grades();

  /**
   * Returns the score out of 100 (R2025: general criteria up to 30, task results up to 70).
   *
   * @return the score, or empty if not given
   */
  public abstract Optional<BigDecimal> score();

  /**
   * Returns the percentage of assigned targets and tasks completed (R2018 C2; R2025 C5 "100%
   * done").
   *
   * @return the percentage, 0..100, or empty if not given
   */
  public abstract Optional<BigDecimal> targetsCompletedPercent();

  /**
   * Returns the percentage of tasks done on time (R2023 C4, R2025 C5).
   *
   * @return the percentage, 0..100, or empty if not given
   */
  public abstract Optional<BigDecimal> tasksOnTimePercent();

  /**
   * Returns the percentage of tasks exceeded (R2023 C4, R2025 C5); never more than on time.
   *
   * @return the percentage, 0..100, or empty if not given
   */
  public abstract Optional<BigDecimal> tasksExceededPercent();

  /**
   * Returns the percentage of tasks done late (R2025 C5).
   *
   * @return the percentage, 0..100, or empty if not given
   */
  public abstract Optional<BigDecimal> tasksLatePercent();

  /**
   * Returns the level of the member in the state rating of civil servants (C2, C3); empty if the
   * member is not a civil servant.
   *
   * @return the civil servant level, or empty
   */
  public abstract Optional<Level> civilServantLevel();

  /**
   * Returns the months of sick leave in the year (E4), 0 to 12.
   *
   * @return the months of sick leave; 0 by default
   */
  @Value.Default
  public int sickLeaveMonths() {
    return 0;
  }

  /**
   * Tells whether the member took maternity leave in the year (E4: rated on the time worked).
   *
   * @return true if so; false by default
   */
  @Value.Default
  public boolean maternityLeave() {
    return false;
  }

  /**
   * Returns the disciplines decided in the year (C1), each dated within the year.
   *
   * @return the disciplines
   */
  public abstract List<Discipline> disciplines();

  /**
   * Tells whether the member was concluded to show political, ethical or lifestyle degradation (suy
   * thoái) in the year (C2).
   *
   * @return true if so; false by default
   */
  @Value.Default
  public boolean degradationConcluded() {
    return false;
  }

  @Value.Check
  final void check() {
    checkPercent("score", score());
    checkPercent("targetsCompletedPercent", targetsCompletedPercent());
    checkPercent("tasksOnTimePercent", tasksOnTimePercent());
    checkPercent("tasksExceededPercent", tasksExceededPercent());
    checkPercent("tasksLatePercent", tasksLatePercent());
    if (tasksOnTimePercent().isPresent()
        && tasksExceededPercent().isPresent()
        && tasksExceededPercent().get().compareTo(tasksOnTimePercent().get()) > 0) {
      throw refused("tasksExceededPercent", "is more than tasksOnTimePercent");
    }
    if (sickLeaveMonths() < 0 || sickLeaveMonths() > 12) {
      throw refused("sickLeaveMonths", "is outside 0..12");
    }
    for (Discipline d : disciplines()) {
      if (d.date().getYear() != year().getValue()) {
        throw refused("disciplines", "has a discipline dated outside the facts' year");
      }
    }
  }

  private void checkPercent(String fact, Optional<BigDecimal> value) {
    if (value.isPresent() && (value.get().signum() < 0 || value.get().compareTo(HUNDRED) > 0)) {
      throw refused(fact, "is outside 0..100");
    }
  }

  private IllegalArgumentException refused(String fact, String problem) {
    return new IllegalArgumentException(
        "Rating facts of member " + memberId().value() + ": " + fact + " " + problem + ".");
  }
}
