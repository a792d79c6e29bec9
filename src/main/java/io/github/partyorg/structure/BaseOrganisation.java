package io.github.partyorg.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A base party organisation (tổ chức cơ sở đảng): either a base committee (đảng bộ cơ sở) with
 * cells, and optionally sub-committees, under it, or a base cell (chi bộ cơ sở) that holds members
 * directly.
 *
 * <p>The base committee's executive (đảng ủy) and standing committee (ban thường vụ) are the
 * members of its cells holding {@link Post#BASE_COMMITTEE_MEMBER} or {@link
 * Post#STANDING_COMMITTEE_MEMBER}; a standing committee member counts as an executive member.
 *
 * <p>Immutable and thread-safe. Construction refuses, with one {@link InvalidStructureException}
 * listing each: a blank name, a base cell with cells or sub-committees under it, and a base
 * committee holding members directly.
 */
@Value.Immutable
@SuppressWarnings(
    "immutables:from") // from(MemberHolder) cannot copy the covariant id; from(BaseOrganisation)
// does
public abstract non-sealed class BaseOrganisation implements MemberHolder {

  BaseOrganisation() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link BaseOrganisation}. Each setter says whether its field is required or what it is
   * when not set; {@link #build()} refuses missing fields and impossible values with one {@link
   * InvalidStructureException} naming the base organisation by id and listing every problem.
   */
  public static final class Builder {
    /** The required fields, in the order of the bits of {@link #set}. */
    private static final List<String> REQUIRED = List.of("id", "name", "kind", "sector");

    private static final int ALL = (1 << REQUIRED.size()) - 1;
    private final ImmutableBaseOrganisation.Builder delegate =
        new ImmutableBaseOrganisation.Builder();

    /** One bit per required field given. */
    private int set;

    /** The entity's id (or year) as given, for the messages; null until given. */
    private @Nullable String entityId;

    Builder() {}

    /**
     * Fills this builder with every attribute of a {@link BaseOrganisation}, to build a changed
     * copy.
     *
     * @param instance the instance to copy
     * @return this builder
     */
    public Builder from(BaseOrganisation instance) {
      delegate.from(instance);
      set = ALL;
      entityId = instance.id().value();
      return this;
    }

    /**
     * Sets the holder's id ({@link BaseOrganisation#id()}). <b>Required.</b>
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(BaseOrganisationId id) {
      delegate.id(id);
      set |= 1;
      entityId = id.value();
      return this;
    }

    /**
     * Sets the holder's name, NFC-normalised ({@link BaseOrganisation#name()}). <b>Required.</b>
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
     * Sets the kind: base committee or base cell ({@link BaseOrganisation#kind()}).
     * <b>Required.</b>
     *
     * @param kind the value
     * @return this builder
     */
    public Builder kind(BaseOrganisationKind kind) {
      delegate.kind(kind);
      set |= 4;
      return this;
    }

    /**
     * Sets the sector of the host organisation (agency, enterprise, ...) ({@link
     * BaseOrganisation#sector()}). <b>Required.</b>
     *
     * @param sector the value
     * @return this builder
     */
    public Builder sector(HostSector sector) {
      delegate.sector(sector);
      set |= 8;
      return this;
    }

    /**
     * Sets the founding date, if recorded ({@link BaseOrganisation#foundedOn()}). Optional: empty
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
     * Sets the founding date, if recorded ({@link BaseOrganisation#foundedOn()}) from an {@code
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
     * Sets the date of the last congress (đại hội), if recorded (S8) ({@link
     * BaseOrganisation#lastCongressOn()}). Optional: empty unless set.
     *
     * @param lastCongressOn the value
     * @return this builder
     */
    public Builder lastCongressOn(LocalDate lastCongressOn) {
      delegate.lastCongressOn(lastCongressOn);
      return this;
    }

    /**
     * Sets the date of the last congress (đại hội), if recorded (S8) ({@link
     * BaseOrganisation#lastCongressOn()}) from an {@code Optional}. Optional: empty unless set.
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
     * BaseOrganisation#consents()}). Optional: empty unless added.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addConsents(Consent element) {
      delegate.addConsents(element);
      return this;
    }

    /**
     * Adds elements to the recorded consents of the superior committee ({@link
     * BaseOrganisation#consents()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addConsents(Consent... elements) {
      delegate.addConsents(elements);
      return this;
    }

    /**
     * Sets the recorded consents of the superior committee ({@link BaseOrganisation#consents()}),
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
     * Adds every element of an iterable to the recorded consents of the superior committee ({@link
     * BaseOrganisation#consents()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addAllConsents(Iterable<? extends Consent> elements) {
      delegate.addAllConsents(elements);
      return this;
    }

    /**
     * Adds one element to the sub-committees; always empty for a base cell ({@link
     * BaseOrganisation#subCommittees()}). Optional: empty unless added.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addSubCommittees(SubCommittee element) {
      delegate.addSubCommittees(element);
      return this;
    }

    /**
     * Adds elements to the sub-committees; always empty for a base cell ({@link
     * BaseOrganisation#subCommittees()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addSubCommittees(SubCommittee... elements) {
      delegate.addSubCommittees(elements);
      return this;
    }

    /**
     * Sets the sub-committees; always empty for a base cell ({@link
     * BaseOrganisation#subCommittees()}), replacing the elements given so far. Optional: empty
     * unless set.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder subCommittees(Iterable<? extends SubCommittee> elements) {
      delegate.subCommittees(elements);
      return this;
    }

    /**
     * Adds every element of an iterable to the sub-committees; always empty for a base cell ({@link
     * BaseOrganisation#subCommittees()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addAllSubCommittees(Iterable<? extends SubCommittee> elements) {
      delegate.addAllSubCommittees(elements);
      return this;
    }

    /**
     * Adds one element to the cells directly under the base committee, not those of its
     * sub-committees; always empty for a base cell ({@link BaseOrganisation#cells()}). Optional:
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
     * Adds elements to the cells directly under the base committee, not those of its
     * sub-committees; always empty for a base cell ({@link BaseOrganisation#cells()}). Optional:
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
     * Sets the cells directly under the base committee, not those of its sub-committees; always
     * empty for a base cell ({@link BaseOrganisation#cells()}), replacing the elements given so
     * far. Optional: empty unless set.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder cells(Iterable<? extends Cell> elements) {
      delegate.cells(elements);
      return this;
    }

    /**
     * Adds every element of an iterable to the cells directly under the base committee, not those
     * of its sub-committees; always empty for a base cell ({@link BaseOrganisation#cells()}).
     * Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addAllCells(Iterable<? extends Cell> elements) {
      delegate.addAllCells(elements);
      return this;
    }

    /**
     * Adds one element to the members held directly; always empty for a base committee, whose
     * members are in its cells ({@link BaseOrganisation#members()}). Optional: empty unless added.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addMembers(Member element) {
      delegate.addMembers(element);
      return this;
    }

    /**
     * Adds elements to the members held directly; always empty for a base committee, whose members
     * are in its cells ({@link BaseOrganisation#members()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addMembers(Member... elements) {
      delegate.addMembers(elements);
      return this;
    }

    /**
     * Sets the members held directly; always empty for a base committee, whose members are in its
     * cells ({@link BaseOrganisation#members()}), replacing the elements given so far. Optional:
     * empty unless set.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder members(Iterable<? extends Member> elements) {
      delegate.members(elements);
      return this;
    }

    /**
     * Adds every element of an iterable to the members held directly; always empty for a base
     * committee, whose members are in its cells ({@link BaseOrganisation#members()}). Optional:
     * empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addAllMembers(Iterable<? extends Member> elements) {
      delegate.addAllMembers(elements);
      return this;
    }

    /**
     * Builds the base organisation.
     *
     * @return the base organisation
     * @throws InvalidStructureException if a required field is missing (every missing field is
     *     listed) or the values are impossible
     */
    public BaseOrganisation build() {
      if (set != ALL) {
        List<Violation> missing = new ArrayList<>();
        for (int i = 0; i < REQUIRED.size(); i++) {
          if ((set & (1 << i)) == 0) {
            missing.add(
                Violation.missingField(
                    Message.of("structure.entity.baseOrganisation"), entityId, REQUIRED.get(i)));
          }
        }
        throw new InvalidStructureException(missing);
      }
      return delegate.build();
    }
  }

  @Override
  public abstract BaseOrganisationId id();

  @Override
  public abstract String name();

  /**
   * Returns the kind: base committee or base cell.
   *
   * @return the kind
   */
  public abstract BaseOrganisationKind kind();

  /**
   * Returns the sector of the host organisation (agency, enterprise, ...).
   *
   * @return the sector
   */
  public abstract HostSector sector();

  /**
   * Returns the founding date, if recorded.
   *
   * @return the founding date, or empty
   */
  public abstract Optional<LocalDate> foundedOn();

  /**
   * Returns the date of the last congress (đại hội), if recorded (S8).
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> lastCongressOn();

  @Override
  public abstract List<Consent> consents();

  /**
   * Returns the sub-committees; always empty for a base cell.
   *
   * @return the sub-committees, in their recorded order
   */
  public abstract List<SubCommittee> subCommittees();

  /**
   * Returns the cells directly under the base committee, not those of its sub-committees; always
   * empty for a base cell.
   *
   * @return the cells, in their recorded order
   */
  public abstract List<Cell> cells();

  /**
   * Returns the members held directly; always empty for a base committee, whose members are in its
   * cells.
   *
   * @return the members, in their recorded order
   */
  @Override
  public abstract List<Member> members();

  /**
   * Tells whether this is a base committee.
   *
   * @return true for a base committee, false for a base cell
   */
  public final boolean isBaseCommittee() {
    return kind() == BaseOrganisationKind.BASE_COMMITTEE;
  }

  /**
   * Returns every cell: those directly under the base committee, then those of each sub-committee.
   *
   * @return the cells
   */
  public final List<Cell> allCells() {
    if (subCommittees().isEmpty()) {
      return cells();
    }
    List<Cell> all = new ArrayList<>(cells());
    for (SubCommittee sub : subCommittees()) {
      all.addAll(sub.cells());
    }
    return List.copyOf(all);
  }

  /**
   * Returns the holders of this organisation's members: the base cell itself, or every cell.
   *
   * @return the member holders
   */
  public final List<MemberHolder> memberHolders() {
    return isBaseCommittee() ? List.copyOf(allCells()) : List.of(this);
  }

  /**
   * Streams every member of the organisation, in cells or held directly.
   *
   * @return the members
   */
  public final Stream<Member> allMembers() {
    return Stream.concat(
        members().stream(), allCells().stream().flatMap(cell -> cell.members().stream()));
  }

  /**
   * Counts every member of the organisation, official and probationary.
   *
   * @return the number of members
   */
  public final int memberCount() {
    int count = members().size();
    for (Cell cell : cells()) {
      count += cell.members().size();
    }
    for (SubCommittee sub : subCommittees()) {
      for (Cell cell : sub.cells()) {
        count += cell.members().size();
      }
    }
    return count;
  }

  /**
   * Returns the members of the base committee's executive (đảng ủy viên), standing committee
   * members and the committee's secretary and deputy secretaries included.
   *
   * @return the executive members
   */
  public final List<Member> committeeMembers() {
    return allMembers()
        .filter(
            m ->
                m.holds(Post.BASE_COMMITTEE_MEMBER)
                    || m.holds(Post.STANDING_COMMITTEE_MEMBER)
                    || m.holds(Post.BASE_COMMITTEE_SECRETARY)
                    || m.holds(Post.BASE_COMMITTEE_DEPUTY_SECRETARY))
        .toList();
  }

  /**
   * Returns the members of the standing committee (ủy viên ban thường vụ).
   *
   * @return the standing committee members
   */
  public final List<Member> standingCommitteeMembers() {
    return allMembers().filter(m -> m.holds(Post.STANDING_COMMITTEE_MEMBER)).toList();
  }

  @Value.Check
  final BaseOrganisation normalizeAndCheck() {
    Violations violations = new Violations();
    if (Texts.isBlank(name())) {
      violations.add(
          ViolationCode.BLANK_NAME,
          id(),
          "structure.blankName",
          Message.of("structure.entity.baseOrganisation"));
    }
    if (isBaseCommittee()) {
      if (!members().isEmpty()) {
        violations.add(
            ViolationCode.MEMBERS_DIRECTLY_UNDER_BASE_COMMITTEE,
            id(),
            "structure.membersUnderBaseCommittee");
      }
    } else {
      for (SubCommittee sub : subCommittees()) {
        violations.add(
            ViolationCode.SUB_COMMITTEE_OUTSIDE_BASE_COMMITTEE,
            sub.id(),
            "structure.subCommitteeInBaseCell",
            id().value());
      }
      if (!cells().isEmpty()) {
        violations.add(ViolationCode.BASE_CELL_WITH_CELLS, id(), "structure.baseCellWithCells");
      }
    }
    violations.throwIfAny();
    String name = Texts.nfc(name());
    return name.equals(name()) ? this : ((ImmutableBaseOrganisation) this).withName(name);
  }
}
