package io.github.partyorg.rating;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The facts used by one explanation entry: a small ordered map of fact names to values, kept as an
 * array of name, value pairs. Cheaper than a {@link java.util.LinkedHashMap} for the few facts of
 * an entry (looked up by a scan), and equal to any map with the same entries.
 *
 * <p>A rule fills it with {@link #with(String, String)} and hands it to an entry; from then on it
 * is never changed, and the {@link Map} interface offers no way to change it (every mutator throws
 * {@link UnsupportedOperationException}).
 */
final class FactMap extends AbstractMap<String, String> {
  private static final String[] NONE = {};

  /**
   * The map a rule fills when its entry is not kept (a {@link Ledger#levelsOnly} ledger, issue 19):
   * {@link #with} keeps nothing, and the overloads taking a number skip writing it.
   */
  static final FactMap IGNORED = new FactMap(NONE, 0, true);

  /** Names at even, values at odd indexes; {@code 2 * size} used. */
  private String[] pairs;

  private int size;

  /** True for {@link #IGNORED} only. */
  private final boolean ignored;

  private FactMap(String[] pairs, int size) {
    this(pairs, size, false);
  }

  private FactMap(String[] pairs, int size, boolean ignored) {
    this.pairs = pairs;
    this.size = size;
    this.ignored = ignored;
  }

  /** A map of the given name, value pairs, in order; the array is kept, not copied. */
  static FactMap of(String... nameValue) {
    return new FactMap(nameValue, nameValue.length / 2);
  }

  /** An empty map to fill with room for {@code expected} facts. */
  static FactMap withRoom(int expected) {
    return new FactMap(expected == 0 ? NONE : new String[2 * expected], 0);
  }

  /**
   * Adds a fact at the end, or replaces the value of a fact already there in place (as {@link
   * java.util.LinkedHashMap#put} does). Only while the rule builds the map.
   */
  FactMap with(String name, String value) {
    if (ignored) {
      return this;
    }
    for (int i = 0; i < 2 * size; i += 2) {
      if (pairs[i].equals(name)) {
        pairs[i + 1] = value;
        return this;
      }
    }
    if (2 * size == pairs.length) {
      pairs = Arrays.copyOf(pairs, Math.max(4, 2 * pairs.length));
    }
    pairs[2 * size] = name;
    pairs[2 * size + 1] = value;
    size++;
    return this;
  }

  /** {@link #with(String, String)} with a number written plain ({@link Words#plain}). */
  FactMap with(String name, BigDecimal value) {
    return ignored ? this : with(name, Words.plain(value));
  }

  /** {@link #with(String, String)} with a count. */
  FactMap with(String name, int value) {
    return ignored ? this : with(name, Integer.toString(value));
  }

  /** {@link #with(String, String)} with a day (ISO 8601, {@code 2023-12-15}). */
  FactMap with(String name, LocalDate value) {
    return ignored ? this : with(name, value.toString());
  }

  /** {@link #with(String, String)} with a yes or no ({@code true}, {@code false}). */
  FactMap with(String name, boolean value) {
    return ignored ? this : with(name, Boolean.toString(value));
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public @Nullable String get(@Nullable Object name) {
    for (int i = 0; i < 2 * size; i += 2) {
      if (pairs[i].equals(name)) {
        return pairs[i + 1];
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(@Nullable Object name) {
    return get(name) != null;
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super String> action) {
    for (int i = 0; i < 2 * size; i += 2) {
      action.accept(pairs[i], pairs[i + 1]);
    }
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (int i = 0; i < 2 * size; i += 2) {
      h += pairs[i].hashCode() ^ pairs[i + 1].hashCode();
    }
    return h;
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Map.Entry<String, String> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int i = 2 * next++;
            return new AbstractMap.SimpleImmutableEntry<>(pairs[i], pairs[i + 1]);
          }
        };
      }
    };
  }
}
