package io.github.partyorg.rating;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * An immutable list whose elements are made only when read, then kept (issue 19). The rating's
 * findings ({@link MissingFact}, {@link QuotaFinding}) are public records that hold their sentence
 * as text; a root's rating makes many of them, and rendering each through the catalogue when it is
 * found cost a third of a bloc's rating, while most are only counted. A subclass holds what each
 * element is made from and makes it ({@link #make(int)}); the list equals, and hashes as, any list
 * of the same elements.
 *
 * <p>Thread-safe: an element made twice by two threads is the same value, and the elements are
 * records, whose fields are final.
 *
 * @param <T> the element type
 */
abstract class LazyList<T> extends AbstractList<T> implements RandomAccess {
  private final @Nullable Object[] made;

  LazyList(int size) {
    this.made = new Object[size];
  }

  /** Makes the element at an index (called once per index, or twice under a race). */
  abstract T make(int index);

  @Override
  @SuppressWarnings("unchecked")
  public final T get(int index) {
    Objects.checkIndex(index, made.length);
    Object m = made[index];
    if (m == null) {
      m = Objects.requireNonNull(make(index));
      made[index] = m;
    }
    return (T) m;
  }

  @Override
  public final int size() {
    return made.length;
  }

  /**
   * An immutable copy of a list, as {@link List#copyOf} makes, except that a lazy list is kept as
   * it is (a copy would make every element).
   */
  static <T> List<T> copyOf(List<T> list) {
    return list instanceof LazyList ? list : List.copyOf(list);
  }
}
