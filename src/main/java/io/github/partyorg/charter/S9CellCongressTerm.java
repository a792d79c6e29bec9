package io.github.partyorg.charter;

import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.MemberHolder;
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
              CharterRule.S9,
              Severity.INFO,
              cell.id(),
              LocalizedText.of(
                  "Chi bộ "
                      + id
                      + " chưa ghi nhận ngày đại hội gần nhất hay ngày thành lập nên không kiểm tra"
                      + " được nhiệm kỳ đại hội chi bộ (S9). Cần ghi nhận ngày đại hội gần nhất.",
                  "Cell "
                      + id
                      + " has neither the date of its last congress nor its founding date, so its"
                      + " congress term cannot be checked (S9). Record the date of the last"
                      + " congress."),
              asOf));
      return;
    }
    LocalDate from = start.get();
    int months = policy.termMonths(asOf);
    LocalDate due = from.plusMonths(months);
    LocalDate latest = from.plusMonths(months + TOLERANCE_MONTHS);
    if (!asOf.isAfter(due)) {
      return;
    }
    String termVi = months == 60 ? "5 năm một lần (thí điểm)" : "5 năm hai lần";
    String termEn = months == 60 ? "once in 5 years (pilot)" : "twice in 5 years";
    String startVi =
        lastCongress.isPresent()
            ? "đại hội gần nhất ngày " + Messages.vi(from)
            : "chưa ghi nhận đại hội, tính từ ngày thành lập " + Messages.vi(from);
    String startEn =
        lastCongress.isPresent()
            ? "last congress on " + Messages.en(from)
            : "no congress recorded, counted from the founding on " + Messages.en(from);
    if (asOf.isAfter(latest)) {
      out.add(
          new Finding(
              CharterRule.S9,
              Severity.ERROR,
              cell.id(),
              LocalizedText.of(
                  "Chi bộ "
                      + id
                      + " ("
                      + startVi
                      + ", đại hội "
                      + termVi
                      + ") đến ngày "
                      + Messages.vi(asOf)
                      + " đã quá hạn đại hội: hạn là ngày "
                      + Messages.vi(due)
                      + ", muộn nhất ngày "
                      + Messages.vi(latest)
                      + " (S9). Cần tổ chức đại hội chi bộ ngay.",
                  "Cell "
                      + id
                      + " ("
                      + startEn
                      + ", congress "
                      + termEn
                      + ") is overdue for its congress as of "
                      + Messages.en(asOf)
                      + ": it was due on "
                      + Messages.en(due)
                      + " and the latest allowed day was "
                      + Messages.en(latest)
                      + " (S9). Hold the cell's congress now."),
              asOf));
    } else {
      out.add(
          new Finding(
              CharterRule.S9,
              Severity.WARNING,
              cell.id(),
              LocalizedText.of(
                  "Chi bộ "
                      + id
                      + " ("
                      + startVi
                      + ", đại hội "
                      + termVi
                      + ") đã đến hạn đại hội từ ngày "
                      + Messages.vi(due)
                      + ", còn trong thời gian được lùi không quá 6 tháng khi đảng ủy cơ sở đồng"
                      + " ý (S9). Cần tổ chức đại hội chi bộ muộn nhất ngày "
                      + Messages.vi(latest)
                      + ".",
                  "Cell "
                      + id
                      + " ("
                      + startEn
                      + ", congress "
                      + termEn
                      + ") has been due for its congress since "
                      + Messages.en(due)
                      + ", within the six-month tolerance the base committee may grant (S9)."
                      + " Hold the congress on or before "
                      + Messages.en(latest)
                      + "."),
              asOf));
    }
  }
}
