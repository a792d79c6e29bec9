package io.github.partyorg.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.charter.CharterCheck;
import io.github.partyorg.charter.CharterRule;
import io.github.partyorg.charter.Finding;
import io.github.partyorg.charter.Severity;
import io.github.partyorg.fourgood.CriteriaProfile;
import io.github.partyorg.fourgood.CriterionResult;
import io.github.partyorg.fourgood.FourGoodEvaluator;
import io.github.partyorg.fourgood.FourGoodResult;
import io.github.partyorg.fourgood.Heading;
import io.github.partyorg.fourgood.HeadingResult;
import io.github.partyorg.fourgood.OrganisationResult;
import io.github.partyorg.fourgood.SubCriterion;
import io.github.partyorg.rating.DisciplineEffect;
import io.github.partyorg.rating.QuotaBase;
import io.github.partyorg.rating.QuotaHandling;
import io.github.partyorg.rating.QuotaRounding;
import io.github.partyorg.rating.RatingPolicies;
import io.github.partyorg.rating.Regime;
import io.github.partyorg.rating.RootRater;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.report.ReportInputs;
import io.github.partyorg.report.VietnameseNumbers;
import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.report.YearRecord;
import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.sample.ExampleBloc;
import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.OrganisationId;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.RootId;
import io.github.partyorg.structure.SubCommitteeId;
import io.github.partyorg.targets.MetricValues;
import io.github.partyorg.targets.Resolution;
import io.github.partyorg.targets.ResolutionEvaluation;
import io.github.partyorg.targets.TargetEvaluator;
import io.github.partyorg.targets.TargetPolicies;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code read(write(x))} equals {@code x} for the result kinds, over 250 seeded random values of
 * each and the bundled samples; writing the value read gives the same text.
 */
class ResultsRoundTripPropertyTest {
  private static final PartyorgJson JSON = PartyorgJson.standard();

  static LongStream seeds() {
    return LongStream.range(0, 250);
  }

  static <T> String write(T value, BiConsumer<T, StringWriter> writer) {
    StringWriter out = new StringWriter();
    writer.accept(value, out);
    return out.toString();
  }

  /** Writes, reads, compares, and writes again. */
  private static <T> T roundTrip(
      T value, BiConsumer<T, StringWriter> writer, Function<StringReader, T> reader) {
    String json = write(value, writer);
    T back = reader.apply(new StringReader(json));
    assertThat(back).isEqualTo(value);
    assertThat(back.hashCode()).isEqualTo(value.hashCode());
    assertThat(write(back, writer)).isEqualTo(json);
    return back;
  }

