package io.github.partyorg.json;

import io.github.partyorg.structure.Dates;
import io.github.partyorg.structure.InvalidStructureException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;

/**
 * A cursor over the tokens of one document that knows the JSON path of the current value and turns
 * every problem into a {@link JsonFormatException}. Not thread-safe; one per read.
 */
final class Input implements AutoCloseable {
  private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** Reads the fields of one object; returns false for a name it does not know. */
  @FunctionalInterface
  interface Fields {
    boolean read(String name);
  }

  /**
   * One segment of a JSON path, immutable, linked to its parent: a field name, or an array index
   * when {@code name} is null. The path's text is built only when a problem is reported.
   */
  private static final class Step {
    final @Nullable Step parent;
    final @Nullable String name;
    final int index;

    Step(@Nullable Step parent, @Nullable String name, int index) {
      this.parent = parent;
      this.name = name;
      this.index = index;
    }
  }

  /** Above this many fields, the names an object had are kept in a hash set. */
  private static final int FEW_NAMES = 16;

  /** One object that was read: where it starts and which fields it had. */
  final class Obj {
    private final @Nullable Step path;
    private final long start;
    private String[] names = new String[FEW_NAMES];
    private int count;
    private @Nullable Set<String> many;

    private Obj(@Nullable Step path, long start) {
      this.path = path;
      this.start = start;
    }

    /** Records a field's name; false if the object already had it. */
    private boolean add(String name) {
      if (many != null) {
        return many.add(name);
      }
      if (contains(name)) {
        return false;
      }
      if (count == FEW_NAMES) {
        Set<String> set = new HashSet<>(Arrays.asList(names).subList(0, count));
        set.add(name);
        many = set;
        return true;
      }
      names[count++] = name;
      return true;
    }

    private boolean contains(String name) {
      if (many != null) {
        return many.contains(name);
      }
      for (int i = 0; i < count; i++) {
        if (names[i].equals(name)) {
          return true;
        }
      }
      return false;
    }

    /** Fails on the first of the names that the object does not have. */
    void require(String... names) {
      for (String name : names) {
        if (!contains(name)) {
          throw failAt(
              text(path) + segment(name),
              start,
              "The required field " + name + " is missing.",
              null);
        }
      }
    }

    /** Whether the object had the field. */
    boolean has(String name) {
      return contains(name);
    }

    /** A problem with the object as a whole, reported where it starts. */
    JsonFormatException fail(String problem) {
      return failAt(text(path), start, problem, null);
    }

