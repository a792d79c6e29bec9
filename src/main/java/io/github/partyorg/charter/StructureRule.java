package io.github.partyorg.charter;

import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.MemberHolder;
import io.github.partyorg.structure.SubCommittee;
import java.time.LocalDate;
import java.util.List;

/**
 * One structure rule (S1-S9) of the Party Charter, checked entity by entity.
 *
 * <p>{@link CharterCheck} walks the tree in order and calls, for each entity, the callback that
 * fits it; a rule overrides only the callbacks of the entities it is about. A base cell is both a
 * base organisation and a member holder, so both callbacks run for it. A rule never throws for
 * non-compliance: it appends findings to {@code out}. Implementations are stateless, hence
 * thread-safe.
 */
interface StructureRule {

  /**
   * Returns the rule implemented.
   *
   * @return the rule
   */
  CharterRule rule();

  /**
   * Checks a base organisation (base committee or base cell).
   *
   * @param base the base organisation
   * @param asOf the day of the check
   * @param out where findings are appended
   */
  default void checkBaseOrganisation(BaseOrganisation base, LocalDate asOf, List<Finding> out) {}

  /**
   * Checks a sub-committee.
   *
   * @param sub the sub-committee
   * @param asOf the day of the check
   * @param out where findings are appended
   */
  default void checkSubCommittee(SubCommittee sub, LocalDate asOf, List<Finding> out) {}

  /**
   * Checks an organisation holding members directly: a cell or a base cell.
   *
   * @param holder the cell or base cell
   * @param asOf the day of the check
   * @param out where findings are appended
   */
  default void checkMemberHolder(MemberHolder holder, LocalDate asOf, List<Finding> out) {}
}
