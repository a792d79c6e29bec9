package io.github.partyorg.document;

import static io.github.partyorg.document.PageXml.el;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.fourgood.FourGoodEvaluator;
import io.github.partyorg.fourgood.FourGoodResult;
import io.github.partyorg.fourgood.FourGoodYear;
import io.github.partyorg.fourgood.Presets;
import io.github.partyorg.rating.Level;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.sample.BenTreSample;
import io.github.partyorg.sample.ExampleBloc;
import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.Catalogue;
import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.Share;
import io.github.partyorg.targets.ResolutionEvaluation;
import io.github.partyorg.targets.TargetStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * The HTML page: one self-contained document (no network, no script), the report's text, and each
 * chart's numbers checked against the rating, the evaluation and the four-good results computed
 * apart from the page.
 */
class ReportPageTest {
  private static final BenTreSample SAMPLE = BenTreSample.get();

  static Stream<Year> years() {
    return BenTreSample.YEARS.stream();
  }

  private static ReportPage page(Year year) {
    return ReportPage.of(SAMPLE.report(year), SAMPLE.root(year), SAMPLE.rating(year));
  }

  private static FourGoodResult fourGood(Year year) {
    RootRating rating = SAMPLE.rating(year);
    FourGoodYear records =
        FourGoodYear.builder().year(year).ratingInputs(rating, SAMPLE.facts(year)).build();
    return FourGoodEvaluator.evaluate(SAMPLE.root(year), Presets.nationalFrame(), records);
  }

