package io.github.partyorg.structure;

import java.util.List;
import java.util.Objects;

/**
 * A label that names no constant of a labelled enum ({@link Labelled#parse}). The message names the
 * label, the type and every accepted label; {@link #text()} gives it in Vietnamese and English.
 */
public final class UnknownLabelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The message, as data. */
  private final transient Message message;

  /** The label that was not recognised. */
  private final String label;

  /** The labels accepted, for the message. */
  private final List<String> choices;

  UnknownLabelException(String type, String label, List<String> choices) {
    this(Message.of("labelled.unknown", type, label, String.join("; ", choices)), label, choices);
  }

  private UnknownLabelException(Message message, String label, List<String> choices) {
    super(message.in(Language.EN));
    this.message = message;
    this.label = label;
    this.choices = List.copyOf(choices);
  }

  /**
   * Returns the label that was not recognised.
   *
   * @return the label as given
   */
  public String label() {
    return label;
  }

  /**
   * Returns the accepted labels, Vietnamese and English for each constant in order.
   *
   * @return the choices
   */
  public List<String> choices() {
    return choices;
  }

  /**
   * Returns the message in Vietnamese and English.
   *
   * @return the text
   */
  public LocalizedText text() {
    return Objects.requireNonNull(message, "message").text();
  }
}
