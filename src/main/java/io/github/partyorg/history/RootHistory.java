package io.github.partyorg.history;

import io.github.partyorg.rating.RootRater;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.RootId;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The history of a root (REFERENCE section 4b): its years in ascending order, each a {@link
 * HistoryYear}, added year by year. Years need not be consecutive; a year missing from the history
 * breaks every run of years (Y1, Y2).
 *
 * <p>Persistent: the years are a linked list from the newest to the oldest, so {@link
 * #withYear(HistoryYear)} makes one new node and shares every earlier year (the same instances),
 * and {@link #withYearReplaced(HistoryYear)} copies only the nodes of the years after the one
 * replaced. Immutable and thread-safe; equal when the root id and every year are equal.
 */
public final class RootHistory {
  private final RootId rootId;
  private final @Nullable Node newest;
  private final int size;

  /** A year and the years before it; compared by identity, shared between histories. */
  private static final class Node {
    private final HistoryYear year;
    private final @Nullable Node previous;

    Node(HistoryYear year, @Nullable Node previous) {
      this.year = year;
      this.previous = previous;
    }

    HistoryYear year() {
      return year;
    }

    @Nullable Node previous() {
      return previous;
    }
  }

  private RootHistory(RootId rootId, @Nullable Node newest, int size) {
    this.rootId = rootId;
    this.newest = newest;
    this.size = size;
  }

  /**
   * Returns the history of a root that holds no year yet.
   *
   * @param rootId the root
   * @return the empty history
   * @throws NullPointerException if {@code rootId} is null
   */
  public static RootHistory empty(RootId rootId) {
    return new RootHistory(Objects.requireNonNull(rootId, "rootId"), null, 0);
  }

  /**
   * Returns a history of the given years.
   *
   * @param rootId the root
   * @param years the years, in ascending order
   * @return the history
   * @throws NullPointerException if an argument or a year is null
   * @throws IllegalArgumentException as {@link #withYear(HistoryYear)} for each year
   */
  public static RootHistory of(RootId rootId, List<HistoryYear> years) {
    RootHistory history = empty(rootId);
    for (HistoryYear year : years) {
      history = history.withYear(year);
    }
    return history;
  }

  /**
   * Returns this history with a year added after its last year. Every earlier year is shared.
   *
   * @param year the year
   * @return the longer history
   * @throws NullPointerException if {@code year} is null
   * @throws IllegalArgumentException if the year is of another root, or is not after the last year
   *     of the history (use {@link #withYearReplaced(HistoryYear)} to correct a year)
   */
  public RootHistory withYear(HistoryYear year) {
    Objects.requireNonNull(year, "year");
    requireRoot(year);
    if (newest != null && !year.year().isAfter(newest.year().year())) {
      throw new IllegalArgumentException(
          "The history of "
              + rootId.value()
              + " ends in "
              + newest.year().year()
              + "; a year added must come after it, not "
              + year.year()
              + ". Use withYearReplaced to correct a year.");
    }
    return new RootHistory(rootId, new Node(year, newest), size + 1);
  }

  /**
   * Rates a year with {@code rater} and adds it after the last year.
   *
   * @param root the tree as of the year's snapshot
   * @param facts the year's facts
   * @param rater the rater
   * @return the longer history
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link #withYear(HistoryYear)}
   */
  public RootHistory withYearRated(Root root, YearFacts facts, RootRater rater) {
    return withYear(HistoryYear.rate(root, facts, rater));
  }

  /**
   * Returns this history with a year it holds replaced (a correction). The years before it are
   * shared; the nodes of the years after it are copied (their values are shared).
   *
   * @param year the corrected year
   * @return the corrected history
   * @throws NullPointerException if {@code year} is null
   * @throws IllegalArgumentException if the year is of another root or not in the history
   */
  public RootHistory withYearReplaced(HistoryYear year) {
    Objects.requireNonNull(year, "year");
    requireRoot(year);
    List<HistoryYear> later = new ArrayList<>();
    Node node = newest;
    while (node != null && node.year().year().isAfter(year.year())) {
      later.add(node.year());
      node = node.previous();
    }
    if (node == null || !node.year().year().equals(year.year())) {
      throw new IllegalArgumentException(
          "The history of " + rootId.value() + " holds no year " + year.year() + " to replace.");
    }
    Node rebuilt = new Node(year, node.previous());
    for (int i = later.size() - 1; i >= 0; i--) {
      rebuilt = new Node(later.get(i), rebuilt);
    }
    return new RootHistory(rootId, rebuilt, size);
  }

  private void requireRoot(HistoryYear year) {
    if (!year.rootId().equals(rootId)) {
      throw new IllegalArgumentException(
          "The year "
              + year.year()
              + " is of root "
              + year.rootId().value()
              + ", the history of root "
              + rootId.value()
              + ".");
    }
  }

  /**
   * Returns the root whose history this is.
   *
   * @return the root id
   */
  public RootId rootId() {
    return rootId;
  }

  /**
   * Returns the number of years held.
   *
   * @return the number of years
   */
  public int size() {
    return size;
  }

  /**
   * Tells whether the history holds no year.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return size == 0;
  }

  /**
   * Returns the years held, oldest first.
   *
   * @return the years, ascending
   */
  public List<HistoryYear> years() {
    List<HistoryYear> list = new ArrayList<>(size);
    for (Node node = newest; node != null; node = node.previous()) {
      list.add(node.year());
    }
    Collections.reverse(list);
    return Collections.unmodifiableList(list);
  }

  /**
   * Returns the years held, as years, oldest first.
   *
   * @return the years assessed, ascending
   */
  public List<Year> yearsHeld() {
    return years().stream().map(HistoryYear::year).toList();
  }

  /**
   * Returns a year, if held.
   *
   * @param year the year
   * @return the year's data, or empty
   */
  public Optional<HistoryYear> year(Year year) {
    Node node = node(Objects.requireNonNull(year, "year"));
    return node == null ? Optional.empty() : Optional.of(node.year());
  }

  /**
   * Returns a year the history must hold.
   *
   * @param year the year
   * @return the year's data
   * @throws IllegalArgumentException naming the root and the years held, if it is not held
   */
  public HistoryYear get(Year year) {
    return year(year)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "The history of "
                        + rootId.value()
                        + " holds "
                        + yearsHeld()
                        + ", not "
                        + year
                        + "; ask for one of those years."));
  }

  /**
   * Returns the year just before {@code year} ({@code year - 1}), if held.
   *
   * @param year the year
   * @return the previous year's data, or empty (also when it is a gap)
   */
  public Optional<HistoryYear> previous(Year year) {
    return year(Objects.requireNonNull(year, "year").minusYears(1));
  }

  /**
   * Returns the last year held.
   *
   * @return the newest year
   * @throws IllegalStateException if the history is empty
   */
  public HistoryYear last() {
    if (newest == null) {
      throw new IllegalStateException("The history of " + rootId.value() + " holds no year.");
    }
    return newest.year();
  }

  /**
   * Returns the run of consecutive years held that ends with {@code year}, newest first, at most
   * {@code max} long; empty if {@code year} is not held. Rules over runs of years read this.
   *
   * @param year the last year of the run
   * @param max the longest run wanted
   * @return the years, newest first
   */
  List<HistoryYear> runEndingIn(Year year, int max) {
    List<HistoryYear> run = new ArrayList<>(max);
    Node node = node(year);
    Year expected = year;
    while (node != null && run.size() < max && node.year().year().equals(expected)) {
      run.add(node.year());
      expected = expected.minusYears(1);
      node = node.previous();
    }
    return run;
  }

  private @Nullable Node node(Year year) {
    Node node = newest;
    while (node != null && node.year().year().isAfter(year)) {
      node = node.previous();
    }
    return node != null && node.year().year().equals(year) ? node : null;
  }

  /**
   * Returns the findings of Y1 (five years at HTXSNV: members proposed for a commendation,
   * organisations considered for "trong sạch, vững mạnh tiêu biểu") and Y2 (two years at KHTNV:
   * members considered for striking off) for the run of years ending in {@code year}.
   *
   * @param year the year the findings are made for
   * @return the findings, Y1 then Y2, each in tree order of the year
   * @throws IllegalArgumentException if the year is not held
   */
  public List<HistoryFinding> findings(Year year) {
    List<HistoryFinding> all = new ArrayList<>(commendationCandidates(year));
    all.addAll(strikingOffCandidates(year));
    return List.copyOf(all);
  }

  /**
   * Returns the findings of Y1 for the run of years ending in {@code year}.
   *
   * @param year the year
   * @return the members and organisations rated HTXSNV five years in a row up to {@code year}
   * @throws IllegalArgumentException if the year is not held
   */
  public List<HistoryFinding> commendationCandidates(Year year) {
    get(year);
    return Y1ExcellentFiveYears.find(runEndingIn(year, Y1ExcellentFiveYears.YEARS));
  }

  /**
   * Returns the findings of Y2 for the run of years ending in {@code year}.
   *
   * @param year the year
   * @return the members rated KHTNV in {@code year - 1} and {@code year}
   * @throws IllegalArgumentException if the year is not held
   */
  public List<HistoryFinding> strikingOffCandidates(Year year) {
    get(year);
    return Y2NotCompletedTwoYears.find(runEndingIn(year, Y2NotCompletedTwoYears.YEARS));
  }

  /**
   * Returns the difference between two years held (Y6).
   *
   * @param from the earlier year
   * @param to the later year
   * @return what changed from {@code from} to {@code to}
   * @throws IllegalArgumentException if a year is not held or {@code from} is not before {@code to}
   */
  public YearDifference difference(Year from, Year to) {
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException(
          "A difference runs from an earlier year to a later one, not from " + from + " to " + to);
    }
    return YearDifference.between(get(from), get(to));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof RootHistory that) || !rootId.equals(that.rootId) || size != that.size) {
      return false;
    }
    Node a = newest;
    Node b = that.newest;
    while (a != null && b != null) {
      if (a != b && !a.year().equals(b.year())) {
        return false;
      }
      if (a == b) {
        return true;
      }
      a = a.previous();
      b = b.previous();
    }
    return a == null && b == null;
  }

  @Override
  public int hashCode() {
    return Objects.hash(rootId, years());
  }

  @Override
  public String toString() {
    return "RootHistory[" + rootId.value() + " " + yearsHeld() + "]";
  }
}
