package io.github.partyorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The release steps of docs/RELEASING.md that a build can check: the POM carries what Maven Central
 * requires, the changelog has a dated section for a release version, every API incompatibility
 * accepted in japicmp's excludes is explained in that section, and the documented commands match
 * the build.
 */
class ReleaseFilesTest {

  private static final Set<String> CHANGE_KINDS =
      Set.of("Added", "Changed", "Deprecated", "Removed", "Fixed", "Security");
  private static final Pattern VERSION_HEADING =
      Pattern.compile("^## \\[(Unreleased|\\d+\\.\\d+\\.\\d+)](?: - (\\d{4}-\\d{2}-\\d{2}))?$");

  private static Element project;
  private static String version;
  private static String changelog;

  @BeforeAll
  static void readFiles() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
    project = pom.getDocumentElement();
    version = childText(project, "version");
    changelog = read("CHANGELOG.md");
  }

  @Test
  void pom_carriesEveryElementMavenCentralRequires() {
    assertThat(childText(project, "name")).isNotBlank();
    assertThat(childText(project, "description")).isNotBlank();
    assertThat(childText(project, "url")).startsWith("https://");
    Element license = child(child(project, "licenses"), "license");
    assertThat(childText(license, "name")).isEqualTo("Apache-2.0");
    assertThat(childText(license, "url")).startsWith("https://");
    Element developer = child(child(project, "developers"), "developer");
    assertThat(childText(developer, "name")).isNotBlank();
    Element scm = child(project, "scm");
    assertThat(childText(scm, "url")).startsWith("https://");
    assertThat(childText(scm, "connection")).startsWith("scm:git:");
    assertThat(childText(scm, "developerConnection")).startsWith("scm:git:");
    assertThat(childText(child(project, "issueManagement"), "url")).startsWith("https://");
  }

  @Test
  void pom_hasAFixedTimestampForReproducibleArchives() {
    String timestamp = childText(child(project, "properties"), "project.build.outputTimestamp");
    assertThat(Instant.parse(timestamp)).isBefore(Instant.parse("2100-01-01T00:00:00Z"));
  }

  @Test
  void changelog_isKeepAChangelog_withKnownKindsOnly() {
    assertThat(changelog).startsWith("# Changelog").contains("keepachangelog.com");
    List<String> versions = new ArrayList<>();
    for (String line : changelog.lines().toList()) {
      if (line.startsWith("## ")) {
        Matcher m = VERSION_HEADING.matcher(line);
        assertThat(m.matches()).as("version heading: %s", line).isTrue();
        if (!m.group(1).equals("Unreleased")) {
          assertThat(m.group(2)).as("release date of %s", m.group(1)).isNotNull();
          LocalDate.parse(m.group(2));
        }
        versions.add(m.group(1));
      } else if (line.startsWith("### ")) {
        assertThat(CHANGE_KINDS).as("change kind: %s", line).contains(line.substring(4));
      }
    }
    assertThat(versions).doesNotHaveDuplicates().isNotEmpty();
  }

  @Test
  void releaseVersion_hasADatedChangelogSection_andTheReadmeNamesIt() throws IOException {
    String base = version.replace("-SNAPSHOT", "");
    if (!version.endsWith("-SNAPSHOT")) {
      assertThat(changelog).containsPattern("(?m)^## \\[" + Pattern.quote(base) + "] - \\d{4}");
    }
    // A snapshot's README names the last release, the version a user can add (japicmp.baseline).
    String named =
        version.endsWith("-SNAPSHOT")
            ? childText(child(project, "properties"), "japicmp.baseline")
            : version;
    assertThat(read("README.md")).contains("io.github.partyorg:partyorg:" + named);
  }

  @Test
  void everyAcceptedApiIncompatibility_isExplainedInTheChangelogOfThisVersion() {
    String section = sectionOf(version.replace("-SNAPSHOT", ""));
    for (String excluded : japicmpExcludes()) {
      assertThat(section).as("CHANGELOG.md explains the excluded %s", excluded).contains(excluded);
    }
  }

  @Test
  void japicmp_comparesWithTheDocumentedBaseline() throws IOException {
    String baseline = childText(child(project, "properties"), "japicmp.baseline");
    assertThat(baseline).matches("\\d+\\.\\d+\\.\\d+");
    assertThat(read("docs/RELEASING.md")).contains("japicmp.baseline");
  }

  @Test
  void releasingDoc_commandsMatchTheBuild() throws IOException {
    String releasing = read("docs/RELEASING.md");
    assertThat(releasing)
        .contains("./mvnw -B -Prelease clean deploy -Dmaven.test.skip=true -Dgpg.keyname=KEY_ID")
        .contains(".ci/release-check")
        .contains("central-bundle.zip");
    assertThat(Path.of(".ci/release-check")).isExecutable();
    NodeList ids = project.getElementsByTagName("id");
    List<String> profiles = new ArrayList<>();
    for (int i = 0; i < ids.getLength(); i++) {
      if (ids.item(i).getParentNode().getNodeName().equals("profile")) {
        profiles.add(ids.item(i).getTextContent().trim());
      }
    }
    assertThat(profiles).contains("release");
    assertThat(read(".ci/run")).contains(".ci/release-check");
  }

  private static String sectionOf(String release) {
    int start = changelog.indexOf("## [" + release + "]");
    if (start < 0) {
      start = changelog.indexOf("## [Unreleased]");
    }
    assertThat(start).as("a changelog section for %s", release).isNotNegative();
    int end = changelog.indexOf("\n## [", start + 4);
    return end < 0 ? changelog.substring(start) : changelog.substring(start, end);
  }

  private static List<String> japicmpExcludes() {
    List<String> excludes = new ArrayList<>();
    NodeList nodes = project.getElementsByTagName("exclude");
    for (int i = 0; i < nodes.getLength(); i++) {
      Node parent = nodes.item(i).getParentNode();
      if (parent.getNodeName().equals("excludes")
          && parent.getParentNode().getNodeName().equals("parameter")) {
        excludes.add(nodes.item(i).getTextContent().trim());
      }
    }
    return excludes;
  }

  private static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    throw new AssertionError("pom.xml has no <" + name + "> in <" + parent.getTagName() + ">");
  }

  private static String childText(Element parent, String name) {
    return child(parent, name).getTextContent().trim();
  }

  private static String read(String path) throws IOException {
    return Files.readString(Path.of(path), StandardCharsets.UTF_8);
  }
}
