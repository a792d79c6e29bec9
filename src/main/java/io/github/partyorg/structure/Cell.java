package io.github.partyorg.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A cell (chi bộ trực thuộc) under a base committee or a sub-committee; it holds members.
 *
 * <p>Immutable and thread-safe; the name is NFC-normalised; construction refuses a blank name with
 * an {@link InvalidStructureException}.
 */
@Value.Immutable
@SuppressWarnings(
    "immutables:from") // from(MemberHolder) cannot copy the covariant id; from(Cell) does
public abstract non-sealed class Cell implements MemberHolder {

  Cell() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Cell}. Each setter says whether its field is required or what it is when not
   * set; {@link #build()} refuses missing fields and impossible values with one {@link
   * InvalidStructureException} naming the cell by id and listing every problem.
   */
  public static final class Builder {
    /** The required fields, in the order of the bits of {@link #set}. */
    private static final List<String> REQUIRED = List.of("id", "name");

    private static final int ALL = (1 << REQUIRED.size()) - 1;
    private final ImmutableCell.Builder delegate = new ImmutableCell.Builder();

    /** One bit per required field given. */
    private int set;

    /** The entity's id (or year) as given, for the messages; null until given. */
    private @Nullable String entityId;

    Builder() {}

    /**
     * Fills this builder with every attribute of a {@link Cell}, to build a changed copy.
     *
     * @param instance the instance to copy
     * @return this builder
     */
    public Builder from(Cell instance) {
      delegate.from(instance);
      set = ALL;
      entityId = instance.id().value();
      return this;
    }

    /**
     * Sets the holder's id ({@link Cell#id()}). <b>Required.</b>
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(CellId id) {
      delegate.id(id);
      set |= 1;
      entityId = id.value();
      return this;
    }

    /**
     * Sets the holder's name, NFC-normalised ({@link Cell#name()}). <b>Required.</b>
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
     * Sets the founding date, if recorded ({@link Cell#foundedOn()}). Optional: empty unless set.
     *
     * @param foundedOn the value
     * @return this builder
     */
    public Builder foundedOn(LocalDate foundedOn) {
      delegate.foundedOn(foundedOn);
      return this;
    }

    /**
     * Sets the founding date, if recorded ({@link Cell#foundedOn()}) from an {@code Optional}.
     * Optional: empty unless set.
     *
     * @param foundedOn the value, or empty
     * @return this builder
     */
    public Builder foundedOn(Optional<? extends LocalDate> foundedOn) {
      delegate.foundedOn(foundedOn);
      return this;
    }

    /**
     * Sets the date of the cell's last congress (đại hội chi bộ), if recorded ({@link
     * Cell#lastCongressOn()}). Optional: empty unless set.
     *
     * @param lastCongressOn the value
     * @return this builder
     */
    public Builder lastCongressOn(LocalDate lastCongressOn) {
      delegate.lastCongressOn(lastCongressOn);
      return this;
    }

    /**
     * Sets the date of the cell's last congress (đại hội chi bộ), if recorded ({@link
     * Cell#lastCongressOn()}) from an {@code Optional}. Optional: empty unless set.
     *
     * @param lastCongressOn the value, or empty
     * @return this builder
     */
    public Builder lastCongressOn(Optional<? extends LocalDate> lastCongressOn) {
      delegate.lastCongressOn(lastCongressOn);
      return this;
    }

    /**
     * Adds one element to the recorded consents of the superior committee ({@link
     * Cell#consents()}). Optional: empty unless added.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addConsents(Consent element) {
      delegate.addConsents(element);
      return this;
    }

    /**
     * Adds elements to the recorded consents of the superior committee ({@link Cell#consents()}).
     * Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addConsents(Consent... elements) {
      delegate.addConsents(elements);
      return this;
    }

    /**
     * Sets the recorded consents of the superior committee ({@link Cell#consents()}), replacing the
     * elements given so far. Optional: empty unless set.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder consents(Iterable<? extends Consent> elements) {
      delegate.consents(elements);
      return this;
    }

    /**
     * Adds every element of an iterable to the recorded consents of the superior committee ({@link
     * Cell#consents()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addAllConsents(Iterable<? extends Consent> elements) {
      delegate.addAllConsents(elements);
      return this;
    }

    /**
     * Adds one element to the members held directly, in their recorded order ({@link
     * Cell#members()}). Optional: empty unless added.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addMembers(Member element) {
      delegate.addMembers(element);
      return this;
    }

    /**
     * Adds elements to the members held directly, in their recorded order ({@link Cell#members()}).
     * Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addMembers(Member... elements) {
      delegate.addMembers(elements);
      return this;
    }

    /**
     * Sets the members held directly, in their recorded order ({@link Cell#members()}), replacing
     * the elements given so far. Optional: empty unless set.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder members(Iterable<? extends Member> elements) {
      delegate.members(elements);
      return this;
    }

    /**
     * Adds every element of an iterable to the members held directly, in their recorded order
     * ({@link Cell#members()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addAllMembers(Iterable<? extends Member> elements) {
      delegate.addAllMembers(elements);
      return this;
    }

    /**
     * Builds the cell.
     *
     * @return the cell
     * @throws InvalidStructureException if a required field is missing (every missing field is
     *     listed) or the values are impossible
     */
    public Cell build() {
      if (set != ALL) {
        List<Violation> missing = new ArrayList<>();
        for (int i = 0; i < REQUIRED.size(); i++) {
          if ((set & (1 << i)) == 0) {
            missing.add(
                Violation.missingField(
                    Message.of("structure.entity.cell"), entityId, REQUIRED.get(i)));
          }
        }
        throw new InvalidStructureException(missing);
      }
      return delegate.build();
    }
  }

  @Override
  public abstract CellId id();

  @Override
  public abstract String name();

  /**
   * Returns the founding date, if recorded.
   *
   * @return the founding date, or empty
   */
  public abstract Optional<LocalDate> foundedOn();

  /**
   * Returns the date of the cell's last congress (đại hội chi bộ), if recorded.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> lastCongressOn();

  @Override
  public abstract List<Consent> consents();

  @Override
  public abstract List<Member> members();

  @Value.Check
  final Cell normalizeAndCheck() {
    if (Texts.isBlank(name())) {
      throw new InvalidStructureException(
          List.of(
              Violation.of(
                  ViolationCode.BLANK_NAME,
                  id().value(),
                  Message.of("structure.blankName", Message.of("structure.entity.cell")))));
    }
    String name = Texts.nfc(name());
    return name.equals(name()) ? this : ((ImmutableCell) this).withName(name);
  }
}
