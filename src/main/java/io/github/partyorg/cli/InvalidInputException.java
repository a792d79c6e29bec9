package io.github.partyorg.cli;

/** An input file that is missing, unreadable or invalid (exit code 3). */
final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the file
   */
  InvalidInputException(String message) {
    super(message);
  }
}
