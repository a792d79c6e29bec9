package io.github.partyorg.rating;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A read-only map whose entries sit at positions 0 to {@code size() - 1}, in order, each value made
 * when read (issue 19): the members ({@link MemberTable}) and the organisations ({@link OrgTable})
 * of a root's rating. A subclass gives the key and the value at a position and finds a key's
 * position; the views iterate the positions, and iterating the keys makes no value.
 *
 * @param <K> the key (an id)
 * @param <V> the value (a rating)
 */
abstract class PositionMap<K, V> extends AbstractMap<K, V> {
  /** The key at a position. */
  abstract K keyAt(int position);

  /** The value at a position, made now. */
  abstract V valueAt(int position);

  /** The position of a key, or -1 if it is not in the map. */
  abstract int position(@Nullable Object key);

  @Override
  public final boolean containsKey(@Nullable Object key) {
    return position(key) >= 0;
  }

  @Override
  public final @Nullable V get(@Nullable Object key) {
    int p = position(key);
    return p < 0 ? null : valueAt(p);
  }

  @Override
  public final Set<K> keySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<K> iterator() {
        return new Positions<>() {
          @Override
          K at(int p) {
            return keyAt(p);
          }
        };
      }

      @Override
      public boolean contains(@Nullable Object o) {
        return containsKey(o);
      }

      @Override
      public int size() {
        return PositionMap.this.size();
      }
    };
  }

  @Override
  public final Collection<V> values() {
    return new AbstractCollection<>() {
      @Override
      public Iterator<V> iterator() {
        return new Positions<>() {
          @Override
          V at(int p) {
            return valueAt(p);
          }
        };
      }

      @Override
      public int size() {
        return PositionMap.this.size();
      }
    };
  }

  @Override
  public final Set<Map.Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<K, V>> iterator() {
        return new Positions<>() {
          @Override
          Map.Entry<K, V> at(int p) {
            return new Entry(p);
          }
        };
      }

      @Override
      public int size() {
        return PositionMap.this.size();
      }
    };
  }

  /** An entry whose value is made when read. */
  private final class Entry implements Map.Entry<K, V> {
    private final int position;

    Entry(int position) {
      this.position = position;
    }

    @Override
    public K getKey() {
      return keyAt(position);
    }

    @Override
    public V getValue() {
      return valueAt(position);
    }

    @Override
    public V setValue(V value) {
      throw new UnsupportedOperationException("A rating is immutable.");
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Map.Entry<?, ?> e
          && getKey().equals(e.getKey())
          && getValue().equals(e.getValue());
    }

    @Override
    public int hashCode() {
      return getKey().hashCode() ^ getValue().hashCode();
    }

    @Override
    public String toString() {
      return getKey() + "=" + getValue();
    }
  }

  /** Iterates the positions in order. */
  private abstract class Positions<T> implements Iterator<T> {
    private int next;

    abstract T at(int position);

    @Override
    public boolean hasNext() {
      return next < size();
    }

    @Override
    public T next() {
      if (next >= size()) {
        throw new NoSuchElementException();
      }
      return at(next++);
    }
  }
}
