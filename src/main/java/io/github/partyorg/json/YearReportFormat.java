package io.github.partyorg.json;

import io.github.partyorg.report.Commendation;
import io.github.partyorg.report.CommendationLevel;
import io.github.partyorg.report.DanVanKheoField;
import io.github.partyorg.report.DanVanKheoModel;
import io.github.partyorg.report.RecognitionLevel;
import io.github.partyorg.report.WorkField;
import io.github.partyorg.report.WorkItem;
import io.github.partyorg.report.WorkStatus;
import io.github.partyorg.report.YearRecord;
import io.github.partyorg.report.YearReportData;
import io.github.partyorg.report.YearTheme;
import io.github.partyorg.report.YouthUnionIntroductions;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.targets.ComputedMetric;
import io.github.partyorg.targets.Goal;
import io.github.partyorg.targets.Measurement;
import io.github.partyorg.targets.Metric;
import io.github.partyorg.targets.MetricValue;
import io.github.partyorg.targets.MetricValues;
import io.github.partyorg.targets.Provenance;
import io.github.partyorg.targets.ReportedMetric;
import io.github.partyorg.targets.Resolution;
import io.github.partyorg.targets.Target;
import io.github.partyorg.targets.TargetKind;
import io.github.partyorg.targets.ValueKind;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code partyorg.yearReport} document: what a year-end report needs beyond the root and the
 * year's facts (records, resolution, reported figures, previous year, next year's resolution).
 */
final class YearReportFormat {
  private static final long MAX_COUNT = 1_000_000_000L;

  /** The parameters each kind of goal has. */
  private static final Map<TargetKind, Set<String>> GOAL_FIELDS =
      Map.of(
          TargetKind.SHARE_AT_LEAST, Set.of("percent"),
          TargetKind.SHARE_EXACTLY_100, Set.of(),
          TargetKind.SHARE_ABOVE, Set.of("percent"),
          TargetKind.COUNT_AT_LEAST, Set.of("minimum"),
          TargetKind.COUNT_RANGE, Set.of("min", "max"),
          TargetKind.RATE_OF_BASE, Set.of("percent", "base"),
          TargetKind.REDUCTION, Set.of("percent"),
          TargetKind.NONE, Set.of(),
          TargetKind.PLAN_COMPLETION, Set.of());

  private YearReportFormat() {}

  // ---------------------------------------------------------------------------------------------
  // Writing

  static void write(YearReportData data, Output o) {
    o.integer("year", data.year().getValue());
    writeRecord(data.record(), o);
    o.object("resolution", () -> resolution(data.resolution(), o));
    figures("reported", data.reported(), o);
    if (data.previousFigures().isPresent() || data.previousYearDisciplined().isPresent()) {
      o.object(
          "previousYear",
          () -> {
            data.previousFigures().ifPresent(p -> figures("figures", p, o));
            data.previousYearDisciplined().ifPresent(n -> o.decimal("disciplined", bd(n)));
          });
    }
    data.nextYear().ifPresent(n -> o.object("nextResolution", () -> resolution(n, o)));
  }

  /** The field {@code record}: a year's records. */
  static void writeRecord(YearRecord r, Output o) {
    o.object(
        "record",
        () -> {
          o.array("workItems", r.workItems(), false, w -> o.object(() -> workItem(w, o)));
          o.array(
              "commendations",
              r.commendations(),
              false,
              c ->
                  o.object(
                      () -> {
                        o.text("movement", c.movement());
                        o.enumValue("level", c.level());
                        o.integer("collectives", c.collectives());
                        o.integer("individuals", c.individuals());
                      }));
          o.array(
              "models",
              r.models(),
              false,
              m ->
                  o.object(
                      () -> {
                        o.text("name", m.name());
                        o.enumValue("field", m.field());
                        o.bool("registered", m.registered());
                        o.enumValue("recognised", m.recognised());
                      }));
          r.youth()
              .ifPresent(
                  y ->
                      o.object(
                          "youth",
                          () -> {
                            o.integer("introduced", y.introduced());
                            o.integer("admitted", y.admitted());
                          }));
          o.array(
              "themes",
              r.themes(),
              false,
              t ->
                  o.object(
                      () -> {
                        o.string("issuer", t.issuer());
                        o.string("text", t.text());
                      }));
        });
  }

  private static BigDecimal bd(long n) {
    return BigDecimal.valueOf(n);
  }

