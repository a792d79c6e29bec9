package io.github.partyorg.json;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.github.partyorg.targets.Metric;
import io.github.partyorg.targets.MetricValue;
import io.github.partyorg.targets.MetricValues;
import io.github.partyorg.targets.ReportedMetric;
import io.github.partyorg.targets.Resolution;
import io.github.partyorg.targets.Target;
import io.github.partyorg.targets.ValueKind;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code readYearReport(writeYearReport(x))} equals {@code x} over 200 seeded random documents. */
class YearReportRoundTripPropertyTest {

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void roundTrip(long seed) {
    YearReportData data = new Generator(new Random(seed)).data();

    String json = YearReportJsonTest.write(data);
    YearReportData back = YearReportJsonTest.read(json);

    assertThat(back).isEqualTo(data);
    assertThat(YearReportJsonTest.write(back)).isEqualTo(json);
  }

  /** Random but valid report data (also used by the year-bundle round trip). */
  static final class Generator {
    private final Random random;

    Generator(Random random) {
      this.random = random;
    }

    private <T> T pick(T[] values) {
      return values[random.nextInt(values.length)];
    }

    private LocalizedText text(String what) {
      return LocalizedText.of(
          what + " “" + random.nextInt(1000) + "” tiếng Việt", what + " " + random.nextInt(1000));
    }

    YearReportData data() {
      return data(Year.of(1990 + random.nextInt(60)));
    }

    YearReportData data(Year year) {
      return new YearReportData(
          record(year),
          resolution(year),
          figures(year),
          random.nextBoolean() ? Optional.of(figures(year.minusYears(1))) : Optional.empty(),
          random.nextBoolean() ? OptionalLong.of(random.nextInt(100)) : OptionalLong.empty(),
          random.nextBoolean() ? Optional.of(resolution(year.plusYears(1))) : Optional.empty());
    }

    YearRecord record(Year year) {
      List<WorkItem> items = new ArrayList<>();
      for (int i = random.nextInt(5); i > 0; i--) {
        items.add(
            new WorkItem(
                new WorkField("F" + random.nextInt(3), text("Lĩnh vực")),
                text("Đầu việc"),
                pick(WorkStatus.values())));
      }
      List<Commendation> commendations = new ArrayList<>();
      for (int i = random.nextInt(4); i > 0; i--) {
        commendations.add(
            new Commendation(
                text("Phong trào"),
                pick(CommendationLevel.values()),
                random.nextInt(50),
                random.nextInt(200)));
      }
      List<DanVanKheoModel> models = new ArrayList<>();
      for (int i = random.nextInt(4); i > 0; i--) {
        boolean registered = random.nextBoolean();
        models.add(
            new DanVanKheoModel(
                text("Mô hình"),
                pick(DanVanKheoField.values()),
                registered,
                registered && random.nextBoolean()
                    ? Optional.of(pick(RecognitionLevel.values()))
                    : Optional.empty()));
      }
      List<YearTheme> themes = new ArrayList<>();
      for (int i = random.nextInt(3); i > 0; i--) {
        themes.add(new YearTheme(year, "Tỉnh ủy " + i, "Chủ đề " + random.nextInt(100)));
      }
      YearRecord record =
          new YearRecord(year, items, commendations, models, Optional.empty(), themes);
      if (random.nextBoolean()) {
        int introduced = random.nextInt(50);
        record =
            record.withYouth(
                new YouthUnionIntroductions(introduced, random.nextInt(introduced + 1)));
      }
      return record;
    }

    private Metric metric(ValueKind kind) {
      List<ComputedMetric> fitting =
          java.util.Arrays.stream(ComputedMetric.values())
              .filter(m -> m.valueKind() == kind)
              .toList();
      if (kind == ValueKind.COMPLETION || random.nextBoolean()) {
        return new ReportedMetric("R_" + kind + "_" + random.nextInt(5), text("Chỉ số"));
      }
      return fitting.get(random.nextInt(fitting.size()));
    }

    private BigDecimal percent() {
      return BigDecimal.valueOf(random.nextInt(10_001), random.nextInt(3));
    }

    Resolution resolution(Year year) {
      List<Target> targets = new ArrayList<>();
      for (int i = 0; i < random.nextInt(8); i++) {
        long min = random.nextInt(300);
        Goal goal =
            switch (random.nextInt(9)) {
              case 0 -> new Goal.ShareAtLeast(percent().min(BigDecimal.valueOf(100)));
              case 1 -> new Goal.ShareExactly100();
              case 2 -> new Goal.ShareAbove(percent().min(BigDecimal.valueOf(100)));
              case 3 -> new Goal.CountAtLeast(min);
              case 4 -> new Goal.CountRange(min, min + random.nextInt(50));
              case 5 -> new Goal.RateOfBase(percent().min(BigDecimal.valueOf(100)), min);
              case 6 -> new Goal.Reduction(percent().min(BigDecimal.valueOf(100)));
              case 7 -> new Goal.None();
              default -> new Goal.PlanCompletion();
            };
        ValueKind kind =
            switch (goal.kind()) {
              case SHARE_AT_LEAST, SHARE_EXACTLY_100, SHARE_ABOVE -> ValueKind.SHARE;
              case PLAN_COMPLETION -> ValueKind.COMPLETION;
              default -> ValueKind.COUNT;
            };
        targets.add(new Target("T" + i, text("Chỉ tiêu"), metric(kind), goal));
      }
      return new Resolution(text("Đảng ủy Khối"), year, text("Chủ đề"), targets);
    }

    MetricValues figures(Year year) {
      MetricValues.Builder b = MetricValues.builder(year);
      List<String> keys = new ArrayList<>();
      for (int i = random.nextInt(6); i > 0; i--) {
        ValueKind kind = pick(ValueKind.values());
        Metric metric = metric(kind);
        if (keys.contains(metric.key())) {
          continue;
        }
        keys.add(metric.key());
        long whole = random.nextInt(1000);
        long part = whole == 0 ? 0 : random.nextInt((int) whole + 1);
        MetricValue value =
            switch (kind) {
              case COUNT -> MetricValue.count(whole);
              case SHARE -> MetricValue.share(part, whole);
              case COMPLETION -> MetricValue.completion(part, whole);
            };
        if (random.nextBoolean()) {
          b.reported(metric, value);
        } else {
          b.computed(metric, value);
        }
      }
      return b.build();
    }
  }
}
