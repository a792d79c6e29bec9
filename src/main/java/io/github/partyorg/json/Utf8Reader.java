package io.github.partyorg.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Objects;

/**
 * A reader of UTF-8 bytes that refuses malformed input at the byte where it is, instead of
 * replacing it or failing somewhere later: the readers of {@link PartyorgJson} then report it as an
 * encoding error, at the line and column of the byte and with its offset (issue 17). Give it to any
 * {@code read...} method of {@link PartyorgJson} for a file or a stream of bytes; the command line
 * reads every file through it.
 *
 * <p>Malformed means what the UTF-8 standard refuses: a byte that cannot start a sequence, a
 * sequence cut short, an overlong form, a surrogate, or a code point above U+10FFFF. Not
 * thread-safe. Closing it closes the stream.
 */
public final class Utf8Reader extends Reader {
  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private boolean ended;
  private long consumed; // bytes before buffer[0]
  private int line = 1;
  private int column = 1;
  private char pending; // the low surrogate of a pair not yet returned, or 0

  /**
   * Creates the reader.
   *
   * @param in the bytes; read from its current position, closed with this reader
   * @throws NullPointerException if {@code in} is null
   */
  public Utf8Reader(InputStream in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  /**
   * Malformed UTF-8: where the first bad byte is.
   *
   * <p>The message gives only the positions, never the bytes.
   */
  public static final class EncodingException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The line of the byte, from 1. */
    private final int line;

    /** The column of the byte, from 1, counted in characters. */
    private final int column;

    /** The offset of the byte in the input, from 0. */
    private final long byteOffset;

    EncodingException(int line, int column, long byteOffset) {
      super(
          "Invalid UTF-8 at line "
              + line
              + ", column "
              + column
              + " (byte offset "
              + byteOffset
              + ")");
      this.line = line;
      this.column = column;
      this.byteOffset = byteOffset;
    }

    /**
     * The line of the byte.
     *
     * @return the line, from 1
     */
    public int line() {
      return line;
    }

    /**
     * The column of the byte, counted in characters as a parser counts them.
     *
     * @return the column, from 1
     */
    public int column() {
      return column;
    }

    /**
     * The offset of the byte in the input.
     *
     * @return the offset, from 0
     */
    public long byteOffset() {
      return byteOffset;
    }
  }

  @Override
  public int read(char[] chars, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, chars.length);
    if (length == 0) {
      return 0;
    }
    int produced = 0;
    if (pending != 0) {
      chars[offset + produced++] = pending;
      pending = 0;
    }
    while (produced < length) {
      if (position == limit && !fill(1)) {
        break;
      }
      int b = buffer[position] & 0xFF;
      if (b < 0x80) {
        position++;
        chars[offset + produced++] = (char) b;
        advance(b);
        continue;
      }
      int count;
      int min;
      int cp;
      if (b >= 0xC2 && b <= 0xDF) {
        count = 2;
        min = 0x80;
        cp = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        count = 3;
        min = 0x800;
        cp = b & 0x0F;
      } else if (b >= 0xF0 && b <= 0xF4) {
        count = 4;
        min = 0x10000;
        cp = b & 0x07;
      } else {
        throw malformed(0);
      }
      if (limit - position < count) {
        fill(count);
      }
      for (int k = 1; k < count; k++) {
        if (position + k >= limit) {
          throw malformed(0); // cut short by the end of the input
        }
        int next = buffer[position + k] & 0xFF;
        if ((next & 0xC0) != 0x80) {
          throw malformed(0);
        }
        cp = (cp << 6) | (next & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        throw malformed(0);
      }
      position += count;
      if (cp > 0xFFFF) {
        chars[offset + produced++] = Character.highSurrogate(cp);
        char low = Character.lowSurrogate(cp);
        if (produced < length) {
          chars[offset + produced++] = low;
        } else {
          pending = low;
        }
        column += 2;
      } else {
        chars[offset + produced++] = (char) cp;
        column++;
      }
    }
    return produced == 0 ? -1 : produced;
  }

  private void advance(int c) {
    if (c == '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
  }

  private EncodingException malformed(int at) {
    return new EncodingException(line, column, consumed + position + at);
  }

  /** Makes at least {@code wanted} bytes available if the input has them; false at its end. */
  private boolean fill(int wanted) throws IOException {
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      consumed += position;
      limit -= position;
      position = 0;
    }
    while (limit < wanted && !ended) {
      int n = in.read(buffer, limit, buffer.length - limit);
      if (n < 0) {
        ended = true;
      } else {
        limit += n;
      }
    }
    return limit > 0;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
