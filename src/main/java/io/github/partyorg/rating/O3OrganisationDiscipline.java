package io.github.partyorg.rating;

import static io.github.partyorg.structure.Language.VI;

import io.github.partyorg.structure.Language;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * O3, every regime (132-QĐ/TW; 124-QĐ/TW art. 12 [TEXT]): an organisation itself disciplined in the
 * year is KHTNV, unless it found and remedied the fault itself; so is one with a case of
 * corruption, waste or other violation in it or a sub-unit that was disciplined, with the same
 * exception [SEC]. Under R2025 366's list for collectives was not seen: the rule applies by
 * continuity with 124 while the policy {@link RatingPolicies#o3UnderR2025()} is on (the default),
 * and the entry says it is an inference. (O3's R2018 part, HTNV needs every criterion at least
 * Trung bình, is in O0.)
 */
final class O3OrganisationDiscipline {
  private O3OrganisationDiscipline() {}

  static void apply(OrgContext ctx) {
    boolean inferred = ctx.regime == Regime.R2025;
    if (inferred && !ctx.policies.o3UnderR2025()) {
      return;
    }
    Optional<Discipline> own = ctx.facts.discipline();
    Optional<Discipline> violation = ctx.facts.violationCase();
    FactMap used =
        Words.facts(
            "discipline",
            own.map(d -> d.form().name()).orElse("none"),
            "violationCase",
            violation.map(d -> d.form().name()).orElse("none"));
    own.ifPresent(
        d -> used.with("selfDetectedAndRemedied", Boolean.toString(d.selfDetectedAndRemedied())));
    violation.ifPresent(
        d ->
            used.with(
                "violationCase.selfDetectedAndRemedied",
                Boolean.toString(d.selfDetectedAndRemedied())));
    boolean ownCounts = own.isPresent() && !own.get().selfDetectedAndRemedied();
    boolean caseCounts = violation.isPresent() && !violation.get().selfDetectedAndRemedied();
    ctx.add(
        RatingRule.O3,
        lang -> sentence(lang, own, violation, ownCounts || caseCounts, inferred),
        used,
        ownCounts || caseCounts ? Words.some(Level.KHTNV) : Optional.empty());
  }

  private static String sentence(
      Language lang,
      Optional<Discipline> own,
      Optional<Discipline> violation,
      boolean khtnv,
      boolean inferred) {
    boolean vi = lang == VI;
    StringJoiner text = new StringJoiner("; ");
    if (own.isEmpty()) {
      text.add(
          vi
              ? "tổ chức không bị kỷ luật trong năm"
              : "the organisation was not disciplined in the year");
    } else {
      Discipline d = own.get();
      String form = d.form().label().in(lang);
      text.add(
          d.selfDetectedAndRemedied()
              ? (vi
                  ? "tổ chức bị kỷ luật " + form + " nhưng đã tự phát hiện và khắc phục"
                  : "the organisation was disciplined ("
                      + form
                      + ") but found and fixed the fault"
                      + " itself")
              : (vi
                  ? "tổ chức bị kỷ luật " + form + " trong năm"
                  : "the organisation was disciplined (" + form + ") in the year"));
    }
    if (violation.isPresent()) {
      Discipline d = violation.get();
      text.add(
          d.selfDetectedAndRemedied()
              ? (vi
                  ? "vụ việc tham nhũng, lãng phí, vi phạm trong tổ chức hoặc tổ chức trực thuộc"
                      + " bị xử lý kỷ luật nhưng do tổ chức tự phát hiện và khắc phục"
                  : "a case of corruption, waste or violation in the organisation or a sub-unit"
                      + " was disciplined but found and remedied by the organisation itself")
              : (vi
                  ? "có vụ việc tham nhũng, lãng phí, vi phạm trong tổ chức hoặc tổ chức trực"
                      + " thuộc bị xử lý kỷ luật"
                  : "a case of corruption, waste or violation in the organisation or a sub-unit"
                      + " was disciplined"));
    }
    String result = khtnv ? ": KHTNV" : (vi ? ": không giới hạn" : ": no cap");
    String inference =
        inferred
            ? (vi
                ? " (Quy định 366-QĐ/TW: áp dụng tiếp như Quy định 124-QĐ/TW, cách hiểu của thư"
                    + " viện [INF])"
                : " (366-QĐ/TW: applied as under 124-QĐ/TW, the library's reading [INF])")
            : "";
    return text + inference + result;
  }
}
