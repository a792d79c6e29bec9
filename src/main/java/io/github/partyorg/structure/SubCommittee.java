package io.github.partyorg.structure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sub-committee (đảng bộ bộ phận): an optional level inside a base committee that groups cells
 * (S4).
 *
 * <p>Immutable and thread-safe; the name is NFC-normalised; construction refuses a blank name with
 * an {@link InvalidStructureException}.
 */
@Value.Immutable
public abstract class SubCommittee {

  SubCommittee() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SubCommittee}; {@code build()} throws {@link InvalidStructureException}. */
  public static final class Builder extends ImmutableSubCommittee.Builder {
    Builder() {}
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public abstract SubCommitteeId id();

  /**
   * Returns the name, NFC-normalised.
   *
   * @return the name
   */
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
                  "The sub-committee's name is blank; give it.")));
    }
    String name = Texts.nfc(name());
    return name.equals(name()) ? this : ((ImmutableSubCommittee) this).withName(name);
  }
}
