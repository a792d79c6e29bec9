package io.github.partyorg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.json.PartyorgJson;
import io.github.partyorg.sample.ExampleBloc;
import io.github.partyorg.structure.Root;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17: the command line under hostile or careless input. Each test failed before the fix it
 * names: input read once (standard input, full paths), output errors, out of memory, escaped ids,
 * encoding errors, locale-independent output, dates no record can have.
 */
class HostileInputCommandsTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir Path dir;

  private int run(String... args) {
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static String blocJson() {
    StringWriter text = new StringWriter();
    PartyorgJson.standard().writeRoot(ExampleBloc.create(), text);
    return text.toString();
  }

  /** Runs with standard input set to the bytes, then restores it. */
  private int runWithStdin(byte[] stdin, String... args) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(stdin));
    try {
      return run(args);
    } finally {
      System.setIn(saved);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "charter"})
  void validateAndCharter_readStandardInputOnce(String command) {
    // Before: the file was read twice (kind, then document): from a pipe the second read was
    // empty and a valid document exited with 3.
    int status = runWithStdin(blocJson().getBytes(StandardCharsets.UTF_8), command, "-");

    assertThat(err()).isEmpty();
    assertThat(status).isZero();
    assertThat(out()).contains("S1");
  }

  @Test
  void standardInput_canBeGivenForOneFileOnly() {
    assertThat(runWithStdin(new byte[0], "rate", "-", "-")).isEqualTo(Main.EXIT_USAGE);
    assertThat(err()).contains("standard input (-) can be read once");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "rate"})
  void anError_isReportedAtTheFullPath_byEveryCommand(String command) throws IOException {
    // A bare token where a member's name should be: validate named only $.baseOrganisations.
    String json = blocJson();
    int at = json.indexOf("\"fullName\"");
    int valueStart = json.indexOf('"', at + 11);
    int valueEnd = json.indexOf('"', valueStart + 1);
    String broken = json.substring(0, valueStart) + "Bí" + json.substring(valueEnd + 1);
    Path file = Files.writeString(dir.resolve("broken.json"), broken, StandardCharsets.UTF_8);

    int status =
        command.equals("rate")
            ? run("rate", file.toString(), file.toString())
            : run(command, file.toString());

    assertThat(status).isEqualTo(Main.EXIT_INVALID_INPUT);
    assertThat(err())
        .containsPattern(
            "\\$\\.baseOrganisations\\[\\d+]\\.(cells\\[\\d+]\\.)?members\\[0]\\.fullName");
    assertThat(err()).doesNotContain("Bí");
  }

  @Test
  void anOutputThatCannotBeWritten_givesANonZeroExit() {
    // Before: `charter > /dev/full` exited 0.
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    int status =
        Main.run(
            new String[] {"charter"},
            new PrintStream(full, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(Main.EXIT_FAILURE);
    assertThat(err()).contains("the output cannot be written");
  }

  @Test
  void outOfMemory_isOneLineSayingWhatToDo_exit1() throws Exception {
    // Before: a raw OutOfMemoryError stack trace. A root of 60,000 members in a 24 MB heap.
    StringBuilder json =
        new StringBuilder(
            "{\"format\":\"partyorg.root\",\"version\":1,\"id\":\"R\",\"kind\":\"OTHER\","
                + "\"name\":\"R\",\"snapshotDate\":\"2025-12-31\",\"baseOrganisations\":[{\"id\":\"B\","
                + "\"name\":\"B\",\"kind\":\"BASE_CELL\",\"sector\":\"OTHER\",\"members\":[");
    for (int i = 0; i < 60_000; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"id\":\"M")
          .append(i)
          .append("\",\"fullName\":\"Đảng viên số ")
          .append(i)
          .append("\",\"gender\":\"MALE\",\"dateOfBirth\":\"1980-01-01\",")
          .append("\"admissionDate\":\"2005-01-01\",\"officialDate\":\"2006-01-01\"}");
    }
    json.append("]}]}");
    Path file = Files.writeString(dir.resolve("large.json"), json, StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xmx24m",
            "-XX:-UseCompressedClassPointers",
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "validate",
            file.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
    process.getOutputStream().close();
    byte[] stdout = process.getInputStream().readAllBytes();
    String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(stderr).isEqualTo(Main.EXIT_FAILURE);
    assertThat(stderr.strip()).isEqualTo(Main.OUT_OF_MEMORY);
    assertThat(stdout).isEmpty();
  }

  @Test
  void idsAndNamesOfTheDocument_areEscapedInTheOutput() throws IOException {
    // Before: a root name or an id could write terminal escape codes (ESC [ 2 J clears the
    // screen; U+202E reverses the line).
    Root bloc = ExampleBloc.create();
    String json = blocJson().replace(bloc.name(), "Khối\\u001b[2J\\u202egnàk");
    Path file = Files.writeString(dir.resolve("escapes.json"), json, StandardCharsets.UTF_8);

    assertThat(run("charter", file.toString())).isZero();

    assertThat(out()).contains("Khối\\u001B[2J\\u202Egnàk");
    assertThat(out().codePoints().filter(c -> c == 0x1B || c == 0x202E)).isEmpty();
  }

  @Test
  void invalidUtf8_isNamedAsAnEncodingError_atTheByte() throws IOException {
    // Before: "The input cannot be read." at the line and column of the parser's buffer.
    byte[] json = blocJson().getBytes(StandardCharsets.UTF_8);
    String text = new String(json, StandardCharsets.UTF_8);
    int line3 = text.indexOf('\n', text.indexOf('\n') + 1) + 1; // start of line 3
    byte[] bad = json.clone();
    int offset = text.substring(0, line3 + 3).getBytes(StandardCharsets.UTF_8).length;
    bad[offset] = (byte) 0xFF;
    Path file = Files.write(dir.resolve("latin1.json"), bad);

    assertThat(run("validate", file.toString())).isEqualTo(Main.EXIT_INVALID_INPUT);

    assertThat(err())
        .contains("(line 3, column 4)")
        .contains("Encoding error")
        .contains("offset " + offset);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar-SA", "hi-IN", "fa-IR", "th-TH-u-nu-thai"})
  void output_isTheSameUnderAnyDefaultLocale(String tag) {
    Locale saved = Locale.getDefault();
    String expected;
    try {
      Locale.setDefault(Locale.ROOT);
      assertThat(run("charter")).isZero();
      expected = out();
      out.reset();
      Locale.setDefault(Locale.forLanguageTag(tag));
      assertThat(run("charter")).isZero();
    } finally {
      Locale.setDefault(saved);
    }
    assertThat(out()).isEqualTo(expected);
  }

  @Test
  void theSampleReport_hasAsciiDigitsUnderAnArabicLocale() {
    // Before: the sample's ids and the counts were written in Arabic-Indic digits under ar-SA.
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-SA"));
      assertThat(run("report", "--lang", "en")).isZero();
    } finally {
      Locale.setDefault(saved);
    }
    assertThat(out().codePoints().filter(c -> c >= 0x0660 && c <= 0x06F9)).isEmpty();
    assertThat(out()).containsPattern("[0-9]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0000-01-01", "1899-12-31", "2101-01-01", "+10000-01-01"})
  void asOf_outsideTheYearsOfARecord_isAUsageError(String day) {
    // Before: --as-of 0000-01-01 printed 01/01/0001 in the header.
    assertThat(run("charter", "--as-of", day)).isEqualTo(Main.EXIT_USAGE);
    assertThat(err()).contains("--as-of needs a date from 1900-01-01 to 2100-12-31");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1900-01-01", "2100-12-31"})
  void asOf_atTheBounds_isAccepted(String day) {
    assertThat(run("charter", "--as-of", day)).isZero();
  }
}
