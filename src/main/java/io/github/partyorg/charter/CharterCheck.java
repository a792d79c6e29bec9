package io.github.partyorg.charter;

import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.SubCommittee;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks an organisation tree against the structure rules S1-S9 of the Party Charter (kiểm tra việc
 * chấp hành quy định về tổ chức của Điều lệ Đảng) and returns the findings.
 *
 * <p>Non-compliance is never an exception: a tree out of compliance (a cell with two official
 * members, a late congress) gives findings, each with the rule, a severity, the entity by id and a
 * sentence in Vietnamese and English that gives the figures and the fix, without personal data.
 * Consents of the superior committee count when dated on or before the day of the check; the day of
 * the check may be before or after the tree's snapshot date.
 *
 * <p>The findings come in tree order: base organisations in their recorded order; after each base
 * organisation, the cells directly under it, then each sub-committee followed by its cells; for one
 * entity, in rule order (S1 to S9), and within one rule in the order its javadoc gives. The same
 * tree and day always give the same list.
 *
 * <p>The rules, with their exact thresholds, are documented on their classes in this package: S1
 * (at least 3 official members in a cell or base cell), S2 (base cell under 30 members, base
 * committee 30 or more, unless consented), S3 (a cell over 30 members needs consent), S4 (a
 * sub-committee needs consent), S5 (secretary and cell committee), S6 (at most one deputy
 * secretary), S7 (standing committee with 9 or more executive members, one secretary of the base
 * committee), S8 (congress every 5 years, within one year), S9 (a cell's congress twice in 5 years,
 * within six months; once under the 294-QĐ/TW pilot from 1 July 2025). Each finding cites the
 * instruments in force on the day of the check ({@link Instruments}). The membership rules are
 * checked by {@link MembershipCheck}.
 *
 * <p>This class is stateless; its methods are thread-safe, as the tree is immutable.
 */
public final class CharterCheck {
  private static final List<StructureRule> RULES = rules(CellCongressPolicy.DEFAULT);
  private static final List<StructureRule> RULES_TWICE_PER_TERM =
      rules(CellCongressPolicy.TWICE_PER_TERM);

  private static List<StructureRule> rules(CellCongressPolicy policy) {
    return List.of(
        new S1MinimumOfficialMembers(),
        new S2BaseOrganisationKind(),
        new S3LargeCell(),
        new S4SubCommitteeConsent(),
        new S5CellLeadership(),
        new S6SingleDeputySecretary(),
        new S7StandingCommittee(),
        new S8CongressTerm(),
        new S9CellCongressTerm(policy));
  }

  private static List<StructureRule> rulesFor(CellCongressPolicy policy) {
    return policy == CellCongressPolicy.DEFAULT ? RULES : RULES_TWICE_PER_TERM;
  }

  private CharterCheck() {}

  /**
   * Checks a tree against every structure rule, S1 to S9, with the {@linkplain
   * CellCongressPolicy#DEFAULT default} S9 policy.
   *
   * @param root the tree
   * @param asOf the day of the check: consents dated after it do not count, congress terms are
   *     measured up to it, and the findings cite the instruments in force on it
   * @return the findings, in tree order, then rule order; empty if the tree complies
   * @throws NullPointerException if {@code root} or {@code asOf} is null
   */
  public static List<Finding> check(Root root, LocalDate asOf) {
    return check(root, asOf, CellCongressPolicy.DEFAULT);
  }

  /**
   * Checks a tree against every structure rule, S1 to S9.
   *
   * @param root the tree
   * @param asOf the day of the check
   * @param cellCongress how often a cell under a committee holds its congress (S9)
   * @return the findings, in tree order, then rule order; empty if the tree complies
   * @throws NullPointerException if an argument is null
   */
  public static List<Finding> check(Root root, LocalDate asOf, CellCongressPolicy cellCongress) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(cellCongress, "cellCongress");
    return run(root, asOf, rulesFor(cellCongress));
  }

  /**
   * Checks a tree against some of the structure rules; the other rules of {@link CharterRule}
   * (membership rules M1-M6, checked by {@link MembershipCheck}) are ignored here. S9 uses the
   * default policy.
   *
   * @param root the tree
   * @param asOf the day of the check: consents dated after it do not count, and congress terms are
   *     measured up to it
   * @param rules the rules to check
   * @return the findings of those rules, in tree order, then rule order; empty if the tree complies
   *     with them
   * @throws NullPointerException if {@code root}, {@code asOf} or {@code rules} is null
   */
  public static List<Finding> check(Root root, LocalDate asOf, Set<CharterRule> rules) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(rules, "rules");
    List<StructureRule> selected = new ArrayList<>();
    for (StructureRule rule : RULES) {
      if (rules.contains(rule.rule())) {
        selected.add(rule);
      }
    }
    return run(root, asOf, selected);
  }

  private static List<Finding> run(Root root, LocalDate asOf, List<StructureRule> rules) {
    List<Finding> out = new ArrayList<>();
    for (BaseOrganisation base : root.baseOrganisations()) {
      for (StructureRule rule : rules) {
        rule.checkBaseOrganisation(base, asOf, out);
        if (!base.isBaseCommittee()) {
          rule.checkMemberHolder(base, asOf, out);
        }
      }
      checkCells(base.cells(), asOf, rules, out);
      for (SubCommittee sub : base.subCommittees()) {
        for (StructureRule rule : rules) {
          rule.checkSubCommittee(sub, asOf, out);
        }
        checkCells(sub.cells(), asOf, rules, out);
      }
    }
    return List.copyOf(out);
  }

  private static void checkCells(
      List<Cell> cells, LocalDate asOf, List<StructureRule> rules, List<Finding> out) {
    for (Cell cell : cells) {
      for (StructureRule rule : rules) {
        rule.checkMemberHolder(cell, asOf, out);
      }
    }
  }
}
