package io.github.partyorg.cli;

/** A usage error: an unknown command or option, a missing or bad value (exit code 2). */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, as a plain sentence
   */
  UsageException(String message) {
    super(message);
  }
}