  @Test
  void writesThePageOf2022ForAPersonToLookAt() throws IOException {
    Year year = Year.of(2022);
    String html = page(year).withFourGood(fourGood(year)).html();
    Files.writeString(
        DocumentFixtures.outputDirectory().resolve("report-2022.html"),
        html,
        StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"vi\">");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("years")
  void thePageIsSelfContainedAndPrintableOnA4(Year year) {
    String html = page(year).html();
    PageXml page = PageXml.parse(html);
    assertThat(page.all("//" + el("script"))).isEmpty();
    assertThat(page.all("//*[@src]")).isEmpty();
    assertThat(page.all("//" + el("link"))).isEmpty();
    // The only address in the page is the SVG namespace, a name that is never fetched.
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
        .doesNotContain("http:")
        .doesNotContain("https:")
        .doesNotContain("url(")
        .doesNotContain("@import");
    assertThat(page.one("//" + el("meta")).getAttribute("charset")).isEqualTo("utf-8");
    assertThat(page.one("//" + el("style")).getTextContent())
        .contains("@page { size: A4; margin: 25mm 15mm 25mm 35mm; }");
    assertThat(page.one("/" + el("html")).getAttribute("lang")).isEqualTo("vi");
    assertThat(page.one("//" + el("h1")).getTextContent())
        .isEqualTo("Báo cáo tổng kết năm " + year);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("years")
  void thePageHoldsEverySectionOfTheReport(Year year) {
    YearEndReport report = SAMPLE.report(year);
    PageXml page = PageXml.parse(page(year).html());
    List<Element> sections = page.all("//" + el("section") + "[@class='report-section']");
    List<YearEndReport.Section> expected = report.sections(Language.VI);
    assertThat(sections).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      Element section = sections.get(i);
      PageXml one = PageXml.parse(outer(section));
      assertThat(one.one("//" + el("h3")).getTextContent())
          .isEqualTo((i + 1) + ". " + expected.get(i).heading());
      assertThat(one.all("//" + el("p")).stream().map(Element::getTextContent).toList())
          .containsExactlyElementsOf(expected.get(i).lines());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("years")
  void everyChartHasATextAlternative(Year year) {
    PageXml page = PageXml.parse(page(year).withFourGood(fourGood(year)).html());
    List<Element> svgs = page.all("//" + el("svg"));
    assertThat(svgs).hasSize(4);
    for (Element svg : svgs) {
      assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
      assertThat(svg.getAttribute("role")).isEqualTo("img");
      String[] labelledBy = svg.getAttribute("aria-labelledby").split(" ");
      assertThat(labelledBy).hasSize(2);
      Element title = page.one("//*[@id='" + labelledBy[0] + "']");
      Element desc = page.one("//*[@id='" + labelledBy[1] + "']");
      assertThat(title.getLocalName()).isEqualTo("title");
      assertThat(desc.getLocalName()).isEqualTo("desc");
      assertThat(title.getTextContent()).isNotBlank();
      int bars = page.all("//*[@id='" + labelledBy[0] + "']/../" + el("g")).size();
      assertThat(desc.getTextContent().split("; ")).hasSize(bars);
      Element figure = (Element) svg.getParentNode();
      assertThat(figure.getLocalName()).isEqualTo("figure");
      PageXml table = PageXml.parse(outer(figure));
      assertThat(table.all("//" + el("table") + "//" + el("tbody") + "/" + el("tr"))).hasSize(bars);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("years")
  void baseOrganisationsByLevelCountTheFinalLevelOfEachBaseOrganisation(Year year) {
    Root root = SAMPLE.root(year);
    RootRating rating = SAMPLE.rating(year);
    Map<Level, Long> counted = new EnumMap<>(Level.class);
    long unrated = 0;
    for (BaseOrganisation base : root.baseOrganisations()) {
      var level = rating.finalLevel(base.id());
      if (level.isPresent()) {
        counted.merge(level.get(), 1L, Long::sum);
      } else {
        unrated++;
      }
    }
    PageXml page = PageXml.parse(page(year).html());
    List<Long> values = values(page, "chart-base-organisations-by-level");
    List<Long> expected = new ArrayList<>();
    for (Level level : Level.values()) {
      expected.add(counted.getOrDefault(level, 0L));
    }
    assertThat(values.subList(0, 4)).containsExactlyElementsOf(expected);
    assertThat(values.stream().skip(4).mapToLong(Long::longValue).sum()).isEqualTo(unrated);
    assertThat(values.stream().mapToLong(Long::longValue).sum())
        .isEqualTo(root.baseOrganisations().size());
    assertWidthsProportional(page, "chart-base-organisations-by-level");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("years")
  void membersByLevelCountEachMembersFinalLevel(Year year) {
    Root root = SAMPLE.root(year);
    RootRating rating = SAMPLE.rating(year);
    Map<Level, Long> counted = new EnumMap<>(Level.class);
    root.allMembers()
        .forEach(m -> rating.finalLevel(m.id()).ifPresent(l -> counted.merge(l, 1L, Long::sum)));
    PageXml page = PageXml.parse(page(year).html());
    List<Long> values = values(page, "chart-members-by-level");
    for (Level level : Level.values()) {
      assertThat(values.get(level.ordinal()))
          .as("%s", level)
          .isEqualTo(counted.getOrDefault(level, 0L));
    }
    long rated = counted.values().stream().mapToLong(Long::longValue).sum();
    assertThat(values.stream().mapToLong(Long::longValue).sum()).isEqualTo(root.memberCount());
    // The share printed for HTTNV is of the members rated, as the report phrases it.
    String httnv =
        page.all("//*[@id='chart-members-by-level']//" + el("tbody") + "/" + el("tr"))
            .get(1)
            .getTextContent();
    assertThat(httnv)
        .endsWith(
            SAMPLE
                .report(year)
                .numbers()
                .percent(SAMPLE.report(year).numbers().percentOf(counted.get(Level.HTTNV), rated)));
    assertWidthsProportional(page, "chart-members-by-level");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("years")
  void targetsByStatusCountTheOutcomesOfTheYearsResolution(Year year) {
    ResolutionEvaluation evaluation = SAMPLE.evaluation(year);
    PageXml page = PageXml.parse(page(year).html());
    List<Long> values = values(page, "chart-targets-by-status");
    List<Long> expected = new ArrayList<>();
    for (TargetStatus status : TargetStatus.values()) {
      expected.add(evaluation.outcomes().stream().filter(o -> o.status() == status).count());
    }
    assertThat(values).containsExactlyElementsOf(expected);
    assertThat(values.stream().mapToLong(Long::longValue).sum())
        .isEqualTo(evaluation.resolution().targets().size());
    assertWidthsProportional(page, "chart-targets-by-status");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("years")
  void fourGoodShareIsTheShareOfCellsGrantedTheTitle(Year year) {
    FourGoodResult result = fourGood(year);
    long granted = result.cells().stream().filter(c -> c.granted()).count();
    PageXml page = PageXml.parse(page(year).withFourGood(result).html());
    List<Element> bars = page.all("//*[@id='chart-four-good']//" + el("g"));
    assertThat(bars).isNotEmpty();
    assertThat(bars.get(0).getAttribute("data-value")).isEqualTo(String.valueOf(granted));
    assertThat(bars.get(0).getAttribute("data-whole"))
        .isEqualTo(String.valueOf(result.cells().size()));
    Share committees = result.baseCommitteeShare().orElse(Share.of(0, 0));
    if (!committees.isEmpty()) {
      assertThat(bars.get(1).getAttribute("data-value"))
          .isEqualTo(String.valueOf(committees.part()));
    }
  }

  @Test
  void withoutFourGoodFiguresTheChartSaysSo() {
    Year year = Year.of(2022);
    PageXml page = PageXml.parse(page(year).html());
    Element figure = page.one("//*[@id='chart-four-good']");
    assertThat(figure.getAttribute("class")).isEqualTo("chart no-data");
    assertThat(figure.getTextContent()).contains("Chưa có số liệu");
  }

  @Test
  void theEnglishPageHasTheEnglishReportAndWords() {
    Year year = Year.of(2022);
    String html = page(year).html(Language.EN);
    PageXml page = PageXml.parse(html);
    assertThat(page.one("/" + el("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(page.one("//*[@id='chart-members-by-level-title']").getTextContent())
        .isEqualTo("Quality rating of the members");
    assertThat(html).contains(SAMPLE.report(year).sections(Language.EN).get(0).heading());
  }

  @Test
  void aCallersCatalogue_givesThePageItsWords_andTheReportsSentences() {
    Year year = Year.of(2022);
    Catalogue own =
        Catalogue.standard()
            .withOverrides(
                Language.VI,
                Map.of(
                    "document.page.membersByLevel", "Kết quả xếp loại đảng viên",
                    "report.heading.party", "Công tác xây dựng tổ chức đảng và đảng viên"));
    String html = page(year).html(Language.VI, own);
    PageXml page = PageXml.parse(html);
    assertThat(page.one("//*[@id='chart-members-by-level-title']").getTextContent())
        .isEqualTo("Kết quả xếp loại đảng viên");
    assertThat(html).contains("Công tác xây dựng tổ chức đảng và đảng viên");
    assertThat(page(year).html(Language.VI)).doesNotContain("Kết quả xếp loại đảng viên");
  }

  @Test
  void countsUnderTenHaveALeadingZero_inTheVietnamesePageOnly_REFERENCE6a() {
    Year year = Year.of(2022);
    PageXml vi = PageXml.parse(page(year).html(Language.VI));
    PageXml en = PageXml.parse(page(year).html(Language.EN));
    assertThat(texts(vi, "//" + el("td")))
        .noneMatch(s -> s.matches("[1-9]"))
        .anyMatch(s -> s.matches("0[1-9]"));
    assertThat(texts(en, "//" + el("td")))
        .noneMatch(s -> s.matches("0[1-9]"))
        .anyMatch(s -> s.matches("[1-9]"));
  }

  private static List<String> texts(PageXml page, String xpath) {
    List<String> out = new ArrayList<>();
    for (Element e : page.all(xpath)) {
      out.add(e.getTextContent().strip());
    }
    return out;
  }

  @Test
  void everyBaseOrganisationHasARow() {
    Year year = Year.of(2023);
    Root root = SAMPLE.root(year);
    PageXml page = PageXml.parse(page(year).html());
    List<Element> rows = page.all("//*[@id='base-organisations']//" + el("tbody") + "/" + el("tr"));
    assertThat(rows.stream().map(r -> r.getAttribute("data-id")).toList())
        .containsExactlyElementsOf(
            root.baseOrganisations().stream().map(b -> b.id().value()).toList());
  }

  @Test
  void textIsEscaped() {
    assertThat(ReportPage.escape("a < b & \"c\" > d"))
        .isEqualTo("a &lt; b &amp; &quot;c&quot; &gt; d");
  }

  @Test
  void aPageOfAnotherRootOrYearIsRefused() {
    Year year = Year.of(2022);
    YearEndReport report = SAMPLE.report(year);
    assertThatThrownBy(() -> ReportPage.of(report, SAMPLE.root(year), SAMPLE.rating(Year.of(2023))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The report is of 2022, the rating of 2023.");
    Root other = ExampleBloc.create();
    assertThatThrownBy(() -> ReportPage.of(report, other, SAMPLE.rating(year)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the tree is root " + other.id().value());
    assertThatThrownBy(() -> page(year).withFourGood(fourGood(Year.of(2023))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The four-good results are of 2023, the report of 2022.");
  }

  private static List<Long> values(PageXml page, String chart) {
    return page.all("//*[@id='" + chart + "']//" + el("g")).stream()
        .map(g -> Long.parseLong(g.getAttribute("data-value")))
        .toList();
  }

  /** Each bar is as long as its count against the largest: 290 px for the largest. */
  private static void assertWidthsProportional(PageXml page, String chart) {
    List<Long> values = values(page, chart);
    long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
    List<Element> rects = page.all("//*[@id='" + chart + "']//" + el("rect") + "[@class='value']");
    assertThat(rects).hasSameSizeAs(values);
    for (int i = 0; i < values.size(); i++) {
      double width = Double.parseDouble(rects.get(i).getAttribute("width"));
      assertThat(width)
          .isCloseTo(290.0 * values.get(i) / max, org.assertj.core.data.Offset.offset(0.06));
    }
  }

  private static String outer(Element element) {
    try {
      var transformer = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(javax.xml.transform.OutputKeys.OMIT_XML_DECLARATION, "yes");
      var out = new java.io.StringWriter();
      transformer.transform(
          new javax.xml.transform.dom.DOMSource(element),
          new javax.xml.transform.stream.StreamResult(out));
      return out.toString();
    } catch (javax.xml.transform.TransformerException e) {
      throw new AssertionError(e);
    }
  }
}
