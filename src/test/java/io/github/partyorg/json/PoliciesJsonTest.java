package io.github.partyorg.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.partyorg.charter.AdmissionAgePolicy;
import io.github.partyorg.charter.StrikingOffPolicy;
import io.github.partyorg.rating.DisciplineEffect;
import io.github.partyorg.rating.QuotaBase;
import io.github.partyorg.rating.QuotaHandling;
import io.github.partyorg.rating.QuotaRounding;
import io.github.partyorg.rating.RatingPolicies;
import io.github.partyorg.targets.TargetPolicies;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.RoundingMode;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code partyorg.policies}: round trip, defaults when absent, errors with path and line. */
class PoliciesJsonTest {

  private static Policies read(String json) {
    return PartyorgJson.standard().readPolicies(new StringReader(json));
  }

  private static String write(Policies policies) {
    StringWriter out = new StringWriter();
    PartyorgJson.standard().writePolicies(policies, out);
    return out.toString();
  }

  private static <E extends Enum<E>> E pick(Random random, Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[random.nextInt(values.length)];
  }

  static Policies random(long seed) {
    Random random = new Random(seed);
    RoundingMode rounding;
    do {
      rounding = pick(random, RoundingMode.class);
    } while (rounding == RoundingMode.UNNECESSARY);
    return new Policies(
        new RatingPolicies(
            pick(random, DisciplineEffect.class),
            pick(random, QuotaHandling.class),
            pick(random, QuotaRounding.class),
            pick(random, QuotaBase.class),
            random.nextBoolean()),
        new TargetPolicies(
            pick(random, TargetPolicies.RangeDivisor.class),
            random.nextInt(11),
            rounding,
            pick(random, TargetPolicies.ReductionRounding.class),
            pick(random, TargetPolicies.ZeroPrevious.class),
            pick(random, TargetPolicies.RateOfBaseRounding.class),
            pick(random, TargetPolicies.AboveThreshold.class)),
        pick(random, AdmissionAgePolicy.class),
        pick(random, StrikingOffPolicy.class));
  }

  static LongStream seeds() {
    return LongStream.range(0, 150);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomPolicies_roundTrip(long seed) {
    Policies policies = random(seed);

    assertThat(read(write(policies))).isEqualTo(policies);
  }

  @Test
  void theDefaults_areWrittenInFull_andRoundTrip() {
    String json = write(Policies.defaults());

    assertThat(json)
        .startsWith("{\n  \"format\" : \"partyorg.policies\",\n  \"version\" : 1,")
        .contains("\"quotaRounding\" : \"FLOOR\"", "\"percentScale\" : 2")
        .contains("\"strikingOff\" : \"ANY_MONTHS_COMBINED\"");
    assertThat(read(json)).isEqualTo(Policies.defaults());
  }

  @Test
  void anEmptyDocument_isEveryDefault() {
    assertThat(read("{\"format\": \"partyorg.policies\", \"version\": 1}"))
        .isEqualTo(Policies.defaults());
    assertThat(
            read(
                "{\"format\": \"partyorg.policies\", \"version\": 1,"
                    + " \"rating\": {}, \"targets\": {}, \"charter\": {}}"))
        .isEqualTo(Policies.defaults());
  }

  @Test
  void absentFields_keepTheirDefaults_besideTheGivenOnes() {
    Policies p =
        read(
            """
            {
              "format": "partyorg.policies",
              "version": 1,
              "rating": {"quotaHandling": "ENFORCE"},
              "targets": {"percentScale": 4},
              "charter": {"admissionAge": "EXACT_DAY"}
            }
            """);

    assertThat(p.rating())
        .isEqualTo(RatingPolicies.defaults().withQuotaHandling(QuotaHandling.ENFORCE));
    assertThat(p.targets())
        .isEqualTo(TargetPolicies.defaults().withPercentPrecision(4, RoundingMode.HALF_UP));
    assertThat(p.admissionAge()).isEqualTo(AdmissionAgePolicy.EXACT_DAY);
    assertThat(p.strikingOff()).isEqualTo(StrikingOffPolicy.DEFAULT);
  }

  private static JsonFormatException error(String json) {
    JsonFormatException e = catchThrowableOfType(JsonFormatException.class, () -> read(json));
    assertThat(e).as("a JsonFormatException").isNotNull();
    assertThat(e.getMessage())
        .startsWith(e.path() + " (line " + e.line() + ", column " + e.column() + "): ");
    return e;
  }

  private static final String HEAD = "{\n  \"format\": \"partyorg.policies\",\n  \"version\": 1,\n";

  @Test
  void anInvalidEnumValue_namesItsPathAndLine() {
    JsonFormatException e = error(HEAD + "  \"rating\": {\n    \"quotaBase\": \"ALL\"\n  }\n}");

    assertThat(e.path()).isEqualTo("$.rating.quotaBase");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.getMessage()).contains("EXACTLY_HTTNV, HTTNV_OR_BETTER");
  }

  @Test
  void anUnknownField_namesItsPathAndLine() {
    JsonFormatException e = error(HEAD + "  \"charter\": {\n    \"other\": 1\n  }\n}");

    assertThat(e.path()).isEqualTo("$.charter.other");
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.getMessage()).contains("Unknown field");
  }

  @Test
  void aScaleOutOfRange_andAWrongType_andADuplicateKey() {
    JsonFormatException scale = error(HEAD + "  \"targets\": {\n    \"percentScale\": 11\n  }\n}");
    assertThat(scale.path()).isEqualTo("$.targets.percentScale");
    assertThat(scale.line()).isEqualTo(5);

    JsonFormatException type = error(HEAD + "  \"rating\": {\n    \"o9Enabled\": \"yes\"\n  }\n}");
    assertThat(type.path()).isEqualTo("$.rating.o9Enabled");
    assertThat(type.getMessage()).contains("expected a boolean");

    JsonFormatException duplicate = error(HEAD + "  \"rating\": {},\n  \"rating\": {}\n}");
    assertThat(duplicate.path()).isEqualTo("$.rating");
    assertThat(duplicate.line()).isEqualTo(5);
  }

  @Test
  void aRoundingTheModelRefuses_isReportedAtItsObject() {
    JsonFormatException e =
        error(HEAD + "  \"targets\": {\n    \"percentRounding\": \"UNNECESSARY\"\n  }\n}");

    assertThat(e.path()).isEqualTo("$.targets");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.getMessage()).contains("UNNECESSARY");
  }

  @Test
  void anotherKind_isTheWrongDocument() {
    JsonFormatException e = error("{\"format\": \"partyorg.root\", \"version\": 1}");

    assertThat(e.path()).isEqualTo("$.format");
    assertThat(e.getMessage()).contains("expected partyorg.policies");
  }

  /** Each default the schema documents is the value the library writes for the defaults. */
  @Test
  void theSchemaDefaults_areTheLibraryDefaults() throws java.io.IOException {
    String schema;
    try (java.io.InputStream in =
        PartyorgJson.class.getResourceAsStream(DocumentKind.POLICIES.schemaResource())) {
      assertThat(in).isNotNull();
      schema = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    String written = write(Policies.defaults());
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\"(\\w+)\": \\{[^{}]*?\"default\": ([^,\\n}]+)")
            .matcher(schema);
    int count = 0;
    while (m.find()) {
      assertThat(written).contains("\"" + m.group(1) + "\" : " + m.group(2).strip());
      count++;
    }
    // 13, the six rating policies of issue 11 (C0 reading, O3, O5, Q1 under R2025, scope,
    // groups) and the target policy of REFERENCE 6a (aboveThreshold).
    assertThat(count).isEqualTo(20);
  }
}
