package io.github.partyorg.structure;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a builder or an update would produce an impossible structure. It lists every
 * violation found by the check that failed, not only the first, and its message never contains
 * personal data.
 */
public final class InvalidStructureException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Every violation found; never empty. */
  private final List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations every violation found; not empty
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public InvalidStructureException(List<Violation> violations) {
    super(describe(violations));
    this.violations = List.copyOf(violations);
  }

  private static String describe(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException(
          "An InvalidStructureException needs at least one violation");
    }
    return violations.size()
        + (violations.size() == 1 ? " structure violation: " : " structure violations: ")
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }

  /**
   * Returns every violation found, in the order they were found.
   *
   * @return the violations; never empty
   */
  public List<Violation> violations() {
    return violations;
  }
}
