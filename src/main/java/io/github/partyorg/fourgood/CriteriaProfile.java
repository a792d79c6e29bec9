package io.github.partyorg.fourgood;

import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Violation;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

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

  /**
   * Builds a {@link CriteriaProfile}. Each setter says whether its field is required or what it is
   * when not set; {@link #build()} refuses missing fields and impossible values with one {@link
   * InvalidFourGoodException} naming the criteria profile by kind and listing every problem.
   */
  public static final class Builder {
    /** The required fields, in the order of the bits of {@link #set}. */
    private static final List<String> REQUIRED =
        List.of("issuer", "instrument", "level", "titleName");

    private static final int ALL = (1 << REQUIRED.size()) - 1;
    private final ImmutableCriteriaProfile.Builder delegate =
        new ImmutableCriteriaProfile.Builder();

    /** One bit per required field given. */
    private int set;

    /** The entity's id (or year) as given, for the messages; null until given. */
    private @Nullable String entityId;

    Builder() {}

    /**
     * Fills this builder with every attribute of a {@link CriteriaProfile}, to build a changed
     * copy.
     *
     * @param instance the instance to copy
     * @return this builder
     */
    public Builder from(CriteriaProfile instance) {
      delegate.from(instance);
      set = ALL;
      return this;
    }

    /**
     * Sets the issuer, for example "Ban Thường vụ Tỉnh ủy Bến Tre" ({@link
     * CriteriaProfile#issuer()}). <b>Required.</b>
     *
     * @param issuer the value
     * @return this builder
     */
    public Builder issuer(LocalizedText issuer) {
      delegate.issuer(issuer);
      set |= 1;
      return this;
    }

    /**
     * Sets the instrument's name and number, for example "Hướng dẫn 10-HD/BTCTU" ({@link
     * CriteriaProfile#instrument()}). <b>Required.</b>
     *
     * @param instrument the value
     * @return this builder
     */
    public Builder instrument(LocalizedText instrument) {
      delegate.instrument(instrument);
      set |= 2;
      return this;
    }

    /**
     * Sets the instrument's date; empty for a preset that is no instrument ({@link
     * CriteriaProfile#instrumentDate()}). Optional: empty unless set.
     *
     * @param instrumentDate the value
     * @return this builder
     */
    public Builder instrumentDate(LocalDate instrumentDate) {
      delegate.instrumentDate(instrumentDate);
      return this;
    }

    /**
     * Sets the instrument's date; empty for a preset that is no instrument ({@link
     * CriteriaProfile#instrumentDate()}) from an {@code Optional}. Optional: empty unless set.
     *
     * @param instrumentDate the value, or empty
     * @return this builder
     */
    public Builder instrumentDate(Optional<? extends LocalDate> instrumentDate) {
      delegate.instrumentDate(instrumentDate);
      return this;
    }

    /**
     * Sets the first year assessed by the profile; empty for no lower bound ({@link
     * CriteriaProfile#firstYear()}). Optional: empty unless set.
     *
     * @param firstYear the value
     * @return this builder
     */
    public Builder firstYear(Year firstYear) {
      delegate.firstYear(firstYear);
      return this;
    }

    /**
     * Sets the first year assessed by the profile; empty for no lower bound ({@link
     * CriteriaProfile#firstYear()}) from an {@code Optional}. Optional: empty unless set.
     *
     * @param firstYear the value, or empty
     * @return this builder
     */
    public Builder firstYear(Optional<? extends Year> firstYear) {
      delegate.firstYear(firstYear);
      return this;
    }

    /**
     * Sets the last year assessed by the profile; empty while in force ({@link
     * CriteriaProfile#lastYear()}). Optional: empty unless set.
     *
     * @param lastYear the value
     * @return this builder
     */
    public Builder lastYear(Year lastYear) {
      delegate.lastYear(lastYear);
      return this;
    }

    /**
     * Sets the last year assessed by the profile; empty while in force ({@link
     * CriteriaProfile#lastYear()}) from an {@code Optional}. Optional: empty unless set.
     *
     * @param lastYear the value, or empty
     * @return this builder
     */
    public Builder lastYear(Optional<? extends Year> lastYear) {
      delegate.lastYear(lastYear);
      return this;
    }

    /**
     * Sets the organisations assessed ({@link CriteriaProfile#level()}). <b>Required.</b>
     *
     * @param level the value
     * @return this builder
     */
    public Builder level(ProfileLevel level) {
      delegate.level(level);
      set |= 4;
      return this;
    }

    /**
     * Sets the title granted, for example "Chi bộ 4 tốt" / "four-good cell" ({@link
     * CriteriaProfile#titleName()}). <b>Required.</b>
     *
     * @param titleName the value
     * @return this builder
     */
    public Builder titleName(LocalizedText titleName) {
      delegate.titleName(titleName);
      set |= 8;
      return this;
    }

    /**
     * Adds one element to the headings, in order; at least one ({@link
     * CriteriaProfile#headings()}). Optional: empty unless added.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addHeadings(Heading element) {
      delegate.addHeadings(element);
      return this;
    }

    /**
     * Adds elements to the headings, in order; at least one ({@link CriteriaProfile#headings()}).
     * Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addHeadings(Heading... elements) {
      delegate.addHeadings(elements);
      return this;
    }

    /**
     * Sets the headings, in order; at least one ({@link CriteriaProfile#headings()}), replacing the
     * elements given so far. Optional: empty unless set.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder headings(Iterable<? extends Heading> elements) {
      delegate.headings(elements);
      return this;
    }

    /**
     * Adds every element of an iterable to the headings, in order; at least one ({@link
     * CriteriaProfile#headings()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addAllHeadings(Iterable<? extends Heading> elements) {
      delegate.addAllHeadings(elements);
      return this;
    }

    /**
     * Adds one element to the gates (preconditions): sub-criteria that must all be met before the
     * headings count ({@link CriteriaProfile#gates()}). Optional: empty unless added.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addGates(SubCriterion element) {
      delegate.addGates(element);
      return this;
    }

    /**
     * Adds elements to the gates (preconditions): sub-criteria that must all be met before the
     * headings count ({@link CriteriaProfile#gates()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addGates(SubCriterion... elements) {
      delegate.addGates(elements);
      return this;
    }

    /**
     * Sets the gates (preconditions): sub-criteria that must all be met before the headings count
     * ({@link CriteriaProfile#gates()}), replacing the elements given so far. Optional: empty
     * unless set.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder gates(Iterable<? extends SubCriterion> elements) {
      delegate.gates(elements);
      return this;
    }

    /**
     * Adds every element of an iterable to the gates (preconditions): sub-criteria that must all be
     * met before the headings count ({@link CriteriaProfile#gates()}). Optional: empty unless
     * added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addAllGates(Iterable<? extends SubCriterion> elements) {
      delegate.addAllGates(elements);
      return this;
    }

    /**
     * Builds the criteria profile.
     *
     * @return the criteria profile
     * @throws InvalidFourGoodException if a required field is missing (every missing field is
     *     listed) or the values are impossible
     */
    public CriteriaProfile build() {
      if (set != ALL) {
        List<Violation> missing = new ArrayList<>();
        for (int i = 0; i < REQUIRED.size(); i++) {
          if ((set & (1 << i)) == 0) {
            missing.add(Violation.missingField("criteria profile", entityId, REQUIRED.get(i)));
          }
        }
        throw new InvalidFourGoodException(missing);
      }
      return delegate.build();
    }
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
