package io.github.partyorg.fourgood;

import io.github.partyorg.structure.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a four-good builder ({@link Meeting}, {@link FourGoodYear}, {@link CriteriaProfile})
 * is not given a required field. It lists every problem found, not only the first, each naming the
 * entity by id where it has one; its message never contains personal data.
 */
public final class InvalidFourGoodException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Every problem found; never empty. */
  private final List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations every problem found; not empty
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public InvalidFourGoodException(List<Violation> violations) {
    super(describe(violations));
    this.violations = List.copyOf(violations);
  }

  private static String describe(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException(
          "An InvalidFourGoodException needs at least one violation");
    }
    return violations.size()
        + (violations.size() == 1
            ? " problem in the four-good input: "
            : " problems in the four-good input: ")
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
