package io.github.partyorg.structure;

/**
 * The kinds of impossible structure that a builder or an update refuses. Compliance problems that
 * real organisations live with for a while (a cell with two official members, say) are not here:
 * they are findings of the charter check.
 */
public enum ViolationCode {
  /** An id is blank. */
  BLANK_ID,
  /** A name is blank. */
  BLANK_NAME,
  /** Two entities of the same root share an id. */
  DUPLICATE_ID,
  /** The same member appears in two organisations. */
  MEMBER_IN_TWO_PLACES,
  /** A member's official date is before the admission date. */
  OFFICIAL_BEFORE_ADMISSION,
  /** A member's date of birth is after the admission date. */
  BIRTH_AFTER_ADMISSION,
  /** An admission date is before the Party's founding, 3 February 1930. */
  ADMISSION_BEFORE_PARTY_FOUNDING,
  /** A date of birth is before 1 January 1900. */
  BIRTH_BEFORE_1900,
  /** A date recorded on a member is after 31 December 2100, which no real record has. */
  DATE_AFTER_2100,
  /** A date is after the snapshot date of the root. */
  DATE_AFTER_SNAPSHOT,
  /** A sub-committee is placed outside a base committee. */
  SUB_COMMITTEE_OUTSIDE_BASE_COMMITTEE,
  /** A base cell has cells under it. */
  BASE_CELL_WITH_CELLS,
  /** A base committee holds members directly instead of in cells. */
  MEMBERS_DIRECTLY_UNDER_BASE_COMMITTEE,
  /** A period ends before it starts, or overlaps another period where that is impossible. */
  INVALID_PERIOD,
  /** An update names an entity that the root does not contain. */
  UNKNOWN_ENTITY,
  /** An update names an organisation of the wrong kind for the operation. */
  WRONG_ORGANISATION_KIND,
  /** A builder was not given a required field. */
  MISSING_FIELD,
  /** A builder was given the same entry twice (the facts of one member, a decision). */
  DUPLICATE_ENTRY,
  /** Facts name an entity that the root they are used with does not contain. */
  NOT_IN_ROOT,
  /** Facts are of another year than the one the root or the other inputs are for. */
  YEAR_MISMATCH
}
