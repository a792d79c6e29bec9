package io.github.partyorg.json;

import io.github.partyorg.structure.Escapes;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A JSON document that cannot be read (tài liệu JSON không đọc được): malformed JSON, an unknown
 * field (in strict mode), a wrong type, a missing required field, a duplicate key, an invalid date
 * or enum value, a limit exceeded, an unreadable input, or content the model refuses.
 *
 * <p>It names where the problem is: the JSON path of the offending value (for example {@code
 * $.baseOrganisations[3].cells[0].members[12].officialDate}), and the line and column (both from 1)
 * in the input. The message never contains a value of the document, only the path, the position and
 * a plain sentence: no name, date, score or other value of the document is echoed, and the
 * exceptions of the parser are not kept as causes (their messages quote the input). The path and
 * the sentence may name ids and field names, with their non-printable characters escaped ({@link
 * Escapes#printable}), so that a message cannot carry terminal escape codes. When the model refused
 * the content, the cause is the model's exception (for example an {@code InvalidStructureException}
 * carrying every violation) and the path is that of the entity being built.
 *
 * <p>This is the only exception the readers of {@link PartyorgJson} throw for bad input.
 */
public final class JsonFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the offending value. */
  private final String path;

  /** The line, from 1; 0 if unknown. */
  private final int line;

  /** The column, from 1; 0 if unknown. */
  private final int column;

  /** The problem as a plain sentence. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param path the JSON path of the offending value, starting with {@code $}
   * @param line the line in the input, from 1, or 0 if unknown
   * @param column the column in the input, from 1, or 0 if unknown
   * @param problem a plain sentence without any value of the document
   * @param cause the exception of the model or of the parser, or {@code null}
   * @throws NullPointerException if {@code path} or {@code problem} is null
   */
  public JsonFormatException(
      String path, int line, int column, String problem, @Nullable Throwable cause) {
    super(describe(path, line, column, problem), cause);
    this.path = Escapes.printable(path);
    this.line = line;
    this.column = column;
    this.problem = Escapes.printable(problem);
  }

  private static String describe(String path, int line, int column, String problem) {
    return Escapes.printable(Objects.requireNonNull(path, "path"))
        + " (line "
        + line
        + ", column "
        + column
        + "): "
        + Escapes.printable(Objects.requireNonNull(problem, "problem"));
  }

  /**
   * The JSON path of the offending value, its non-printable characters escaped.
   *
   * @return the path, starting with {@code $}, for example {@code $.members[2].score}
   */
  public String path() {
    return path;
  }

  /**
   * The line of the offending value in the input.
   *
   * @return the line, from 1; 0 if unknown
   */
  public int line() {
    return line;
  }

  /**
   * The column of the offending value in the input.
   *
   * @return the column, from 1; 0 if unknown
   */
  public int column() {
    return column;
  }

  /**
   * The problem, as a plain sentence without the path and position.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
