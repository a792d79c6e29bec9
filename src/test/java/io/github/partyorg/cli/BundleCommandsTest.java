package io.github.partyorg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.json.PartyorgJson;
import io.github.partyorg.json.Policies;
import io.github.partyorg.rating.QuotaHandling;
import io.github.partyorg.rating.RatingPolicies;
import io.github.partyorg.rating.Regime;
import io.github.partyorg.rating.RootRater;
import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.structure.Language;
import io.github.partyorg.targets.TargetEvaluator;
import io.github.partyorg.targets.TargetPolicies;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The commands on one {@code partyorg.yearBundle} file, {@code --regime} and {@code --policies}:
 * the sample 2022 written as one bundle gives exactly the sample's outputs, and a non-default
 * policy changes them.
 */
class BundleCommandsTest {
  private static final Year YEAR = Year.of(2022);
  private static final Path SEEDS =
      Path.of(
          "src/test/resources/io/github/partyorg/json/JsonReaderFuzzTestInputs/"
              + "readerThrowsOnlyJsonFormatException");

  /** Quota Q1 enforced and target percentages to one place: both show in the outputs. */
  private static final Policies CHANGED =
      new Policies(
          new RatingPolicies(
              RatingPolicies.defaults().disciplineEffect(),
              QuotaHandling.ENFORCE,
              RatingPolicies.defaults().quotaRounding(),
              RatingPolicies.defaults().quotaBase(),
              false),
          new TargetPolicies(
              TargetPolicies.defaults().rangeDivisor(),
              1,
              RoundingMode.HALF_UP,
              TargetPolicies.defaults().reductionRounding(),
              TargetPolicies.defaults().zeroPrevious(),
              TargetPolicies.defaults().rateOfBaseRounding()),
          Policies.defaults().admissionAge(),
          Policies.defaults().strikingOff());

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir Path dir;
  private Path bundle;
  private SampleFiles files;
  private Path changed;

