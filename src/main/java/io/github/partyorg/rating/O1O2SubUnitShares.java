package io.github.partyorg.rating;

import static io.github.partyorg.structure.Language.VI;

import io.github.partyorg.structure.Language;
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
    FactMap used =
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
    Map<AffiliatedBody, Level> given = bodies.get();
    boolean bodiesOk = true;
    for (Map.Entry<AffiliatedBody, Level> body : given.entrySet()) {
      used.with("affiliatedBodies." + body.getKey().name(), body.getValue().name());
      bodiesOk &= body.getValue().isAtLeast(bodiesAtLeast);
    }
    boolean members = ctx.kind.holdsMembers();
    if (sharesOk && bodiesOk) {
      ctx.add(
          rule,
          lang ->
              shares(lang, members, completed, good, minShare)
                  + (lang == VI
                      ? "; đoàn thể cùng cấp từ "
                          + bodiesAtLeast
                          + " trở lên: đủ điều kiện "
                          + target
                      : "; same-level bodies at "
                          + bodiesAtLeast
                          + " or better: meets the conditions of "
                          + target),
          used,
          Optional.empty());
    } else {
      ctx.add(
          rule,
          lang ->
              shares(lang, members, completed, good, minShare)
                  + weakBodies(lang, given, bodiesAtLeast)
                  + (lang == VI
                      ? ": chưa đủ điều kiện " + target + ", tối đa " + capIfNot
                      : ": not " + target + ", at most " + capIfNot),
          used,
          Words.some(capIfNot));
    }
  }

  /** The shares of sub-units at HTNV and HTTNV or better, with what is needed. */
  private static String shares(
      Language lang, boolean members, Share completed, Share good, BigDecimal minShare) {
    return lang == VI
        ? OrgContext.subUnitsVi(members)
            + " từ HTNV trở lên "
            + completed
            + ", từ HTTNV trở lên "
            + good
            + " (cần 100% và "
            + Words.plain(minShare)
            + "%)"
        : OrgContext.subUnitsEn(members)
            + " at HTNV or better "
            + completed
            + ", at HTTNV or better "
            + good
            + " (needs 100% and "
            + Words.plain(minShare)
            + "%)";
  }

  /** "; same-level bodies below HTTNV, government HTNV", or "" if none is below. */
  private static String weakBodies(
      Language lang, Map<AffiliatedBody, Level> bodies, Level bodiesAtLeast) {
    StringBuilder weak = new StringBuilder();
    for (Map.Entry<AffiliatedBody, Level> body : bodies.entrySet()) {
      if (!body.getValue().isAtLeast(bodiesAtLeast)) {
        weak.append(", ")
            .append(body.getKey().label().in(lang))
            .append(' ')
            .append(body.getValue());
      }
    }
    if (weak.length() == 0) {
      return "";
    }
    return (lang == VI ? "; đoàn thể dưới " : "; same-level bodies below ") + bodiesAtLeast + weak;
  }
}
