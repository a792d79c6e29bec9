package io.github.partyorg.structure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * The words of the library: one message catalogue per language, {@code
 * io/github/partyorg/messages_vi.properties} and {@code messages_en.properties} (UTF-8 {@link
 * ResourceBundle} properties with {@link MessageFormat} patterns), the way ThreeTen-Extra keeps its
 * words in {@code wordbased_*.properties}. Code produces a {@link Message} (a key and its
 * arguments); the catalogue renders it in the register of the bloc's reports (REFERENCE section
 * 6a), formatting numbers and dates by the language: Vietnamese with a decimal comma, dates as
 * dd/MM/yyyy and counts under 10 with a leading zero ("09 đảng viên"); English with a decimal point
 * and ISO dates.
 *
 * <p><b>Overriding words.</b> An embedding application that wants other words for some messages
 * makes its own catalogue from the standard one with {@link #withOverrides(Language, Map)} or
 * {@link #withOverrides(Language, ResourceBundle)}, naming only the keys it changes, and renders
 * with it ({@link #format(Language, Message)}, {@code Explanation.text(Catalogue)}, {@code
 * YearEndReport.toText(Language, Catalogue)}). A key the library does not know, or a pattern with
 * other arguments than the library's, is refused: a typo cannot silently leave a phrase unchanged.
 *
 * <p>Immutable and thread-safe.
 */
public final class Catalogue {
  private static final String BASE = "/io/github/partyorg/messages_";
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
  private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final DateTimeFormatter VI_MONTH = DateTimeFormatter.ofPattern("MM/uuuu");
  private static final Catalogue STANDARD =
      new Catalogue(Map.of(Language.VI, load(Language.VI), Language.EN, load(Language.EN)));

  private final Map<Language, Map<String, String>> patterns;

  private Catalogue(Map<Language, Map<String, String>> patterns) {
    this.patterns = patterns;
  }

  /**
   * Returns the library's own catalogue.
   *
   * @return the standard catalogue
   */
  public static Catalogue standard() {
    return STANDARD;
  }

  private static Map<String, String> load(Language language) {
    String name = BASE + language.name().toLowerCase(Locale.ROOT) + ".properties";
    try (InputStream in = Catalogue.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("The message catalogue " + name + " is not on the path.");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return toMap(new PropertyResourceBundle(reader));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> toMap(ResourceBundle bundle) {
    Map<String, String> map = new HashMap<>();
    for (String key : bundle.keySet()) {
      map.put(key, Texts.toNfc(bundle.getString(key)));
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Returns a catalogue with the given patterns in place of the standard ones for one language; the
   * other keys and the other language are kept.
   *
   * @param language the language of the patterns
   * @param overrides key to {@link MessageFormat} pattern, only the keys to change
   * @return the new catalogue
   * @throws IllegalArgumentException if a key is not in the catalogue, or a pattern does not parse
   *     or uses other arguments than the pattern it replaces
   * @throws NullPointerException if an argument, key or pattern is null
   */
  public Catalogue withOverrides(Language language, Map<String, String> overrides) {
    Objects.requireNonNull(language, "language");
    Map<String, String> current = in(language);
    Map<String, String> changed = new HashMap<>(current);
    for (Map.Entry<String, String> e : Objects.requireNonNull(overrides, "overrides").entrySet()) {
      String key = Objects.requireNonNull(e.getKey(), "key");
      String pattern = Objects.requireNonNull(e.getValue(), key);
      String old = current.get(key);
      if (old == null) {
        throw new IllegalArgumentException(
            "The catalogue has no key " + key + "; override only keys of messages_*.properties.");
      }
      Set<Integer> expected = argumentIndexes(old);
      Set<Integer> given = argumentIndexes(pattern);
      if (!expected.equals(given)) {
        throw new IllegalArgumentException(
            "The pattern for "
                + key
                + " uses arguments "
                + given
                + "; the key has arguments "
                + expected
                + ".");
      }
      changed.put(key, Texts.toNfc(pattern));
    }
    Map<Language, Map<String, String>> all = new EnumMap<>(patterns);
    all.put(language, Collections.unmodifiableMap(changed));
    return new Catalogue(Collections.unmodifiableMap(all));
  }

  /**
   * Returns a catalogue with the patterns of a bundle (for example an application's own UTF-8
   * {@code .properties}) in place of the standard ones for one language.
   *
   * @param language the language of the bundle
   * @param overrides the bundle, only the keys to change
   * @return the new catalogue
   * @throws IllegalArgumentException as {@link #withOverrides(Language, Map)}
   */
  public Catalogue withOverrides(Language language, ResourceBundle overrides) {
    return withOverrides(language, toMap(Objects.requireNonNull(overrides, "overrides")));
  }

  private Map<String, String> in(Language language) {
    return Objects.requireNonNull(patterns.get(language), "every language has patterns");
  }

  /**
   * Returns the keys of the catalogue in one language, sorted.
   *
   * @param language the language
   * @return the keys
   */
  public Set<String> keys(Language language) {
    return Collections.unmodifiableSet(new TreeSet<>(in(language).keySet()));
  }

  /**
   * Returns the pattern of a key.
   *
   * @param language the language
   * @param key the key
   * @return the {@link MessageFormat} pattern
   * @throws IllegalArgumentException if the key is not in the catalogue
   */
  public String pattern(Language language, String key) {
    String pattern = in(language).get(key);
    if (pattern == null) {
      throw new IllegalArgumentException("The message catalogue has no key " + key + ".");
    }
    return pattern;
  }

  /**
   * Renders a message in both languages.
   *
   * @param message the message
   * @return the text
   * @throws IllegalArgumentException if the key is not in the catalogue or an argument has a type
   *     that {@link Message} does not accept
   */
  public LocalizedText text(Message message) {
    return LocalizedText.of(format(Language.VI, message), format(Language.EN, message));
  }

  /**
   * Renders a message in one language.
   *
   * @param language the language
   * @param message the message
   * @return the text
   * @throws IllegalArgumentException if the key is not in the catalogue or an argument has a type
   *     that {@link Message} does not accept
   */
  public String format(Language language, Message message) {
    String pattern = pattern(language, message.key());
    Locale locale = locale(language);
    MessageFormat format = new MessageFormat(pattern, locale);
    Format[] formats = format.getFormatsByArgumentIndex();
    Object[] arguments = new Object[message.argumentCount()];
    for (int i = 0; i < arguments.length; i++) {
      Object argument = message.argument(i);
      Format f = i < formats.length ? formats[i] : null;
      arguments[i] =
          f instanceof ChoiceFormat && argument instanceof Number
              ? argument
              : write(language, argument);
    }
    return format.format(arguments);
  }

  /**
   * Returns the locale of a language: Vietnamese (Việt Nam) or English.
   *
   * @param language the language
   * @return the locale
   */
  public static Locale locale(Language language) {
    return language == Language.VI ? VIETNAMESE : Locale.ENGLISH;
  }

  /**
   * Writes one argument as the language writes it (see {@link Message} for the types).
   *
   * @param language the language
   * @param argument the argument
   * @return the text
   * @throws IllegalArgumentException if the argument has another type
   */
  public String write(Language language, Object argument) {
    boolean vi = language == Language.VI;
    if (argument instanceof String s) {
      return s;
    } else if (argument instanceof Integer || argument instanceof Long) {
      long n = ((Number) argument).longValue();
      if (vi && n >= 1 && n <= 9) {
        return "0" + n;
      }
      return number(BigDecimal.valueOf(n), vi);
    } else if (argument instanceof BigDecimal d) {
      return number(d, vi);
    } else if (argument instanceof Year y) {
      return y.toString();
    } else if (argument instanceof LocalDate d) {
      return vi ? VI_DATE.format(d) : d.toString();
    } else if (argument instanceof YearMonth m) {
      return vi ? VI_MONTH.format(m) : m.toString();
    } else if (argument instanceof Share share) {
      return share.toString();
    } else if (argument instanceof Labelled l) {
      return l.label().in(language);
    } else if (argument instanceof LocalizedText t) {
      return t.in(language);
    } else if (argument instanceof Message m) {
      return format(language, m);
    } else if (argument instanceof List<?> || argument instanceof Message.Joined) {
      Message.Joined j =
          argument instanceof Message.Joined given
              ? given
              : new Message.Joined(", ", (List<?>) argument);
      StringJoiner joined = new StringJoiner(j.separator());
      for (Object item : j.items()) {
        joined.add(write(language, Objects.requireNonNull(item, "item")));
      }
      return joined.toString();
    }
    throw new IllegalArgumentException(
        "A message argument of type " + argument.getClass().getName() + " cannot be written.");
  }

  /** A number without trailing zeros, with grouped thousands and the language's decimal mark. */
  private static String number(BigDecimal value, boolean vi) {
    BigDecimal stripped = value.stripTrailingZeros();
    String plain = (stripped.scale() < 0 ? stripped.setScale(0) : stripped).abs().toPlainString();
    int dot = plain.indexOf('.');
    String integer = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder text = new StringBuilder(plain.length() + 4);
    if (value.signum() < 0) {
      text.append('-');
    }
    char grouping = vi ? '.' : ',';
    for (int i = 0; i < integer.length(); i++) {
      if (i > 0 && (integer.length() - i) % 3 == 0) {
        text.append(grouping);
      }
      text.append(integer.charAt(i));
    }
    if (dot >= 0) {
      text.append(vi ? ',' : '.').append(plain, dot + 1, plain.length());
    }
    return text.toString();
  }

  /** The indexes of the arguments a pattern uses. */
  static Set<Integer> argumentIndexes(String pattern) {
    Set<Integer> indexes = new TreeSet<>();
    MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
    Format[] formats = format.getFormatsByArgumentIndex();
    for (int i = 0; i < formats.length; i++) {
      if (pattern.contains("{" + i)) {
        indexes.add(i);
      }
    }
    return indexes;
  }
}
