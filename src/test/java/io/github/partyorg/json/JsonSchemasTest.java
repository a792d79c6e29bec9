package io.github.partyorg.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.partyorg.charter.CharterCheck;
import io.github.partyorg.fourgood.CriteriaProfile;
import io.github.partyorg.fourgood.FourGoodEvaluator;
import io.github.partyorg.fourgood.FourGoodYear;
import io.github.partyorg.fourgood.Presets;
import io.github.partyorg.rating.RatingPolicies;
import io.github.partyorg.rating.Regime;
import io.github.partyorg.rating.RootRater;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.sample.ExampleBloc;
import io.github.partyorg.structure.Root;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of document the library writes is valid against its JSON Schema as shipped in the jar
 * (loaded from the classpath, the bundle's references to the part schemas resolved there too), and
 * the schemas reject invalid documents. The schemas are the contract for other systems: a document
 * the library writes that its schema refuses is a bug in one of the two.
 */
class JsonSchemasTest {
  private static final String SCHEMA_BASE = "https://github.com/partyorg/partyorg/schema/";

  /** The schemas, with their {@code $id}s mapped to the classpath; nothing is fetched. */
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b ->
              b.schemaIdResolvers(
                      r -> r.mapPrefix(SCHEMA_BASE, "classpath:io/github/partyorg/json/schema/"))
                  .schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  private static final Map<DocumentKind, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private static Schema schema(DocumentKind kind) {
    return SCHEMAS.computeIfAbsent(
        kind,
        k ->
            REGISTRY.getSchema(
                SchemaLocation.of(
                    SCHEMA_BASE
                        + k.schemaResource().substring(k.schemaResource().lastIndexOf('/') + 1))));
  }

  private static List<String> errors(DocumentKind kind, String json) {
    return schema(kind).validate(json, InputFormat.JSON).stream()
        .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
        .collect(Collectors.toList());
  }

  private static <T> String write(T value, BiConsumer<T, StringWriter> writer) {
    StringWriter out = new StringWriter();
    writer.accept(value, out);
    return out.toString();
  }

  private static String seed(String name) {
    try {
      return Files.readString(PartyorgJsonTest.SEEDS.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Documents written by the library: from the sample, the example bloc and seeded generators. */
  static Stream<Arguments> documents() {
    PartyorgJson json = PartyorgJson.standard();
    BenTreSample s = BenTreSample.get();
    Year y2022 = Year.of(2022);
    List<Arguments> docs = new ArrayList<>();
    BiConsumer<DocumentKind, Object[]> add =
        (kind, labelAndJson) -> docs.add(Arguments.of(kind, labelAndJson[0], labelAndJson[1]));

    Root exampleBloc = ExampleBloc.create();
    add.accept(
        DocumentKind.ROOT, new Object[] {"sample 2022", write(s.root(y2022), json::writeRoot)});
    add.accept(
        DocumentKind.ROOT, new Object[] {"example bloc", write(exampleBloc, json::writeRoot)});
    add.accept(
        DocumentKind.YEAR_FACTS,
        new Object[] {"sample 2022", write(s.facts(y2022), json::writeYearFacts)});
    for (Year year : BenTreSample.YEARS) {
      add.accept(
          DocumentKind.YEAR_REPORT,
          new Object[] {"sample " + year, write(s.reportData(year), json::writeYearReport)});
      add.accept(
          DocumentKind.TARGETS_RESULT,
          new Object[] {"sample " + year, write(s.evaluation(year), json::writeTargetsResult)});
      add.accept(
          DocumentKind.YEAR_END_REPORT,
          new Object[] {"sample " + year, write(s.report(year), json::writeYearEndReport)});
    }
    add.accept(
        DocumentKind.ROOT_RATING,
        new Object[] {"sample 2022", write(s.rating(y2022), json::writeRootRating)});
    add.accept(
        DocumentKind.CHARTER_FINDINGS,
        new Object[] {
          "example bloc",
          write(
              CharterCheck.check(exampleBloc, exampleBloc.snapshotDate()),
              json::writeCharterFindings)
        });
    add.accept(
        DocumentKind.CHARTER_FINDINGS,
        new Object[] {
          "sample 2022",
          write(
              CharterCheck.check(s.root(y2022), s.root(y2022).snapshotDate()),
              json::writeCharterFindings)
        });
    add.accept(
        DocumentKind.POLICIES,
        new Object[] {"defaults", write(Policies.defaults(), json::writePolicies)});
    for (CriteriaProfile preset :
        List.of(
            Presets.nationalFrame(),
            Presets.nationalFrameBaseCommittee(),
            Presets.benTre10HdBtctu2018Gates())) {
      add.accept(
          DocumentKind.FOUR_GOOD_PROFILE,
          new Object[] {"preset " + preset.level(), write(preset, json::writeFourGoodProfile)});
    }
    Root seedRoot = JsonSamples.readRoot(seed("root.json"));
    FourGoodYear seedYear = FourGoodJsonTest.readYear(FourGoodJsonTest.YEAR);
    add.accept(
        DocumentKind.FOUR_GOOD_YEAR,
        new Object[] {"documented example", write(seedYear, json::writeFourGoodYear)});
    add.accept(
        DocumentKind.FOUR_GOOD_RESULT,
        new Object[] {
          "documented example",
          write(
              FourGoodEvaluator.evaluate(
                  seedRoot, FourGoodJsonTest.readProfile(FourGoodJsonTest.PROFILE), seedYear),
              json::writeFourGoodResult)
        });
    add.accept(
        DocumentKind.FOUR_GOOD_RESULT,
        new Object[] {
          "national frame",
          write(
              FourGoodEvaluator.evaluate(
                  seedRoot,
                  Presets.nationalFrame(),
                  Presets.nationalFrameBaseCommittee(),
                  seedYear),
              json::writeFourGoodResult)
        });
    add.accept(
        DocumentKind.YEAR_BUNDLE,
        new Object[] {
          "sample 2022", write(YearBundleJsonTest.sample(y2022), json::writeYearBundle)
        });
    add.accept(
        DocumentKind.YEAR_BUNDLE,
        new Object[] {
          "fuzz seed",
          write(
              json.readYearBundle(new java.io.StringReader(seed("yearBundle.json"))),
              json::writeYearBundle)
        });

    try {
      add.accept(
          DocumentKind.YEAR_BUNDLE,
          new Object[] {"docs/JSON.md example", YearBundleJsonTest.documentedExample()});
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    for (long seed = 0; seed < 12; seed++) {
      String label = "seed " + seed;
      JsonSamples samples = new JsonSamples(seed);
      Root root = samples.root();
      YearFacts facts = samples.yearFacts();
      add.accept(DocumentKind.ROOT, new Object[] {label, write(root, json::writeRoot)});
      add.accept(DocumentKind.YEAR_FACTS, new Object[] {label, write(facts, json::writeYearFacts)});
      Regime regime = Regime.values()[(int) (seed % Regime.values().length)];
      Policies policies = PoliciesJsonTest.random(seed);
      add.accept(
          DocumentKind.ROOT_RATING,
          new Object[] {
            label + " " + regime,
            write(
                RootRater.of(regime, seed % 2 == 0 ? RatingPolicies.defaults() : policies.rating())
                    .rate(root, facts),
                json::writeRootRating)
          });
      add.accept(
          DocumentKind.CHARTER_FINDINGS,
          new Object[] {
            label, write(CharterCheck.check(root, root.snapshotDate()), json::writeCharterFindings)
          });
      add.accept(DocumentKind.POLICIES, new Object[] {label, write(policies, json::writePolicies)});
      add.accept(
          DocumentKind.YEAR_REPORT,
          new Object[] {
            label,
            write(
                new YearReportRoundTripPropertyTest.Generator(new Random(seed)).data(),
                json::writeYearReport)
          });
      FourGoodRoundTripPropertyTest.Generator fourGood =
          new FourGoodRoundTripPropertyTest.Generator(new Random(seed));
      add.accept(
          DocumentKind.FOUR_GOOD_PROFILE,
          new Object[] {label, write(fourGood.profile(), json::writeFourGoodProfile)});
      add.accept(
          DocumentKind.FOUR_GOOD_YEAR,
          new Object[] {label, write(fourGood.year(), json::writeFourGoodYear)});
      add.accept(
          DocumentKind.YEAR_BUNDLE,
          new Object[] {
            label, write(YearBundleRoundTripPropertyTest.bundle(seed), json::writeYearBundle)
          });
      add.accept(
          DocumentKind.HISTORY,
          new Object[] {label, write(HistoryJsonTest.history(seed), json::writeHistory)});
    }
    return docs.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("documents")
  void everyWrittenDocument_isValidAgainstItsShippedSchema(
      DocumentKind kind, String label, String json) {
    assertThat(errors(kind, json)).as("%s %s", kind, label).isEmpty();
  }

  @Test
  void theDocumentsCoverEveryKind_andEachKindShipsItsSchema() {
    Set<DocumentKind> covered = EnumSet.noneOf(DocumentKind.class);
    documents().forEach(a -> covered.add((DocumentKind) a.get()[0]));

    assertThat(covered).containsExactlyInAnyOrder(DocumentKind.values());
    for (DocumentKind kind : DocumentKind.values()) {
      assertThat(PartyorgJson.class.getResource(kind.schemaResource())).as("%s", kind).isNotNull();
    }
  }

  /** Invalid documents, each with the JSON Pointer of the place its schema must refuse. */
  static Stream<Arguments> invalidDocuments() {
    String root = seed("root.json");
    String facts = seed("yearFacts.json");
    String bundle = seed("yearBundle.json");
    String profileAndYear =
        bundle.substring(bundle.indexOf(",\n  \"fourGoodProfile\""), bundle.lastIndexOf('}'));
    String withoutFourGood = bundle.replace(profileAndYear, "");
    String withoutYear = bundle.substring(0, bundle.indexOf(",\n  \"fourGoodYear\"")) + "\n}\n";
    return Stream.of(
        Arguments.of(DocumentKind.ROOT, "no id", root.replace("\"id\": \"DUK\",", ""), ""),
        Arguments.of(
            DocumentKind.ROOT,
            "blank member id",
            root.replace("\"id\": \"M1\"", "\"id\": \" \""),
            "/baseOrganisations/0/cells/0/members/0/id"),
        Arguments.of(
            DocumentKind.ROOT,
            "another kind",
            root.replace("partyorg.root", "partyorg.yearFacts"),
            "/format"),
        Arguments.of(
            DocumentKind.ROOT,
            "impossible date",
            root.replace("\"2025-12-31\"", "\"2025-02-30\""),
            "/snapshotDate"),
        Arguments.of(
            DocumentKind.YEAR_FACTS,
            "score as a string",
            facts.replace("\"score\": 92.5", "\"score\": \"92.5\""),
            "/members/0/score"),
        Arguments.of(
            DocumentKind.POLICIES,
            "unknown field",
            seed("policies.json").replace("\"rating\": {", "\"rating\": { \"quota\": 1,"),
            "/rating"),
        Arguments.of(
            DocumentKind.YEAR_BUNDLE,
            "no yearReport",
            bundle.replaceFirst("\"yearReport\"", "\"report\""),
            ""),
        Arguments.of(
            DocumentKind.YEAR_BUNDLE,
            "a facts part in the root field",
            withoutFourGood.replaceFirst(
                "\"format\": \"partyorg.root\"", "\"format\": \"partyorg.yearFacts\""),
            "/root/format"),
        Arguments.of(
            DocumentKind.YEAR_BUNDLE,
            "a bad value in a part",
            bundle.replace("\"id\": \"M1\"", "\"id\": 1"),
            "/root/baseOrganisations/0/cells/0/members/0/id"),
        Arguments.of(
            DocumentKind.YEAR_BUNDLE, "fourGoodProfile without fourGoodYear", withoutYear, ""),
        Arguments.of(
            DocumentKind.YEAR_BUNDLE,
            "a base committee profile",
            bundle.replace("\"level\": \"CELL\"", "\"level\": \"BASE_COMMITTEE\""),
            "/fourGoodProfile/level"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("invalidDocuments")
  void invalidDocuments_areRejected_atTheRightPlace(
      DocumentKind kind, String label, String json, String pointer) {
    List<String> errors = errors(kind, json);

    assertThat(errors).as(label).isNotEmpty();
    assertThat(errors).as(label).anyMatch(e -> e.startsWith(pointer + ": "));
  }
}
