package io.github.partyorg.structure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

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

  /** Builds a {@link Cell}; {@code build()} throws {@link InvalidStructureException}. */
  public static final class Builder extends ImmutableCell.Builder {
    Builder() {}
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
                  ViolationCode.BLANK_NAME, id().value(), "The cell's name is blank; give it.")));
    }
    String name = Texts.nfc(name());
    return name.equals(name()) ? this : ((ImmutableCell) this).withName(name);
  }
}
