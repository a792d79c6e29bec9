package io.github.partyorg.rating;

import io.github.partyorg.structure.Share;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * O1 and O2 (R2018, Quy định 132-QĐ/TW): the shares of sub-units and the same-level bodies that an
 * organisation needs for HTXSNV and HTTNV.
 *
 * <ul>
 *   <li>O1: HTXSNV needs 100% of its members (for a committee: of its sub-organisations) at HTNV or
 *       better, at least 80% at HTTNV or better, and every same-level body at HTTNV or better;
 *       otherwise the organisation is at most HTTNV. (The criterion part of O1, task criterion Xuất
 *       sắc and the others at least Tốt, is in O0.)
 *   <li>O2: HTTNV needs 100% at HTNV or better, at least 50% at HTTNV or better, and every
 *       same-level body at HTNV or better; otherwise the organisation is at most HTNV.
 * </ul>
 *
 * <p>Shares are exact and count only the rated sub-units. A consequence: one member at KHTNV caps a
 * cell at HTNV.
 */
final class O1O2SubUnitShares {
  static final BigDecimal EXCELLENT_SHARE = BigDecimal.valueOf(80);
  static final BigDecimal GOOD_SHARE = BigDecimal.valueOf(50);
  static final BigDecimal ALL = BigDecimal.valueOf(100);

  private O1O2SubUnitShares() {}

  static void apply(OrgContext ctx, Level candidate) {
    if (candidate == Level.HTXSNV) {
      check(ctx, RatingRule.O1, EXCELLENT_SHARE, Level.HTTNV, Level.HTTNV);
    }
    if (candidate.isAtLeast(Level.HTTNV)) {
      check(ctx, RatingRule.O2, GOOD_SHARE, Level.HTNV, Level.HTNV);
    }
  }

  private static void check(
      OrgContext ctx, RatingRule rule, BigDecimal minShare, Level bodiesAtLeast, Level capIfNot) {
    Level target = rule == RatingRule.O1 ? Level.HTXSNV : Level.HTTNV;
    Share completed = ctx.subUnitsAtLeast(Level.HTNV);
    Share good = ctx.subUnitsAtLeast(Level.HTTNV);
    Map<String, String> used =
        Words.facts(
            "subUnitsAtLeastHTNV", completed.toString(), "subUnitsAtLeastHTTNV", good.toString());
    boolean sharesOk = completed.isAtLeast(ALL) && good.isAtLeast(minShare);
    Optional<Map<AffiliatedBody, Level>> bodies = ctx.facts.affiliatedBodies();
    if (bodies.isEmpty()) {
      // O1 and O2 both need the bodies: ask for them once.
      if (ctx.missing.stream().noneMatch(m -> m.fact().equals("affiliatedBodies"))) {
        ctx.missing(
            rule,
            "affiliatedBodies",
            "xếp loại chính quyền, Mặt trận và đoàn thể cùng cấp",
            "the ratings of the same-level government, Front and mass organisations");
      }
      return;
    }
    StringBuilder weakVi = new StringBuilder();
    StringBuilder weakEn = new StringBuilder();
    for (Map.Entry<AffiliatedBody, Level> body : bodies.get().entrySet()) {
      used.put("affiliatedBodies." + body.getKey().name(), body.getValue().name());
      if (!body.getValue().isAtLeast(bodiesAtLeast)) {
        weakVi.append(", ").append(body.getKey().label().vi()).append(' ').append(body.getValue());
        weakEn.append(", ").append(body.getKey().label().en()).append(' ').append(body.getValue());
      }
    }
    String sharesVi =
        ctx.subUnitsVi()
            + " từ HTNV trở lên "
            + completed
            + ", từ HTTNV trở lên "
            + good
            + " (cần 100% và "
            + Words.plain(minShare)
            + "%)";
    String sharesEn =
        ctx.subUnitsEn()
            + " at HTNV or better "
            + completed
            + ", at HTTNV or better "
            + good
            + " (needs 100% and "
            + Words.plain(minShare)
            + "%)";
    if (sharesOk && weakVi.length() == 0) {
      ctx.add(
          rule,
          sharesVi + "; đoàn thể cùng cấp từ " + bodiesAtLeast + " trở lên: đủ điều kiện " + target,
          sharesEn
              + "; same-level bodies at "
              + bodiesAtLeast
              + " or better: meets the conditions of "
              + target,
          used,
          Optional.empty());
    } else {
      String bodiesVi = weakVi.length() == 0 ? "" : "; đoàn thể dưới " + bodiesAtLeast + weakVi;
      String bodiesEn =
          weakEn.length() == 0 ? "" : "; same-level bodies below " + bodiesAtLeast + weakEn;
      ctx.add(
          rule,
          sharesVi + bodiesVi + ": chưa đủ điều kiện " + target + ", tối đa " + capIfNot,
          sharesEn + bodiesEn + ": not " + target + ", at most " + capIfNot,
          used,
          Optional.of(capIfNot));
    }
  }
}
