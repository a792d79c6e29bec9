package io.github.partyorg.structure;

import java.util.Objects;

/**
 * The id of a base organisation (tổ chức cơ sở đảng): a base committee or a base cell.
 *
 * @param value the id text, trimmed; never blank
 */
public record BaseOrganisationId(String value)
    implements MemberHolderId, CellParentId, Comparable<BaseOrganisationId> {
  private static final int SALT = Ids.salt();

  /**
   * Creates the id.
   *
   * @param value the id text; leading and trailing white space is removed
   * @throws NullPointerException if {@code value} is null
   * @throws InvalidStructureException if {@code value} is blank (violation {@link
   *     ViolationCode#BLANK_ID})
   */
  public BaseOrganisationId {
    value =
        Ids.requireValid(
            Objects.requireNonNull(value, "value"), "structure.entity.baseOrganisation");
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text
   * @return the id
   * @throws InvalidStructureException if {@code value} is blank
   */
  public static BaseOrganisationId of(String value) {
    return new BaseOrganisationId(value);
  }

  /**
   * Orders ids by their text ({@link String#compareTo}). Ids are comparable so that hash tables
   * keyed by them stay logarithmic when many ids share one hash code (the JDK's {@code HashMap}
   * turns a crowded bucket into a tree ordered by this method only for a class that implements
   * {@code Comparable} of itself).
   *
   * @param other the other id
   * @return negative, zero or positive as this id's text sorts before, equal to or after the
   *     other's
   */
  /**
   * The hash code of the text mixed with a salt drawn at random for this id type when the JVM loads
   * it: ids of one type that share a {@code String.hashCode} still share a hash code (hash tables
   * order them by {@link #compareTo}), but a document cannot choose ids of two types (a member's
   * and a cell's, both in a map of {@link EntityId}) that collide, which the JDK's hash tables
   * could only search linearly (issue 17).
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return value.hashCode() ^ SALT;
  }

  @Override
  public boolean equals(Object other) {
    // The same instance first: the tree and the facts often share one id, and then neither object
    // need be read (issue 19: the rating checks each member's facts against the member).
    return this == other || (other instanceof BaseOrganisationId id && id.value.equals(value));
  }

  @Override
  public int compareTo(BaseOrganisationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
