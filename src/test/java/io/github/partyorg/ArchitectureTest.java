package io.github.partyorg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The package rules of docs/ARCHITECTURE.md, checked on the compiled main classes. */
class ArchitectureTest {

  /** Feature packages from the bottom up: each may use only those before it. */
  static final List<String> LAYERS =
      List.of(
          "structure",
          "charter",
          "rating",
          "fourgood",
          "targets",
          "report",
          "history",
          "document",
          "sample",
          "json",
          "cli");

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.partyorg");
    // Without classes every rule below would pass vacuously.
    assertThat(classes.containPackage("io.github.partyorg.structure")).isTrue();
    assertThat(classes.containPackage("io.github.partyorg.cli")).isTrue();
  }

  static Stream<String> layers() {
    return LAYERS.stream();
  }

  @ParameterizedTest(name = "{0} depends only on the packages below it")
  @MethodSource("layers")
  void featurePackagesDependOnlyDownwards(String layer) {
    int index = LAYERS.indexOf(layer);
    String[] above =
        LAYERS.subList(index + 1, LAYERS.size()).stream()
            .map(p -> "io.github.partyorg." + p + "..")
            .toArray(String[]::new);
    if (above.length == 0) {
      return;
    }
    noClasses()
        .that()
        .resideInAPackage("io.github.partyorg." + layer + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(above)
        .allowEmptyShould(true)
        .because("features depend downwards: " + String.join(" < ", LAYERS))
        .check(classes);
  }

  @Test
  void structureDependsOnNoOtherFeaturePackage() {
    String[] others =
        LAYERS.stream()
            .filter(p -> !p.equals("structure"))
            .map(p -> "io.github.partyorg." + p + "..")
            .toArray(String[]::new);
    noClasses()
        .that()
        .resideInAPackage("io.github.partyorg.structure..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(others)
        .check(classes);
  }

  @Test
  void nothingOutsideCliWritesToTheConsole() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.github.partyorg.cli..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethod(Throwable.class, "printStackTrace")
        .check(classes);
  }

  @Test
  void generatedImmutableImplementationsAreNotPublic() {
    classes()
        .that()
        .haveSimpleNameStartingWith("Immutable")
        .should()
        .notBePublic()
        .allowEmptyShould(false)
        .check(classes);
  }

  @Test
  void onlyTheDocumentPackageUsesApachePoi() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.github.partyorg.document..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.poi..", "org.openxmlformats..", "org.apache.xmlbeans..")
        .check(classes);
  }

  @Test
  void onlyThePoiWriterNamesPoiTypes() {
    // ReportDocx checks that POI is there before the class that uses it is loaded, so that a
    // missing POI is an IllegalStateException naming it, not a NoClassDefFoundError.
    noClasses()
        .that()
        .resideInAPackage("io.github.partyorg.document..")
        .and()
        .doNotHaveSimpleName("PoiReportWriter")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.poi..", "org.openxmlformats..", "org.apache.xmlbeans..")
        .check(classes);
  }

  @Test
  void domainPackagesAreFreeOfJackson() {
    String[] domain =
        Arrays.stream(LAYERS.toArray(String[]::new))
            .filter(p -> !p.equals("json") && !p.equals("cli"))
            .map(p -> "io.github.partyorg." + p + "..")
            .toArray(String[]::new);
    noClasses()
        .that()
        .resideInAnyPackage(domain)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
        .check(classes);
  }
}
