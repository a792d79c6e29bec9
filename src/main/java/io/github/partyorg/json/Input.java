package io.github.partyorg.json;

import io.github.partyorg.structure.InvalidStructureException;
import java.io.Reader;
import java.math.BigDecimal;
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
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** Reads the fields of one object; returns false for a name it does not know. */
  @FunctionalInterface
  interface Fields {
    boolean read(String name);
  }

  /** One object that was read: where it starts and which fields it had. */
  final class Obj {
    private final String path;
    private final TokenStreamLocation start;
    private final Set<String> seen;

    private Obj(String path, TokenStreamLocation start, Set<String> seen) {
      this.path = path;
      this.start = start;
      this.seen = seen;
    }

    /** Fails on the first of the names that the object does not have. */
    void require(String... names) {
      for (String name : names) {
        if (!seen.contains(name)) {
          throw failAt(
              path + segment(name), start, "The required field " + name + " is missing.", null);
        }
      }
    }

    /** Whether the object had the field. */
    boolean has(String name) {
      return seen.contains(name);
    }

    /** A problem with the object as a whole, reported where it starts. */
    JsonFormatException fail(String problem) {
      return failAt(path, start, problem, null);
    }

    /** Builds a model value; the model's refusal is reported at this object. */
    <T> T build(String what, Supplier<T> builder) {
      try {
        return builder.get();
      } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
        throw failAt(path, start, "The model refuses this " + what + ": " + reason(e), e);
      }
    }
  }

  private final JsonParser parser;
  private final boolean lenient;
  private final List<String> path = new ArrayList<>();

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
      throw new JsonFormatException("$", 0, 0, "The input cannot be read.", e);
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
    return path.isEmpty() ? "$" : "$" + String.join("", path);
  }

  private static String segment(String name) {
    if (SIMPLE_NAME.matcher(name).matches()) {
      return "." + name;
    }
    return "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  JsonFormatException fail(String problem) {
    return failAt(path(), location(), problem, null);
  }

  private TokenStreamLocation location() {
    TokenStreamLocation location = parser.currentTokenLocation();
    return location == null ? TokenStreamLocation.NA : location;
  }

  private static JsonFormatException failAt(
      String path, TokenStreamLocation where, String problem, @Nullable Throwable cause) {
    return new JsonFormatException(
        path, Math.max(where.getLineNr(), 0), Math.max(where.getColumnNr(), 0), problem, cause);
  }

  private JsonFormatException translate(JacksonException e) {
    TokenStreamLocation where = e.getLocation();
    if (where == null || where.equals(TokenStreamLocation.NA)) {
      where = parser.currentLocation();
    }
    String problem;
    if (e instanceof StreamConstraintsException) {
      String detail = e.getOriginalMessage();
      int from = detail.indexOf(", from `");
      problem =
          "A read limit is exceeded: " + (from < 0 ? detail : detail.substring(0, from) + ")");
    } else if (e instanceof JacksonIOException) {
      problem = "The input cannot be read.";
    } else if (e instanceof UnexpectedEndOfInputException
        || e.getOriginalMessage().contains("end-of-input")) {
      problem = "Malformed JSON: the document ends too early.";
    } else {
      // Jackson's own message may quote the input; say only what is wrong.
      problem = "Malformed JSON: the text here is not valid JSON.";
    }
    return failAt(path(), where, problem, e);
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
    return fail("Wrong type: expected " + expected + ", found " + found() + ".");
  }

  // ---------------------------------------------------------------------------------------------
  // Structures

  /** Reads the object at the current token, field by field. */
  Obj object(Fields fields) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw wrongType("an object");
    }
    String objectPath = path();
    TokenStreamLocation start = location();
    Set<String> seen = new HashSet<>();
    while (next() == JsonToken.PROPERTY_NAME) {
      String name = currentName();
      path.add(segment(name));
      if (!seen.add(name)) {
        throw fail("Duplicate key: the field appears twice in this object.");
      }
      TokenStreamLocation nameAt = location();
      next();
      if (!fields.read(name)) {
        if (!lenient) {
          throw failAt(path(), nameAt, "Unknown field (strict mode).", null);
        }
        skip();
      }
      path.remove(path.size() - 1);
    }
    return new Obj(objectPath, start, seen);
  }

  private String currentName() {
    try {
      return parser.currentName();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  private void skip() {
    try {
      parser.skipChildren();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  /** Reads the array at the current token, calling {@code element} with each element current. */
  void array(Runnable element) {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType("an array");
    }
    int index = 0;
    while (next() != JsonToken.END_ARRAY) {
      path.add("[" + index + "]");
      element.run();
      path.remove(path.size() - 1);
      index++;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Values

  String string() {
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
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType("an integer");
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

  private BigDecimal decimalValue() {
    try {
      return parser.getDecimalValue();
    } catch (JacksonException | NumberFormatException | ArithmeticException e) {
      throw fail("The number cannot be read.");
    }
  }

  /** A calendar date written {@code YYYY-MM-DD}; the value is never echoed. */
  LocalDate date() {
    String text = string();
    if (DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeException e) {
        // falls through to the error below
      }
    }
    throw fail("Invalid date: expected an existing calendar date written YYYY-MM-DD.");
  }

  <E extends Enum<E>> E enumValue(Class<E> type) {
    String text = string();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
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
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(key)) {
        return constant;
      }
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
      throw failAt(path(), location(), "The model refuses this " + what + ": " + reason(e), e);
    }
  }
}
