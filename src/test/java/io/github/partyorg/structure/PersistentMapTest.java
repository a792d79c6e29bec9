package io.github.partyorg.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PersistentMapTest {

  /**
   * Raw hash codes chosen to hit every path of the trie once spread ({@code h ^ (h >>> 16)}): equal
   * hashes (collision nodes), hashes equal in the low levels and different only in the top bits
   * (deep splits, the last level at shift 30), and hashes that differ at the first level.
   */
  private static final int[] HASH_POOL = {
    0,
    0,
    1 << 31, // spreads to 0x80008000
    0x80008000, // spreads to 0x80000000: differs from 0 only in bit 31
    0x40004000, // spreads to 0x40000000: differs from 0 only in bit 30
    0xC000C000, // spreads to 0xC0000000
    1,
    1,
    32, // same first level as 0, different second level
    1 << 25,
    0x7FFFFFFF,
    -1,
    31, // index 31 at the first level: the sign bit of the bitmap
  };

  /** A key with a chosen hash code, so that several keys can share one. */
  record Key(int number, int hash) implements Comparable<Key> {
    /** The key of the random sequences: its hash code is fixed by its number. */
    static Key of(int number) {
      return new Key(
          number,
          number < HASH_POOL.length * 4 ? HASH_POOL[number % HASH_POOL.length] : number * 31);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public int compareTo(Key other) {
      COMPARISONS.incrementAndGet();
      int c = Integer.compare(number, other.number);
      return c != 0 ? c : Integer.compare(hash, other.hash);
    }

    @Override
    public boolean equals(Object other) {
      COMPARISONS.incrementAndGet();
      return other instanceof Key key && key.number == number && key.hash == hash;
    }
  }

  /** Comparisons and equality tests of keys, to count the work of a collision node. */
  private static final java.util.concurrent.atomic.AtomicLong COMPARISONS =
      new java.util.concurrent.atomic.AtomicLong();

  /**
   * Issue 17 (denial of service): 20,000 keys of one hash code, put one by one, looked up and
   * removed, cost O(n log n) key comparisons; the linear collision chain it replaces made about n^2
   * / 2 (200 million), which the bound below refuses by a factor of 100.
   */
  @Test
  void keysOfOneHashCode_costLogarithmicComparisons_notLinear() {
    int n = 20_000;
    List<Key> keys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      keys.add(new Key((i * 7919) % n, 42)); // one hash, keys in a scrambled order
    }
    COMPARISONS.set(0);
    PersistentMap<Key, Integer> map = PersistentMap.empty();
    for (Key key : keys) {
      map = map.put(key, key.number());
    }
    for (Key key : keys) {
      assertThat(map.get(key)).isEqualTo(key.number());
    }
    PersistentMap<Key, Integer> bulk =
        PersistentMap.ofDistinct(keys, keys.stream().map(Key::number).toList());
    assertThat(bulk.get(new Key(n - 1, 42))).isEqualTo(n - 1);
    PersistentMap<Key, Integer> drained = map;
    for (Key key : keys) {
      drained = drained.remove(key);
    }
    long log2 = 64 - Long.numberOfLeadingZeros(n);
    assertThat(drained.size()).isZero();
    assertThat(map.size()).isEqualTo(n);
    assertThat(COMPARISONS.get())
        .as("key comparisons for %d colliding keys", n)
        .isLessThan(8L * 4 * n * log2);
  }

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomOperations_matchHashMap_andKeepOldVersionsUnchanged(long seed) {
    Random random = new Random(seed);
    int keySpace = 8 + random.nextInt(120);
    int operations = 50 + random.nextInt(400);
    PersistentMap<Key, Integer> map = PersistentMap.empty();
    Map<Key, Integer> model = new HashMap<>();
    List<PersistentMap<Key, Integer>> versions = new ArrayList<>();
    List<Map<Key, Integer>> expectedVersions = new ArrayList<>();
    boolean drain = false;
    for (int op = 0; op < operations; op++) {
      Key key = Key.of(random.nextInt(keySpace));
      int choice = random.nextInt(10);
      if (op == operations / 2) {
        drain = true; // remove everything, down to the empty map, then go on filling it
      }
      if (drain) {
        for (Key present : new ArrayList<>(model.keySet())) {
          map = map.remove(present);
          model.remove(present);
        }
        assertThat(map.size()).isZero();
        drain = false;
      } else if (choice < 6) {
        int value = random.nextInt(4);
        map = map.put(key, value);
        model.put(key, value);
      } else if (choice < 9) {
        map = map.remove(key);
        model.remove(key);
      } else {
        assertThat(map.get(key)).isEqualTo(model.get(key));
        assertThat(map.containsKey(key)).isEqualTo(model.containsKey(key));
      }
      if (random.nextInt(8) == 0) {
        versions.add(map);
        expectedVersions.add(new HashMap<>(model));
      }
      assertSameContent(map, model, keySpace);
    }
    for (int i = 0; i < versions.size(); i++) {
      assertSameContent(versions.get(i), expectedVersions.get(i), keySpace);
    }
  }

  private static void assertSameContent(
      PersistentMap<Key, Integer> map, Map<Key, Integer> model, int keySpace) {
    assertThat(map.size()).isEqualTo(model.size());
    // Plain comparisons, one assertion: this runs after every operation of 300 sequences.
    List<Integer> wrongKeys = new ArrayList<>();
    for (int k = 0; k < keySpace; k++) {
      Key key = Key.of(k);
      if (!Objects.equals(map.get(key), model.get(key))
          || map.containsKey(key) != model.containsKey(key)) {
        wrongKeys.add(k);
      }
    }
    assertThat(wrongKeys).as("keys whose get or containsKey differs from HashMap").isEmpty();
    Map<Key, Integer> seen = new HashMap<>();
    int[] visits = {0};
    map.forEach(
        (k, v) -> {
          seen.put(k, v);
          visits[0]++;
        });
    assertThat(visits[0]).isEqualTo(model.size());
    assertThat(seen).isEqualTo(model);
  }

  @Test
  void putOfAnEqualValue_returnsTheSameInstance() {
    PersistentMap<Key, String> map =
        PersistentMap.<Key, String>empty().put(new Key(0, 0), "a").put(new Key(1, 7), "b");

    assertThat(map.put(new Key(0, 0), new String("a"))).isSameAs(map);
    assertThat(map.put(new Key(1, 7), "b")).isSameAs(map);
    assertThat(map.put(new Key(1, 7), "c")).isNotSameAs(map);
  }

  @Test
  void putOfAnEqualValueInACollisionNode_returnsTheSameInstance() {
    Key a = new Key(0, 0);
    Key b = new Key(1, 1);
    Key c = new Key(2, 0); // same hash code as a
    PersistentMap<Key, String> map =
        PersistentMap.<Key, String>empty().put(a, "a").put(b, "b").put(c, "c");

    assertThat(map.put(c, new String("c"))).isSameAs(map);
    assertThat(map.put(a, "a")).isSameAs(map);
    assertThat(map.put(a, "z").get(a)).isEqualTo("z");
    assertThat(map.get(a)).isEqualTo("a");
  }

  @Test
  void removeOfAnAbsentKey_returnsTheSameInstance() {
    Key a = new Key(0, 0);
    Key sameHash = new Key(1, 0);
    PersistentMap<Key, String> empty = PersistentMap.empty();
    PersistentMap<Key, String> one = empty.put(a, "a");
    PersistentMap<Key, String> colliding = one.put(sameHash, "s");

    assertThat(empty.remove(a)).isSameAs(empty);
    assertThat(one.remove(sameHash)).isSameAs(one); // same slot, other key
    assertThat(one.remove(new Key(2, 5))).isSameAs(one); // empty slot
    assertThat(colliding.remove(new Key(3, 0))).isSameAs(colliding); // same hash, other key
    assertThat(colliding.remove(new Key(4, 32))).isSameAs(colliding); // same first level only
    assertThat(colliding.remove(new Key(5, 0x80008000))).isSameAs(colliding); // differs in bit 31
  }

  @Test
  void collidingKeys_areAllKept_andCanBeReplacedAndRemoved() {
    // Four keys with one hash code make a collision node; then keys reach it with other hashes.
    List<Key> sameHash = List.of(new Key(0, 0), new Key(1, 0), new Key(2, 0), new Key(3, 0));
    PersistentMap<Key, String> map = PersistentMap.empty();
    for (Key key : sameHash) {
      map = map.put(key, "v" + key.number());
    }
    PersistentMap<Key, String> collisions = map;
    Key topBit = new Key(10, 0x80008000); // spreads to 0x80000000
    Key levelOne = new Key(11, 32);
    Key bit30 = new Key(12, 0x40004000); // spreads to 0x40000000
    map = map.put(topBit, "top bit").put(levelOne, "level one").put(bit30, "bit 30");

    assertThat(map.size()).isEqualTo(7);
    for (Key key : sameHash) {
      assertThat(map.get(key)).isEqualTo("v" + key.number());
    }
    assertThat(map.get(topBit)).isEqualTo("top bit");
    assertThat(map.get(levelOne)).isEqualTo("level one");
    assertThat(map.get(bit30)).isEqualTo("bit 30");

    PersistentMap<Key, String> replaced = map.put(new Key(2, 0), "new");
    assertThat(replaced.size()).isEqualTo(7);
    assertThat(replaced.get(new Key(2, 0))).isEqualTo("new");
    assertThat(map.get(new Key(2, 0))).isEqualTo("v2");

    PersistentMap<Key, String> drained = map;
    for (Key key : List.of(topBit, levelOne, bit30)) {
      drained = drained.remove(key);
    }
    for (Key key : sameHash) {
      drained = drained.remove(key);
      assertThat(drained.get(key)).isNull();
    }
    assertThat(drained.size()).isZero();
    drained.forEach((k, v) -> fail("not empty: " + k));
    assertThat(collisions.size()).isEqualTo(4);
    assertThat(map.size()).isEqualTo(7);
    assertThat(drained.put(new Key(0, 0), "again").get(new Key(0, 0))).isEqualTo("again");
  }

  @Test
  void keysDifferingOnlyInTheTopBits_areSplitAtTheLastLevel() {
    Key zero = new Key(0, 0); // spread hash 0
    Key topBit = new Key(1, 0x80008000); // spread hash 0x80000000
    Key bit30 = new Key(2, 0x40004000); // spread hash 0x40000000
    PersistentMap<Key, Integer> map =
        PersistentMap.<Key, Integer>empty().put(zero, 0).put(topBit, 1).put(bit30, 2);

    assertThat(map.size()).isEqualTo(3);
    assertThat(map.get(zero)).isZero();
    assertThat(map.get(topBit)).isEqualTo(1);
    assertThat(map.get(bit30)).isEqualTo(2);
    assertThat(map.remove(topBit).get(topBit)).isNull();
    assertThat(map.remove(topBit).get(zero)).isZero();
    assertThat(map.remove(topBit).remove(bit30).remove(zero).size()).isZero();
  }

  @Test
  void keysInTheLastBitmapSlot_keepTheirOrder() {
    // (31 >>> 0) & 31 == 31: the slot of bit 1 << 31, the sign bit of the bitmap.
    Key last = new Key(0, 31);
    Key first = new Key(1, 0);
    Key deeperLast = new Key(2, 31 << 5);
    PersistentMap<Key, Integer> map =
        PersistentMap.<Key, Integer>empty().put(last, 1).put(first, 2).put(deeperLast, 3);

    assertThat(map.get(last)).isEqualTo(1);
    assertThat(map.get(first)).isEqualTo(2);
    assertThat(map.get(deeperLast)).isEqualTo(3);
    assertThat(map.remove(first).get(last)).isEqualTo(1);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void ofDistinct_equalsPuttingTheKeysOneByOne(long seed) {
    Random random = new Random(seed);
    int count = seed < 10 ? (int) seed : random.nextInt(seed < 100 ? 60 : 3_000);
    List<Key> keys = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    java.util.Set<Key> distinct = new java.util.HashSet<>();
    while (keys.size() < count) {
      // Few hashes for small maps (collisions, deep splits), any hash for large ones.
      int number = random.nextInt(count * 4 + 8);
      Key key =
          random.nextBoolean()
              ? Key.of(number)
              : new Key(number + 1_000_000, HASH_POOL[random.nextInt(HASH_POOL.length)]);
      if (distinct.add(key)) {
        keys.add(key);
        values.add(random.nextInt(5));
      }
    }
    PersistentMap<Key, Integer> bulk = PersistentMap.ofDistinct(keys, values);
    PersistentMap<Key, Integer> oneByOne = PersistentMap.empty();
    Map<Key, Integer> model = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      oneByOne = oneByOne.put(keys.get(i), values.get(i));
      model.put(keys.get(i), values.get(i));
    }
    assertThat(bulk.size()).isEqualTo(count);
    assertThat(entries(bulk)).isEqualTo(entries(oneByOne));
    for (Key key : keys) {
      assertThat(bulk.get(key)).isEqualTo(model.get(key));
    }
    assertThat(bulk.get(new Key(-1, 0))).isNull();
    // The bulk map is a persistent map like any other: updates and removals work on it.
    PersistentMap<Key, Integer> updated = bulk;
    for (int i = 0; i < keys.size(); i += 3) {
      updated = updated.remove(keys.get(i));
      oneByOne = oneByOne.remove(keys.get(i));
    }
    updated = updated.put(new Key(-2, 0), 9).put(new Key(-3, 31), 8);
    oneByOne = oneByOne.put(new Key(-2, 0), 9).put(new Key(-3, 31), 8);
    assertThat(entries(updated)).isEqualTo(entries(oneByOne));
    assertThat(entries(bulk)).hasSize(count);
  }

  private static List<String> entries(PersistentMap<Key, Integer> map) {
    List<String> entries = new ArrayList<>();
    map.forEach((k, v) -> entries.add(k + "=" + v));
    return entries;
  }

  @Test
  void ofDistinct_refusesListsOfDifferentSizes() {
    assertThat(PersistentMap.<Key, Integer>ofDistinct(List.of(), List.of()).size()).isZero();
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () -> PersistentMap.ofDistinct(List.of(new Key(0, 0)), List.of())))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
