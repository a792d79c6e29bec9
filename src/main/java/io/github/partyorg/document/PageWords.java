package io.github.partyorg.document;

import io.github.partyorg.structure.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;

/**
 * The fixed words of the HTML page, as messages of the library's catalogue ({@code document.page.*}
 * keys), and its style sheet, {@code page.css} beside this class: Times New Roman (or a metric
 * twin), A4 with the margins of the Party's documents when printed, charts kept whole on a page.
 */
final class PageWords {
  static final Message REPORT = Message.of("document.page.report");
  static final Message CHARTS = Message.of("document.page.charts");
  static final Message BASE_ORGANISATIONS_BY_LEVEL =
      Message.of("document.page.baseOrganisationsByLevel");
  static final Message MEMBERS_BY_LEVEL = Message.of("document.page.membersByLevel");
  static final Message TARGETS_BY_STATUS = Message.of("document.page.targetsByStatus");
  static final Message FOUR_GOOD = Message.of("document.page.fourGood");
  static final Message FOUR_GOOD_CELLS = Message.of("document.page.fourGoodCells");
  static final Message FOUR_GOOD_BASE_COMMITTEES =
      Message.of("document.page.fourGoodBaseCommittees");
  static final Message NO_FOUR_GOOD = Message.of("document.page.noFourGood");
  static final Message NOT_RATED = Message.of("document.page.notRated");
  static final Message INCOMPLETE = Message.of("document.page.incomplete");
  static final Message ITEM = Message.of("document.page.item");
  static final Message COUNT = Message.of("document.page.count");
  static final Message SHARE = Message.of("document.page.share");
  static final Message BASE_ORGANISATIONS = Message.of("document.page.baseOrganisations");
  static final Message BASE_ORGANISATION = Message.of("document.page.baseOrganisation");
  static final Message LEVEL = Message.of("document.page.level");

  /** The style sheet, read once from {@code page.css}. */
  static final String STYLE = style();

  private PageWords() {}

  /** "Báo cáo tổng kết năm 2022" / "Year-end report 2022". */
  static Message title(Year year) {
    return Message.of("document.page.title", year);
  }

  private static String style() {
    try (InputStream in = PageWords.class.getResourceAsStream("page.css")) {
      if (in == null) {
        throw new IllegalStateException("The style sheet page.css is not on the path.");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
