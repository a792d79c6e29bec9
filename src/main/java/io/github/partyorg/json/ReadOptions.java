package io.github.partyorg.json;

/**
 * How a document is read (tùy chọn đọc): strict or lenient about unknown fields, and the limits
 * that keep a hostile input from exhausting memory.
 *
 * <p>Immutable and thread-safe. {@link #defaults()} is strict, with a maximum document length of 64
 * MiB characters, a maximum nesting depth of 64 and a maximum string length of 10,000 characters.
 *
 * @param lenient whether unknown fields are skipped instead of refused
 * @param maxDocumentLength the maximum length of a document, in characters read from the reader
 * @param maxNestingDepth the maximum nesting depth of arrays and objects
 * @param maxStringLength the maximum length of a string value or field name, in characters
 */
public record ReadOptions(
    boolean lenient, long maxDocumentLength, int maxNestingDepth, int maxStringLength) {

  /** The default maximum document length: 64 MiB characters. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /** The default maximum nesting depth: 64. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** The default maximum string length: 10,000 characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 10_000;

  /**
   * Checks the limits.
   *
   * @param lenient whether unknown fields are skipped instead of refused
   * @param maxDocumentLength the maximum length of a document, in characters
   * @param maxNestingDepth the maximum nesting depth of arrays and objects
   * @param maxStringLength the maximum length of a string value or field name, in characters
   * @throws IllegalArgumentException if a limit is not positive
   */
  public ReadOptions {
    if (maxDocumentLength <= 0 || maxNestingDepth <= 0 || maxStringLength <= 0) {
      throw new IllegalArgumentException("Every read limit must be positive.");
    }
  }

  /**
   * The defaults: strict, 64 MiB, depth 64, strings of at most 10,000 characters.
   *
   * @return the default options
   */
  public static ReadOptions defaults() {
    return new ReadOptions(
        false, DEFAULT_MAX_DOCUMENT_LENGTH, DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_STRING_LENGTH);
  }

  /**
   * A copy that skips unknown fields (lenient) or refuses them (strict).
   *
   * @param lenient whether unknown fields are skipped
   * @return the copy
   */
  public ReadOptions withLenient(boolean lenient) {
    return new ReadOptions(lenient, maxDocumentLength, maxNestingDepth, maxStringLength);
  }

  /**
   * A copy with another maximum document length.
   *
   * @param characters the maximum length in characters
   * @return the copy
   * @throws IllegalArgumentException if {@code characters} is not positive
   */
  public ReadOptions withMaxDocumentLength(long characters) {
    return new ReadOptions(lenient, characters, maxNestingDepth, maxStringLength);
  }

  /**
   * A copy with another maximum nesting depth.
   *
   * @param depth the maximum depth
   * @return the copy
   * @throws IllegalArgumentException if {@code depth} is not positive
   */
  public ReadOptions withMaxNestingDepth(int depth) {
    return new ReadOptions(lenient, maxDocumentLength, depth, maxStringLength);
  }

  /**
   * A copy with another maximum string length.
   *
   * @param characters the maximum length in characters
   * @return the copy
   * @throws IllegalArgumentException if {@code characters} is not positive
   */
  public ReadOptions withMaxStringLength(int characters) {
    return new ReadOptions(lenient, maxDocumentLength, maxNestingDepth, characters);
  }
}
