package io.github.partyorg.fourgood;

import io.github.partyorg.structure.LocalizedText;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The four-good criteria of one instrument (bộ tiêu chí), as data: who issued it, its name and
 * date, the years it applies to, the organisations it assesses, its headings (four in the common
 * frame, any number allowed) with their sub-criteria, and its gates (preconditions, điều kiện) kept
 * apart from the headings (F1, F2, F3, F6, F7).
 *
 * <p>The title is granted when the organisation registered for it, every gate is met and every
 * sub-criterion of every heading is met.
 *
 * <p>Immutable and thread-safe. Construction refuses, with an {@link IllegalArgumentException}
 * naming the problem: no heading, a last year before the first, two sub-criteria with the same id,
 * and a computed fact used at a level it does not apply to (for example the share of cells holding
 * the title in a profile for cells). Shares outside 0-100% are refused by the sub-criteria
 * themselves, unknown fact names by {@link Fact#parse(String)}.
 */
@Value.Immutable
public abstract class CriteriaProfile {

  CriteriaProfile() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CriteriaProfile}; {@code build()} throws {@link IllegalArgumentException}. */
  public static final class Builder extends ImmutableCriteriaProfile.Builder {
    Builder() {}
  }

  /**
   * Returns the issuer, for example "Ban Thường vụ Tỉnh ủy Bến Tre".
   *
   * @return the issuer
   */
  public abstract LocalizedText issuer();

  /**
   * Returns the instrument's name and number, for example "Hướng dẫn 10-HD/BTCTU".
   *
   * @return the instrument
   */
  public abstract LocalizedText instrument();

  /**
   * Returns the instrument's date; empty for a preset that is no instrument.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> instrumentDate();

  /**
   * Returns the first year assessed by the profile; empty for no lower bound.
   *
   * @return the first year, or empty
   */
  public abstract Optional<Year> firstYear();

  /**
   * Returns the last year assessed by the profile; empty while in force.
   *
   * @return the last year, or empty
   */
  public abstract Optional<Year> lastYear();

  /**
   * Returns the organisations assessed.
   *
   * @return the level
   */
  public abstract ProfileLevel level();

  /**
   * Returns the title granted, for example "Chi bộ 4 tốt" / "four-good cell".
   *
   * @return the title's name
   */
  public abstract LocalizedText titleName();

  /**
   * Returns the headings, in order; at least one.
   *
   * @return the headings
   */
  public abstract List<Heading> headings();

  /**
   * Returns the gates (preconditions): sub-criteria that must all be met before the headings count.
   *
   * @return the gates, possibly empty
   */
  public abstract List<SubCriterion> gates();

  /**
   * Tells whether the profile assesses a year.
   *
   * @param year the year
   * @return true if {@code year} is within the first and last years
   */
  public final boolean appliesTo(Year year) {
    return firstYear().map(first -> !year.isBefore(first)).orElse(true)
        && lastYear().map(last -> !year.isAfter(last)).orElse(true);
  }

  /**
   * Returns every sub-criterion: the gates, then each heading's in order.
   *
   * @return the sub-criteria
   */
  public final List<SubCriterion> allCriteria() {
    List<SubCriterion> all = new ArrayList<>(gates());
    for (Heading heading : headings()) {
      all.addAll(heading.criteria());
    }
    return List.copyOf(all);
  }

  @Value.Check
  final void check() {
    String name = "criteria profile \"" + instrument().en() + "\"";
    if (headings().isEmpty()) {
      throw new IllegalArgumentException(
          "The " + name + " has no heading; give at least one (four in the common frame).");
    }
    if (firstYear().isPresent()
        && lastYear().isPresent()
        && lastYear().get().isBefore(firstYear().get())) {
      throw new IllegalArgumentException(
          "The "
              + name
              + " ends in "
              + lastYear().get()
              + ", before its first year "
              + firstYear().get()
              + ".");
    }
    Set<String> ids = new HashSet<>();
    for (SubCriterion criterion : allCriteria()) {
      if (!ids.add(criterion.id())) {
        throw new IllegalArgumentException(
            "The "
                + name
                + " has two sub-criteria with id "
                + criterion.id()
                + "; make ids unique.");
      }
      if (criterion instanceof ComputedCriterion computed
          && !computed.fact().isAllowedAt(level())) {
        throw new IllegalArgumentException(
            "Sub-criterion "
                + computed.id()
                + " of the "
                + name
                + " uses fact "
                + computed.fact()
                + ", which cannot be computed for the profile's level "
                + level()
                + ".");
      }
    }
  }
}
