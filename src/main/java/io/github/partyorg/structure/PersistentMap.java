package io.github.partyorg.structure;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A persistent hash map (a hash array mapped trie): {@code put} and {@code remove} return a new map
 * that shares every untouched node with the old one, so an update costs O(log32 n) whatever the
 * size. The indexes of {@link Root} use it so that updating one member never copies an index of the
 * whole tree. Iteration order is unspecified. Keys and values are never null.
 *
 * <p>Keys are comparable, and consistent with {@code equals}: keys of one full hash code are kept
 * in a balanced search tree by their order, so that keys made to collide (ids of "Aa"/"BB" pairs
 * share one {@code String.hashCode}) cost O(log n), not O(n), each.
 */
final class PersistentMap<K extends Comparable<? super K>, V> {
  private static final int BITS = 5;
  private static final int MASK = 31;
  private static final PersistentMap<?, ?> EMPTY = new PersistentMap<>(BitmapNode.EMPTY, 0);

  private final Node root;
  private final int size;

  private PersistentMap(Node root, int size) {
    this.root = root;
    this.size = size;
  }

  @SuppressWarnings("unchecked")
  static <K extends Comparable<? super K>, V> PersistentMap<K, V> empty() {
    return (PersistentMap<K, V>) EMPTY;
  }

  /**
   * Builds a map of distinct keys at once, without the path copies of one {@code put} per key. The
   * result is the map that putting the keys one by one into the empty map gives: same entries, same
   * iteration order (colliding keys in their natural order).
   *
   * @throws IllegalArgumentException if the lists differ in size
   */
  static <K extends Comparable<? super K>, V> PersistentMap<K, V> ofDistinct(
      List<K> keys, List<V> values) {
    if (keys.size() != values.size()) {
      throw new IllegalArgumentException("keys and values differ in size");
    }
    Entry[] entries = new Entry[keys.size()];
    for (int i = 0; i < entries.length; i++) {
      K key = Objects.requireNonNull(keys.get(i), "key");
      V value = Objects.requireNonNull(values.get(i), "value");
      entries[i] = new Entry(key, value, spread(key.hashCode()));
    }
    if (entries.length == 0) {
      return empty();
    }
    return new PersistentMap<>(
        bulk(entries, new Scratch(entries.length), 0, entries.length, 0), entries.length);
  }

  /** Work space of {@link #bulk}: a spare array of entries, and counts for each level. */
  private static final class Scratch {
    final Entry[] spare;
    final int[][] starts = new int[32 / BITS + 2][MASK + 2];
    final int[][] next = new int[32 / BITS + 2][MASK + 1];

    Scratch(int size) {
      spare = new Entry[size];
    }
  }

  /** The node holding {@code entries[from..to)} (at least two, or one at the top) at this shift. */
  private static Node bulk(Entry[] entries, Scratch scratch, int from, int to, int shift) {
    boolean sameHash = true;
    for (int i = from + 1; i < to && sameHash; i++) {
      sameHash = entries[i].hash == entries[from].hash;
    }
    if (to - from > 1 && (sameHash || shift >= 32)) {
      Entry[] sorted = Arrays.copyOfRange(entries, from, to);
      Arrays.sort(sorted, (a, b) -> compare(a.key, b.key));
      return new CollisionNode(
          entries[from].hash, Objects.requireNonNull(Tree.of(sorted, 0, sorted.length)), to - from);
    }
    // A stable counting sort of the range by the hash's bits at this level; the counts of each
    // level are reused, since a level's counts are read again only after its children are built.
    int[] starts = scratch.starts[shift / BITS];
    Arrays.fill(starts, 0);
    for (int i = from; i < to; i++) {
      starts[((entries[i].hash >>> shift) & MASK) + 1]++;
    }
    int bitmap = 0;
    int slotCount = 0;
    for (int b = 0; b <= MASK; b++) {
      if (starts[b + 1] != 0) {
        bitmap |= 1 << b;
        slotCount++;
      }
      starts[b + 1] += starts[b];
    }
    int[] next = scratch.next[shift / BITS];
    System.arraycopy(starts, 0, next, 0, MASK + 1);
    Entry[] spare = scratch.spare;
    for (int i = from; i < to; i++) {
      spare[from + next[(entries[i].hash >>> shift) & MASK]++] = entries[i];
    }
    System.arraycopy(spare, from, entries, from, to - from);
    Object[] slots = new Object[slotCount];
    int slot = 0;
    for (int b = 0; b <= MASK; b++) {
      int count = starts[b + 1] - starts[b];
      if (count == 1) {
        slots[slot++] = entries[from + starts[b]];
      } else if (count > 1) {
        slots[slot++] =
            bulk(entries, scratch, from + starts[b], from + starts[b + 1], shift + BITS);
      }
    }
    return new BitmapNode(bitmap, slots);
  }