  static RootRating rootRating(long seed) {
    JsonSamples samples = new JsonSamples(seed);
    Root root = samples.root();
    YearFacts facts = samples.yearFacts();
    Random random = samples.random;
    Regime[] regimes = Regime.values();
    RatingPolicies policies =
        new RatingPolicies(
            DisciplineEffect.values()[random.nextInt(DisciplineEffect.values().length)],
            QuotaHandling.values()[random.nextInt(QuotaHandling.values().length)],
            QuotaRounding.values()[random.nextInt(QuotaRounding.values().length)],
            QuotaBase.values()[random.nextInt(QuotaBase.values().length)],
            random.nextBoolean());
    return RootRater.of(regimes[random.nextInt(regimes.length)], policies).rate(root, facts);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rootRating_ofARandomRoot_survivesWriteThenRead(long seed) {
    RootRating rating = rootRating(seed);

    RootRating back = roundTrip(rating, JSON::writeRootRating, JSON::readRootRating);

    assertThat(back.members()).containsExactlyEntriesOf(rating.members());
    assertThat(back.organisations()).containsExactlyEntriesOf(rating.organisations());
    assertThat(back.missingFacts()).isEqualTo(rating.missingFacts());
  }

  @Test
  void rootRating_ofTheSample2022_survivesWriteThenRead() {
    RootRating rating = BenTreSample.get().rating(Year.of(2022));

    RootRating back = roundTrip(rating, JSON::writeRootRating, JSON::readRootRating);

    assertThat(back.members()).hasSizeGreaterThan(1000);
    assertThat(back.differencesFrom(rating)).isEmpty();
  }

  static ResolutionEvaluation evaluation(Random random, Year year) {
    YearReportRoundTripPropertyTest.Generator g =
        new YearReportRoundTripPropertyTest.Generator(random);
    Resolution resolution = g.resolution(year);
    MetricValues figures = g.figures(year);
    TargetPolicies policies =
        TargetPolicies.defaults()
            .withRangeDivisor(
                TargetPolicies.RangeDivisor.values()[
                    random.nextInt(TargetPolicies.RangeDivisor.values().length)])
            .withPercentPrecision(random.nextInt(4), RoundingMode.HALF_EVEN);
    TargetEvaluator evaluator = TargetEvaluator.of(policies);
    return random.nextBoolean()
        ? evaluator.evaluate(resolution, figures)
        : evaluator.evaluate(resolution, figures, g.figures(year.minusYears(1)));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void targetsResult_ofARandomResolution_survivesWriteThenRead(long seed) {
    Random random = new Random(seed);
    ResolutionEvaluation evaluation = evaluation(random, Year.of(2019 + random.nextInt(7)));

    roundTrip(evaluation, JSON::writeTargetsResult, JSON::readTargetsResult);
  }

  @Test
  void targetsResult_ofTheSample_survivesWriteThenRead() {
    for (int year = 2021; year <= 2023; year++) {
      ResolutionEvaluation evaluation = BenTreSample.get().evaluation(Year.of(year));

      ResolutionEvaluation back =
          roundTrip(evaluation, JSON::writeTargetsResult, JSON::readTargetsResult);

      assertThat(back.outcomes()).hasSameSizeAs(evaluation.outcomes()).isNotEmpty();
    }
  }

  static FourGoodResult fourGoodResult(long seed) {
    Random random = new Random(seed);
    FourGoodRoundTripPropertyTest.Generator g = new FourGoodRoundTripPropertyTest.Generator(random);
    Year year = Year.of(2018 + random.nextInt(9));
    List<OrganisationResult> cells = new ArrayList<>();
    List<OrganisationResult> committees = new ArrayList<>();
    int n = random.nextInt(6);
    for (int i = 0; i < n; i++) {
      CriteriaProfile profile = g.profile();
      boolean committee = random.nextInt(3) == 0;
      OrganisationId id =
          switch (random.nextInt(3)) {
            case 0 -> CellId.of("c" + i);
            case 1 -> BaseOrganisationId.of("b" + i);
            default -> SubCommitteeId.of("s" + i);
          };
      List<CriterionResult> gates =
          profile.gates().stream().map(c -> criterionResult(c, random, g)).toList();
      List<HeadingResult> headings = new ArrayList<>();
      for (Heading h : profile.headings()) {
        headings.add(
            new HeadingResult(
                h, h.criteria().stream().map(c -> criterionResult(c, random, g)).toList()));
      }
      OrganisationResult result =
          new OrganisationResult(
              id, committee, year, profile.titleName(), random.nextInt(4) > 0, gates, headings);
      (committee ? committees : cells).add(result);
    }
    return new FourGoodResult(year, cells, committees);
  }

  private static CriterionResult criterionResult(
      SubCriterion c, Random random, FourGoodRoundTripPropertyTest.Generator g) {
    return new CriterionResult(c, random.nextInt(5) > 0, g.text());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void fourGoodResult_random_survivesWriteThenRead(long seed) {
    FourGoodResult result = fourGoodResult(seed);

    FourGoodResult back = roundTrip(result, JSON::writeFourGoodResult, JSON::readFourGoodResult);

    assertThat(back.cellShare()).isEqualTo(result.cellShare());
    assertThat(back.fourGoodBaseCommittees()).isEqualTo(result.fourGoodBaseCommittees());
  }

  @Test
  void fourGoodResult_ofTheDocumentedExamples_survivesWriteThenRead() throws IOException {
    Root root =
        JsonSamples.readRoot(
            Files.readString(PartyorgJsonTest.SEEDS.resolve("root.json"), StandardCharsets.UTF_8));
    FourGoodResult result =
        FourGoodEvaluator.evaluate(
            root,
            FourGoodJsonTest.readProfile(FourGoodJsonTest.PROFILE),
            FourGoodJsonTest.readYear(FourGoodJsonTest.YEAR));

    FourGoodResult back = roundTrip(result, JSON::writeFourGoodResult, JSON::readFourGoodResult);

    assertThat(back.cells()).isNotEmpty();
    assertThat(back.cells().get(0).explanation()).isEqualTo(result.cells().get(0).explanation());
  }

  static List<Finding> findings(long seed) {
    JsonSamples samples = new JsonSamples(seed);
    Root root = samples.root();
    Random random = samples.random;
    List<Finding> findings = new ArrayList<>(CharterCheck.check(root, root.snapshotDate()));
    for (int i = random.nextInt(4); i > 0; i--) {
      EntityId id =
          switch (random.nextInt(5)) {
            case 0 -> RootId.of("r" + i);
            case 1 -> BaseOrganisationId.of("b" + i);
            case 2 -> SubCommitteeId.of("s" + i);
            case 3 -> CellId.of("c" + i);
            default -> MemberId.of("m" + i);
          };
      CharterRule rule = CharterRule.values()[random.nextInt(CharterRule.values().length)];
      findings.add(
          new Finding(
              rule,
              Severity.values()[random.nextInt(Severity.values().length)],
              id,
              io.github.partyorg.structure.LocalizedText.of("Lỗi \"" + i + "\"", "Problem\n" + i),
              LocalDate.of(2015, 1, 1).plusDays(random.nextInt(4000))));
    }
    return findings;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void charterFindings_random_surviveWriteThenRead(long seed) {
    List<Finding> findings = findings(seed);

    roundTrip(findings, JSON::writeCharterFindings, JSON::readCharterFindings);
  }

  @Test
  void charterFindings_ofTheExampleBloc_surviveWriteThenRead() {
    List<Finding> findings = CharterCheck.check(ExampleBloc.create(), LocalDate.of(2022, 12, 31));

    List<Finding> back = roundTrip(findings, JSON::writeCharterFindings, JSON::readCharterFindings);

    assertThat(back).isNotEmpty();
  }

  static YearEndReport report(long seed) {
    for (long attempt = seed; ; attempt += 1_000_003L) {
      JsonSamples samples = new JsonSamples(attempt);
      Root root = samples.root();
      YearFacts facts = samples.yearFacts();
      Year year = facts.year();
      if (root.snapshotDate().getYear() < year.getValue()) {
        continue;
      }
      Random random = samples.random;
      RootRating rating = RootRater.forYear(year).rate(root, facts);
      YearRecord record = new YearReportRoundTripPropertyTest.Generator(random).record(year);
      ReportInputs inputs =
          new ReportInputs(
              random.nextBoolean() ? Optional.of(evaluation(random, year)) : Optional.empty(),
              random.nextBoolean() ? OptionalLong.of(random.nextInt(50)) : OptionalLong.empty(),
              random.nextBoolean()
                  ? Optional.of(
                      new YearReportRoundTripPropertyTest.Generator(random)
                          .resolution(year.plusYears(1)))
                  : Optional.empty());
      VietnameseNumbers numbers =
          VietnameseNumbers.of(random.nextInt(4), RoundingMode.values()[random.nextInt(7)]);
      return YearEndReport.of(root, rating, facts, record, inputs, numbers);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void yearEndReport_random_survivesWriteThenRead(long seed) {
    YearEndReport report = report(seed);

    YearEndReport back = roundTrip(report, JSON::writeYearEndReport, JSON::readYearEndReport);

    for (Language language : Language.values()) {
      assertThat(back.sections(language)).isEqualTo(report.sections(language));
    }
  }

  @Test
  void yearEndReport_ofTheSample_survivesWriteThenRead() {
    for (int year = 2021; year <= 2023; year++) {
      YearEndReport report = BenTreSample.get().report(Year.of(year));

      YearEndReport back = roundTrip(report, JSON::writeYearEndReport, JSON::readYearEndReport);

      assertThat(back.toVietnameseText()).isEqualTo(report.toVietnameseText());
      assertThat(back.toMarkdown(Language.EN)).isEqualTo(report.toMarkdown(Language.EN));
    }
  }
}
