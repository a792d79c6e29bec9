package io.github.partyorg.rating;

import io.github.partyorg.structure.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a year's facts cannot be built or cannot be used with a root: a required field
 * missing from a builder, the facts of one member given twice, facts filed under an id that the
 * root does not contain, or facts of another year than the root's snapshot. It lists every problem
 * found, not only the first, each naming the entity by id; its message never contains personal
 * data.
 */
public final class InvalidFactsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Every problem found; never empty. */
  private final List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations every problem found; not empty
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public InvalidFactsException(List<Violation> violations) {
    super(describe(violations));
    this.violations = List.copyOf(violations);
  }

  private static String describe(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("An InvalidFactsException needs at least one violation");
    }
    return violations.size()
        + (violations.size() == 1 ? " problem in the facts: " : " problems in the facts: ")
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }

  /**
   * Returns every problem found, in the order they were found.
   *
   * @return the problems; never empty
   */
  public List<Violation> violations() {
    return violations;
  }
}
