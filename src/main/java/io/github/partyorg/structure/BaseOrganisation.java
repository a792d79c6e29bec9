package io.github.partyorg.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

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
   * Builds a {@link BaseOrganisation}; {@code build()} throws {@link InvalidStructureException}.
   */
  public static final class Builder extends ImmutableBaseOrganisation.Builder {
    Builder() {}
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
          ViolationCode.BLANK_NAME, id(), "The base organisation's name is blank; give it.");
    }
    if (isBaseCommittee()) {
      if (!members().isEmpty()) {
        violations.add(
            ViolationCode.MEMBERS_DIRECTLY_UNDER_BASE_COMMITTEE,
            id(),
            "A base committee holds members directly; place them in its cells.");
      }
    } else {
      for (SubCommittee sub : subCommittees()) {
        violations.add(
            ViolationCode.SUB_COMMITTEE_OUTSIDE_BASE_COMMITTEE,
            sub.id(),
            "A sub-committee is placed in base cell "
                + id().value()
                + "; sub-committees exist only inside a base committee.");
      }
      if (!cells().isEmpty()) {
        violations.add(
            ViolationCode.BASE_CELL_WITH_CELLS,
            id(),
            "A base cell has cells under it; make it a base committee or move the cells.");
      }
    }
    violations.throwIfAny();
    String name = Texts.nfc(name());
    return name.equals(name()) ? this : ((ImmutableBaseOrganisation) this).withName(name);
  }
}