  private static void workItem(WorkItem w, Output o) {
    o.object(
        "field",
        () -> {
          o.string("id", w.field().id());
          o.text("name", w.field().name());
        });
    o.text("title", w.title());
    o.enumValue("status", w.status());
  }

  static void resolution(Resolution r, Output o) {
    o.text("issuer", r.issuer());
    o.integer("year", r.year().getValue());
    o.text("theme", r.theme());
    o.array("targets", r.targets(), false, t -> o.object(() -> target(t, o)));
  }

  private static void target(Target t, Output o) {
    o.string("id", t.id());
    o.text("label", t.label());
    o.object("metric", () -> metric(t.metric(), o));
    goal(t.goal(), o);
  }

  /** The field {@code goal} of a target. */
  static void goal(Goal g, Output o) {
    o.object(
        "goal",
        () -> {
          o.enumValue("kind", g.kind());
          if (g instanceof Goal.ShareAtLeast s) {
            o.decimal("percent", s.percent());
          } else if (g instanceof Goal.ShareAbove s) {
            o.decimal("percent", s.percent());
          } else if (g instanceof Goal.CountAtLeast c) {
            o.decimal("minimum", bd(c.minimum()));
          } else if (g instanceof Goal.CountRange c) {
            o.decimal("min", bd(c.min()));
            o.decimal("max", bd(c.max()));
          } else if (g instanceof Goal.RateOfBase b) {
            o.decimal("percent", b.percent());
            o.decimal("base", bd(b.base()));
          } else if (g instanceof Goal.Reduction d) {
            o.decimal("percent", d.percent());
          }
        });
  }

  static void metric(Metric m, Output o) {
    if (m instanceof ComputedMetric c) {
      o.enumValue("computed", c);
    } else {
      o.string("reported", m.key());
      o.text("label", m.label());
    }
  }

  private static void figures(String name, MetricValues values, Output o) {
    o.object(
        name,
        () -> {
          o.integer("year", values.year().getValue());
          o.array(
              "measurements",
              values.measurements(),
              false,
              m ->
                  o.object(
                      () -> {
                        o.object("metric", () -> metric(m.metric(), o));
                        o.enumValue("provenance", m.provenance());
                        o.object("value", () -> value(m.value(), o));
                      }));
        });
  }

  static void value(MetricValue v, Output o) {
    o.enumValue("kind", v.kind());
    if (v instanceof MetricValue.Count c) {
      o.decimal("count", bd(c.value()));
    } else if (v instanceof MetricValue.Proportion p) {
      o.decimal("part", bd(p.share().part()));
      o.decimal("whole", bd(p.share().whole()));
    } else if (v instanceof MetricValue.Completion c) {
      o.decimal("done", bd(c.done()));
      o.decimal("total", bd(c.total()));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  static YearReportData read(Input in) {
    Year[] year = new Year[1];
    Input.Obj[] recordObj = new Input.Obj[1];
    RecordParts parts = new RecordParts();
    Resolution[] resolution = new Resolution[1];
    MetricValues[] reported = new MetricValues[1];
    MetricValues[] previous = new MetricValues[1];
    long[] disciplined = {-1};
    Resolution[] next = new Resolution[1];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "year" -> {
                    year[0] =
                        Year.of(in.integer(YearFactsFormat.MIN_YEAR, YearFactsFormat.MAX_YEAR));
                    yield true;
                  }
                  case "record" -> {
                    recordObj[0] = record(in, parts);
                    yield true;
                  }
                  case "resolution" -> {
                    resolution[0] = resolution(in);
                    yield true;
                  }
                  case "reported" -> {
                    reported[0] = figures(in);
                    yield true;
                  }
                  case "previousYear" -> {
                    in.object(
                        field ->
                            switch (field) {
                              case "figures" -> {
                                previous[0] = figures(in);
                                yield true;
                              }
                              case "disciplined" -> {
                                disciplined[0] = count(in);
                                yield true;
                              }
                              default -> false;
                            });
                    yield true;
                  }
                  case "nextResolution" -> {
                    next[0] = resolution(in);
                    yield true;
                  }
                  default -> Header.read(in, name, DocumentKind.YEAR_REPORT);
                });
    obj.require("format", "version", "year", "record", "resolution", "reported");
    YearRecord record = record(recordObj[0], parts, year[0]);
    return obj.build(
        "year report",
        () ->
            new YearReportData(
                record,
                resolution[0],
                reported[0],
                Optional.ofNullable(previous[0]),
                disciplined[0] < 0 ? OptionalLong.empty() : OptionalLong.of(disciplined[0]),
                Optional.ofNullable(next[0])));
  }

