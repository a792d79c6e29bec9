package io.github.partyorg.json;

import io.github.partyorg.charter.AdmissionAgePolicy;
import io.github.partyorg.charter.StrikingOffPolicy;
import io.github.partyorg.rating.DisciplineEffect;
import io.github.partyorg.rating.MemberGradeReading;
import io.github.partyorg.rating.QuotaBase;
import io.github.partyorg.rating.QuotaGroups;
import io.github.partyorg.rating.QuotaHandling;
import io.github.partyorg.rating.QuotaRounding;
import io.github.partyorg.rating.QuotaScope;
import io.github.partyorg.rating.RatingPolicies;
import io.github.partyorg.targets.TargetPolicies;
import java.math.RoundingMode;

/**
 * The {@code partyorg.policies} document: rating, target and charter policies; every field is
 * optional and takes its documented default when absent.
 */
final class PoliciesFormat {
  private PoliciesFormat() {}

  static void write(Policies p, Output o) {
    o.object("rating", () -> writeRating(p.rating(), o));
    o.object("targets", () -> writeTargets(p.targets(), o));
    o.object(
        "charter",
        () -> {
          o.enumValue("admissionAge", p.admissionAge());
          o.enumValue("strikingOff", p.strikingOff());
        });
  }

  /** Writes the fields of the rating policies into the current object. */
  static void writeRating(RatingPolicies r, Output o) {
    o.enumValue("disciplineEffect", r.disciplineEffect());
    o.enumValue("quotaHandling", r.quotaHandling());
    o.enumValue("quotaRounding", r.quotaRounding());
    o.enumValue("quotaBase", r.quotaBase());
    o.bool("o9Enabled", r.o9Enabled());
    o.enumValue("memberGradeReading", r.memberGradeReading());
    o.bool("o3UnderR2025", r.o3UnderR2025());
    o.bool("o5UnderR2025", r.o5UnderR2025());
    o.bool("quotaUnderR2025", r.quotaUnderR2025());
    o.enumValue("quotaScope", r.quotaScope());
    o.enumValue("quotaGroups", r.quotaGroups());
  }

