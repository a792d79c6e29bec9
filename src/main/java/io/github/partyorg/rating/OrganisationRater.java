package io.github.partyorg.rating;

import io.github.partyorg.structure.Message;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Rates one organisation from its {@link OrgContext}: E2 for organisations (R2018), the candidate
 * level (O0), then the caps of the regime, in this order:
 *
 * <ul>
 *   <li>R2018: O1, O2 (shares of sub-units, same-level bodies), O3, O4, O5, O9 when the policy
 *       turns it on;
 *   <li>R2023: O3, O4, O5, O6;
 *   <li>R2025: O7, and O3 and O5 while their policies are on (the default);
 *   <li>every regime: O10 for the leadership collective, where the organisation has one.
 * </ul>
 *
 * <p>The proposed level is the lower of the candidate and every cap; it is empty when a fact the
 * regime needs is missing.
 */
final class OrganisationRater {
  static final int MINIMUM_MONTHS = 6;

  private OrganisationRater() {}

  /** What the rules decide for an organisation: its levels, with or without the entries. */
  private record Decision(
      Optional<Level> proposed, Level ceiling, Optional<Level> leadership, boolean rated) {}

  /** Rates an organisation with its explanation ({@code ctx} keeps its entries). */
  static OrganisationRating rate(OrgContext ctx) {
    Decision d = decide(ctx);
    if (ctx.explanation.isEmpty()) {
      ctx.add(
          RatingRule.O0,
          Message.of("rating.O0.incomplete"),
          Words.facts("missingFacts", Integer.toString(ctx.missing.size())),
          Optional.empty());
    }
    return new OrganisationRating(
        ctx.id,
        ctx.kind,
        ctx.regime,
        d.proposed(),
        d.ceiling(),
        ctx.explanation,
        ctx.missing.build(),
        d.leadership());
  }

  /**
   * Rates an organisation's levels only: the same rules, through a context that may keep no entries
   * (issue 19), so the levels are those {@link #rate} gives.
   */
  static OrgLevels rateLevels(OrgContext ctx) {
    Decision d = decide(ctx);
    return new OrgLevels(
        d.proposed().orElse(null),
        d.ceiling(),
        d.leadership().orElse(null),
        !ctx.missing.isEmpty(),
        d.rated());
  }

  private static Decision decide(OrgContext ctx) {
    if (ctx.regime == Regime.R2018 && !eligible(ctx)) {
      return new Decision(Optional.empty(), Level.HTXSNV, Optional.empty(), false);
    }
    // O1, O2 and O9 (R2018 only) read the sub-units' levels.
    if (ctx.regime == Regime.R2018 && ctx.subUnitsIncomplete > 0) {
      ctx.missing(
          ctx.regime == Regime.R2018 ? RatingRule.O1 : RatingRule.O9,
          "subUnitLevels",
          Message.of("rating.fact.subUnitLevels", ctx.subUnitsIncomplete, ctx.subUnits()));
    }
    Optional<Level> candidate = O0OrganisationLevel.candidate(ctx);
    switch (ctx.regime) {
      case R2018 -> {
        if (candidate.isPresent()) {
          O1O2SubUnitShares.apply(ctx, candidate.get());
        }
        O3OrganisationDiscipline.apply(ctx);
        O4TargetsUnmet.apply(ctx);
        O5LeadershipOrSubUnitsDisciplined.apply(ctx);
      }
      case R2023 -> {
        O3OrganisationDiscipline.apply(ctx);
        O4TargetsUnmet.apply(ctx);
        O5LeadershipOrSubUnitsDisciplined.apply(ctx);
        O6DisciplineAroundR2023.apply(ctx);
      }
      case R2025 -> {
        if (candidate.isPresent()) {
          O7ExcellenceR2025.apply(ctx, candidate.get());
        }
        O3OrganisationDiscipline.apply(ctx);
        O5LeadershipOrSubUnitsDisciplined.apply(ctx);
      }
    }
    O9ShareOfMembersKhtnv.apply(ctx);
    Optional<Level> proposed =
        ctx.missing.isEmpty() && candidate.isPresent()
            ? Words.some(Level.lower(candidate.get(), ctx.ceiling()))
            : Optional.empty();
    Optional<Level> leadership =
        ctx.hasLeadership && proposed.isPresent()
            ? Words.some(O10LeadershipCollective.level(ctx, proposed.get()))
            : Optional.empty();
    return new Decision(proposed, ctx.ceiling(), leadership, ctx.rated);
  }

  /** E2 for organisations under R2018: founded less than 6 months before the review. */
  private static boolean eligible(OrgContext ctx) {
    if (ctx.foundedOn.isEmpty()) {
      return true;
    }
    LocalDate founded = ctx.foundedOn.get();
    LocalDate review = ctx.reviewDate;
    var used =
        Words.facts("foundedOn", founded.toString(), "reviewDate", ctx.reviewDate.toString());
    if (founded.isAfter(ctx.reviewDate.minusMonths(MINIMUM_MONTHS))) {
      ctx.add(
          RatingRule.E2, Message.of("rating.E2.founded", founded, review), used, Optional.empty());
      return false;
    }
    return true;
  }
}
