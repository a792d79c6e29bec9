package io.github.partyorg.charter;

import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.Message;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * S8: a base organisation holds its congress every 5 years, at most one year early or late (Party
 * Charter 2011, art. 22; Regulation 24-QĐ/TW 2021).
 *
 * <p>The term starts on {@link BaseOrganisation#lastCongressOn()}, or, when no congress is
 * recorded, on {@link BaseOrganisation#foundedOn()}. With neither date the rule cannot be checked
 * and gives an {@link Severity#INFO}. The congress is due on start + 5 years and the last allowed
 * day is start + 6 years ({@link LocalDate#plusYears}: a start on 29 February gives 28 February).
 * The day of the check after start + 6 years gives an {@link Severity#ERROR} (overdue); after start
 * + 5 years and up to start + 6 years included, a {@link Severity#WARNING} (due, within the
 * one-year tolerance); up to start + 5 years included, nothing.
 */
final class S8CongressTerm implements StructureRule {
  static final int TERM_YEARS = 5;
  static final int TOLERANCE_YEARS = 1;

  @Override
  public CharterRule rule() {
    return CharterRule.S8;
  }

  @Override
  public void checkBaseOrganisation(BaseOrganisation base, LocalDate asOf, List<Finding> out) {
    String id = base.id().value();
    Optional<LocalDate> lastCongress = base.lastCongressOn();
    Optional<LocalDate> start = lastCongress.isPresent() ? lastCongress : base.foundedOn();
    if (start.isEmpty()) {
      out.add(
          new Finding(
              CharterRule.S8, Severity.INFO, base.id(), Message.of("charter.S8.noDate", id), asOf));
      return;
    }
    LocalDate from = start.get();
    LocalDate due = from.plusYears(TERM_YEARS);
    LocalDate latest = from.plusYears(TERM_YEARS + TOLERANCE_YEARS);
    if (!asOf.isAfter(due)) {
      return;
    }
    Message term =
        lastCongress.isPresent()
            ? Message.of("charter.congress.last", from)
            : Message.of("charter.S8.founded", from);
    if (asOf.isAfter(latest)) {
      out.add(
          new Finding(
              CharterRule.S8,
              Severity.ERROR,
              base.id(),
              Message.of("charter.S8.overdue", id, term, asOf, due, latest),
              asOf));
    } else {
      out.add(
          new Finding(
              CharterRule.S8,
              Severity.WARNING,
              base.id(),
              Message.of("charter.S8.due", id, term, due, latest),
              asOf));
    }
  }
}
