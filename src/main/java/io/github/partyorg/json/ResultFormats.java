package io.github.partyorg.json;

import io.github.partyorg.charter.CharterRule;
import io.github.partyorg.charter.Finding;
import io.github.partyorg.charter.Severity;
import io.github.partyorg.rating.LevelCounts;
import io.github.partyorg.rating.QuotaFinding;
import io.github.partyorg.report.QuotaSurplus;
import io.github.partyorg.report.VietnameseNumbers;
import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.report.YearRecord;
import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.RootId;
import io.github.partyorg.targets.Change;
import io.github.partyorg.targets.Goal;
import io.github.partyorg.targets.Measurement;
import io.github.partyorg.targets.Metric;
import io.github.partyorg.targets.MetricValue;
import io.github.partyorg.targets.Provenance;
import io.github.partyorg.targets.Resolution;
import io.github.partyorg.targets.ResolutionEvaluation;
import io.github.partyorg.targets.Target;
import io.github.partyorg.targets.TargetFinding;
import io.github.partyorg.targets.TargetOutcome;
import io.github.partyorg.targets.TargetPolicies;
import io.github.partyorg.targets.TargetRule;
import io.github.partyorg.targets.TargetStatus;
import io.github.partyorg.targets.ValueKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The result kinds {@code partyorg.targetsResult}, {@code partyorg.charterFindings} and {@code
 * partyorg.yearEndReport}, written and read back equal. Derived texts (explanations, citations, the
 * report's sections) are checked for their shape and otherwise ignored when read: the value
 * computes them from its parts. Derived figures (counts, provenance) must agree with the parts.
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
    o.object("policies", () -> PoliciesFormat.writeTargets(e.policies(), o));
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
    YearReportFormat.goal(t.target().goal(), o);
    o.enumValue("status", t.status());
    t.actual().ifPresent(m -> o.object("actual", () -> measurement(m, t, o)));
    t.previous().ifPresent(m -> o.object("previous", () -> measurement(m, t, o)));
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

  /** The metric is written only where it differs from the target's (a reported label). */
  private static void measurement(Measurement m, TargetOutcome t, Output o) {
    if (!m.metric().equals(t.target().metric())) {
      o.object("metric", () -> YearReportFormat.metric(m.metric(), o));
    }
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
    YearReportFormat.writeRecord(r.record(), o);
    o.object("memberCounts", () -> RootRatingFormat.counts(r.memberCounts(), o));
    o.object(
        "baseOrganisationCounts", () -> RootRatingFormat.counts(r.baseOrganisationCounts(), o));
    o.array(
        "quotaSurpluses",
        r.quotaSurpluses(),
        true,
        q ->
            o.object(
                () -> {
                  o.enumValue("subject", q.subject());
                  o.integer("scopes", q.scopes());
                  o.decimal("surplus", BigDecimal.valueOf(q.surplus()));
                  o.decimal("demoted", BigDecimal.valueOf(q.demoted()));
                }));
    o.object(
        "numbers",
        () -> {
          o.integer("scale", r.numbers().scale());
          o.enumValue("rounding", r.numbers().rounding());
        });
    r.nextYear()
        .ifPresent(n -> o.object("nextResolution", () -> YearReportFormat.resolution(n, o)));
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

  // ---------------------------------------------------------------------------------------------
  // Reading

  /** A {@code partyorg.targetsResult} document. */
  static ResolutionEvaluation readTargets(Input in) {
    TargetsParts parts = new TargetsParts();
    Input.Obj obj =
        in.object(
            name -> parts.field(in, name) || Header.read(in, name, DocumentKind.TARGETS_RESULT));
    obj.require("format", "version");
    return parts.build(obj);
  }

  /** The fields of an evaluation, in a targets result or in a year-end report. */
  private static final class TargetsParts {
    final LocalizedText[] texts = new LocalizedText[2];
    final Year[] year = new Year[1];
    final TargetPolicies[] policies = new TargetPolicies[1];
    final Map<TargetStatus, Long> counts = new EnumMap<>(TargetStatus.class);
    final List<TargetOutcome> outcomes = new ArrayList<>();

    boolean field(Input in, String name) {
      switch (name) {
        case "resolution" -> {
          Input.Obj obj =
              in.object(
                  field ->
                      switch (field) {
                        case "issuer" -> {
                          texts[0] = YearReportFormat.text(in);
                          yield true;
                        }
                        case "year" -> {
                          year[0] =
                              Year.of(
                                  in.integer(YearFactsFormat.MIN_YEAR, YearFactsFormat.MAX_YEAR));
                          yield true;
                        }
                        case "theme" -> {
                          texts[1] = YearReportFormat.text(in);
                          yield true;
                        }
                        default -> false;
                      });
          obj.require("issuer", "year", "theme");
        }
        case "policies" -> policies[0] = PoliciesFormat.targets(in);
        case "counts" ->
            in.object(
                key -> {
                  counts.put(
                      in.enumKey(key, TargetStatus.class), (long) in.integer(0, Integer.MAX_VALUE));
                  return true;
                });
        case "outcomes" -> {
          Set<String> ids = new HashSet<>();
          in.array(() -> outcomes.add(outcome(in, ids)));
        }
        default -> {
          return false;
        }
      }
      return true;
    }

    ResolutionEvaluation build(Input.Obj obj) {
      obj.require("resolution", "policies");
      ResolutionEvaluation evaluation =
          obj.build(
              "evaluation",
              () ->
                  new ResolutionEvaluation(
                      new Resolution(
                          texts[0],
                          year[0],
                          texts[1],
                          outcomes.stream().map(TargetOutcome::target).toList()),
                      policies[0],
                      outcomes));
      if (obj.has("counts")) {
        for (TargetStatus status : TargetStatus.values()) {
          if (counts.getOrDefault(status, 0L) != evaluation.count(status)) {
            throw obj.fail("The field counts does not agree with the outcomes' statuses.");
          }
        }
      }
      return evaluation;
    }
  }

  private static TargetOutcome outcome(Input in, Set<String> ids) {
    String[] id = new String[1];
    LocalizedText[] texts = new LocalizedText[2];
    Metric[] metric = new Metric[1];
    Goal[] goal = new Goal[1];
    TargetStatus[] status = new TargetStatus[1];
    Input.Obj[] measured = new Input.Obj[2];
    MeasurementParts[] measurements = {new MeasurementParts(), new MeasurementParts()};
    BigDecimal[] numbers = new BigDecimal[3];
    Change[] change = new Change[1];
    Provenance[] provenance = new Provenance[1];
    List<TargetRule> rules = new ArrayList<>();
    List<Map.Entry<TargetRule, LocalizedText>> findings = new ArrayList<>();
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "targetId" -> {
                    id[0] = in.string();
                    if (!ids.add(id[0])) {
                      throw in.fail("Duplicate entry: this target has two outcomes.");
                    }
                    yield true;
                  }
                  case "label" -> {
                    texts[0] = YearReportFormat.text(in);
                    yield true;
                  }
                  case "metric" -> {
                    metric[0] = YearReportFormat.metric(in);
                    yield true;
                  }
                  case "goal" -> {
                    goal[0] = YearReportFormat.goal(in);
                    yield true;
                  }
                  case "status" -> {
                    status[0] = in.enumValue(TargetStatus.class);
                    yield true;
                  }
                  case "actual", "previous" -> {
                    int slot = name.equals("actual") ? 0 : 1;
                    measured[slot] = in.object(f -> measurements[slot].field(in, f));
                    yield true;
                  }
                  case "targetValue", "percentOfTarget", "difference" -> {
                    numbers[List.of("targetValue", "percentOfTarget", "difference").indexOf(name)] =
                        in.decimal();
                    yield true;
                  }
                  case "change" -> {
                    change[0] = change(in);
                    yield true;
                  }
                  case "provenance" -> {
                    provenance[0] = in.enumValue(Provenance.class);
                    yield true;
                  }
                  case "rules" -> {
                    in.array(() -> rules.add(in.enumValue(TargetRule.class)));
                    yield true;
                  }
                  case "explanation" -> {
                    texts[1] = YearReportFormat.text(in);
                    yield true;
                  }
                  case "findings" -> {
                    in.array(() -> findings.add(finding(in)));
                    yield true;
                  }
                  default -> false;
                });
    obj.require("targetId", "label", "metric", "goal", "status", "explanation");
    Target target = obj.build("target", () -> new Target(id[0], texts[0], metric[0], goal[0]));
    List<Optional<Measurement>> figures = new ArrayList<>();
    for (int slot = 0; slot < 2; slot++) {
      Input.Obj m = measured[slot];
      figures.add(
          m == null ? Optional.empty() : Optional.of(measurements[slot].build(m, target.metric())));
    }
    TargetOutcome outcome =
        obj.build(
            "outcome",
            () ->
                new TargetOutcome(
                    target,
                    status[0],
                    figures.get(0),
                    figures.get(1),
                    Optional.ofNullable(numbers[0]),
                    Optional.ofNullable(numbers[1]),
                    Optional.ofNullable(numbers[2]),
                    Optional.ofNullable(change[0]),
                    rules,
                    texts[1],
                    findings.stream()
                        .map(
                            f ->
                                new TargetFinding(
                                    target.id(), target.metric(), f.getKey(), f.getValue()))
                        .toList()));
    if (!Optional.ofNullable(provenance[0]).equals(outcome.provenance())) {
      throw obj.fail("The field provenance does not agree with the year's figure.");
    }
    return outcome;
  }

  /** The fields of a measurement of a target's metric; {@code metric} when it differs. */
  private static final class MeasurementParts {
    final Metric[] metric = new Metric[1];
    final Provenance[] provenance = new Provenance[1];
    final MetricValue[] value = new MetricValue[1];

    boolean field(Input in, String name) {
      switch (name) {
        case "metric" -> metric[0] = YearReportFormat.metric(in);
        case "provenance" -> provenance[0] = in.enumValue(Provenance.class);
        case "value" -> value[0] = YearReportFormat.value(in);
        default -> {
          return false;
        }
      }
      return true;
    }

    Measurement build(Input.Obj obj, Metric targetMetric) {
      obj.require("provenance", "value");
      Metric m = metric[0] == null ? targetMetric : metric[0];
      return obj.build("measurement", () -> new Measurement(m, value[0], provenance[0]));
    }
  }

  private static Change change(Input in) {
    ValueKind[] kind = new ValueKind[1];
    BigDecimal[] numbers = new BigDecimal[2];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "kind" -> {
                    kind[0] = in.enumValue(ValueKind.class);
                    yield true;
                  }
                  case "absolute" -> {
                    numbers[0] = in.decimal();
                    yield true;
                  }
                  case "percent" -> {
                    numbers[1] = in.decimal();
                    yield true;
                  }
                  default -> false;
                });
    obj.require("kind", "absolute");
    return obj.build(
        "change", () -> new Change(kind[0], numbers[0], Optional.ofNullable(numbers[1])));
  }

  private static Map.Entry<TargetRule, LocalizedText> finding(Input in) {
    TargetRule[] rule = new TargetRule[1];
    LocalizedText[] message = new LocalizedText[1];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "rule" -> {
                    rule[0] = in.enumValue(TargetRule.class);
                    yield true;
                  }
                  case "message" -> {
                    message[0] = YearReportFormat.text(in);
                    yield true;
                  }
                  default -> false;
                });
    obj.require("rule", "message");
    return obj.build("finding", () -> Map.entry(rule[0], message[0]));
  }

  /** A {@code partyorg.charterFindings} document. */
  static List<Finding> readCharterFindings(Input in) {
    List<Finding> findings = new ArrayList<>();
    Input.Obj obj =
        in.object(
            name -> {
              if (name.equals("findings")) {
                in.array(() -> findings.add(charterFinding(in)));
                return true;
              }
              return Header.read(in, name, DocumentKind.CHARTER_FINDINGS);
            });
    obj.require("format", "version", "findings");
    return List.copyOf(findings);
  }

  private static Finding charterFinding(Input in) {
    CharterRule[] rule = new CharterRule[1];
    Severity[] severity = new Severity[1];
    EntityId[] entity = new EntityId[1];
    LocalizedText[] message = new LocalizedText[1];
    LocalizedText[] citation = new LocalizedText[1];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "rule" -> {
                    rule[0] = in.enumValue(CharterRule.class);
                    yield true;
                  }
                  case "severity" -> {
                    severity[0] = in.enumValue(Severity.class);
                    yield true;
                  }
                  case "entity" -> {
                    entity[0] = YearFactsFormat.entity(in, false);
                    yield true;
                  }
                  case "message" -> {
                    message[0] = YearReportFormat.text(in);
                    yield true;
                  }
                  case "citation" -> {
                    // The instruments in force on the day checked: kept as written.
                    citation[0] = YearReportFormat.text(in);
                    yield true;
                  }
                  default -> false;
                });
    obj.require("rule", "severity", "entity", "message", "citation");
    return obj.build(
        "finding", () -> new Finding(rule[0], severity[0], entity[0], message[0], citation[0]));
  }

  /** A {@code partyorg.yearEndReport} document. */
  static YearEndReport readYearEndReport(Input in) {
    Year[] year = new Year[1];
    String[] root = new String[2];
    long[] counts = {0, 0, -1};
    Input.Obj[] recordObj = new Input.Obj[1];
    YearReportFormat.RecordParts record = new YearReportFormat.RecordParts();
    LevelCounts[] levelCounts = new LevelCounts[2];
    VietnameseNumbers[] numbers = new VietnameseNumbers[1];
    Input.Obj[] evaluationObj = new Input.Obj[1];
    TargetsParts evaluation = new TargetsParts();
    Resolution[] next = new Resolution[1];
    List<QuotaSurplus> surpluses = new ArrayList<>();
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "year" -> {
                    year[0] =
                        Year.of(in.integer(YearFactsFormat.MIN_YEAR, YearFactsFormat.MAX_YEAR));
                    yield true;
                  }
                  case "rootId" -> {
                    root[0] = in.string();
                    yield true;
                  }
                  case "rootName" -> {
                    root[1] = in.string();
                    yield true;
                  }
                  case "admitted", "disciplined", "previousYearDisciplined" -> {
                    counts[
                            List.of("admitted", "disciplined", "previousYearDisciplined")
                                .indexOf(name)] =
                        in.longInteger(0, Long.MAX_VALUE);
                    yield true;
                  }
                  case "record" -> {
                    recordObj[0] = YearReportFormat.record(in, record);
                    yield true;
                  }
                  case "memberCounts" -> {
                    levelCounts[0] = RootRatingFormat.counts(in);
                    yield true;
                  }
                  case "baseOrganisationCounts" -> {
                    levelCounts[1] = RootRatingFormat.counts(in);
                    yield true;
                  }
                  case "numbers" -> {
                    numbers[0] = numbers(in);
                    yield true;
                  }
                  case "quotaSurpluses" -> {
                    in.array(() -> surpluses.add(quotaSurplus(in)));
                    yield true;
                  }
                  case "sections" -> {
                    sections(in);
                    yield true;
                  }
                  case "evaluation" -> {
                    evaluationObj[0] = in.object(field -> evaluation.field(in, field));
                    yield true;
                  }
                  case "nextResolution" -> {
                    next[0] = YearReportFormat.resolution(in);
                    yield true;
                  }
                  default -> Header.read(in, name, DocumentKind.YEAR_END_REPORT);
                });
    obj.require(
        "format",
        "version",
        "year",
        "rootId",
        "rootName",
        "admitted",
        "disciplined",
        "record",
        "memberCounts",
        "baseOrganisationCounts",
        "numbers");
    YearRecord yearRecord = YearReportFormat.record(recordObj[0], record, year[0]);
    Input.Obj e = evaluationObj[0];
    Optional<ResolutionEvaluation> evaluated =
        e == null ? Optional.empty() : Optional.of(evaluation.build(e));
    return obj.build(
        "year-end report",
        () ->
            YearEndReport.from(
                year[0],
                RootId.of(root[0]),
                root[1],
                yearRecord,
                counts[0],
                counts[1],
                counts[2] < 0 ? OptionalLong.empty() : OptionalLong.of(counts[2]),
                levelCounts[0],
                levelCounts[1],
                surpluses,
                evaluated,
                Optional.ofNullable(next[0]),
                numbers[0]));
  }

  /** One {@code quotaSurpluses} item of a year-end report. */
  private static QuotaSurplus quotaSurplus(Input in) {
    QuotaFinding.Subject[] subject = new QuotaFinding.Subject[1];
    long[] values = new long[3];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "subject" -> {
                    subject[0] = in.enumValue(QuotaFinding.Subject.class);
                    yield true;
                  }
                  case "scopes" -> {
                    values[0] = in.integer(1, Integer.MAX_VALUE);
                    yield true;
                  }
                  case "surplus" -> {
                    values[1] = in.longInteger(1, Long.MAX_VALUE);
                    yield true;
                  }
                  case "demoted" -> {
                    values[2] = in.longInteger(0, Long.MAX_VALUE);
                    yield true;
                  }
                  default -> false;
                });
    obj.require("subject", "scopes", "surplus", "demoted");
    return obj.build(
        "quota surplus", () -> new QuotaSurplus(subject[0], (int) values[0], values[1], values[2]));
  }

  private static VietnameseNumbers numbers(Input in) {
    int[] scale = new int[1];
    RoundingMode[] rounding = new RoundingMode[1];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "scale" -> {
                    scale[0] = in.integer(0, 10);
                    yield true;
                  }
                  case "rounding" -> {
                    rounding[0] = in.enumValue(RoundingMode.class);
                    yield true;
                  }
                  default -> false;
                });
    obj.require("scale", "rounding");
    return obj.build("number formatting", () -> VietnameseNumbers.of(scale[0], rounding[0]));
  }

  /** The rendered sections: derived from the report's values, checked for shape only. */
  private static void sections(Input in) {
    in.object(
        name -> {
          if (!name.equals("vi") && !name.equals("en")) {
            return false;
          }
          in.array(
              () -> {
                Input.Obj section =
                    in.object(
                        field ->
                            switch (field) {
                              case "heading" -> {
                                in.string();
                                yield true;
                              }
                              case "lines" -> {
                                in.array(in::string);
                                yield true;
                              }
                              default -> false;
                            });
                section.require("heading", "lines");
              });
          return true;
        });
  }
}
