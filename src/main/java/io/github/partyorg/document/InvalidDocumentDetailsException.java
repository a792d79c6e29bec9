package io.github.partyorg.document;

import java.util.List;

/**
 * Thrown when the details of a document (số và ký hiệu, địa danh, ngày tháng, cơ quan ban hành,
 * người ký, nơi nhận) are incomplete or invalid. It names every part missing or invalid, not only
 * the first, by the builder's method name; its message never quotes a value (the signer's name is
 * personal data).
 */
public final class InvalidDocumentDetailsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The parts missing or invalid, each "part: problem". */
  private final List<String> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found, each naming the part; not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidDocumentDetailsException(List<String> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  private static String describe(List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException(
          "An InvalidDocumentDetailsException needs at least one problem");
    }
    return "The document details are incomplete or invalid ("
        + problems.size()
        + (problems.size() == 1 ? " problem): " : " problems): ")
        + String.join("; ", problems)
        + ".";
  }

  /**
   * Returns every problem found, each naming the part ("signer: missing").
   *
   * @return the problems; never empty
   */
  public List<String> problems() {
    return problems;
  }
}
