package io.github.partyorg.rating;

import io.github.partyorg.structure.Message;
import io.github.partyorg.structure.OrganisationId;
import io.github.partyorg.structure.Share;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the organisation rules (O0-O9) read and write for one organisation: its facts, the levels of
 * its sub-units, the disciplines around it, and the explanation being built.
 */
final class OrgContext {
  final Regime regime;
  final RatingPolicies policies;
  final OrganisationId id;
  final OrganisationKind kind;
  final OrganisationFacts facts;
  final LocalDate reviewDate;
  final Optional<LocalDate> foundedOn;

  /** Proposed levels of the rated sub-units (members of a cell; cells and sub-committees). */
  final List<Level> subUnitLevels;

  /** Sub-units whose level could not be proposed for missing facts. */
  final int subUnitsIncomplete;

  /** Sub-organisations (for committees) and how many of them were disciplined in the year. */
  final int subOrganisations;

  final List<Discipline> subOrganisationDisciplines;

  /** Disciplines in the year of members of the organisation's leadership. */
  final List<Discipline> leadershipMemberDisciplines;

  /** Whether the organisation has a leadership collective rated by O10. */
  final boolean hasLeadership;

  /** Members of the leadership concluded to show degradation in the year (O10). */
  final int leadersDegraded;

  /** Whether the entries are kept ({@link #explanation}); the levels are the same either way. */
  final boolean explain;

  /** The entries, in order; empty when the context does not {@link #explain}. */
  final List<Explanation> explanation = new ArrayList<>();

  /** False once E2 leaves the organisation out ({@link OrganisationRating#isRated()}). */
  boolean rated = true;

  final MissingFacts.Builder missing;
  private Level ceiling = Level.HTXSNV;

  OrgContext(
      Regime regime,
      RatingPolicies policies,
      OrganisationKind kind,
      OrganisationFacts facts,
      LocalDate reviewDate,
      Optional<LocalDate> foundedOn,
      List<Level> subUnitLevels,
      int subUnitsIncomplete,
      int subOrganisations,
      List<Discipline> subOrganisationDisciplines,
      List<Discipline> leadershipMemberDisciplines) {
    this(
        regime,
        policies,
        kind,
        facts,
        reviewDate,
        foundedOn,
        subUnitLevels,
        subUnitsIncomplete,
        subOrganisations,
        subOrganisationDisciplines,
        leadershipMemberDisciplines,
        kind != OrganisationKind.SUB_COMMITTEE,
        0,
        true);
  }

  /**
   * A context that keeps its explanation entries ({@code explain}), or only what decides the levels
   * (issue 19: a root's rating keeps its organisations' levels and makes each {@link
   * OrganisationRating} with its explanation only when asked, {@link OrgTable}).
   */
  OrgContext(
      Regime regime,
      RatingPolicies policies,
      OrganisationKind kind,
      OrganisationFacts facts,
      LocalDate reviewDate,
      Optional<LocalDate> foundedOn,
      List<Level> subUnitLevels,
      int subUnitsIncomplete,
      int subOrganisations,
      List<Discipline> subOrganisationDisciplines,
      List<Discipline> leadershipMemberDisciplines,
      boolean hasLeadership,
      int leadersDegraded,
      boolean explain) {
    this.explain = explain;
    this.hasLeadership = hasLeadership;
    this.leadersDegraded = leadersDegraded;
    this.regime = regime;
    this.policies = policies;
    this.id = facts.organisationId();
    this.missing = new MissingFacts.Builder(id, regime);
    this.kind = kind;
    this.facts = facts;
    this.reviewDate = reviewDate;
    this.foundedOn = foundedOn;
    this.subUnitLevels = List.copyOf(subUnitLevels);
    this.subUnitsIncomplete = subUnitsIncomplete;
    this.subOrganisations = subOrganisations;
    this.subOrganisationDisciplines = List.copyOf(subOrganisationDisciplines);
    this.leadershipMemberDisciplines = List.copyOf(leadershipMemberDisciplines);
  }

  void add(RatingRule rule, Message message, FactMap facts, Optional<Level> cap) {
    if (explain) {
      explanation.add(Words.entry(rule, regime, message, facts, cap));
    }
    if (rule == RatingRule.E2) {
      rated = false;
    }
    if (cap.isPresent()) {
      ceiling = Level.lower(ceiling, cap.get());
    }
  }

  void missing(RatingRule rule, String fact, Message what) {
    missing.add(rule, fact, what);
  }

  Level ceiling() {
    return ceiling;
  }

  /** The share of rated sub-units at a level or better. */
  Share subUnitsAtLeast(Level level) {
    int part = 0;
    for (Level l : subUnitLevels) {
      if (l.isAtLeast(level)) {
        part++;
      }
    }
    return new Share(part, subUnitLevels.size());
  }

  /** "members" for a cell, "sub-organisations" for a committee, as a message. */
  Message subUnits() {
    return subUnits(kind.holdsMembers());
  }

  private static final Message MEMBERS = Message.of("rating.subUnits.members");
  private static final Message ORGANISATIONS = Message.of("rating.subUnits.organisations");

  static Message subUnits(boolean members) {
    return members ? MEMBERS : ORGANISATIONS;
  }

  boolean anyDisciplineAround() {
    return !subOrganisationDisciplines.isEmpty() || !leadershipMemberDisciplines.isEmpty();
  }
}
