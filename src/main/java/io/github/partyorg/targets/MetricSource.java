package io.github.partyorg.targets;

import io.github.partyorg.fourgood.FourGoodResult;
import io.github.partyorg.rating.Level;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.HostSector;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.Share;
import io.github.partyorg.structure.SubCommittee;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes a year's {@link ComputedMetric}s (T7) from the model: the root at the year's end, its
 * rating for the year, the year's facts and, optionally, the four-good results.
 *
 * <p>What is counted:
 *
 * <ul>
 *   <li>rating shares and counts use the final levels of {@link RootRating} (members not rated or
 *       with missing facts are outside the base, as there);
 *   <li>{@link ComputedMetric#MEMBERS_ADMITTED}: members of the root whose admission date falls in
 *       the year; a member admitted and gone before the snapshot is not seen, so report the figure
 *       instead when the snapshot is not complete;
 *   <li>{@link ComputedMetric#MEMBERS_DISCIPLINED}: members (not decisions) with at least one
 *       discipline in the year's facts;
 *   <li>{@link ComputedMetric#ORGANISATIONS_FOUNDED_IN_PRIVATE_OR_FOREIGN_ENTERPRISES}: base
 *       organisations, sub-committees and cells founded in the year inside a base organisation
 *       whose host is a private or foreign-invested enterprise;
 *   <li>four-good shares only when four-good results are given and assessed at least one
 *       organisation; otherwise the metric is absent (a target on it is then UNKNOWN).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class MetricSource {
  private final Root root;
  private final RootRating rating;
  private final YearFacts facts;
  private final Optional<FourGoodResult> fourGood;

  private MetricSource(
      Root root, RootRating rating, YearFacts facts, Optional<FourGoodResult> fourGood) {
    this.root = root;
    this.rating = rating;
    this.facts = facts;
    this.fourGood = fourGood;
  }

  /**
   * Returns a source for the year of the rating.
   *
   * @param root the root at the year's end
   * @param rating the root's rating for the year
   * @param facts the year's facts (the rating's input)
   * @return the source
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the rating is of another root, or the facts of another year
   */
  public static MetricSource of(Root root, RootRating rating, YearFacts facts) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(facts, "facts");
    if (!rating.rootId().equals(root.id())) {
      throw new IllegalArgumentException(
          "The rating is of root "
              + rating.rootId().value()
              + ", not of root "
              + root.id().value()
              + ".");
    }
    if (!facts.year().equals(rating.year())) {
      throw new IllegalArgumentException(
          "The facts are for " + facts.year() + " and the rating for " + rating.year() + ".");
    }
    return new MetricSource(root, rating, facts, Optional.empty());
  }

  /**
   * Returns a copy that also computes the four-good shares.
   *
   * @param result the four-good results of the same year
   * @return the source
   * @throws IllegalArgumentException if the results are for another year
   */
  public MetricSource withFourGood(FourGoodResult result) {
    if (!result.year().equals(year())) {
      throw new IllegalArgumentException(
          "The four-good results are for " + result.year() + ", not for " + year() + ".");
    }
    return new MetricSource(root, rating, facts, Optional.of(result));
  }

  /**
   * Returns the year computed.
   *
   * @return the rating's year
   */
  public Year year() {
    return rating.year();
  }

  /**
   * Computes every metric the inputs allow, in the order of {@link ComputedMetric}.
   *
   * @return the computed figures of the year
   */
  public MetricValues values() {
    MetricValues.Builder values = MetricValues.builder(year());
    for (ComputedMetric metric : ComputedMetric.values()) {
      compute(metric).ifPresent(value -> values.computed(metric, value));
    }
    return values.build();
  }

  /**
   * Computes every metric the inputs allow and adds the caller's reported figures. A reported
   * figure of a {@link ComputedMetric} replaces the computed one (T7: the model may lack records,
   * for example members admitted and gone before the snapshot), and its outcome then says
   * "reported"; the computed metrics keep the order of {@link ComputedMetric}, the other reported
   * figures follow in their order.
   *
   * @param reported the reported figures of the same year
   * @return the figures of the year
   * @throws IllegalArgumentException if the reported figures are for another year
   */
  public MetricValues valuesWith(MetricValues reported) {
    if (!reported.year().equals(year())) {
      throw new IllegalArgumentException(
          "Figures for " + reported.year() + " cannot be added to the figures of " + year() + ".");
    }
    MetricValues.Builder values = MetricValues.builder(year());
    for (ComputedMetric metric : ComputedMetric.values()) {
      Optional<Measurement> given = reported.get(metric);
      if (given.isPresent()) {
        values.add(given.get());
      } else {
        compute(metric).ifPresent(value -> values.computed(metric, value));
      }
    }
    for (Measurement measurement : reported.measurements()) {
      if (!(measurement.metric() instanceof ComputedMetric)) {
        values.add(measurement);
      }
    }
    return values.build();
  }

  private Optional<MetricValue> compute(ComputedMetric metric) {
    return switch (metric) {
      case MEMBERS -> Optional.of(MetricValue.count(root.memberCount()));
      case MEMBERS_AT_LEAST_HTTNV -> share(rating.memberCounts().shareAtLeast(Level.HTTNV));
      case MEMBERS_AT_KHTNV ->
          Optional.of(MetricValue.count(rating.memberCounts().count(Level.KHTNV)));
      case BASE_ORGANISATIONS_AT_LEAST_HTTNV ->
          share(rating.baseOrganisationCounts().shareAtLeast(Level.HTTNV));
      case BASE_ORGANISATIONS_AT_KHTNV ->
          Optional.of(MetricValue.count(rating.baseOrganisationCounts().count(Level.KHTNV)));
      case MEMBERS_ADMITTED ->
          Optional.of(
              MetricValue.count(
                  root.allMembers().filter(m -> inYear(Optional.of(m.admissionDate()))).count()));
      case MEMBERS_DISCIPLINED ->
          Optional.of(
              MetricValue.count(
                  facts.members().values().stream()
                      .filter(f -> !f.disciplines().isEmpty())
                      .count()));
      case ORGANISATIONS_FOUNDED_IN_PRIVATE_OR_FOREIGN_ENTERPRISES ->
          Optional.of(MetricValue.count(foundedInEnterprises()));
      case FOUR_GOOD_CELLS -> fourGood.flatMap(FourGoodResult::cellShare).flatMap(this::share);
      case FOUR_GOOD_BASE_COMMITTEES ->
          fourGood.flatMap(FourGoodResult::baseCommitteeShare).flatMap(this::share);
    };
  }

  private Optional<MetricValue> share(Share share) {
    return share.isEmpty() ? Optional.empty() : Optional.of(new MetricValue.Proportion(share));
  }

  private long foundedInEnterprises() {
    long count = 0;
    for (BaseOrganisation base : root.baseOrganisations()) {
      if (base.sector() != HostSector.PRIVATE_ENTERPRISE
          && base.sector() != HostSector.FOREIGN_INVESTED_ENTERPRISE) {
        continue;
      }
      if (inYear(base.foundedOn())) {
        count++;
      }
      for (SubCommittee sub : base.subCommittees()) {
        if (inYear(sub.foundedOn())) {
          count++;
        }
      }
      for (Cell cell : base.allCells()) {
        if (inYear(cell.foundedOn())) {
          count++;
        }
      }
    }
    return count;
  }

  private boolean inYear(Optional<LocalDate> date) {
    return date.map(d -> d.getYear() == year().getValue()).orElse(false);
  }
}
