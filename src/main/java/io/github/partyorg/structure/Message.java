package io.github.partyorg.structure;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A sentence as data: the key of a message in the library's {@link Catalogue} and its arguments,
 * rendered into Vietnamese or English only when read ({@link #text()}, {@link
 * Catalogue#format(Language, Message)}). Rules produce messages, never sentences, so that the
 * wording lives in one catalogue per language and an embedding application can override it.
 *
 * <p>An argument is one of: {@link String} (as is, for ids and names), {@link Integer} or {@link
 * Long} (a count: a leading zero under 10 in Vietnamese, "09 đảng viên"; grouped thousands), {@link
 * java.math.BigDecimal} (a decimal: decimal comma in Vietnamese, without trailing zeros), {@link
 * java.time.Year}, {@link java.time.LocalDate} (dd/MM/yyyy in Vietnamese, ISO in English), {@link
 * java.time.YearMonth}, a {@link Share} ("17/20"), a {@link Labelled} value (its label), a {@link
 * LocalizedText}, another {@code Message} (rendered in the same language), a {@link List} of these
 * (joined with ", ") or a {@link Joined} list (joined with its own separator, for items that hold
 * commas).
 *
 * <p>A value: equal when the keys and the arguments are equal; immutable and thread-safe when its
 * arguments are.
 */
public final class Message {
  private static final Object[] NONE = {};

  private final String key;
  private final Object[] arguments;

  private Message(String key, Object[] arguments) {
    this.key = key;
    this.arguments = arguments;
  }

  /**
   * Returns the message; the arguments array is kept, not copied, and must not be changed.
   *
   * @param key the catalogue key, for example {@code rating.C5.band}
   * @param arguments the arguments, in the order of the pattern's {@code {0}}, {@code {1}}, ...
   * @return the message
   * @throws NullPointerException if the key or an argument is null
   */
  public static Message of(String key, Object... arguments) {
    Objects.requireNonNull(key, "key");
    for (Object argument : arguments) {
      Objects.requireNonNull(argument, key);
    }
    return new Message(key, arguments.length == 0 ? NONE : arguments);
  }

  /**
   * Returns the key of the message in the catalogue.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the arguments.
   *
   * @return an unmodifiable list
   */
  public List<Object> arguments() {
    return List.of(arguments);
  }

  /** The argument at an index, for the catalogue. */
  Object argument(int index) {
    return arguments[index];
  }

  int argumentCount() {
    return arguments.length;
  }

  /**
   * Renders the message with the library's catalogue.
   *
   * @return the text in Vietnamese and English
   */
  public LocalizedText text() {
    return Catalogue.standard().text(this);
  }

  /**
   * Renders the message in one language with the library's catalogue.
   *
   * @param language the language
   * @return the text
   */
  public String in(Language language) {
    return Catalogue.standard().format(language, this);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Message other
        && key.equals(other.key)
        && Arrays.equals(arguments, other.arguments);
  }

  @Override
  public int hashCode() {
    return 31 * key.hashCode() + Arrays.hashCode(arguments);
  }

  @Override
  public String toString() {
    return key + Arrays.toString(arguments);
  }

  /**
   * A list argument joined with a separator other than ", ", for items that hold commas themselves
   * ("Đạo đức, lối sống Tốt; Chính trị tư tưởng Tốt").
   *
   * @param separator the separator, punctuation only
   * @param items the items, each an argument type of {@link Message}
   */
  public record Joined(String separator, List<?> items) {
    /**
     * Creates the list.
     *
     * @param separator the separator
     * @param items the items
     * @throws NullPointerException if an argument is null
     */
    public Joined {
      Objects.requireNonNull(separator, "separator");
      Objects.requireNonNull(items, "items");
    }
  }
}
