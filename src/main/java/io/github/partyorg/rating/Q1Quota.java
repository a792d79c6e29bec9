package io.github.partyorg.rating;

import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Message;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Q1: the number rated HTXSNV may not exceed 20% of the number rated HTTNV, counted in one scope
 * (the members of a base organisation; the organisations directly under the same committee, per
 * {@link QuotaScope}; the base organisations of the root, or of each group per {@link
 * QuotaGroups}). Under R2025 it applies while {@link RatingPolicies#quotaUnderR2025()} is on (the
 * default), every finding saying it is an inference. The base and the rounding are policies ({@link
 * QuotaBase}, {@link QuotaRounding}); so is what happens to a surplus ({@link QuotaHandling}).
 * Under {@link QuotaHandling#ENFORCE} the weakest HTXSNV are demoted to HTTNV one at a time,
 * recounting after each, until the count fits: weakest means the lowest score, then the fewest
 * criteria graded Xuất sắc, then the lowest share of tasks exceeded, then the id last in lexical
 * order, so the result never depends on the order of the input.
 */
final class Q1Quota {
  static final BigDecimal SHARE = new BigDecimal("0.2");

  private Q1Quota() {}

  /** How strong an HTXSNV is, for the demotion order. */
  record Strength(BigDecimal score, int excellentGrades, BigDecimal exceeded) {}

  /** The demotion order, built only when a quota is enforced (its lambdas cost at first use). */
  private static final class Order {
    static final Comparator<Ranked> WEAKEST_FIRST =
        Comparator.comparing(
                Ranked::strength,
                Comparator.comparing(Strength::score)
                    .thenComparingInt(Strength::excellentGrades)
                    .thenComparing(Strength::exceeded))
            .thenComparing(c -> c.id().value(), Comparator.reverseOrder());

    private Order() {}
  }

  /**
   * An entity proposed HTXSNV in a scope, with its strength for the demotion order, read only when
   * the quota demotes (under {@link QuotaHandling#ENFORCE}, over the quota): under the default
   * {@link QuotaHandling#WARN} no candidate's facts are read again (issue 19).
   */
  interface Candidate {
    EntityId id();

    Strength strength();
  }

  /** A candidate with its strength, read once, for the demotion order. */
  private record Ranked(EntityId id, Strength strength) {}

  private static final Outcome WITHIN = new Outcome(List.of(), Optional.empty());

  record Outcome(List<EntityId> demoted, Optional<Count> count) {}

  /**
   * A scope counted over the quota: what its {@link QuotaFinding} says, with the sentence as a
   * message, rendered only when the finding is read ({@link Findings}).
   */
  record Count(
      EntityId scope,
      QuotaFinding.Subject subject,
      int excellent,
      int base,
      int allowed,
      int surplus,
      List<EntityId> demoted,
      Message text) {

    QuotaFinding finding() {
      return new QuotaFinding(
          scope, subject, excellent, base, allowed, surplus, demoted, text.text());
    }
  }

  /** The findings of the scopes counted over the quota, each made when read. */
  static final class Findings extends LazyList<QuotaFinding> {
    private final Count[] counts;

    Findings(List<Count> counts) {
      super(counts.size());
      this.counts = counts.toArray(new Count[0]);
    }

    @Override
    QuotaFinding make(int index) {
      return counts[index].finding();
    }
  }

  static int allowed(int base, QuotaRounding rounding) {
    RoundingMode mode =
        switch (rounding) {
          case FLOOR -> RoundingMode.FLOOR;
          case HALF_UP -> RoundingMode.HALF_UP;
          case CEILING -> RoundingMode.CEILING;
        };
    return BigDecimal.valueOf(base).multiply(SHARE).setScale(0, mode).intValueExact();
  }

  static int base(Map<EntityId, Level> levels, QuotaBase quotaBase) {
    int base = 0;
    for (Level level : levels.values()) {
      if (level == Level.HTTNV
          || (quotaBase == QuotaBase.HTTNV_OR_BETTER && level == Level.HTXSNV)) {
        base++;
      }
    }
    return base;
  }

  static int excellent(Map<EntityId, Level> levels) {
    int excellent = 0;
    for (Level level : levels.values()) {
      if (level == Level.HTXSNV) {
        excellent++;
      }
    }
    return excellent;
  }

  /**
   * Counts the quota in a scope from the number at HTTNV and the entities at HTXSNV (in the order
   * of the scope), demoting the weakest under {@link QuotaHandling#ENFORCE}. Demoting one HTXSNV to
   * HTTNV takes one from the HTXSNV count and, when the base is {@link QuotaBase#EXACTLY_HTTNV},
   * adds one to the base: the same as counting the levels again after each demotion.
   */
  static Outcome apply(
      EntityId scope,
      QuotaFinding.Subject subject,
      Message what,
      int httnv,
      List<Candidate> excellentOnes,
      RatingPolicies p,
      Regime regime) {
    int excellent = excellentOnes.size();
    boolean orBetter = p.quotaBase() == QuotaBase.HTTNV_OR_BETTER;
    int base = orBetter ? httnv + excellent : httnv;
    int allowed = allowed(base, p.quotaRounding());
    if (excellent <= allowed) {
      return WITHIN;
    }
    List<EntityId> demoted = new ArrayList<>();
    if (p.quotaHandling() == QuotaHandling.ENFORCE) {
      List<Ranked> weakestFirst = new ArrayList<>(excellent);
      for (Candidate candidate : excellentOnes) {
        weakestFirst.add(new Ranked(candidate.id(), candidate.strength()));
      }
      weakestFirst.sort(Order.WEAKEST_FIRST);
      int left = excellent;
      int leftBase = base;
      for (Ranked weakest : weakestFirst) {
        if (left <= allowed(leftBase, p.quotaRounding())) {
          break;
        }
        left--;
        if (!orBetter) {
          leftBase++;
        }
        demoted.add(weakest.id());
      }
    }
    int surplus = excellent - allowed;
    LocalizedText label = p.quotaRounding().label();
    LocalizedText rounding =
        LocalizedText.of(
            label.vi().toLowerCase(java.util.Locale.ROOT),
            label.en().toLowerCase(java.util.Locale.ROOT));
    boolean r2025 = regime == Regime.R2025;
    Message text =
        demoted.isEmpty()
            ? Message.of(
                r2025 ? "rating.Q1.over.R2025" : "rating.Q1.over",
                scope.value(),
                excellent,
                what,
                base,
                allowed,
                rounding,
                surplus)
            : Message.of(
                r2025 ? "rating.Q1.overDemoted.R2025" : "rating.Q1.overDemoted",
                scope.value(),
                excellent,
                what,
                base,
                allowed,
                rounding,
                surplus,
                ids(demoted));
    return new Outcome(
        demoted,
        Optional.of(
            new Count(
                scope, subject, excellent, base, allowed, surplus, List.copyOf(demoted), text)));
  }

  /** Whether Q1 applies under a regime with the policies (R2025: {@code quotaUnderR2025}). */
  static boolean applies(Regime regime, RatingPolicies p) {
    return regime != Regime.R2025 || p.quotaUnderR2025();
  }

  static Explanation demotionEntry(Regime regime, Count finding) {
    return Words.entry(
        RatingRule.Q1,
        regime,
        Message.of(
            regime == Regime.R2025 ? "rating.Q1.demoted.R2025" : "rating.Q1.demoted",
            finding.scope().value(),
            finding.excellent(),
            finding.allowed()),
        Words.facts(
            "scope",
            finding.scope().value(),
            "excellent",
            Integer.toString(finding.excellent()),
            "base",
            Integer.toString(finding.base()),
            "allowed",
            Integer.toString(finding.allowed())),
        Words.some(Level.HTTNV));
  }

  private static String ids(List<EntityId> ids) {
    return String.join(", ", ids.stream().map(EntityId::value).toList());
  }
}
