package io.github.partyorg.rating;

import io.github.partyorg.structure.Message;
import io.github.partyorg.structure.Share;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
      if (!ctx.missing.has("affiliatedBodies")) {
        ctx.missing(rule, "affiliatedBodies", Message.of("rating.fact.affiliatedBodies"));
      }
      return;
    }
    Map<AffiliatedBody, Level> given = bodies.get();
    boolean bodiesOk = true;
    for (Map.Entry<AffiliatedBody, Level> body : given.entrySet()) {
      used.with("affiliatedBodies." + body.getKey().name(), body.getValue().name());
      bodiesOk &= body.getValue().isAtLeast(bodiesAtLeast);
    }
    Message shares = Message.of("rating.O1O2.shares", ctx.subUnits(), completed, good, minShare);
    if (sharesOk && bodiesOk) {
      ctx.add(
          rule,
          Message.of("rating.O1O2.met", shares, bodiesAtLeast.name(), target.name()),
          used,
          Optional.empty());
    } else {
      List<Object> weak = new ArrayList<>();
      for (Map.Entry<AffiliatedBody, Level> body : given.entrySet()) {
        if (!body.getValue().isAtLeast(bodiesAtLeast)) {
          weak.add(Message.of("rating.O1O2.body", body.getKey(), body.getValue().name()));
        }
      }
      ctx.add(
          rule,
          Message.of(
              "rating.O1O2.capped",
              shares,
              weak.isEmpty()
                  ? ""
                  : Message.of("rating.O1O2.weakBodies", bodiesAtLeast.name(), weak),
              target.name(),
              capIfNot.name()),
          used,
          Words.some(capIfNot));
    }
  }
}