  int size() {
    return size;
  }

  @SuppressWarnings("unchecked")
  @Nullable V get(K key) {
    Entry entry = root.find(key, spread(key.hashCode()), 0);
    return entry == null ? null : (V) entry.value;
  }

  boolean containsKey(K key) {
    return root.find(key, spread(key.hashCode()), 0) != null;
  }

  PersistentMap<K, V> put(K key, V value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    int[] added = {0};
    Node newRoot = root.put(new Entry(key, value, spread(key.hashCode())), 0, added);
    return newRoot == root ? this : new PersistentMap<>(newRoot, size + added[0]);
  }

  PersistentMap<K, V> remove(K key) {
    Node newRoot = root.remove(key, spread(key.hashCode()), 0);
    if (newRoot == root) {
      return this;
    }
    return new PersistentMap<>(newRoot, size - 1);
  }

  @SuppressWarnings("unchecked")
  void forEach(BiConsumer<? super K, ? super V> action) {
    root.forEach((k, v) -> action.accept((K) k, (V) v));
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  private static final class Entry {
    final Object key;
    final Object value;
    final int hash;

    Entry(Object key, Object value, int hash) {
      this.key = key;
      this.value = value;
      this.hash = hash;
    }
  }

  private abstract static class Node {
    abstract @Nullable Entry find(Object key, int hash, int shift);

    /** Returns this node if nothing changed; sets added[0] to 1 when the key is new. */
    abstract Node put(Entry entry, int shift, int[] added);

    /** Returns this node if the key is absent. */
    abstract Node remove(Object key, int hash, int shift);

    abstract boolean isEmpty();

    abstract void forEach(BiConsumer<Object, Object> action);
  }

  private static final class BitmapNode extends Node {
    static final BitmapNode EMPTY = new BitmapNode(0, new Object[0]);

    private final int bitmap;
    private final Object[] slots; // each an Entry or a Node

    BitmapNode(int bitmap, Object[] slots) {
      this.bitmap = bitmap;
      this.slots = slots;
    }

    private int index(int bit) {
      return Integer.bitCount(bitmap & (bit - 1));
    }

    @Override
    @Nullable Entry find(Object key, int hash, int shift) {
      int bit = 1 << ((hash >>> shift) & MASK);
      if ((bitmap & bit) == 0) {
        return null;
      }
      Object slot = slots[index(bit)];
      if (slot instanceof Entry entry) {
        return entry.hash == hash && entry.key.equals(key) ? entry : null;
      }
      return ((Node) slot).find(key, hash, shift + BITS);
    }

    @Override
    Node put(Entry entry, int shift, int[] added) {
      int bit = 1 << ((entry.hash >>> shift) & MASK);
      int idx = index(bit);
      if ((bitmap & bit) == 0) {
        Object[] copy = new Object[slots.length + 1];
        System.arraycopy(slots, 0, copy, 0, idx);
        copy[idx] = entry;
        System.arraycopy(slots, idx, copy, idx + 1, slots.length - idx);
        added[0] = 1;
        return new BitmapNode(bitmap | bit, copy);
      }
      Object slot = slots[idx];
      Object replacement;
      if (slot instanceof Entry existing) {
        if (existing.hash == entry.hash && existing.key.equals(entry.key)) {
          if (existing.value.equals(entry.value)) {
            return this;
          }
          replacement = entry;
        } else {
          replacement = merge(existing, entry, shift + BITS);
          added[0] = 1;
        }
      } else {
        Node child = (Node) slot;
        Node newChild = child.put(entry, shift + BITS, added);
        if (newChild == child) {
          return this;
        }
        replacement = newChild;
      }
      Object[] copy = slots.clone();
      copy[idx] = replacement;
      return new BitmapNode(bitmap, copy);
    }

    @Override
    Node remove(Object key, int hash, int shift) {
      int bit = 1 << ((hash >>> shift) & MASK);
      if ((bitmap & bit) == 0) {
        return this;
      }
      int idx = index(bit);
      Object slot = slots[idx];
      if (slot instanceof Entry entry) {
        if (entry.hash == hash && entry.key.equals(key)) {
          return without(idx, bit);
        }
        return this;
      }
      Node child = (Node) slot;
      Node newChild = child.remove(key, hash, shift + BITS);
      if (newChild == child) {
        return this;
      }
      if (newChild.isEmpty()) {
        return without(idx, bit);
      }
      Object[] copy = slots.clone();
      copy[idx] = newChild;
      return new BitmapNode(bitmap, copy);
    }

    private Node without(int idx, int bit) {
      if (slots.length == 1) {
        return EMPTY;
      }
      Object[] copy = new Object[slots.length - 1];
      System.arraycopy(slots, 0, copy, 0, idx);
      System.arraycopy(slots, idx + 1, copy, idx, slots.length - idx - 1);
      return new BitmapNode(bitmap & ~bit, copy);
    }

    @Override
    boolean isEmpty() {
      return slots.length == 0;
    }

    @Override
    void forEach(BiConsumer<Object, Object> action) {
      for (Object slot : slots) {
        if (slot instanceof Entry entry) {
          action.accept(entry.key, entry.value);
        } else {
          ((Node) slot).forEach(action);
        }
      }
    }
  }

  /**
   * The keys of one full hash code. They are kept in a persistent balanced search tree (AVL) by
   * their natural order, so that ids chosen to share one {@code String.hashCode} cost O(log n) each
   * to find, add or remove, not O(n): a linear chain would make reading a document of such ids
   * quadratic (issue 17).
   */
  private static final class CollisionNode extends Node {
    private final int hash;
    private final Tree tree;
    private final int count;

    CollisionNode(int hash, Tree tree, int count) {
      this.hash = hash;
      this.tree = tree;
      this.count = count;
    }

    @Override
    @Nullable Entry find(Object key, int hash, int shift) {
      if (hash != this.hash) {
        return null;
      }
      return Tree.find(tree, key);
    }

    @Override
    Node put(Entry entry, int shift, int[] added) {
      if (entry.hash != hash) {
        // A different hash reached this node: split at this level.
        int bit = 1 << ((hash >>> shift) & MASK);
        BitmapNode holder = new BitmapNode(bit, new Object[] {this});
        return holder.put(entry, shift, added);
      }
      Tree newTree = Tree.insert(tree, entry, added);
      return newTree == tree ? this : new CollisionNode(hash, newTree, count + added[0]);
    }

    @Override
    Node remove(Object key, int hash, int shift) {
      if (hash != this.hash) {
        return this;
      }
      Tree newTree = Tree.delete(tree, key);
      if (newTree == tree) {
        return this;
      }
      return newTree == null ? BitmapNode.EMPTY : new CollisionNode(hash, newTree, count - 1);
    }

    @Override
    boolean isEmpty() {
      return count == 0;
    }

    @Override
    void forEach(BiConsumer<Object, Object> action) {
      Tree.forEach(tree, action);
    }
  }

  @SuppressWarnings("unchecked")
  private static int compare(Object a, Object b) {
    return ((Comparable<Object>) a).compareTo(b);
  }

  /** A node of a persistent AVL tree of entries ordered by key; null is the empty tree. */
  private static final class Tree {
    final Entry entry;
    final @Nullable Tree left;
    final @Nullable Tree right;
    final int height;

    private Tree(Entry entry, @Nullable Tree left, @Nullable Tree right) {
      this.entry = entry;
      this.left = left;
      this.right = right;
      this.height = 1 + Math.max(height(left), height(right));
    }

    static int height(@Nullable Tree tree) {
      return tree == null ? 0 : tree.height;
    }

    /** The balanced tree of {@code sorted[from..to)}, sorted by key. */
    static @Nullable Tree of(Entry[] sorted, int from, int to) {
      if (from >= to) {
        return null;
      }
      int mid = (from + to) >>> 1;
      return new Tree(sorted[mid], of(sorted, from, mid), of(sorted, mid + 1, to));
    }

    static @Nullable Entry find(@Nullable Tree tree, Object key) {
      Tree node = tree;
      while (node != null) {
        int c = compare(key, node.entry.key);
        if (c == 0) {
          return node.entry.key.equals(key) ? node.entry : null;
        }
        node = c < 0 ? node.left : node.right;
      }
      return null;
    }

    /** Returns {@code tree} itself if the key is there with an equal value. */
    static Tree insert(@Nullable Tree tree, Entry entry, int[] added) {
      if (tree == null) {
        added[0] = 1;
        return new Tree(entry, null, null);
      }
      int c = compare(entry.key, tree.entry.key);
      if (c == 0) {
        if (tree.entry.value.equals(entry.value)) {
          return tree;
        }
        return new Tree(entry, tree.left, tree.right);
      }
      if (c < 0) {
        Tree left = insert(tree.left, entry, added);
        return left == tree.left ? tree : balance(tree.entry, left, tree.right);
      }
      Tree right = insert(tree.right, entry, added);
      return right == tree.right ? tree : balance(tree.entry, tree.left, right);
    }

    /** Returns {@code tree} itself if the key is absent. */
    static @Nullable Tree delete(@Nullable Tree tree, Object key) {
      if (tree == null) {
        return null;
      }
      int c = compare(key, tree.entry.key);
      if (c < 0) {
        Tree left = delete(tree.left, key);
        return left == tree.left ? tree : balance(tree.entry, left, tree.right);
      }
      if (c > 0) {
        Tree right = delete(tree.right, key);
        return right == tree.right ? tree : balance(tree.entry, tree.left, right);
      }
      if (tree.left == null) {
        return tree.right;
      }
      if (tree.right == null) {
        return tree.left;
      }
      Tree first = tree.right;
      while (first.left != null) {
        first = first.left;
      }
      return balance(first.entry, tree.left, deleteFirst(tree.right));
    }

    private static @Nullable Tree deleteFirst(Tree tree) {
      if (tree.left == null) {
        return tree.right;
      }
      return balance(tree.entry, deleteFirst(tree.left), tree.right);
    }

    private static Tree balance(Entry entry, @Nullable Tree left, @Nullable Tree right) {
      int lh = height(left);
      int rh = height(right);
      if (lh > rh + 1) {
        Tree l = Objects.requireNonNull(left);
        if (height(l.left) >= height(l.right)) {
          return new Tree(l.entry, l.left, new Tree(entry, l.right, right));
        }
        Tree lr = Objects.requireNonNull(l.right);
        return new Tree(
            lr.entry, new Tree(l.entry, l.left, lr.left), new Tree(entry, lr.right, right));
      }
      if (rh > lh + 1) {
        Tree r = Objects.requireNonNull(right);
        if (height(r.right) >= height(r.left)) {
          return new Tree(r.entry, new Tree(entry, left, r.left), r.right);
        }
        Tree rl = Objects.requireNonNull(r.left);
        return new Tree(
            rl.entry, new Tree(entry, left, rl.left), new Tree(r.entry, rl.right, r.right));
      }
      return new Tree(entry, left, right);
    }

    static void forEach(@Nullable Tree tree, BiConsumer<Object, Object> action) {
      if (tree != null) {
        forEach(tree.left, action);
        action.accept(tree.entry.key, tree.entry.value);
        forEach(tree.right, action);
      }
    }
  }

  private static Node merge(Entry a, Entry b, int shift) {
    if (a.hash == b.hash || shift >= 32) {
      int[] added = {0};
      return new CollisionNode(a.hash, Tree.insert(Tree.insert(null, a, added), b, added), 2);
    }
    int bitA = 1 << ((a.hash >>> shift) & MASK);
    int bitB = 1 << ((b.hash >>> shift) & MASK);
    if (bitA == bitB) {
      return new BitmapNode(bitA, new Object[] {merge(a, b, shift + BITS)});
    }
    Object[] slots =
        Integer.compareUnsigned(bitA, bitB) < 0 ? new Object[] {a, b} : new Object[] {b, a};
    return new BitmapNode(bitA | bitB, slots);
  }
}