  static Policies read(Input in) {
    RatingPolicies[] rating = {RatingPolicies.defaults()};
    TargetPolicies[] targets = {TargetPolicies.defaults()};
    AdmissionAgePolicy[] admission = {AdmissionAgePolicy.DEFAULT};
    StrikingOffPolicy[] strikingOff = {StrikingOffPolicy.DEFAULT};
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "rating" -> {
                    rating[0] = rating(in);
                    yield true;
                  }
                  case "targets" -> {
                    targets[0] = targets(in);
                    yield true;
                  }
                  case "charter" -> {
                    in.object(
                        field ->
                            switch (field) {
                              case "admissionAge" -> {
                                admission[0] = in.enumValue(AdmissionAgePolicy.class);
                                yield true;
                              }
                              case "strikingOff" -> {
                                strikingOff[0] = in.enumValue(StrikingOffPolicy.class);
                                yield true;
                              }
                              default -> false;
                            });
                    yield true;
                  }
                  default -> Header.read(in, name, DocumentKind.POLICIES);
                });
    obj.require("format", "version");
    return obj.build(
        "policies", () -> new Policies(rating[0], targets[0], admission[0], strikingOff[0]));
  }

  static RatingPolicies rating(Input in) {
    RatingPolicies d = RatingPolicies.defaults();
    DisciplineEffect[] effect = {d.disciplineEffect()};
    QuotaHandling[] handling = {d.quotaHandling()};
    QuotaRounding[] rounding = {d.quotaRounding()};
    QuotaBase[] base = {d.quotaBase()};
    boolean[] o9 = {d.o9Enabled()};
    MemberGradeReading[] reading = {d.memberGradeReading()};
    boolean[] r2025 = {d.o3UnderR2025(), d.o5UnderR2025(), d.quotaUnderR2025()};
    QuotaScope[] scope = {d.quotaScope()};
    QuotaGroups[] groups = {d.quotaGroups()};
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "disciplineEffect" -> {
                    effect[0] = in.enumValue(DisciplineEffect.class);
                    yield true;
                  }
                  case "quotaHandling" -> {
                    handling[0] = in.enumValue(QuotaHandling.class);
                    yield true;
                  }
                  case "quotaRounding" -> {
                    rounding[0] = in.enumValue(QuotaRounding.class);
                    yield true;
                  }
                  case "quotaBase" -> {
                    base[0] = in.enumValue(QuotaBase.class);
                    yield true;
                  }
                  case "o9Enabled" -> {
                    o9[0] = in.bool();
                    yield true;
                  }
                  case "memberGradeReading" -> {
                    reading[0] = in.enumValue(MemberGradeReading.class);
                    yield true;
                  }
                  case "o3UnderR2025" -> {
                    r2025[0] = in.bool();
                    yield true;
                  }
                  case "o5UnderR2025" -> {
                    r2025[1] = in.bool();
                    yield true;
                  }
                  case "quotaUnderR2025" -> {
                    r2025[2] = in.bool();
                    yield true;
                  }
                  case "quotaScope" -> {
                    scope[0] = in.enumValue(QuotaScope.class);
                    yield true;
                  }
                  case "quotaGroups" -> {
                    groups[0] = in.enumValue(QuotaGroups.class);
                    yield true;
                  }
                  default -> false;
                });
    return obj.build(
        "rating policies",
        () ->
            new RatingPolicies(
                effect[0],
                handling[0],
                rounding[0],
                base[0],
                o9[0],
                reading[0],
                r2025[0],
                r2025[1],
                r2025[2],
                scope[0],
                groups[0]));
  }

  /** The fields of the target policies, in {@code partyorg.policies} and in an evaluation. */
  static void writeTargets(TargetPolicies t, Output o) {
    o.enumValue("rangeDivisor", t.rangeDivisor());
    o.integer("percentScale", t.percentScale());
    o.enumValue("percentRounding", t.percentRounding());
    o.enumValue("reductionRounding", t.reductionRounding());
    o.enumValue("zeroPrevious", t.zeroPrevious());
    o.enumValue("rateOfBaseRounding", t.rateOfBaseRounding());
    o.enumValue("aboveThreshold", t.aboveThreshold());
  }

  static TargetPolicies targets(Input in) {
    TargetPolicies d = TargetPolicies.defaults();
    TargetPolicies.RangeDivisor[] divisor = {d.rangeDivisor()};
    int[] scale = {d.percentScale()};
    RoundingMode[] percentRounding = {d.percentRounding()};
    TargetPolicies.ReductionRounding[] reduction = {d.reductionRounding()};
    TargetPolicies.ZeroPrevious[] zero = {d.zeroPrevious()};
    TargetPolicies.RateOfBaseRounding[] rate = {d.rateOfBaseRounding()};
    TargetPolicies.AboveThreshold[] above = {d.aboveThreshold()};
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "rangeDivisor" -> {
                    divisor[0] = in.enumValue(TargetPolicies.RangeDivisor.class);
                    yield true;
                  }
                  case "percentScale" -> {
                    scale[0] = in.integer(0, 10);
                    yield true;
                  }
                  case "percentRounding" -> {
                    percentRounding[0] = in.enumValue(RoundingMode.class);
                    yield true;
                  }
                  case "reductionRounding" -> {
                    reduction[0] = in.enumValue(TargetPolicies.ReductionRounding.class);
                    yield true;
                  }
                  case "zeroPrevious" -> {
                    zero[0] = in.enumValue(TargetPolicies.ZeroPrevious.class);
                    yield true;
                  }
                  case "rateOfBaseRounding" -> {
                    rate[0] = in.enumValue(TargetPolicies.RateOfBaseRounding.class);
                    yield true;
                  }
                  case "aboveThreshold" -> {
                    above[0] = in.enumValue(TargetPolicies.AboveThreshold.class);
                    yield true;
                  }
                  default -> false;
                });
    return obj.build(
        "target policies",
        () ->
            new TargetPolicies(
                divisor[0],
                scale[0],
                percentRounding[0],
                reduction[0],
                zero[0],
                rate[0],
                above[0]));
  }
}
