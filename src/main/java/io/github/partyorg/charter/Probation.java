package io.github.partyorg.charter;

import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.Root;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Rule M2, probation (thời kỳ dự bị): a probationary member is on probation for 12 months from the
 * admission ceremony; the cell then votes on official membership, and a probationary member who
 * does not qualify is struck off, not expelled. Cited as {@code CharterRule.M2.citation(day)}:
 * Party Charter (2011), art. 5.
 *
 * <p>The library records the date of the admission decision, not the date of the ceremony, and uses
 * it as the ceremony date in {@link #endDate(Member)} ([INF]: the ceremony usually follows the
 * decision within weeks, so the end date may come early by that much). When the ceremony date is
 * known, use {@link #endDate(LocalDate)}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Probation {

  /** The length of probation, in months. */
  public static final int MONTHS = 12;

  private Probation() {}

  /**
   * Returns the day probation ends, 12 months after the ceremony; a day the month lacks falls on
   * the month's last day.
   *
   * @param ceremonyDate the day of the admission ceremony
   * @return the last day of probation
   * @throws NullPointerException if {@code ceremonyDate} is null
   */
  public static LocalDate endDate(LocalDate ceremonyDate) {
    return Objects.requireNonNull(ceremonyDate, "ceremonyDate").plusMonths(MONTHS);
  }

  /**
   * Returns the day the member's probation ends, taking the admission decision date as the ceremony
   * date ([INF], see the class comment). The member may be official already.
   *
   * @param member the member
   * @return the admission date plus 12 months
   * @throws NullPointerException if {@code member} is null
   */
  public static LocalDate endDate(Member member) {
    return endDate(Objects.requireNonNull(member, "member").admissionDate());
  }

  /**
   * Lists the probationary members (no official date) whose probation ended before {@code asOf}:
   * their cell should already have voted on official membership. A member whose probation ends on
   * {@code asOf} is not overdue yet; one day later, they are. Exempted and suspended probationary
   * members are listed too: the vote is due whatever their situation, and the caller decides what
   * to do about them.
   *
   * @param root the organisation tree
   * @param asOf the day of the check
   * @return the overdue probations, in tree order (base organisations in their recorded order)
   * @throws NullPointerException if any argument is null
   */
  public static List<OverdueProbation> overdue(Root root, LocalDate asOf) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(asOf, "asOf");
    return root.allMembers()
        .filter(member -> !member.isOfficial())
        .filter(member -> asOf.isAfter(endDate(member)))
        .map(
            member -> {
              LocalDate end = endDate(member);
              return new OverdueProbation(member.id(), end, ChronoUnit.DAYS.between(end, asOf));
            })
        .toList();
  }
}
