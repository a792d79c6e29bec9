package io.github.partyorg.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A sub-committee (đảng bộ bộ phận): an optional level inside a base committee that groups cells
 * (S4).
 *
 * <p>Immutable and thread-safe; the name is NFC-normalised; construction refuses a blank name with
 * an {@link InvalidStructureException}.
 */
@Value.Immutable
@SuppressWarnings(
    "immutables:from") // from(Organisation) cannot copy the covariant id; from(SubCommittee) does
public abstract non-sealed class SubCommittee implements Organisation {

  SubCommittee() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SubCommittee}. Each setter says whether its field is required or what it is
   * when not set; {@link #build()} refuses missing fields and impossible values with one {@link
   * InvalidStructureException} naming the sub-committee by id and listing every problem.
   */
  public static final class Builder {
    /** The required fields, in the order of the bits of {@link #set}. */
    private static final List<String> REQUIRED = List.of("id", "name");

    private static final int ALL = (1 << REQUIRED.size()) - 1;
    private final ImmutableSubCommittee.Builder delegate = new ImmutableSubCommittee.Builder();

    /** One bit per required field given. */
    private int set;

    /** The entity's id (or year) as given, for the messages; null until given. */
    private @Nullable String entityId;

    Builder() {}

    /**
     * Fills this builder with every attribute of a {@link SubCommittee}, to build a changed copy.
     *
     * @param instance the instance to copy
     * @return this builder
     */
    public Builder from(SubCommittee instance) {
      delegate.from(instance);
      set = ALL;
      entityId = instance.id().value();
      return this;
    }

    /**
     * Sets the id ({@link SubCommittee#id()}). <b>Required.</b>
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(SubCommitteeId id) {
      delegate.id(id);
      set |= 1;
      entityId = id.value();
      return this;
    }

    /**
     * Sets the name, NFC-normalised ({@link SubCommittee#name()}). <b>Required.</b>
     *
     * @param name the value
     * @return this builder
     */
    public Builder name(String name) {
      delegate.name(name);
      set |= 2;
      return this;
    }

    /**
     * Sets the founding date, if recorded ({@link SubCommittee#foundedOn()}). Optional: empty
     * unless set.
     *
     * @param foundedOn the value
     * @return this builder
     */
    public Builder foundedOn(LocalDate foundedOn) {
      delegate.foundedOn(foundedOn);
      return this;
    }

    /**
     * Sets the founding date, if recorded ({@link SubCommittee#foundedOn()}) from an {@code
     * Optional}. Optional: empty unless set.
     *
     * @param foundedOn the value, or empty
     * @return this builder
     */
    public Builder foundedOn(Optional<? extends LocalDate> foundedOn) {
      delegate.foundedOn(foundedOn);
      return this;
    }

    /**
     * Adds one element to the recorded consents of the superior committee (S4) ({@link
     * SubCommittee#consents()}). Optional: empty unless added.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addConsents(Consent element) {
      delegate.addConsents(element);
      return this;
    }

    /**
     * Adds elements to the recorded consents of the superior committee (S4) ({@link
     * SubCommittee#consents()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addConsents(Consent... elements) {
      delegate.addConsents(elements);
      return this;
    }

    /**
     * Sets the recorded consents of the superior committee (S4) ({@link SubCommittee#consents()}),
     * replacing the elements given so far. Optional: empty unless set.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder consents(Iterable<? extends Consent> elements) {
      delegate.consents(elements);
      return this;
    }

    /**
     * Adds every element of an iterable to the recorded consents of the superior committee (S4)
     * ({@link SubCommittee#consents()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addAllConsents(Iterable<? extends Consent> elements) {
      delegate.addAllConsents(elements);
      return this;
    }

    /**
     * Adds one element to the cells of the sub-committee ({@link SubCommittee#cells()}). Optional:
     * empty unless added.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addCells(Cell element) {
      delegate.addCells(element);
      return this;
    }

    /**
     * Adds elements to the cells of the sub-committee ({@link SubCommittee#cells()}). Optional:
     * empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addCells(Cell... elements) {
      delegate.addCells(elements);
      return this;
    }

    /**
     * Sets the cells of the sub-committee ({@link SubCommittee#cells()}), replacing the elements
     * given so far. Optional: empty unless set.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder cells(Iterable<? extends Cell> elements) {
      delegate.cells(elements);
      return this;
    }

    /**
     * Adds every element of an iterable to the cells of the sub-committee ({@link
     * SubCommittee#cells()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addAllCells(Iterable<? extends Cell> elements) {
      delegate.addAllCells(elements);
      return this;
    }

    /**
     * Builds the sub-committee.
     *
     * @return the sub-committee
     * @throws InvalidStructureException if a required field is missing (every missing field is
     *     listed) or the values are impossible
     */
    public SubCommittee build() {
      if (set != ALL) {
        List<Violation> missing = new ArrayList<>();
        for (int i = 0; i < REQUIRED.size(); i++) {
          if ((set & (1 << i)) == 0) {
            missing.add(
                Violation.missingField(
                    Message.of("structure.entity.subCommittee"), entityId, REQUIRED.get(i)));
          }
        }
        throw new InvalidStructureException(missing);
      }
      return delegate.build();
    }
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  @Override
  public abstract SubCommitteeId id();

  /**
   * Returns the name, NFC-normalised.
   *
   * @return the name
   */
  @Override
  public abstract String name();

  /**
   * Returns the founding date, if recorded.
   *
   * @return the founding date, or empty
   */
  public abstract Optional<LocalDate> foundedOn();

  /**
   * Returns the recorded consents of the superior committee (S4).
   *
   * @return the consents
   */
  public abstract List<Consent> consents();

  /**
   * Returns the cells of the sub-committee.
   *
   * @return the cells, in their recorded order
   */
  public abstract List<Cell> cells();

  /**
   * Tells whether a consent of the given kind, dated on or before a day, is recorded.
   *
   * @param kind the kind of consent
   * @param asOf the day
   * @return true if such a consent exists
   */
  public final boolean hasConsent(ConsentKind kind, LocalDate asOf) {
    return Consents.has(consents(), kind, asOf);
  }

  @Value.Check
  final SubCommittee normalizeAndCheck() {
    if (Texts.isBlank(name())) {
      throw new InvalidStructureException(
          List.of(
              Violation.of(
                  ViolationCode.BLANK_NAME,
                  id().value(),
                  Message.of("structure.blankName", Message.of("structure.entity.subCommittee")))));
    }
    String name = Texts.nfc(name());
    return name.equals(name()) ? this : ((ImmutableSubCommittee) this).withName(name);
  }
}