  /** The parts of a year record, read before the document's year may be known. */
  static final class RecordParts {
    final List<WorkItem> workItems = new ArrayList<>();
    final List<Commendation> commendations = new ArrayList<>();
    final List<DanVanKheoModel> models = new ArrayList<>();
    @Nullable YouthUnionIntroductions youth;
    final List<String[]> themes = new ArrayList<>();
  }

  /** Builds a year record read by {@link #record(Input, RecordParts)} once its year is known. */
  static YearRecord record(Input.Obj recordObj, RecordParts parts, Year y) {
    List<YearTheme> themes = new ArrayList<>();
    for (String[] t : parts.themes) {
      themes.add(recordObj.build("theme", () -> new YearTheme(y, t[0], t[1])));
    }
    return recordObj.build(
        "year record",
        () ->
            new YearRecord(
                y,
                parts.workItems,
                parts.commendations,
                parts.models,
                Optional.ofNullable(parts.youth),
                themes));
  }

  static Input.Obj record(Input in, RecordParts parts) {
    return in.object(
        name ->
            switch (name) {
              case "workItems" -> {
                in.array(() -> parts.workItems.add(workItem(in)));
                yield true;
              }
              case "commendations" -> {
                in.array(() -> parts.commendations.add(commendation(in)));
                yield true;
              }
              case "models" -> {
                in.array(() -> parts.models.add(model(in)));
                yield true;
              }
              case "youth" -> {
                parts.youth = youth(in);
                yield true;
              }
              case "themes" -> {
                in.array(() -> parts.themes.add(theme(in)));
                yield true;
              }
              default -> false;
            });
  }

  private static long count(Input in) {
    return in.integer(0, (int) MAX_COUNT);
  }

