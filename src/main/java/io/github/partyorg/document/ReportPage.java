package io.github.partyorg.document;

import io.github.partyorg.fourgood.FourGoodResult;
import io.github.partyorg.rating.Level;
import io.github.partyorg.rating.LevelCounts;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.report.VietnameseNumbers;
import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.Catalogue;
import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.Share;
import io.github.partyorg.targets.ComputedMetric;
import io.github.partyorg.targets.MetricValue;
import io.github.partyorg.targets.ResolutionEvaluation;
import io.github.partyorg.targets.TargetOutcome;
import io.github.partyorg.targets.TargetStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The year-end report and the rating of the year as one self-contained HTML page: the report's
 * sections, four charts drawn as inline SVG (base organisations by level, members by level, the
 * year's targets by status, the four-good share) and a table of every base organisation's level.
 *
 * <p>The page needs no network and no script: the styles are inline, the charts are SVG in the
 * page. Each chart has a text alternative three ways: the SVG's {@code <title>} and {@code <desc>}
 * (named by {@code aria-labelledby}, with {@code role="img"}), and a table of its numbers under it.
 * A print style sheet sets A4 ({@code @page}) with the margins of the Party's documents. The page
 * is well-formed XML as well as HTML, so that a program can read it back.
 *
 * <p>The four-good share comes from the {@link FourGoodResult} given with {@link #withFourGood};
 * without one, from the year's figure of {@link ComputedMetric#FOUR_GOOD_CELLS} in the report's
 * evaluation; without either the chart says that there is no figure. Immutable and thread-safe.
 * Names organisations, never members.
 */
public final class ReportPage {
  private static final int WIDTH = 640;
  private static final int LABEL_WIDTH = 250;
  private static final int BAR_AREA = 290;
  private static final int ROW = 30;
  private static final int BAR_HEIGHT = 18;
  private static final String[] COLOURS = {"#1b5e20", "#43a047", "#f9a825", "#c62828", "#757575"};

  private final YearEndReport report;
  private final Root root;
  private final RootRating rating;
  private final Optional<FourGoodResult> fourGood;

  private ReportPage(
      YearEndReport report, Root root, RootRating rating, Optional<FourGoodResult> fourGood) {
    this.report = report;
    this.root = root;
    this.rating = rating;
    this.fourGood = fourGood;
  }

  /**
   * Creates the page of a year.
   *
   * @param report the year-end report
   * @param root the tree the report is of (for the base organisations' names)
   * @param rating the rating of that tree for the report's year
   * @return the page
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the tree or the rating is of another root, or the rating is
   *     of another year
   */
  public static ReportPage of(YearEndReport report, Root root, RootRating rating) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(rating, "rating");
    if (!root.id().equals(report.rootId()) || !rating.rootId().equals(report.rootId())) {
      throw new IllegalArgumentException(
          "The report is on root "
              + report.rootId().value()
              + "; the tree is root "
              + root.id().value()
              + " and the rating of root "
              + rating.rootId().value()
              + ".");
    }
    if (!rating.year().equals(report.year())) {
      throw new IllegalArgumentException(
          "The report is of " + report.year() + ", the rating of " + rating.year() + ".");
    }
    return new ReportPage(report, root, rating, Optional.empty());
  }

  /**
   * Returns this page with the four-good results of the year for the four-good chart.
   *
   * @param result the four-good results of the report's year
   * @return the page
   * @throws IllegalArgumentException if the results are of another year
   */
  public ReportPage withFourGood(FourGoodResult result) {
    Objects.requireNonNull(result, "result");
    if (!result.year().equals(report.year())) {
      throw new IllegalArgumentException(
          "The four-good results are of "
              + result.year()
              + ", the report of "
              + report.year()
              + ".");
    }
    return new ReportPage(report, root, rating, Optional.of(result));
  }

  /**
   * Renders the page in Vietnamese.
   *
   * @return the HTML
   */
  public String html() {
    return html(Language.VI);
  }

  /**
   * Renders the page in a language, with the library's catalogue.
   *
   * @param language the language of the report's text and the charts' words
   * @return the HTML
   */
  public String html(Language language) {
    return html(language, Catalogue.standard());
  }

  /**
   * Renders the page in a language with a caller's catalogue (an application's own words for the
   * report's sentences and the page's, {@link Catalogue#withOverrides}).
   *
   * @param language the language of the report's text and the charts' words
   * @param catalogue the words
   * @return the HTML
   */
  public String html(Language language, Catalogue catalogue) {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(catalogue, "catalogue");
    StringBuilder h = new StringBuilder(32_768);
    String title = catalogue.format(language, PageWords.title(report.year()));
    h.append("<!DOCTYPE html>\n<html lang=\"")
        .append(language == Language.VI ? "vi" : "en")
        .append("\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
        .append(escape(report.rootName() + " - " + title))
        .append("</title>\n<style>\n")
        .append(PageWords.STYLE)
        .append("</style>\n</head>\n<body>\n<header>\n<p class=\"issuer\">")
        .append(escape(DocumentWords.upper(report.rootName())))
        .append("</p>\n<h1>")
        .append(escape(title))
        .append("</h1>\n</header>\n<main>\n");
    reportText(h, language, catalogue);
    h.append(
            "<section id=\"charts\" aria-labelledby=\"charts-heading\">\n<h2 id=\"charts-heading\">")
        .append(escape(catalogue.format(language, PageWords.CHARTS)))
        .append("</h2>\n");
    for (Chart chart : charts(catalogue)) {
      figure(h, chart, language, catalogue);
    }
    if (fourGoodChart(catalogue).isEmpty()) {
      h.append("<figure id=\"chart-four-good\" class=\"chart no-data\">\n<figcaption>")
          .append(escape(catalogue.format(language, PageWords.FOUR_GOOD)))
          .append("</figcaption>\n<p>")
          .append(escape(catalogue.format(language, PageWords.NO_FOUR_GOOD)))
          .append("</p>\n</figure>\n");
    }
    h.append("</section>\n");
    baseOrganisations(h, language, catalogue);
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  /** The charts drawn, in order; the four-good chart only when there is a figure. */
  List<Chart> charts() {
    return charts(Catalogue.standard());
  }

  private List<Chart> charts(Catalogue catalogue) {
    List<Chart> charts = new ArrayList<>();
    charts.add(
        levels(
            "chart-base-organisations-by-level",
            catalogue.text(PageWords.BASE_ORGANISATIONS_BY_LEVEL),
            rating.baseOrganisationCounts(),
            catalogue));
    charts.add(
        levels(
            "chart-members-by-level",
            catalogue.text(PageWords.MEMBERS_BY_LEVEL),
            rating.memberCounts(),
            catalogue));
    report.evaluation().map(e -> targets(e, catalogue)).ifPresent(charts::add);
    fourGoodChart(catalogue).ifPresent(charts::add);
    return charts;
  }

  private static Chart levels(
      String id, LocalizedText title, LevelCounts counts, Catalogue catalogue) {
    List<Chart.Bar> bars = new ArrayList<>();
    long rated = counts.rated();
    for (Level level : Level.values()) {
      bars.add(
          new Chart.Bar(
              level.label(),
              counts.count(level),
              rated > 0 ? Optional.of(rated) : Optional.empty(),
              false));
    }
    if (counts.notRated() > 0) {
      bars.add(
          new Chart.Bar(
              catalogue.text(PageWords.NOT_RATED), counts.notRated(), Optional.empty(), false));
    }
    if (counts.incomplete() > 0) {
      bars.add(
          new Chart.Bar(
              catalogue.text(PageWords.INCOMPLETE), counts.incomplete(), Optional.empty(), false));
    }
    return new Chart(id, title, bars);
  }

  private static Chart targets(ResolutionEvaluation evaluation, Catalogue catalogue) {
    long total = evaluation.outcomes().size();
    List<Chart.Bar> bars = new ArrayList<>();
    for (TargetStatus status : TargetStatus.values()) {
      bars.add(
          new Chart.Bar(
              status.label(),
              evaluation.count(status),
              total > 0 ? Optional.of(total) : Optional.empty(),
              false));
    }
    return new Chart("chart-targets-by-status", catalogue.text(PageWords.TARGETS_BY_STATUS), bars);
  }

  private Optional<Chart> fourGoodChart(Catalogue catalogue) {
    List<Chart.Bar> bars = new ArrayList<>();
    Optional<Share> cells =
        fourGood.isPresent() ? fourGood.get().cellShare() : figure(ComputedMetric.FOUR_GOOD_CELLS);
    Optional<Share> committees =
        fourGood.isPresent()
            ? fourGood.get().baseCommitteeShare()
            : figure(ComputedMetric.FOUR_GOOD_BASE_COMMITTEES);
    cells
        .filter(s -> !s.isEmpty())
        .ifPresent(
            s ->
                bars.add(
                    new Chart.Bar(
                        catalogue.text(PageWords.FOUR_GOOD_CELLS),
                        s.part(),
                        Optional.of(s.whole()),
                        true)));
    committees
        .filter(s -> !s.isEmpty())
        .ifPresent(
            s ->
                bars.add(
                    new Chart.Bar(
                        catalogue.text(PageWords.FOUR_GOOD_BASE_COMMITTEES),
                        s.part(),
                        Optional.of(s.whole()),
                        true)));
    return bars.isEmpty()
        ? Optional.empty()
        : Optional.of(new Chart("chart-four-good", catalogue.text(PageWords.FOUR_GOOD), bars));
  }

  /** The year's figure of a share metric in the report's evaluation, if it has one. */
  private Optional<Share> figure(ComputedMetric metric) {
    return report
        .evaluation()
        .flatMap(
            e ->
                e.outcomes().stream()
                    .filter(o -> o.target().metric() == metric)
                    .map(TargetOutcome::actual)
                    .flatMap(Optional::stream)
                    .map(m -> m.value())
                    .filter(v -> v instanceof MetricValue.Proportion)
                    .map(v -> ((MetricValue.Proportion) v).share())
                    .findFirst());
  }

  private void reportText(StringBuilder h, Language language, Catalogue catalogue) {
    h.append(
            "<section id=\"report\" aria-labelledby=\"report-heading\">\n<h2 id=\"report-heading\">")
        .append(escape(catalogue.format(language, PageWords.REPORT)))
        .append("</h2>\n");
    int n = 1;
    for (YearEndReport.Section section : report.sections(language, catalogue)) {
      h.append("<section class=\"report-section\">\n<h3>")
          .append(n++)
          .append(". ")
          .append(escape(section.heading()))
          .append("</h3>\n");
      for (String line : section.lines()) {
        h.append("<p>").append(escape(line)).append("</p>\n");
      }
      h.append("</section>\n");
    }
    h.append("</section>\n");
  }

  private void figure(StringBuilder h, Chart chart, Language language, Catalogue catalogue) {
    String id = chart.id();
    String title = text(chart.title(), language);
    List<Chart.Bar> bars = chart.bars();
    int height = bars.size() * ROW + 10;
    StringBuilder desc = new StringBuilder();
    for (Chart.Bar bar : bars) {
      if (desc.length() > 0) {
        desc.append("; ");
      }
      desc.append(text(bar.label(), language))
          .append(": ")
          .append(amount(bar, language, catalogue));
    }
    desc.append('.');
    h.append("<figure id=\"")
        .append(id)
        .append("\" class=\"chart\">\n<figcaption id=\"")
        .append(id)
        .append("-caption\">")
        .append(escape(title))
        .append("</figcaption>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"")
        .append(id)
        .append("-title ")
        .append(id)
        .append("-desc\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\">\n<title id=\"")
        .append(id)
        .append("-title\">")
        .append(escape(title))
        .append("</title>\n<desc id=\"")
        .append(id)
        .append("-desc\">")
        .append(escape(desc.toString()))
        .append("</desc>\n");
    long scale = chart.scale();
    for (int i = 0; i < bars.size(); i++) {
      Chart.Bar bar = bars.get(i);
      int y = 5 + i * ROW;
      double width = BAR_AREA * (double) bar.value() / scale;
      h.append("<g class=\"bar\" data-value=\"").append(bar.value()).append('"');
      bar.whole().ifPresent(w -> h.append(" data-whole=\"").append(w).append('"'));
      h.append(">\n<text x=\"0\" y=\"")
          .append(y + 14)
          .append("\" class=\"label\">")
          .append(escape(text(bar.label(), language)))
          .append("</text>\n");
      double drawn =
          bar.drawnAgainstWhole()
              ? BAR_AREA * (double) bar.whole().orElse(bar.value()) / scale
              : width;
      if (bar.drawnAgainstWhole()) {
        h.append("<rect class=\"whole\" x=\"")
            .append(LABEL_WIDTH)
            .append("\" y=\"")
            .append(y)
            .append("\" width=\"")
            .append(format(drawn))
            .append("\" height=\"")
            .append(BAR_HEIGHT)
            .append("\" fill=\"#e0e0e0\"/>\n");
      }
      h.append("<rect class=\"value\" x=\"")
          .append(LABEL_WIDTH)
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"")
          .append(format(width))
          .append("\" height=\"")
          .append(BAR_HEIGHT)
          .append("\" fill=\"")
          .append(COLOURS[Math.min(i, COLOURS.length - 1)])
          .append("\"/>\n<text x=\"")
          .append(format(LABEL_WIDTH + drawn + 6))
          .append("\" y=\"")
          .append(y + 14)
          .append("\" class=\"amount\">")
          .append(escape(amount(bar, language, catalogue)))
          .append("</text>\n</g>\n");
    }
    h.append("</svg>\n<table class=\"chart-data\">\n<caption>")
        .append(escape(title))
        .append("</caption>\n<thead><tr><th scope=\"col\">")
        .append(escape(catalogue.format(language, PageWords.ITEM)))
        .append("</th><th scope=\"col\">")
        .append(escape(catalogue.format(language, PageWords.COUNT)))
        .append("</th><th scope=\"col\">")
        .append(escape(catalogue.format(language, PageWords.SHARE)))
        .append("</th></tr></thead>\n<tbody>\n");
    for (Chart.Bar bar : bars) {
      h.append("<tr><th scope=\"row\">")
          .append(escape(text(bar.label(), language)))
          .append("</th><td>")
          .append(catalogue.write(language, bar.value()));
      bar.whole()
          .filter(w -> bar.drawnAgainstWhole())
          .ifPresent(w -> h.append('/').append(catalogue.write(language, w)));
      h.append("</td><td>")
          .append(escape(bar.whole().map(w -> percent(bar.value(), w, language)).orElse("")))
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</figure>\n");
  }

  private void baseOrganisations(StringBuilder h, Language language, Catalogue catalogue) {
    h.append(
            "<section id=\"base-organisations\" aria-labelledby=\"base-organisations-heading\">\n"
                + "<h2 id=\"base-organisations-heading\">")
        .append(escape(catalogue.format(language, PageWords.BASE_ORGANISATIONS)))
        .append("</h2>\n<table class=\"levels\">\n<thead><tr><th scope=\"col\">")
        .append(escape(catalogue.format(language, PageWords.BASE_ORGANISATION)))
        .append("</th><th scope=\"col\">")
        .append(escape(catalogue.format(language, PageWords.LEVEL)))
        .append("</th>");
    for (Level level : Level.values()) {
      h.append("<th scope=\"col\" title=\"")
          .append(escape(text(level.label(), language)))
          .append("\">")
          .append(level.name())
          .append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (BaseOrganisation base : root.baseOrganisations()) {
      h.append("<tr data-id=\"")
          .append(escape(base.id().value()))
          .append("\"><th scope=\"row\">")
          .append(escape(base.name()))
          .append("</th><td class=\"level\">")
          .append(
              escape(
                  rating
                      .finalLevel(base.id())
                      .map(l -> text(l.label(), language))
                      .orElse(catalogue.format(language, PageWords.NOT_RATED))))
          .append("</td>");
      Optional<LevelCounts> members = rating.memberCounts(base.id());
      for (Level level : Level.values()) {
        h.append("<td>")
            .append(catalogue.write(language, members.map(c -> c.count(level)).orElse(0)))
            .append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private String amount(Chart.Bar bar, Language language, Catalogue catalogue) {
    String value = catalogue.write(language, bar.value());
    String count =
        bar.drawnAgainstWhole() && bar.whole().isPresent()
            ? value + "/" + catalogue.write(language, bar.whole().get())
            : value;
    return bar.whole()
        .map(w -> count + " (" + percent(bar.value(), w, language) + ")")
        .orElse(count);
  }

  private String percent(long part, long whole, Language language) {
    VietnameseNumbers numbers = report.numbers();
    return language == Language.VI
        ? numbers.percent(numbers.percentOf(part, whole))
        : numbers.percentEn(numbers.percentOf(part, whole));
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static String text(LocalizedText text, Language language) {
    return language == Language.VI ? text.vi() : text.en();
  }

  /** Escapes text for an element or a double-quoted attribute, in HTML and in XML alike. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "ReportPage[" + report.rootId().value() + " " + report.year() + "]";
  }
}
