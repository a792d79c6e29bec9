package io.github.partyorg.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.partyorg.structure.Dates;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reader's value parsing against the plain definitions it replaces: dates against the pattern
 * {@code \d{4}-\d{2}-\d{2}} followed by {@link LocalDate#parse}, integers against {@link
 * BigDecimal}; and the paths of objects with many fields.
 */
class InputTest {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private static Input open(String json, boolean lenient) {
    ReadOptions options = ReadOptions.defaults().withLenient(lenient);
    return Input.open(Input.factory(options), new StringReader(json), options);
  }

  /** The date the reader returns, or empty if it refuses the text. */
  private static Optional<LocalDate> readDate(String text) {
    try (Input in = open("\"" + text + "\"", false)) {
      in.next();
      return Optional.of(in.date());
    } catch (JsonFormatException e) {
      assertThat(e.problem())
          .isIn(
              "Invalid date: expected an existing calendar date written YYYY-MM-DD.",
              "Invalid date: no record has a date before 1900-01-01 or after 2100-12-31.");
      assertThat(e.path()).isEqualTo("$");
      return Optional.empty();
    }
  }

  /** What the earlier reader accepted: the pattern, then {@link LocalDate#parse}. */
  private static Optional<LocalDate> reference(String text) {
    if (!DATE.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  @Test
  void dates_matchThePatternAndLocalDateParse() {
    List<String> texts =
        new ArrayList<>(
            List.of(
                "2025-12-15",
                "2024-02-29",
                "2025-02-29",
                "2000-02-29",
                "1900-02-29",
                "0000-01-01",
                "9999-12-31",
                "2025-13-01",
                "2025-00-10",
                "2025-01-00",
                "2025-01-32",
                "2025-04-31",
                "2025-1-01",
                "2025-01-1",
                "25-01-01",
                "+2025-01-01",
                "-2025-01-01",
                "20250-01-01",
                "2025/01/01",
                "2025-01-01 ",
                " 2025-01-01",
                "2025-0a-01",
                "2025-01-0:",
                "2025-01-0/",
                "٢٠٢٥-01-01",
                "２０２５-01-01",
                "2025-01-01T00:00",
                ""));
    Random random = new Random(7);
    String alphabet = "0123456789-/+:a ٣";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = 8 + random.nextInt(5);
      for (int j = 0; j < length; j++) {
        boolean shaped = random.nextInt(4) != 0;
        if (shaped && (j == 4 || j == 7)) {
          text.append('-');
        } else if (shaped) {
          text.append((char) ('0' + random.nextInt(10)));
        } else {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      texts.add(text.toString());
    }
    long first = LocalDate.of(1800, 1, 1).toEpochDay();
    long last = LocalDate.of(2200, 12, 31).toEpochDay();
    for (int i = 0; i < 2_000; i++) {
      texts.add(
          LocalDate.ofEpochDay(first + (long) (random.nextDouble() * (last - first))).toString());
    }
    int accepted = 0;
    for (String text : texts) {
      // Issue 17: dates before 1900 or after 2100 are refused as no record has them.
      Optional<LocalDate> expected = reference(text).filter(Dates::isRecordDate);
      assertThat(readDate(text)).as(text).isEqualTo(expected);
      if (expected.isPresent()) {
        accepted++;
      }
    }
    assertThat(accepted).as("valid dates among the texts").isGreaterThan(800);
  }

  /** The integer the reader returns, or the problem it reports. */
  private static String readInteger(String numeral, int min, int max) {
    try (Input in = open(numeral, false)) {
      in.next();
      return String.valueOf(in.integer(min, max));
    } catch (JsonFormatException e) {
      return e.problem();
    }
  }

  private static String referenceInteger(String numeral, int min, int max) {
    BigDecimal value = new BigDecimal(numeral);
    if (value.compareTo(BigDecimal.valueOf(min)) < 0
        || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      return "The number is outside " + min + ".." + max + ".";
    }
    return String.valueOf(value.intValueExact());
  }

  @Test
  void integers_matchTheBigDecimalReading() {
    List<String> numerals =
        List.of(
            "0",
            "-0",
            "7",
            "12",
            "13",
            "-1",
            "99999999",
            "999999999",
            "-99999999",
            "-999999999",
            "1000000000",
            "2147483647",
            "2147483648",
            "-2147483648",
            "-2147483649",
            "123456789012345678901234567890");
    int[][] ranges = {{0, 12}, {1930, 9999}, {Integer.MIN_VALUE, Integer.MAX_VALUE}, {-5, 5}};
    for (String numeral : numerals) {
      for (int[] range : ranges) {
        assertThat(readInteger(numeral, range[0], range[1]))
            .as(numeral + " in " + range[0] + ".." + range[1])
            .isEqualTo(referenceInteger(numeral, range[0], range[1]));
      }
    }
    assertThat(readInteger("1.5", 0, 12))
        .isEqualTo("Wrong type: expected an integer, found a number.");
  }

  /** Reads an object of unknown fields, leniently; returns the object. */
  private static Input.Obj readFields(Input in) {
    in.next();
    return in.object(name -> false);
  }

  @Test
  void anObjectWithManyFields_findsItsDuplicatesAndFields() {
    StringBuilder many = new StringBuilder("{");
    for (int i = 0; i < 40; i++) {
      many.append(i == 0 ? "" : ", ").append("\"f").append(i).append("\": ").append(i);
    }
    try (Input in = open(many + "}", true)) {
      Input.Obj obj = readFields(in);
      assertThat(obj.has("f0")).isTrue();
      assertThat(obj.has("f15")).isTrue();
      assertThat(obj.has("f16")).isTrue();
      assertThat(obj.has("f39")).isTrue();
      assertThat(obj.has("f40")).isFalse();
      obj.require("f3", "f30");
      JsonFormatException missing =
          catchThrowableOfType(JsonFormatException.class, () -> obj.require("f1", "g-1"));
      assertThat(missing.path()).isEqualTo("$['g-1']");
      assertThat(missing.problem()).isEqualTo("The required field g-1 is missing.");
    }
    for (String duplicate : List.of("f2", "f15", "f16", "f30")) {
      try (Input in = open(many + ", \"" + duplicate + "\": 0}", true)) {
        JsonFormatException e =
            catchThrowableOfType(JsonFormatException.class, () -> readFields(in));
        assertThat(e.path()).isEqualTo("$." + duplicate);
        assertThat(e.problem()).startsWith("Duplicate key");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(many.length() + 3);
      }
    }
  }

  @Test
  void objectsInArrays_keepTheirOwnPaths() {
    String json = "{\"a\": [{\"x\": 1}, {\"y\": [{}, {\"z\": {}}]}], \"b\": {}}";
    List<Input.Obj> objects = new ArrayList<>();
    try (Input in = open(json, false)) {
      in.next();
      objects.add(
          in.object(
              name -> {
                if (name.equals("a")) {
                  in.array(
                      () ->
                          objects.add(
                              in.object(
                                  field -> {
                                    if (field.equals("y")) {
                                      in.array(
                                          () ->
                                              objects.add(
                                                  in.object(
                                                      inner -> {
                                                        objects.add(in.object(f -> false));
                                                        return true;
                                                      })));
                                    }
                                    return true;
                                  })));
                } else {
                  objects.add(in.object(f -> false));
                }
                return true;
              }));
    }
    List<String> paths = new ArrayList<>();
    for (Input.Obj obj : objects) {
      paths.add(obj.fail("x").path());
    }
    assertThat(paths)
        .containsExactly(
            "$.a[0]", "$.a[1].y[0]", "$.a[1].y[1].z", "$.a[1].y[1]", "$.a[1]", "$.b", "$");
  }
}
