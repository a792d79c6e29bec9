package io.github.partyorg.charter;

import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.MemberHolder;
import io.github.partyorg.structure.Message;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * S9: a cell under a committee holds its congress twice in 5 years, at most six months early or
 * late with the base committee's consent (Party Charter 2011, art. 24); from 1 July 2025 a
 * 294-QĐ/TW pilot allows once in 5 years ({@link CellCongressPolicy}, default: the pilot applies
 * from that day).
 *
 * <p>Applies to {@link Cell}s only (a base cell is a base organisation: S8). The term starts on
 * {@link Cell#lastCongressOn()}, or, with none recorded, on {@link Cell#foundedOn()}; with neither
 * the rule cannot be checked and gives an {@link Severity#INFO}. With m = {@link
 * CellCongressPolicy#termMonths} on the day of the check (30, or 60 under the pilot), the congress
 * is due on start + m months and the last allowed day is start + m + 6 months. The day of the check
 * after the last allowed day gives an {@link Severity#ERROR} (overdue); after the due day up to the
 * last allowed day included, a {@link Severity#WARNING} (a reminder: due, within the six-month
 * tolerance); up to the due day included, nothing.
 */
final class S9CellCongressTerm implements StructureRule {
  static final int TOLERANCE_MONTHS = 6;

  private final CellCongressPolicy policy;

  S9CellCongressTerm(CellCongressPolicy policy) {
    this.policy = policy;
  }

  @Override
  public CharterRule rule() {
    return CharterRule.S9;
  }

  @Override
  public void checkMemberHolder(MemberHolder holder, LocalDate asOf, List<Finding> out) {
    if (!(holder instanceof Cell cell)) {
      return;
    }
    String id = cell.id().value();
    Optional<LocalDate> lastCongress = cell.lastCongressOn();
    Optional<LocalDate> start = lastCongress.isPresent() ? lastCongress : cell.foundedOn();
    if (start.isEmpty()) {
      out.add(
          new Finding(
              CharterRule.S9, Severity.INFO, cell.id(), Message.of("charter.S9.noDate", id), asOf));
      return;
    }
    LocalDate from = start.get();
    int months = policy.termMonths(asOf);
    LocalDate due = from.plusMonths(months);
    LocalDate latest = from.plusMonths(months + TOLERANCE_MONTHS);
    if (!asOf.isAfter(due)) {
      return;
    }
    Message term = Message.of(months == 60 ? "charter.S9.term.pilot" : "charter.S9.term.twice");
    Message startedOn =
        lastCongress.isPresent()
            ? Message.of("charter.congress.last", from)
            : Message.of("charter.S9.founded", from);
    if (asOf.isAfter(latest)) {
      out.add(
          new Finding(
              CharterRule.S9,
              Severity.ERROR,
              cell.id(),
              Message.of("charter.S9.overdue", id, startedOn, term, asOf, due, latest),
              asOf));
    } else {
      out.add(
          new Finding(
              CharterRule.S9,
              Severity.WARNING,
              cell.id(),
              Message.of("charter.S9.due", id, startedOn, term, due, latest),
              asOf));
    }
  }
}
