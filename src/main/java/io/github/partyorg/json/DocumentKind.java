package io.github.partyorg.json;

/**
 * The kinds of JSON document (loại tài liệu): the value of each document's {@code format} field.
 *
 * <p>Every kind is at {@link #VERSION} 1. Later kinds (four-good profiles, targets, policies, the
 * report) are added as new constants without changing the existing ones.
 */
public enum DocumentKind {
  /** A root's structure: {@code partyorg.root}. */
  ROOT("partyorg.root"),
  /** A year's rating facts: {@code partyorg.yearFacts}. */
  YEAR_FACTS("partyorg.yearFacts"),
  /** The rating of a root for a year, with explanations: {@code partyorg.rootRating}. */
  ROOT_RATING("partyorg.rootRating"),
  /**
   * What a year-end report needs beyond the root and the facts (records, resolution, reported
   * figures, previous year, next year's resolution): {@code partyorg.yearReport}.
   */
  YEAR_REPORT("partyorg.yearReport"),
  /**
   * A four-good criteria profile (headings, sub-criteria, gates): {@code partyorg.fourGoodProfile}.
   */
  FOUR_GOOD_PROFILE("partyorg.fourGoodProfile"),
  /** A year's four-good records: {@code partyorg.fourGoodYear}. */
  FOUR_GOOD_YEAR("partyorg.fourGoodYear"),
  /**
   * The four-good titles of a year, with every criterion's facts: {@code partyorg.fourGoodResult}.
   */
  FOUR_GOOD_RESULT("partyorg.fourGoodResult"),
  /**
   * Rating, target and charter policies, each optional with its default: {@code partyorg.policies}.
   */
  POLICIES("partyorg.policies"),
  /** The outcomes of a resolution's targets: {@code partyorg.targetsResult}. */
  TARGETS_RESULT("partyorg.targetsResult"),
  /** The charter findings of a root: {@code partyorg.charterFindings}. */
  CHARTER_FINDINGS("partyorg.charterFindings"),
  /** The structured year-end report: {@code partyorg.yearEndReport}. */
  YEAR_END_REPORT("partyorg.yearEndReport"),
  /**
   * One year's whole input in one file (hồ sơ năm): a root, its year facts, the year-report data,
   * optionally policies and the four-good profile and year, each part a complete document of its
   * own kind: {@code partyorg.yearBundle}.
   */
  YEAR_BUNDLE("partyorg.yearBundle"),
  /**
   * A root's history (Y1-Y6): each year's root, facts, optional regime, rating policies and
   * year-report data; ratings are recomputed on read: {@code partyorg.history}.
   */
  HISTORY("partyorg.history");

  /** The version of the format that this library reads and writes. */
  public static final int VERSION = 1;

  private final String formatName;

  DocumentKind(String formatName) {
    this.formatName = formatName;
  }

  /**
   * The value of the {@code format} field.
   *
   * @return the format name, for example {@code partyorg.root}
   */
  public String formatName() {
    return formatName;
  }

  /**
   * The path of this kind's JSON Schema among the jar's resources.
   *
   * @return the resource path, for example {@code /io/github/partyorg/json/schema/root.schema.json}
   */
  public String schemaResource() {
    return "/io/github/partyorg/json/schema/"
        + formatName.substring("partyorg.".length())
        + ".schema.json";
  }
}