    /** Builds a model value; the model's refusal is reported at this object. */
    <T> T build(String what, Supplier<T> builder) {
      try {
        return builder.get();
      } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
        throw failAt(text(path), start, "The model refuses this " + what + ": " + reason(e), e);
      }
    }
  }

  private final JsonParser parser;
  private final boolean lenient;
  // The current path as a stack of segments: names[i] is a field name, or null for the array index
  // indices[i]. steps[i], when not null, is the immutable Step of the first i + 1 segments: made
  // when an object starts at or below that depth, shared by every object read under it until the
  // segment changes. No path text is built unless a problem is reported.
  private @Nullable String[] names = new String[16];
  private int[] indices = new int[16];
  private @Nullable Step[] steps = new Step[16];
  private int depth;
  // True while the parser is on a field's name whose value no method has made current yet.
  private boolean pending;

  private Input(JsonParser parser, boolean lenient) {
    this.parser = parser;
    this.lenient = lenient;
  }

  static JsonFactory factory(ReadOptions options) {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxDocumentLength(options.maxDocumentLength())
                .maxNestingDepth(options.maxNestingDepth())
                .maxStringLength(options.maxStringLength())
                .maxNameLength(options.maxStringLength())
                .build())
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
  }

  static Input open(JsonFactory factory, Reader reader, ReadOptions options) {
    try {
      return new Input(factory.createParser(ObjectReadContext.empty(), reader), options.lenient());
    } catch (JacksonException e) {
      throw new JsonFormatException("$", 0, 0, "The input cannot be read.", withoutMessage(e));
    }
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (JacksonException e) {
      // Closing a parser whose source we do not own releases buffers only.
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Tokens and positions

  JsonToken next() {
    try {
      JsonToken token = parser.nextToken();
      return token == null ? JsonToken.NOT_AVAILABLE : token;
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  /** Reads the document's only value, then checks that nothing follows it. */
  <T> T document(Supplier<T> reader) {
    next();
    T value = reader.get();
    if (next() != JsonToken.NOT_AVAILABLE) {
      throw fail("Content follows the end of the document.");
    }
    return value;
  }

  String path() {
    StringBuilder text = new StringBuilder("$");
    for (int i = 0; i < depth; i++) {
      appendSegment(text, names[i], indices[i]);
    }
    return text.toString();
  }

  private static String text(@Nullable Step step) {
    List<Step> steps = new ArrayList<>();
    for (Step s = step; s != null; s = s.parent) {
      steps.add(s);
    }
    StringBuilder text = new StringBuilder("$");
    for (int i = steps.size() - 1; i >= 0; i--) {
      appendSegment(text, steps.get(i).name, steps.get(i).index);
    }
    return text.toString();
  }

  private static void appendSegment(StringBuilder text, @Nullable String name, int index) {
    if (name == null) {
      text.append('[').append(index).append(']');
    } else {
      text.append(segment(name));
    }
  }

  private void push(@Nullable String name, int index) {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indices = Arrays.copyOf(indices, depth * 2);
      steps = Arrays.copyOf(steps, depth * 2);
    }
    names[depth] = name;
    indices[depth] = index;
    steps[depth] = null;
    depth++;
  }

  private void pop() {
    depth--;
    names[depth] = null;
    steps[depth] = null;
  }

  /** The immutable form of the current path, sharing the steps already made for it. */
  private @Nullable Step step() {
    int made = depth;
    while (made > 0 && steps[made - 1] == null) {
      made--;
    }
    Step step = made == 0 ? null : steps[made - 1];
    for (int i = made; i < depth; i++) {
      step = new Step(step, names[i], indices[i]);
      steps[i] = step;
    }
    return step;
  }

  private static String segment(String name) {
    if (SIMPLE_NAME.matcher(name).matches()) {
      return "." + name;
    }
    return "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  JsonFormatException fail(String problem) {
    settle();
    return failAt(path(), location(), problem, null);
  }

  private TokenStreamLocation location() {
    TokenStreamLocation location = parser.currentTokenLocation();
    return location == null ? TokenStreamLocation.NA : location;
  }

  /**
   * The line and column of the current token packed in a long (line in the high half), so that the
   * location object the parser makes does not outlive this call (the JIT can then avoid it).
   */
  private long position() {
    TokenStreamLocation location = location();
    return ((long) Math.max(location.getLineNr(), 0) << 32) | Math.max(location.getColumnNr(), 0);
  }

  private static JsonFormatException failAt(
      String path, TokenStreamLocation where, String problem, @Nullable Throwable cause) {
    return new JsonFormatException(
        path, Math.max(where.getLineNr(), 0), Math.max(where.getColumnNr(), 0), problem, cause);
  }

  private static JsonFormatException failAt(
      String path, long position, String problem, @Nullable Throwable cause) {
    return new JsonFormatException(path, (int) (position >>> 32), (int) position, problem, cause);
  }

  private JsonFormatException translate(JacksonException e) {
    TokenStreamLocation where = e.getLocation();
    if (where == null || where.equals(TokenStreamLocation.NA)) {
      where = parser.currentLocation();
    }
    int line = Math.max(where.getLineNr(), 0);
    int column = Math.max(where.getColumnNr(), 0);
    // Not the parser's exception itself as the cause: its message quotes the input (issue 17).
    Throwable cause = withoutMessage(e);
    Utf8Reader.EncodingException encoding = cause(e, Utf8Reader.EncodingException.class);
    if (encoding != null) {
      return new JsonFormatException(
          path(),
          encoding.line(),
          encoding.column(),
          "Encoding error: the byte at offset "
              + encoding.byteOffset()
              + " is not valid UTF-8; save the file as UTF-8.",
          null);
    }
    if (cause(e, CharacterCodingException.class) != null) {
      return new JsonFormatException(
          path(),
          line,
          column,
          "Encoding error: the input is not valid in its character encoding; give UTF-8 text.",
          cause);
    } else if (e instanceof StreamConstraintsException) {
      String detail = e.getOriginalMessage();
      int from = detail.indexOf(", from `");
      return new JsonFormatException(
          path(),
          line,
          column,
          "A read limit is exceeded: " + (from < 0 ? detail : detail.substring(0, from) + ")"),
          cause);
    } else if (e instanceof JacksonIOException) {
      return new JsonFormatException(path(), line, column, "The input cannot be read.", cause);
    } else if (e instanceof UnexpectedEndOfInputException
        || e.getOriginalMessage().contains("end-of-input")) {
      return new JsonFormatException(
          path(), line, column, "Malformed JSON: the document ends too early.", cause);
    }
    // Jackson's own message may quote the input; say only what is wrong.
    return new JsonFormatException(
        path(), line, column, "Malformed JSON: the text here is not valid JSON.", cause);
  }

  /**
   * The exception's class and stack trace without its message (which may quote the document), for
   * the cause of a {@link JsonFormatException}.
   */
  static RuntimeException withoutMessage(Throwable e) {
    RuntimeException scrubbed =
        new RuntimeException(e.getClass().getName() + " (its message may quote the input)");
    scrubbed.setStackTrace(e.getStackTrace());
    return scrubbed;
  }

  /** The first exception of the type in the cause chain, or null. */
  private static <T extends Throwable> @Nullable T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static String reason(RuntimeException e) {
    if (e instanceof InvalidStructureException invalid) {
      return invalid.violations().stream()
          .map(v -> v.code() + " [" + v.entityId() + "]: " + v.message())
          .collect(Collectors.joining("; "));
    }
    return String.valueOf(e.getMessage());
  }

  private String found() {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "no value";
    };
  }

  private JsonFormatException wrongType(String expected) {
    settle();
    TokenStreamLocation where = location();
    return new JsonFormatException(
        path(),
        Math.max(where.getLineNr(), 0),
        Math.max(where.getColumnNr(), 0),
        "Wrong type: expected " + expected + ", found " + found() + ".",
        null);
  }

  // ---------------------------------------------------------------------------------------------
  // Structures

  /** Reads the object at the current token, field by field. */
  Obj object(Fields fields) {
    settle();
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw wrongType("an object");
    }
    Obj obj = new Obj(step(), position());
    String previous = null;
    while (nextName(previous) == JsonToken.PROPERTY_NAME) {
      String name = currentName();
      previous = name;
      push(name, 0);
      if (!obj.add(name)) {
        throw fail("Duplicate key: the field appears twice in this object.");
      }
      // The value is made current by the first method that reads it (settle()), so the name's
      // location is taken only for a field the reader does not know.
      pending = true;
      if (fields.read(name)) {
        settle();
      } else {
        long nameAt = position();
        settle();
        if (!lenient) {
          throw failAt(path(), nameAt, "Unknown field (strict mode).", null);
        }
        skip();
      }
      pop();
    }
    return obj;
  }

  /**
   * The next token of an object, a field's name or its end. The parser looks at the value after a
   * name when it reads the name, so a malformed value fails here, before the name is on the path:
   * such a failure is reported at the field's path (issue 17: a bare word where a member's name
   * should be was reported at the member, not at its {@code fullName}).
   */
  private JsonToken nextName(@Nullable String previous) {
    try {
      JsonToken token = parser.nextToken();
      return token == null ? JsonToken.NOT_AVAILABLE : token;
    } catch (JacksonException e) {
      String name = parser.streamReadContext().currentName();
      if (name != null && !name.equals(previous)) {
        push(name, 0);
      }
      throw translate(e);
    }
  }

  /**
   * Moves from a field's name to its value if no method has done so yet: every method that looks at
   * the current token or its location calls this first, so that it sees the value, as if the value
   * had been made current before the field's reader was called.
   */
  private void settle() {
    if (pending) {
      pending = false;
      next();
    }
  }

  private String currentName() {
    try {
      return parser.currentName();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  /**
   * Skips the current value, following the path into it, so that a problem found while skipping is
   * reported at the full path of the value where it is, as a reader that reads the field would
   * report it (issue 17: {@code validate} named only the field skipped).
   */
  private void skip() {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      String previous = null;
      while (nextName(previous) == JsonToken.PROPERTY_NAME) {
        previous = currentName();
        push(previous, 0);
        next();
        skip();
        pop();
      }
    } else if (token == JsonToken.START_ARRAY) {
      int index = 0;
      while (next() != JsonToken.END_ARRAY) {
        push(null, index++);
        skip();
        pop();
      }
    }
  }

  /** Reads the array at the current token, calling {@code element} with each element current. */
  void array(Runnable element) {
    settle();
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType("an array");
    }
    int index = 0;
    while (next() != JsonToken.END_ARRAY) {
      push(null, index);
      element.run();
      pop();
      index++;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Values

  String string() {
    settle();
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("a string");
    }
    try {
      return parser.getString();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  boolean bool() {
    settle();
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw wrongType("a boolean");
  }

  int integer(int min, int max) {
    settle();
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType("an integer");
    }
    if (textLength() <= 9) {
      // At most nine characters, sign included: the value fits an int, read without BigDecimal.
      int value = intValue();
      if (value < min || value > max) {
        throw fail("The number is outside " + min + ".." + max + ".");
      }
      return value;
    }
    BigDecimal value = decimalValue();
    if (value.compareTo(BigDecimal.valueOf(min)) < 0
        || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw fail("The number is outside " + min + ".." + max + ".");
    }
    return value.intValueExact();
  }

  /** An integer within {@code min..max}, for counts that may exceed an {@code int}. */
  long longInteger(long min, long max) {
    settle();
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType("an integer");
    }
    BigDecimal value = decimalValue();
    if (value.compareTo(BigDecimal.valueOf(min)) < 0
        || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw fail("The number is outside " + min + ".." + max + ".");
    }
    return value.longValueExact();
  }

  /** A number read exactly, with a bounded scale so that no later printing can explode. */
  BigDecimal decimal() {
    settle();
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw wrongType("a number");
    }
    BigDecimal value = decimalValue();
    if (value.scale() < -9 || value.scale() > 30 || value.precision() > 40) {
      throw fail("The number has too many digits or too large an exponent.");
    }
    return value;
  }

  private int textLength() {
    try {
      return parser.getStringLength();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  private int intValue() {
    try {
      return parser.getIntValue();
    } catch (JacksonException | NumberFormatException | ArithmeticException e) {
      throw fail("The number cannot be read.");
    }
  }

  private BigDecimal decimalValue() {
    try {
      return parser.getDecimalValue();
    } catch (JacksonException | NumberFormatException | ArithmeticException e) {
      throw fail("The number cannot be read.");
    }
  }

  /** A calendar date written {@code YYYY-MM-DD}; the value is never echoed. */
  LocalDate date() {
    settle();
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("a string");
    }
    char[] text;
    int from;
    int length;
    try {
      // The parser's own characters: no String is made for the date.
      text = parser.getStringCharacters();
      from = parser.getStringOffset();
      length = parser.getStringLength();
    } catch (JacksonException e) {
      throw translate(e);
    }
    // YYYY-MM-DD in ASCII digits, then an existing ISO date: what LocalDate.parse accepts for text
    // of this shape, without its formatter.
    if (length == 10 && text[from + 4] == '-' && text[from + 7] == '-') {
      int year = digits(text, from, from + 4);
      int month = digits(text, from + 5, from + 7);
      int day = digits(text, from + 8, from + 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        LocalDate date = null;
        try {
          date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          // falls through to the error below
        }
        if (date != null && Dates.isRecordDate(date)) {
          return date;
        }
        if (date != null) {
          throw fail("Invalid date: no record has a date before 1900-01-01 or after 2100-12-31.");
        }
      }
    }
    throw fail("Invalid date: expected an existing calendar date written YYYY-MM-DD.");
  }

  /** The number written in ASCII digits from {@code from} to {@code to}; -1 if another char. */
  private static int digits(char[] text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** The constants of each enum read, so that a lookup does not clone them. */
  private static final ClassValue<Enum<?>[]> CONSTANTS =
      new ClassValue<>() {
        @Override
        protected Enum<?>[] computeValue(Class<?> type) {
          return (Enum<?>[]) type.getEnumConstants();
        }
      };

  private static <E extends Enum<E>> @Nullable E constant(Class<E> type, String name) {
    for (Enum<?> constant : CONSTANTS.get(type)) {
      if (constant.name().equals(name)) {
        return type.cast(constant);
      }
    }
    return null;
  }

  <E extends Enum<E>> E enumValue(Class<E> type) {
    String text = string();
    E constant = constant(type, text);
    if (constant != null) {
      return constant;
    }
    throw fail(
        "Invalid value: expected one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", "))
            + ".");
  }

  /** A key of an object read as an enum constant (the key is the current path's last name). */
  <E extends Enum<E>> E enumKey(String key, Class<E> type) {
    E constant = constant(type, key);
    if (constant != null) {
      return constant;
    }
    throw fail(
        "Invalid key: expected one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", "))
            + ".");
  }

  /** Converts a value with a model factory; its refusal is reported at the current value. */
  <T> T value(String what, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      settle();
      throw failAt(path(), location(), "The model refuses this " + what + ": " + reason(e), e);
    }
  }
}
