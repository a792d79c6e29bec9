package io.github.partyorg.cli;

import io.github.partyorg.structure.Escapes;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A print stream that escapes the non-printable characters of what is printed ({@link
 * Escapes#printableLines}: line feeds and tabs are kept), so that the ids, names and field names of
 * a document cannot write terminal escape codes or forge lines on the terminal or in a log (issue
 * 17). Every text the commands print goes through {@code print(String)}, {@code print(Object)},
 * {@code print(char)} or {@code println}, which this class escapes; the JSON output stays valid,
 * since a control character can only appear in a JSON string, where its escape is the JSON escape.
 * Errors of the underlying stream show in {@link #checkError()}.
 */
final class PrintableStream extends PrintStream {
  private PrintableStream(PrintStream out) {
    super(out, true, StandardCharsets.UTF_8);
  }

  /** Wraps a stream, unless it already is one of these. */
  static PrintStream of(PrintStream out) {
    return out instanceof PrintableStream ? out : new PrintableStream(out);
  }

  @Override
  public void print(String s) {
    super.print(Escapes.printableLines(String.valueOf(s)));
  }

  @Override
  public void print(Object obj) {
    print(String.valueOf(obj));
  }

  @Override
  public void print(char c) {
    print(String.valueOf(c));
  }

  @Override
  public void print(char[] s) {
    print(new String(s));
  }

  @Override
  public void println(String x) {
    synchronized (this) {
      print(x);
      println();
    }
  }

  @Override
  public void println(Object x) {
    println(String.valueOf(x));
  }

  @Override
  public void println(char[] x) {
    println(new String(x));
  }

  @Override
  public void println(char x) {
    println(String.valueOf(x));
  }
}
