package io.github.partyorg.structure;

import java.util.Objects;

/**
 * The id of a party member (đảng viên), unique within a {@link Root}.
 *
 * @param value the id text, trimmed; never blank
 */
public record MemberId(String value) implements EntityId {

  /**
   * Creates the id.
   *
   * @param value the id text; leading and trailing white space is removed
   * @throws NullPointerException if {@code value} is null
   * @throws InvalidStructureException if {@code value} is blank (violation {@link
   *     ViolationCode#BLANK_ID})
   */
  public MemberId {
    value = Ids.requireValid(Objects.requireNonNull(value, "value"), "member");
  }

  /**
   * Returns the id with the given text.
   *
   * @param value the id text
   * @return the id
   * @throws InvalidStructureException if {@code value} is blank
   */
  public static MemberId of(String value) {
    return new MemberId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