  /** A text {@code {"vi": ..., "en": ...}}. */
  static LocalizedText text(Input in) {
    String[] t = new String[2];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "vi" -> {
                    t[0] = in.string();
                    yield true;
                  }
                  case "en" -> {
                    t[1] = in.string();
                    yield true;
                  }
                  default -> false;
                });
    obj.require("vi", "en");
    return obj.build("text", () -> LocalizedText.of(t[0], t[1]));
  }

  private static WorkItem workItem(Input in) {
    WorkField[] field = new WorkField[1];
    LocalizedText[] title = new LocalizedText[1];
    WorkStatus[] status = new WorkStatus[1];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "field" -> {
                    field[0] = workField(in);
                    yield true;
                  }
                  case "title" -> {
                    title[0] = text(in);
                    yield true;
                  }
                  case "status" -> {
                    status[0] = in.enumValue(WorkStatus.class);
                    yield true;
                  }
                  default -> false;
                });
    obj.require("field", "title", "status");
    return obj.build("work item", () -> new WorkItem(field[0], title[0], status[0]));
  }

  private static WorkField workField(Input in) {
    String[] id = new String[1];
    LocalizedText[] name = new LocalizedText[1];
    Input.Obj obj =
        in.object(
            field ->
                switch (field) {
                  case "id" -> {
                    id[0] = in.string();
                    yield true;
                  }
                  case "name" -> {
                    name[0] = text(in);
                    yield true;
                  }
                  default -> false;
                });
    obj.require("id", "name");
    return obj.build("work field", () -> new WorkField(id[0], name[0]));
  }

  private static Commendation commendation(Input in) {
    LocalizedText[] movement = new LocalizedText[1];
    CommendationLevel[] level = new CommendationLevel[1];
    int[] counts = new int[2];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "movement" -> {
                    movement[0] = text(in);
                    yield true;
                  }
                  case "level" -> {
                    level[0] = in.enumValue(CommendationLevel.class);
                    yield true;
                  }
                  case "collectives" -> {
                    counts[0] = (int) count(in);
                    yield true;
                  }
                  case "individuals" -> {
                    counts[1] = (int) count(in);
                    yield true;
                  }
                  default -> false;
                });
    obj.require("movement", "level", "collectives", "individuals");
    return obj.build(
        "commendation", () -> new Commendation(movement[0], level[0], counts[0], counts[1]));
  }

  private static DanVanKheoModel model(Input in) {
    LocalizedText[] name = new LocalizedText[1];
    DanVanKheoField[] field = new DanVanKheoField[1];
    boolean[] registered = new boolean[1];
    RecognitionLevel[] recognised = new RecognitionLevel[1];
    Input.Obj obj =
        in.object(
            f ->
                switch (f) {
                  case "name" -> {
                    name[0] = text(in);
                    yield true;
                  }
                  case "field" -> {
                    field[0] = in.enumValue(DanVanKheoField.class);
                    yield true;
                  }
                  case "registered" -> {
                    registered[0] = in.bool();
                    yield true;
                  }
                  case "recognised" -> {
                    recognised[0] = in.enumValue(RecognitionLevel.class);
                    yield true;
                  }
                  default -> false;
                });
    obj.require("name", "field", "registered");
    return obj.build(
        "model",
        () ->
            new DanVanKheoModel(
                name[0], field[0], registered[0], Optional.ofNullable(recognised[0])));
  }

  private static YouthUnionIntroductions youth(Input in) {
    int[] counts = new int[2];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "introduced" -> {
                    counts[0] = (int) count(in);
                    yield true;
                  }
                  case "admitted" -> {
                    counts[1] = (int) count(in);
                    yield true;
                  }
                  default -> false;
                });
    obj.require("introduced", "admitted");
    return obj.build(
        "Youth Union introductions", () -> new YouthUnionIntroductions(counts[0], counts[1]));
  }

  private static String[] theme(Input in) {
    String[] t = new String[2];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "issuer" -> {
                    t[0] = in.string();
                    yield true;
                  }
                  case "text" -> {
                    t[1] = in.string();
                    yield true;
                  }
                  default -> false;
                });
    obj.require("issuer", "text");
    return t;
  }

  static Resolution resolution(Input in) {
    LocalizedText[] texts = new LocalizedText[2];
    Year[] year = new Year[1];
    List<Target> targets = new ArrayList<>();
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "issuer" -> {
                    texts[0] = text(in);
                    yield true;
                  }
                  case "year" -> {
                    year[0] =
                        Year.of(in.integer(YearFactsFormat.MIN_YEAR, YearFactsFormat.MAX_YEAR));
                    yield true;
                  }
                  case "theme" -> {
                    texts[1] = text(in);
                    yield true;
                  }
                  case "targets" -> {
                    in.array(() -> targets.add(target(in)));
                    yield true;
                  }
                  default -> false;
                });
    obj.require("issuer", "year", "theme", "targets");
    return obj.build("resolution", () -> new Resolution(texts[0], year[0], texts[1], targets));
  }

  private static Target target(Input in) {
    String[] id = new String[1];
    LocalizedText[] label = new LocalizedText[1];
    Metric[] metric = new Metric[1];
    Goal[] goal = new Goal[1];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "id" -> {
                    id[0] = in.string();
                    yield true;
                  }
                  case "label" -> {
                    label[0] = text(in);
                    yield true;
                  }
                  case "metric" -> {
                    metric[0] = metric(in);
                    yield true;
                  }
                  case "goal" -> {
                    goal[0] = goal(in);
                    yield true;
                  }
                  default -> false;
                });
    obj.require("id", "label", "metric", "goal");
    return obj.build("target", () -> new Target(id[0], label[0], metric[0], goal[0]));
  }

  /** {@code {"computed": "MEMBERS"}} or {@code {"reported": "KEY", "label": {...}}}. */
  static Metric metric(Input in) {
    ComputedMetric[] computed = new ComputedMetric[1];
    String[] key = new String[1];
    LocalizedText[] label = new LocalizedText[1];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "computed" -> {
                    computed[0] = in.enumValue(ComputedMetric.class);
                    yield true;
                  }
                  case "reported" -> {
                    key[0] = in.string();
                    yield true;
                  }
                  case "label" -> {
                    label[0] = text(in);
                    yield true;
                  }
                  default -> false;
                });
    if (obj.has("computed")) {
      if (obj.has("reported") || obj.has("label")) {
        throw obj.fail("A computed metric has no reported key and no label.");
      }
      return computed[0];
    }
    obj.require("reported", "label");
    return obj.build("reported metric", () -> new ReportedMetric(key[0], label[0]));
  }

  static Goal goal(Input in) {
    TargetKind[] kind = new TargetKind[1];
    BigDecimal[] percent = new BigDecimal[1];
    long[] numbers = new long[4];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "kind" -> {
                    kind[0] = in.enumValue(TargetKind.class);
                    yield true;
                  }
                  case "percent" -> {
                    percent[0] = in.decimal();
                    yield true;
                  }
                  case "minimum" -> {
                    numbers[0] = count(in);
                    yield true;
                  }
                  case "min" -> {
                    numbers[1] = count(in);
                    yield true;
                  }
                  case "max" -> {
                    numbers[2] = count(in);
                    yield true;
                  }
                  case "base" -> {
                    numbers[3] = count(in);
                    yield true;
                  }
                  default -> false;
                });
    obj.require("kind");
    TargetKind k = kind[0];
    Set<String> allowed = GOAL_FIELDS.getOrDefault(k, Set.of());
    for (String field : List.of("percent", "minimum", "min", "max", "base")) {
      if (obj.has(field) && !allowed.contains(field)) {
        throw obj.fail("The field " + field + " does not belong to a " + k + " goal.");
      }
    }
    obj.require(allowed.stream().sorted().toArray(String[]::new));
    return switch (k) {
      case SHARE_AT_LEAST -> new Goal.ShareAtLeast(percentOf(percent));
      case SHARE_EXACTLY_100 -> new Goal.ShareExactly100();
      case SHARE_ABOVE -> new Goal.ShareAbove(percentOf(percent));
      case COUNT_AT_LEAST -> new Goal.CountAtLeast(numbers[0]);
      case COUNT_RANGE -> new Goal.CountRange(numbers[1], numbers[2]);
      case RATE_OF_BASE -> new Goal.RateOfBase(percentOf(percent), numbers[3]);
      case REDUCTION -> new Goal.Reduction(percentOf(percent));
      case NONE -> new Goal.None();
      case PLAN_COMPLETION -> new Goal.PlanCompletion();
    };
  }

  private static BigDecimal percentOf(BigDecimal[] percent) {
    BigDecimal p = percent[0];
    if (p == null) {
      throw new IllegalStateException("percent was required");
    }
    return p;
  }

  private static MetricValues figures(Input in) {
    Year[] year = new Year[1];
    List<Measurement> measurements = new ArrayList<>();
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "year" -> {
                    year[0] =
                        Year.of(in.integer(YearFactsFormat.MIN_YEAR, YearFactsFormat.MAX_YEAR));
                    yield true;
                  }
                  case "measurements" -> {
                    in.array(() -> measurements.add(measurement(in)));
                    yield true;
                  }
                  default -> false;
                });
    obj.require("year");
    return obj.build(
        "figures",
        () -> {
          MetricValues.Builder b = MetricValues.builder(year[0]);
          measurements.forEach(b::add);
          return b.build();
        });
  }

  private static Measurement measurement(Input in) {
    Metric[] metric = new Metric[1];
    Provenance[] provenance = new Provenance[1];
    MetricValue[] value = new MetricValue[1];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "metric" -> {
                    metric[0] = metric(in);
                    yield true;
                  }
                  case "provenance" -> {
                    provenance[0] = in.enumValue(Provenance.class);
                    yield true;
                  }
                  case "value" -> {
                    value[0] = value(in);
                    yield true;
                  }
                  default -> false;
                });
    obj.require("metric", "provenance", "value");
    return obj.build("measurement", () -> new Measurement(metric[0], value[0], provenance[0]));
  }

  static MetricValue value(Input in) {
    ValueKind[] kind = new ValueKind[1];
    long[] n = new long[5];
    Input.Obj obj =
        in.object(
            name -> {
              int slot =
                  switch (name) {
                    case "kind" -> -1;
                    case "count" -> 0;
                    case "part" -> 1;
                    case "whole" -> 2;
                    case "done" -> 3;
                    case "total" -> 4;
                    default -> -2;
                  };
              if (slot == -1) {
                kind[0] = in.enumValue(ValueKind.class);
              } else if (slot >= 0) {
                n[slot] = count(in);
              }
              return slot != -2;
            });
    obj.require("kind");
    ValueKind k = kind[0];
    List<String> allowed =
        switch (k) {
          case COUNT -> List.of("count");
          case SHARE -> List.of("part", "whole");
          case COMPLETION -> List.of("done", "total");
        };
    for (String field : List.of("count", "part", "whole", "done", "total")) {
      if (obj.has(field) && !allowed.contains(field)) {
        throw obj.fail("The field " + field + " does not belong to a " + k + " value.");
      }
    }
    obj.require(allowed.toArray(String[]::new));
    return obj.build(
        "value",
        () ->
            switch (k) {
              case COUNT -> MetricValue.count(n[0]);
              case SHARE -> MetricValue.share(n[1], n[2]);
              case COMPLETION -> MetricValue.completion(n[3], n[4]);
            });
  }
}
