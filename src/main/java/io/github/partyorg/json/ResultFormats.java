package io.github.partyorg.json;

import io.github.partyorg.charter.Finding;
import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.structure.Language;
import io.github.partyorg.targets.Measurement;
import io.github.partyorg.targets.ResolutionEvaluation;
import io.github.partyorg.targets.TargetOutcome;
import io.github.partyorg.targets.TargetPolicies;
import io.github.partyorg.targets.TargetStatus;
import java.math.BigDecimal;
import java.util.List;

/**
 * The result kinds written only in version 1: {@code partyorg.targetsResult}, {@code
 * partyorg.charterFindings} and {@code partyorg.yearEndReport}.
 */
final class ResultFormats {
  private ResultFormats() {}

  /** The fields of a {@code partyorg.targetsResult} document (also the report's evaluation). */
  static void targets(ResolutionEvaluation e, Output o) {
    o.object(
        "resolution",
        () -> {
          o.text("issuer", e.resolution().issuer());
          o.integer("year", e.resolution().year().getValue());
          o.text("theme", e.resolution().theme());
        });
    TargetPolicies p = e.policies();
    o.object(
        "policies",
        () -> {
          o.enumValue("rangeDivisor", p.rangeDivisor());
          o.integer("percentScale", p.percentScale());
          o.enumValue("percentRounding", p.percentRounding());
          o.enumValue("reductionRounding", p.reductionRounding());
          o.enumValue("zeroPrevious", p.zeroPrevious());
          o.enumValue("rateOfBaseRounding", p.rateOfBaseRounding());
        });
    o.object(
        "counts",
        () -> {
          for (TargetStatus status : TargetStatus.values()) {
            o.integer(status.name(), (int) e.count(status));
          }
        });
    o.array("outcomes", e.outcomes(), false, t -> o.object(() -> outcome(t, o)));
  }

  private static void outcome(TargetOutcome t, Output o) {
    o.string("targetId", t.target().id());
    o.text("label", t.target().label());
    o.object("metric", () -> YearReportFormat.metric(t.target().metric(), o));
    o.enumValue("status", t.status());
    t.actual().ifPresent(m -> o.object("actual", () -> measurement(m, o)));
    t.previous().ifPresent(m -> o.object("previous", () -> measurement(m, o)));
    o.decimal("targetValue", t.targetValue());
    o.decimal("percentOfTarget", t.percentOfTarget());
    o.decimal("difference", t.difference());
    t.change()
        .ifPresent(
            c ->
                o.object(
                    "change",
                    () -> {
                      o.enumValue("kind", c.kind());
                      o.decimal("absolute", c.absolute());
                      o.decimal("percent", c.percent());
                    }));
    o.enumValue("provenance", t.provenance());
    o.array("rules", t.rules(), false, r -> o.stringItem(r.name()));
    o.text("explanation", t.explanation());
    o.array(
        "findings",
        t.findings(),
        false,
        f ->
            o.object(
                () -> {
                  o.enumValue("rule", f.rule());
                  o.text("message", f.message());
                }));
  }

  private static void measurement(Measurement m, Output o) {
    o.enumValue("provenance", m.provenance());
    o.object("value", () -> YearReportFormat.value(m.value(), o));
  }

  /** The fields of a {@code partyorg.charterFindings} document. */
  static void charterFindings(List<Finding> findings, Output o) {
    o.array(
        "findings",
        findings,
        false,
        f ->
            o.object(
                () -> {
                  o.enumValue("rule", f.rule());
                  o.enumValue("severity", f.severity());
                  o.entity("entity", f.entityId());
                  o.text("message", f.message());
                  o.text("citation", f.citation());
                }));
  }

  /** The fields of a {@code partyorg.yearEndReport} document. */
  static void yearEndReport(YearEndReport r, Output o) {
    o.integer("year", r.year().getValue());
    o.string("rootId", r.rootId().value());
    o.string("rootName", r.rootName());
    o.decimal("admitted", BigDecimal.valueOf(r.admitted()));
    o.decimal("disciplined", BigDecimal.valueOf(r.disciplined()));
    if (r.previousYearDisciplined().isPresent()) {
      o.decimal(
          "previousYearDisciplined", BigDecimal.valueOf(r.previousYearDisciplined().getAsLong()));
    }
    o.object(
        "sections",
        () -> {
          for (Language language : Language.values()) {
            o.array(
                language.name().toLowerCase(java.util.Locale.ROOT),
                r.sections(language),
                false,
                s ->
                    o.object(
                        () -> {
                          o.string("heading", s.heading());
                          o.array("lines", s.lines(), false, o::stringItem);
                        }));
          }
        });
    r.evaluation().ifPresent(e -> o.object("evaluation", () -> targets(e, o)));
  }
}