  @BeforeEach
  void writeFiles() throws IOException {
    bundle = SampleFiles.writeBundle(dir, "bundle.json", YEAR, null);
    files = SampleFiles.write(dir, YEAR);
    StringWriter text = new StringWriter();
    PartyorgJson.standard().writePolicies(CHANGED, text);
    changed = write("changed.json", text.toString());
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private int run(Object... args) {
    out.reset();
    err.reset();
    String[] strings = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      strings[i] = args[i].toString();
    }
    return Main.run(
        strings,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** The stdout of a successful run with nothing on stderr. */
  private String ok(Object... args) {
    assertThat(run(args)).as(err()).isEqualTo(Main.EXIT_OK);
    assertThat(err()).isEmpty();
    return out();
  }

  private static YearEndReport sampleReport(Regime regime, Policies policies) {
    BenTreSample s = BenTreSample.get();
    return s.reportData(YEAR)
        .report(
            s.root(YEAR),
            s.facts(YEAR),
            RootRater.of(regime, policies.rating()),
            TargetEvaluator.of(policies.targets()),
            Optional.empty());
  }

  @Test
  void report_onTheBundle_printsExactlyTheSampleReport_inEveryForm() {
    YearEndReport expected = BenTreSample.get().report(YEAR);

    assertThat(ok("report", bundle)).isEqualTo(expected.toVietnameseText());
    assertThat(ok("report", bundle, "--lang", "en")).isEqualTo(expected.toEnglishText());
    assertThat(ok("report", bundle, "--format", "markdown", "--lang", "en"))
        .isEqualTo(expected.toMarkdown(Language.EN));
    StringWriter json = new StringWriter();
    PartyorgJson.standard().writeYearEndReport(expected, json);
    assertThat(ok("report", bundle, "--format", "json")).isEqualTo(json.toString());
    assertThat(ok("report", files.root(), files.facts(), files.data()))
        .isEqualTo(expected.toVietnameseText());
  }

  @Test
  void report_withAnotherRegime_isTheWhatIfReport() {
    String whatIf = ok("report", bundle, "--regime", "R2025", "--lang", "en");

    assertThat(whatIf).isEqualTo(sampleReport(Regime.R2025, Policies.defaults()).toEnglishText());
    assertThat(whatIf).isNotEqualTo(BenTreSample.get().report(YEAR).toEnglishText());
    assertThat(ok("report", "--regime", "R2025", "--lang", "en")).isEqualTo(whatIf);
    assertThat(
            ok(
                "report",
                files.root(),
                files.facts(),
                files.data(),
                "--regime",
                "R2025",
                "--lang",
                "en"))
        .isEqualTo(whatIf);
    assertThat(ok("report", bundle, "--regime", "R2018")).isEqualTo(ok("report", bundle));
  }

  @Test
  void report_withPolicies_appliesThem_fromTheFile_orFromTheBundle() throws IOException {
    String expected = sampleReport(Regime.forYear(YEAR), CHANGED).toVietnameseText();
    Path withPolicies = SampleFiles.writeBundle(dir, "withPolicies.json", YEAR, CHANGED);

    String fromFile = ok("report", bundle, "--policies", changed);

    assertThat(fromFile).isEqualTo(expected).isNotEqualTo(ok("report", bundle));
    assertThat(ok("report", withPolicies)).isEqualTo(expected);
    assertThat(ok("report", "--policies", changed)).isEqualTo(expected);
    StringWriter defaults = new StringWriter();
    PartyorgJson.standard().writePolicies(Policies.defaults(), defaults);
    Path defaultsFile = write("defaults.json", defaults.toString());
    assertThat(ok("report", withPolicies, "--policies", defaultsFile))
        .as("--policies replaces the bundle's policies")
        .isEqualTo(BenTreSample.get().report(YEAR).toVietnameseText());
  }

  @Test
  void targets_onTheBundle_isTheThreeFilesOutput_andPoliciesChangeThePercentages() {
    String onBundle = ok("targets", bundle, "--lang", "en");
    assertThat(onBundle)
        .isEqualTo(ok("targets", files.root(), files.facts(), files.data(), "--lang", "en"));

    String oneDecimal = ok("targets", bundle, "--lang", "en", "--policies", changed);

    assertThat(oneDecimal).isNotEqualTo(onBundle);
    assertThat(oneDecimal)
        .isEqualTo(
            TargetsCommand.text(
                sampleReport(Regime.forYear(YEAR), CHANGED).evaluation().orElseThrow(),
                Language.EN));
    assertThat(ok("targets", bundle, "--format", "json", "--policies", changed))
        .contains("\"percentScale\" : 1");
  }

  @Test
  void rate_onTheBundle_andQuotaEnforcedByPolicies() {
    BenTreSample s = BenTreSample.get();
    String warn = ok("rate", bundle, "--lang", "en");
    assertThat(warn).isEqualTo(ok("rate", files.root(), files.facts(), "--lang", "en"));
    assertThat(warn).isEqualTo(RateCommand.summary(s.root(YEAR), s.rating(YEAR), Language.EN));

    String enforce = ok("rate", bundle, "--lang", "en", "--policies", changed);

    assertThat(enforce)
        .isNotEqualTo(warn)
        .isEqualTo(
            RateCommand.summary(
                s.root(YEAR),
                RootRater.of(Regime.forYear(YEAR), CHANGED.rating())
                    .rate(s.root(YEAR), s.facts(YEAR)),
                Language.EN));
    assertThat(ok("rate", files.root(), files.facts(), "--lang", "en", "--policies", changed))
        .isEqualTo(enforce);
  }

  @Test
  void aBrokenPoliciesFile_exits3_withPathLineAndColumn_andNothingOnStdout() throws IOException {
    Path broken =
        write(
            "broken.json",
            "{\n  \"format\": \"partyorg.policies\",\n  \"version\": 1,\n"
                + "  \"rating\": { \"quotaHandling\": \"SOMETIMES\" }\n}\n");

    for (Object[] args :
        new Object[][] {
          {"report", bundle, "--policies", broken},
          {"report", "--policies", broken},
          {"rate", bundle, "--policies", broken},
          {"targets", files.root(), files.facts(), files.data(), "--policies", broken}
        }) {
      assertThat(run(args)).isEqualTo(Main.EXIT_INVALID_INPUT);
      assertThat(out()).isEmpty();
      assertThat(err())
          .isEqualTo(
              "partyorg: "
                  + broken
                  + ": $.rating.quotaHandling (line 4, column 32): Invalid value: expected one of"
                  + " WARN, ENFORCE.\n");
    }
    assertThat(run("rate", bundle, "--policies", dir.resolve("none.json")))
        .isEqualTo(Main.EXIT_INVALID_INPUT);
    assertThat(err()).contains("none.json: no such file");
    assertThat(run("rate", bundle, "--policies", bundle)).isEqualTo(Main.EXIT_INVALID_INPUT);
    assertThat(err()).contains("Wrong document: expected partyorg.policies");
  }

  @Test
  void aBrokenBundle_exits3_withThePathThroughThePart() throws IOException {
    String json = Files.readString(bundle, StandardCharsets.UTF_8);
    String id = BenTreSample.get().root(YEAR).baseOrganisations().get(3).id().value();
    Path broken = write("broken.json", json.replace("\"id\" : \"" + id + "\"", "\"id\" : 42"));

    for (String command : new String[] {"report", "rate", "targets", "validate"}) {
      assertThat(run(command, broken)).as(command).isEqualTo(Main.EXIT_INVALID_INPUT);
      assertThat(out()).isEmpty();
      assertThat(err())
          .startsWith("partyorg: " + broken + ": $.root.baseOrganisations[3].id (line ")
          .contains("Wrong type: expected a string, found a number.");
    }
  }

  @Test
  void validateAndCharter_readABundle_andRefuseOtherKinds() throws IOException {
    String onRoot = ok("validate", files.root(), "--format", "json");

    assertThat(ok("validate", bundle, "--format", "json")).isEqualTo(onRoot);
    assertThat(ok("charter", bundle, "--lang", "en"))
        .isEqualTo(ok("charter", files.root(), "--lang", "en"));

    assertThat(run("validate", changed)).isEqualTo(Main.EXIT_INVALID_INPUT);
    assertThat(out()).isEmpty();
    assertThat(err())
        .isEqualTo(
            "partyorg: "
                + changed
                + ": a partyorg.policies document; give a partyorg.root or a partyorg.yearBundle"
                + " document\n");
    Path notJson = write("not.json", "{\"format\": ");
    assertThat(run("validate", notJson)).isEqualTo(Main.EXIT_INVALID_INPUT);
    assertThat(out()).isEmpty();
    assertThat(err())
        // Issue 17: at the field whose value is missing, as the other commands report it.
        .contains("not.json: $.format (line 1, column 12): ")
        .contains("Malformed JSON: the document ends too early.");
  }

  @Test
  void fourgood_onABundleWithItsFourGoodParts_isTheThreeFilesOutput() {
    Path seedBundle = SEEDS.resolve("yearBundle.json");
    String threeFiles =
        ok(
            "fourgood",
            SEEDS.resolve("root.json"),
            SEEDS.resolve("fourGoodProfile.json"),
            SEEDS.resolve("fourGoodYear.json"),
            "--format",
            "json");

    assertThat(ok("fourgood", seedBundle, "--format", "json")).isEqualTo(threeFiles);
    assertThat(ok("fourgood", seedBundle, "--lang", "en"))
        .contains("Eligible to be proposed for recognition: ");

    assertThat(run("fourgood", bundle)).isEqualTo(Main.EXIT_INVALID_INPUT);
    assertThat(out()).isEmpty();
    assertThat(err())
        .isEqualTo(
            "partyorg: " + bundle + ": the bundle has no fourGoodProfile and fourGoodYear parts\n");
  }

  @Test
  void theBundlesFourGoodParts_giveTheComputedFourGoodShare() throws IOException {
    String json = Files.readString(SEEDS.resolve("yearBundle.json"), StandardCharsets.UTF_8);
    String fourGoodTarget =
        json.replaceFirst(
            "\"metric\": \\{ \"reported\": \"PLAN\"[^\\n]*\\n\\s*\"goal\": \\{ \"kind\":"
                + " \"PLAN_COMPLETION\" \\}",
            "\"metric\": { \"computed\": \"FOUR_GOOD_CELLS\" },"
                + " \"goal\": { \"kind\": \"SHARE_AT_LEAST\", \"percent\": 50 }");
    assertThat(fourGoodTarget).isNotEqualTo(json);
    Path with = write("with.json", fourGoodTarget);
    int parts = fourGoodTarget.indexOf(",\n  \"fourGoodProfile\"");
    Path without = write("without.json", fourGoodTarget.substring(0, parts) + "\n}\n");

    String computed = ok("targets", with, "--lang", "en");
    String unknown = ok("targets", without, "--lang", "en");

    // The share computed from the bundle's four-good parts (0 of 3 cells); where a figure came
    // from is in the structured result, no longer in the sentence (REFERENCE 6a).
    assertThat(computed).contains("- T2 [NOT_MET]").contains("(0/3)");
    assertThat(unknown).contains("- T2 [UNKNOWN]");
  }

  @Test
  void bundleForms_refuseMisuse() {
    assertThat(run("report", bundle, "--year", "2022")).isEqualTo(Main.EXIT_USAGE);
    assertThat(err()).contains("--year applies to the bundled sample only");
    assertThat(run("report", bundle, "--regime", "R1999")).isEqualTo(Main.EXIT_USAGE);
    assertThat(err()).contains("--regime needs R2018, R2023 or R2025, not 'R1999'");
    assertThat(run("report", bundle, "--policies")).isEqualTo(Main.EXIT_USAGE);
    assertThat(err()).contains("--policies needs a file");
    assertThat(run("fourgood", bundle, "--policies", changed)).isEqualTo(Main.EXIT_USAGE);
    assertThat(err()).contains("--policies does not apply to the fourgood command");
    assertThat(run("validate", bundle, "--policies", changed)).isEqualTo(Main.EXIT_USAGE);
    assertThat(err()).contains("--policies does not apply to the validate command");
    assertThat(run("targets", bundle, bundle)).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("rate", bundle, bundle, bundle)).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("report", bundle, "rate")).isEqualTo(Main.EXIT_USAGE);
    assertThat(err()).contains("give one command, not 'report' and 'rate'");
    assertThat(out()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"report", "rate", "targets", "fourgood"})
  void theHelpOfEachYearlyCommand_namesTheBundleForm(String command) {
    String help = ok(command, "--help", "--lang", "en");

    assertThat(help)
        .contains("partyorg " + command + " BUNDLE_FILE", "partyorg.yearBundle", "Exit codes:");
    assertThat(ok(command, "--help"))
        .contains("partyorg " + command + " BUNDLE_FILE", "partyorg.yearBundle", "Mã thoát:");
    if (!command.equals("fourgood")) {
      assertThat(help).contains("--policies FILE", "--regime R2018|R2023|R2025");
    }
  }
}
