package io.github.partyorg.charter;

import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.LocalizedText;
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
              CharterRule.S8,
              Severity.INFO,
              base.id(),
              LocalizedText.of(
                  "Tổ chức cơ sở đảng "
                      + id
                      + " chưa ghi nhận ngày đại hội gần nhất hay ngày thành lập nên không kiểm tra"
                      + " được nhiệm kỳ đại hội (S8). Cần ghi nhận ngày đại hội gần nhất.",
                  "Base organisation "
                      + id
                      + " has neither the date of its last congress nor its founding date, so its"
                      + " congress term cannot be checked (S8). Record the date of the last"
                      + " congress."),
              asOf));
      return;
    }
    LocalDate from = start.get();
    LocalDate due = from.plusYears(TERM_YEARS);
    LocalDate latest = from.plusYears(TERM_YEARS + TOLERANCE_YEARS);
    if (!asOf.isAfter(due)) {
      return;
    }
    String startVi =
        lastCongress.isPresent()
            ? "đại hội gần nhất ngày " + Messages.vi(from)
            : "chưa ghi nhận đại hội, nhiệm kỳ đầu tính từ ngày thành lập " + Messages.vi(from);
    String startEn =
        lastCongress.isPresent()
            ? "last congress on " + Messages.en(from)
            : "no congress recorded, first term counted from the founding on " + Messages.en(from);
    if (asOf.isAfter(latest)) {
      out.add(
          new Finding(
              CharterRule.S8,
              Severity.ERROR,
              base.id(),
              LocalizedText.of(
                  "Tổ chức cơ sở đảng "
                      + id
                      + " ("
                      + startVi
                      + ") đến ngày "
                      + Messages.vi(asOf)
                      + " đã quá hạn đại hội: hạn là ngày "
                      + Messages.vi(due)
                      + ", muộn nhất ngày "
                      + Messages.vi(latest)
                      + " (S8). Cần tổ chức đại hội ngay.",
                  "Base organisation "
                      + id
                      + " ("
                      + startEn
                      + ") is overdue for its congress as of "
                      + Messages.en(asOf)
                      + ": it was due on "
                      + Messages.en(due)
                      + " and the latest allowed day was "
                      + Messages.en(latest)
                      + " (S8). Hold the congress now."),
              asOf));
    } else {
      out.add(
          new Finding(
              CharterRule.S8,
              Severity.WARNING,
              base.id(),
              LocalizedText.of(
                  "Tổ chức cơ sở đảng "
                      + id
                      + " ("
                      + startVi
                      + ") đã đến hạn đại hội từ ngày "
                      + Messages.vi(due)
                      + ", còn trong thời gian được lùi một năm (S8). Cần tổ chức đại hội muộn nhất"
                      + " ngày "
                      + Messages.vi(latest)
                      + ".",
                  "Base organisation "
                      + id
                      + " ("
                      + startEn
                      + ") has been due for its congress since "
                      + Messages.en(due)
                      + ", within the one-year tolerance (S8). Hold the congress on or before "
                      + Messages.en(latest)
                      + "."),
              asOf));
    }
  }
}
