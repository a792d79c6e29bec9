package io.github.partyorg.structure;

/**
 * Escapes the characters of a text that a terminal, a log or a reader would not show as themselves:
 * control characters (C0 and C1, so terminal escape sequences), format characters (bidirectional
 * overrides, zero-width spaces), line and paragraph separators, private-use, unassigned and
 * unpaired surrogate code points. Each becomes {@code \}{@code uXXXX} (or {@code \}{@code u{XXXXX}}
 * above U+FFFF). Ids and field names come from documents a stranger may have written; every message
 * and every text output that names one passes it through here, so that a document cannot write
 * escape codes to a terminal or forge a line of output or of a log (issue 17).
 */
public final class Escapes {
  private Escapes() {}

  /**
   * Returns the text with its non-printable characters escaped; the same instance when it has none.
   *
   * @param text the text, such as an id or a field name
   * @return the printable text
   */
  public static String printable(String text) {
    return escape(text, false);
  }

  /**
   * Returns the text with its non-printable characters escaped except line feeds, tabs and the
   * carriage return of a CRLF pair: for whole outputs made of lines.
   *
   * @param text the text
   * @return the printable text
   */
  public static String printableLines(String text) {
    return escape(text, true);
  }

  /**
   * Tells whether a code point is escaped by {@link #printable}.
   *
   * @param codePoint the code point
   * @return true if it is not printable
   */
  public static boolean isUnprintable(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.SURROGATE ->
          true;
      default -> false;
    };
  }

  private static String escape(String text, boolean lines) {
    int i = 0;
    int n = text.length();
    // Fast path: printable ASCII and most letters need nothing.
    while (i < n) {
      char c = text.charAt(i);
      if (c >= ' ' && c < 0x7F) {
        i++;
      } else if (c >= 0xA0 && !Character.isSurrogate(c) && !isUnprintable(c)) {
        i++;
      } else if (lines && kept(text, i)) {
        i++;
      } else {
        break;
      }
    }
    if (i == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n + 16).append(text, 0, i);
    while (i < n) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      if (isUnprintable(cp) && !(lines && kept(text, i))) {
        if (cp > 0xFFFF) {
          out.append("\\u{").append(Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT));
          out.append('}');
        } else {
          String hex = Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT);
          out.append("\\u").append("0000", hex.length(), 4).append(hex);
        }
      } else {
        out.appendCodePoint(cp);
      }
      i += width;
    }
    return out.toString();
  }

  private static boolean kept(String text, int i) {
    char c = text.charAt(i);
    return c == '\n'
        || c == '\t'
        || (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n');
  }
}
