package io.github.partyorg.history;

import io.github.partyorg.rating.Level;
import io.github.partyorg.rating.RootRater;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.report.YearReportData;
import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.RootId;
import io.github.partyorg.targets.MetricSource;
import io.github.partyorg.targets.MetricValues;
import java.time.Year;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One year of a root's history: the tree as of the year's snapshot, the year's rating facts (with
 * the levels the superior committee decided), the rating of that tree and those facts, and
 * optionally what the year-end report needs beyond them ({@link YearReportData}: the year's
 * records, resolution and reported figures).
 *
 * <p>Immutable and thread-safe; equal when every part is equal. {@link #toString()} names the root
 * and the year only.
 */
public final class HistoryYear {
  private final Root root;
  private final YearFacts facts;
  private final RootRating rating;
  private final @Nullable YearReportData reportData;

  private HistoryYear(
      Root root, YearFacts facts, RootRating rating, @Nullable YearReportData reportData) {
    this.root = root;
    this.facts = facts;
    this.rating = rating;
    this.reportData = reportData;
  }

  /**
   * Rates a year and keeps the tree, the facts and the rating.
   *
   * @param root the tree as of the year's snapshot
   * @param facts the year's rating facts and decided levels
   * @param rater the rater (regime and policies) to apply
   * @return the year
   * @throws NullPointerException if an argument is null
   */
  public static HistoryYear rate(Root root, YearFacts facts, RootRater rater) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(rater, "rater");
    return new HistoryYear(root, facts, rater.rate(root, facts), null);
  }

  /**
   * Rates a year under the regime of the year and the default policies ({@link
   * RootRater#forYear(Year)}).
   *
   * @param root the tree as of the year's snapshot
   * @param facts the year's rating facts and decided levels
   * @return the year
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if no regime is modelled for the year
   */
  public static HistoryYear rate(Root root, YearFacts facts) {
    return rate(root, facts, RootRater.forYear(Objects.requireNonNull(facts, "facts").year()));
  }

  /**
   * Keeps a year rated before; the rating must be the rating of this tree and these facts (for
   * example a rating under another regime, for a what-if).
   *
   * @param root the tree
   * @param facts the facts
   * @param rating the rating of the tree and the facts
   * @return the year
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the rating is of another root or year than the tree and the
   *     facts
   */
  public static HistoryYear of(Root root, YearFacts facts, RootRating rating) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(rating, "rating");
    if (!rating.rootId().equals(root.id())) {
      throw new IllegalArgumentException(
          "The rating is of root "
              + rating.rootId().value()
              + ", the tree is root "
              + root.id().value()
              + "; give the rating of this tree.");
    }
    if (!rating.year().equals(facts.year())) {
      throw new IllegalArgumentException(
          "The rating is for "
              + rating.year()
              + ", the facts for "
              + facts.year()
              + "; give the rating of the same year.");
    }
    return new HistoryYear(root, facts, rating, null);
  }

  /**
   * Returns this year with the data of its year-end report.
   *
   * @param data the year's records, resolution and reported figures
   * @return the year with the data
   * @throws NullPointerException if {@code data} is null
   * @throws IllegalArgumentException if the data is for another year
   */
  public HistoryYear withReportData(YearReportData data) {
    Objects.requireNonNull(data, "data");
    if (!data.year().equals(year())) {
      throw new IllegalArgumentException(
          "The report data is for " + data.year() + ", not for " + year() + ".");
    }
    return new HistoryYear(root, facts, rating, data);
  }

  /**
   * Returns the year.
   *
   * @return the year assessed
   */
  public Year year() {
    return facts.year();
  }

  /**
   * Returns the id of the root.
   *
   * @return the root id
   */
  public RootId rootId() {
    return root.id();
  }

  /**
   * Returns the tree as of the year's snapshot.
   *
   * @return the tree
   */
  public Root root() {
    return root;
  }

  /**
   * Returns the year's rating facts, with the decided levels.
   *
   * @return the facts
   */
  public YearFacts facts() {
    return facts;
  }

  /**
   * Returns the rating of the tree and the facts.
   *
   * @return the rating
   */
  public RootRating rating() {
    return rating;
  }

  /**
   * Returns the levels decided by the superior committee.
   *
   * @return the decided levels by entity
   */
  public Map<EntityId, Level> decided() {
    return facts.decisions();
  }

  /**
   * Returns the final level of a member or organisation in this year: the decided level, else the
   * proposed one.
   *
   * @param entityId the entity
   * @return the level, or empty if the entity was not rated this year (absent, not rated, or a fact
   *     missing)
   */
  public Optional<Level> level(EntityId entityId) {
    return rating.finalLevel(entityId);
  }

  /**
   * Returns the data of the year-end report, if given.
   *
   * @return the data, or empty
   */
  public Optional<YearReportData> reportData() {
    return Optional.ofNullable(reportData);
  }

  /**
   * Returns the year's figures (T7): the metrics computed from the tree, the rating and the facts,
   * and the figures reported in the year's report data, if given.
   *
   * @return the figures
   */
  public MetricValues figures() {
    MetricValues reported = reportData == null ? MetricValues.empty(year()) : reportData.reported();
    return MetricSource.of(root, rating, facts).valuesWith(reported);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof HistoryYear that
        && root.equals(that.root)
        && facts.equals(that.facts)
        && rating.equals(that.rating)
        && Objects.equals(reportData, that.reportData);
  }

  @Override
  public int hashCode() {
    return Objects.hash(root, facts, rating, reportData);
  }

  @Override
  public String toString() {
    return "HistoryYear[" + root.id().value() + " " + year() + "]";
  }
}
