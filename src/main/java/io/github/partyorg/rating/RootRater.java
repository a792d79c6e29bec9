package io.github.partyorg.rating;

import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.HostSector;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberHolder;
import io.github.partyorg.structure.MemberHolderId;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Message;
import io.github.partyorg.structure.OrganisationId;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.SubCommittee;
import io.github.partyorg.structure.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Rates a whole root for a year, bottom-up, as the guidance orders it: eligibility first (E1, E2),
 * then the members (C rules), the quota Q1 on the members of each base organisation, then the
 * cells, the sub-committees and the base organisations (O rules, with their leadership collectives,
 * O10), Q1 among the organisations directly under each committee before that committee is rated
 * ({@link QuotaScope}), then Q1 on the base organisations of the root (in the groups of {@link
 * QuotaGroups}), and last the levels decided by the superior committee, checked against the rules.
 *
 * <p>The regime is chosen by the year assessed ({@link #forYear(Year)}), never by today's date; a
 * caller may rate a year under another regime ({@link #of(Regime, RatingPolicies)}) and compare the
 * two results with {@link RootRating#differencesFrom(RootRating)}.
 *
 * <p>Immutable and thread-safe. The result does not depend on the order in which facts were given.
 */
public final class RootRater {
  private static final Message MEMBERS = Message.of("rating.subUnits.members");
  private static final Message BASE_ORGANISATIONS = Message.of("rating.baseOrganisations");
  private static final Message DIRECTLY_UNDER = Message.of("rating.Q1.directlyUnder");

  private static final Level[] LEVELS = Level.values();

  private final Regime regime;
  private final RatingPolicies policies;

  private RootRater(Regime regime, RatingPolicies policies) {
    this.regime = Objects.requireNonNull(regime, "regime");
    this.policies = Objects.requireNonNull(policies, "policies");
  }

  /**
   * Returns a rater for a regime and policies (for example to rate a year under another regime).
   *
   * @param regime the regime
   * @param policies the policies
   * @return the rater
   */
  public static RootRater of(Regime regime, RatingPolicies policies) {
    return new RootRater(regime, policies);
  }

  /**
   * Returns a rater for the regime of the year assessed, with the default policies.
   *
   * @param year the year assessed
   * @return the rater
   * @throws IllegalArgumentException if no regime covers the year (before 2018)
   */
  public static RootRater forYear(Year year) {
    return new RootRater(Regime.forYear(year), RatingPolicies.defaults());
  }

  /**
   * Returns the regime applied.
   *
   * @return the regime
   */
  public Regime regime() {
    return regime;
  }

  /**
   * Returns the policies applied.
   *
   * @return the policies
   */
  public RatingPolicies policies() {
    return policies;
  }

  /**
   * Rates every member and organisation of a root for the year of the facts.
   *
   * @param root the tree
   * @param facts the year's facts and decisions
   * @return the rating
   * @throws NullPointerException if an argument is null
   * @throws InvalidFactsException if the facts do not fit the root ({@link
   *     YearFacts#problemsWith(Root)}: facts of an entity the root does not contain, or a root
   *     whose snapshot is in an earlier year than the facts), listing every such problem
   */
  public RootRating rate(Root root, YearFacts facts) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(facts, "facts");
    // The year and the organisations' facts are checked first; the members' facts while the
    // members are rated (issue 19): each found in the tree's order is a member's, so only when
    // some were not is every id looked up in the tree. Either way a problem is reported with
    // every problem of the facts, before any result is made.
    if (!facts.problemsWith(root, true).isEmpty()) {
      throw new InvalidFactsException(facts.problemsWith(root));
    }
    Run run = new Run(root, facts);
    for (BaseOrganisation base : root.baseOrganisations()) {
      run.rateBase(base);
    }
    if (!run.allMemberFactsMatched()) {
      List<Violation> problems = facts.problemsWith(root);
      if (!problems.isEmpty()) {
        throw new InvalidFactsException(problems);
      }
    }
    run.table();
    run.quotaOnBaseOrganisations(root);
    run.checkDecisions(root);
    return run.result(root);
  }

  /**
   * The state of one rating run. Members are kept by position, in tree order (each base
   * organisation's {@link BaseOrganisation#memberHolders()}, each holder's members): the member,
   * its facts and its packed levels ({@link MemberLevels}) in arrays, the positions of each
   * holder's members as a range (issue 19). Organisations are kept by position too, in the order
   * they are rated ({@link OrgTable}).
   */
  private final class Run {
    final Root root;
    final YearFacts facts;
    final MemberRater memberRater = MemberRater.of(regime, policies);
    final Member[] members;
    final MemberFacts[] memberFacts;
    final int[] levels;
    int next;

    /** The facts given, read in their order while the members are read in the tree's. */
    final Iterator<MemberFacts> factsInOrder;

    @Nullable MemberFacts nextFacts;
    int factsMatched;

    /**
     * The holders (cells, base cells) in order; the k-th's members are at holderBounds[2k, 2k+1).
     */
    MemberHolderId[] holderIds = new MemberHolderId[32];

    int[] holderBounds = new int[64];
    int holderCount;

    /** Where {@link #rateHolder} looks first for the next holder of the base being rated. */
    int holderCursor;

    final Map<Integer, Q1Quota.Count> demotions = new HashMap<>();
    @Nullable MemberTable table;

    /** The organisations by position, their ratings made when read (issue 19). */
    final OrgTable organisations;

    final List<Q1Quota.Count> quotaFindings = new ArrayList<>();
    final List<DecisionFinding> decisionFindings = new ArrayList<>();

    /** The range of each base organisation's members. */
    final Map<OrganisationId, int[]> baseRanges = new HashMap<>();

    /** The committees whose direct subordinates Q1 counted (every level), with them. */
    final Map<OrganisationId, List<OrganisationId>> organisationScopes = new LinkedHashMap<>();

    Run(Root root, YearFacts facts) {
      this.root = root;
      this.facts = facts;
      int n = root.memberCount();
      this.members = new Member[n];
      this.memberFacts = new MemberFacts[n];
      this.levels = new int[n];
      this.organisations = new OrgTable(regime, policies, facts, members, levels, memberFacts);
      this.factsInOrder = facts.members().values().iterator();
      this.nextFacts = factsInOrder.hasNext() ? factsInOrder.next() : null;
    }

    /**
     * A member's facts: the next facts given when they are this member's (facts given in tree order
     * are found without a lookup), else by id, else the empty facts of the year.
     */
    MemberFacts memberFactsInOrder(MemberId id) {
      MemberFacts head = nextFacts;
      if (head != null && head.memberId().equals(id)) {
        factsMatched++;
        nextFacts = factsInOrder.hasNext() ? factsInOrder.next() : null;
        return head;
      }
      return MemberTable.factsOf(facts, id);
    }

    /** True if every member's facts given were found in the tree's order (so all are members). */
    boolean allMemberFactsMatched() {
      return factsMatched == facts.members().size();
    }

    OrganisationFacts organisationFacts(OrganisationId id) {
      OrganisationFacts given = facts.organisations().get(id);
      return given != null
          ? given
          : OrganisationFacts.builder().organisationId(id).year(facts.year()).build();
    }

    /** The members by position, made once every member is rated and Q1 applied to them. */
    MemberTable table() {
      MemberTable t = table;
      if (t == null) {
        t =
            new MemberTable(
                root,
                facts,
                memberRater,
                members,
                levels,
                Arrays.copyOf(holderIds, holderCount),
                Arrays.copyOf(holderBounds, 2 * holderCount),
                demotions);
        table = t;
      }
      return t;
    }

    /**
     * The index of the next holder of the base being rated: the holders are rated in the order
     * {@link BaseOrganisation#memberHolders()} gives them (its cells, then its sub-committees'
     * cells, as {@link #rateBase} walks them).
     */
    int holderIndex(MemberHolderId holder) {
      int k = holderCursor++;
      if (!holderIds[k].equals(holder)) {
        // An invariant of this class, not of the input: the walk and memberHolders() disagree.
        throw new IllegalStateException(
            "Holder " + holder.value() + " is rated out of the order of its base organisation.");
      }
      return k;
    }

    void rateBase(BaseOrganisation base) {
      int from = next;
      LocalDate review = facts.reviewDate();
      holderCursor = holderCount;
      for (MemberHolder holder : base.memberHolders()) {
        int k = holderCount++;
        if (holderIds.length == k) {
          holderIds = Arrays.copyOf(holderIds, 2 * k);
          holderBounds = Arrays.copyOf(holderBounds, 4 * k);
        }
        holderIds[k] = holder.id();
        holderBounds[2 * k] = next;
        for (Member member : holder.members()) {
          MemberFacts f = memberFactsInOrder(member.id());
          members[next] = member;
          memberFacts[next] = f;
          levels[next] = memberRater.rateLevels(member, f, review);
          next++;
        }
        holderBounds[2 * k + 1] = next;
      }
      int[] inBase = {from, next};
      baseRanges.put(base.id(), inBase);
      quotaOnMembers(base, inBase);
      if (base.isBaseCommittee()) {
        List<OrganisationId> children = new ArrayList<>();
        for (Cell cell : base.cells()) {
          rateHolder(cell, OrganisationKind.CELL);
          children.add(cell.id());
        }
        for (SubCommittee sub : base.subCommittees()) {
          List<OrganisationId> subChildren = new ArrayList<>();
          for (Cell cell : sub.cells()) {
            rateHolder(cell, OrganisationKind.CELL);
            subChildren.add(cell.id());
          }
          quotaOnSubordinates(sub.id(), subChildren);
          organisations.rateCommittee(sub.id(), sub, OrganisationKind.SUB_COMMITTEE);
          children.add(sub.id());
        }
        quotaOnSubordinates(base.id(), children);
        organisations.rateCommittee(base.id(), base, OrganisationKind.BASE_COMMITTEE);
      } else {
        rateHolder(base, OrganisationKind.BASE_CELL);
      }
    }

    void rateHolder(MemberHolder holder, OrganisationKind kind) {
      int k = holderIndex(holder.id());
      organisations.rateHolder(holder, kind, holderBounds[2 * k], holderBounds[2 * k + 1]);
    }

    void quotaOnMembers(BaseOrganisation base, int[] range) {
      if (!Q1Quota.applies(regime, policies)) {
        return;
      }
      int httnv = 0;
      List<Q1Quota.Candidate> excellent = new ArrayList<>();
      for (int p = range[0]; p < range[1]; p++) {
        Level level = MemberLevels.proposed(levels[p]);
        if (level == Level.HTTNV) {
          httnv++;
        } else if (level == Level.HTXSNV) {
          excellent.add(new MemberCandidate(p));
        }
      }
      Q1Quota.Outcome outcome =
          Q1Quota.apply(
              base.id(), QuotaFinding.Subject.MEMBERS, MEMBERS, httnv, excellent, policies, regime);
      if (outcome.count().isPresent()) {
        Q1Quota.Count finding = outcome.count().get();
        quotaFindings.add(finding);
        for (EntityId demoted : outcome.demoted()) {
          int p = range[0];
          while (!members[p].id().equals(demoted)) {
            p++;
          }
          levels[p] = MemberLevels.demote(levels[p]);
          demotions.put(p, finding);
        }
      }
    }

    /** A member at HTXSNV, for Q1: its strength read from its facts when the quota demotes. */
    final class MemberCandidate implements Q1Quota.Candidate {
      private final int position;

      MemberCandidate(int position) {
        this.position = position;
      }

      @Override
      public EntityId id() {
        return members[position].id();
      }

      @Override
      public Q1Quota.Strength strength() {
        MemberFacts f = memberFacts[position];
        return RootRater.strength(
            f.score(), excellentGrades(f.grades(), CRITERIA), f.tasksExceededPercent());
      }
    }

    /** An organisation at HTXSNV, for Q1: its strength read when the quota demotes. */
    final class OrganisationCandidate implements Q1Quota.Candidate {
      private final OrganisationId id;

      OrganisationCandidate(OrganisationId id) {
        this.id = id;
      }

      @Override
      public EntityId id() {
        return id;
      }

      @Override
      public Q1Quota.Strength strength() {
        OrganisationFacts f = organisationFacts(id);
        return RootRater.strength(
            f.score(),
            excellentGrades(f.grades(), ORGANISATION_CRITERIA),
            f.tasksExceededPercent());
      }
    }

    /** Q1 among the organisations directly under a committee, when the scope is every level. */
    void quotaOnSubordinates(OrganisationId committee, List<OrganisationId> ids) {
      if (policies.quotaScope() == QuotaScope.EVERY_LEVEL) {
        organisationScopes.put(committee, List.copyOf(ids));
        quotaOnOrganisations(committee, ids, DIRECTLY_UNDER);
      }
    }

    /** Q1 among the base organisations of the root, in one group or one per host sector. */
    void quotaOnBaseOrganisations(Root root) {
      Map<String, List<OrganisationId>> groups = baseGroups(root);
      for (Map.Entry<String, List<OrganisationId>> group : groups.entrySet()) {
        String key = group.getKey();
        if (key.isEmpty()) {
          quotaOnOrganisations(root.id(), group.getValue(), BASE_ORGANISATIONS);
        } else {
          HostSector sector = HostSector.valueOf(key);
          quotaOnOrganisations(
              root.id(), group.getValue(), Message.of("rating.Q1.sectorGroup", sector));
        }
      }
    }

    /** The groups of base organisations: "" for one group, else the host sector's name. */
    Map<String, List<OrganisationId>> baseGroups(Root root) {
      Map<String, List<OrganisationId>> groups = new LinkedHashMap<>();
      boolean bySector =
          policies.quotaGroups() == QuotaGroups.BY_HOST_SECTOR && regime != Regime.R2018;
      for (BaseOrganisation base : root.baseOrganisations()) {
        groups
            .computeIfAbsent(bySector ? base.sector().name() : "", k -> new ArrayList<>())
            .add(base.id());
      }
      return groups;
    }

    void quotaOnOrganisations(EntityId scope, List<OrganisationId> ids, Message what) {
      if (!Q1Quota.applies(regime, policies)) {
        return;
      }
      int httnv = 0;
      List<Q1Quota.Candidate> excellent = new ArrayList<>();
      for (OrganisationId id : ids) {
        Level level = Objects.requireNonNull(organisations.levels(id)).proposed();
        if (level == Level.HTTNV) {
          httnv++;
        } else if (level == Level.HTXSNV) {
          excellent.add(new OrganisationCandidate(id));
        }
      }
      Q1Quota.Outcome outcome =
          Q1Quota.apply(
              scope, QuotaFinding.Subject.ORGANISATIONS, what, httnv, excellent, policies, regime);
      if (outcome.count().isPresent()) {
        Q1Quota.Count finding = outcome.count().get();
        quotaFindings.add(finding);
        for (EntityId demoted : outcome.demoted()) {
          organisations.demote((OrganisationId) demoted, finding);
        }
      }
    }

    void checkDecisions(Root root) {
      for (Map.Entry<EntityId, Level> decision : facts.decisions().entrySet()) {
        EntityId id = decision.getKey();
        Level decided = decision.getValue();
        List<Explanation> explanation;
        Optional<Level> proposed;
        boolean rated;
        int position = table().position(id);
        if (position >= 0) {
          MemberRating rating = table().rating(position);
          explanation = rating.explanation();
          proposed = rating.proposed();
          rated = rating.isRated();
        } else if (id instanceof OrganisationId orgId && organisations.containsKey(orgId)) {
          OrganisationRating rating = Objects.requireNonNull(organisations.get(orgId));
          explanation = rating.explanation();
          proposed = rating.proposed();
          rated = rating.isRated();
        } else {
          decisionFindings.add(
              new DecisionFinding(
                  id,
                  decided,
                  Optional.empty(),
                  DecisionFinding.Code.UNKNOWN_ENTITY,
                  Optional.empty(),
                  Message.of(
                          "rating.decision.unknown", decided.name(), id.value(), root.id().value())
                      .text()));
          continue;
        }
        if (!rated) {
          RatingRule rule = explanation.get(0).rule();
          decisionFindings.add(
              new DecisionFinding(
                  id,
                  decided,
                  proposed,
                  DecisionFinding.Code.NOT_RATED,
                  Optional.of(rule),
                  Message.of(
                          "rating.decision.notRated",
                          decided.name(),
                          id.value(),
                          rule.name(),
                          explanation.get(0).text())
                      .text()));
          continue;
        }
        for (Explanation entry : explanation) {
          Optional<Level> cap = entry.ceiling();
          if (cap.isPresent() && !cap.get().isAtLeast(decided)) {
            decisionFindings.add(
                new DecisionFinding(
                    id,
                    decided,
                    proposed,
                    DecisionFinding.Code.ABOVE_CAP,
                    Optional.of(entry.rule()),
                    Message.of(
                            "rating.decision.aboveCap",
                            decided.name(),
                            id.value(),
                            cap.get().name(),
                            entry.text())
                        .text()));
          }
        }
      }
      checkQuotaWithDecisions(root);
    }

    /** Q1 counted on the final levels: reports each scope that decisions push over the quota. */
    void checkQuotaWithDecisions(Root root) {
      if (facts.decisions().isEmpty() || !Q1Quota.applies(regime, policies)) {
        return;
      }
      for (BaseOrganisation base : root.baseOrganisations()) {
        Map<EntityId, Level> finals = new LinkedHashMap<>();
        int[] range = Objects.requireNonNull(baseRanges.get(base.id()));
        for (int p = range[0]; p < range[1]; p++) {
          MemberId id = members[p].id();
          finalLevel(id).ifPresent(level -> finals.put(id, level));
        }
        reportDecidedOverQuota(base.id(), finals);
      }
      for (Map.Entry<OrganisationId, List<OrganisationId>> scope : organisationScopes.entrySet()) {
        reportDecidedOverQuota(scope.getKey(), finals(scope.getValue()));
      }
      for (List<OrganisationId> group : baseGroups(root).values()) {
        reportDecidedOverQuota(root.id(), finals(group));
      }
    }

    private Map<EntityId, Level> finals(List<OrganisationId> ids) {
      Map<EntityId, Level> finals = new LinkedHashMap<>();
      for (OrganisationId id : ids) {
        finalLevel(id).ifPresent(level -> finals.put(id, level));
      }
      return finals;
    }

    private void reportDecidedOverQuota(EntityId scope, Map<EntityId, Level> finals) {
      int excellent = Q1Quota.excellent(finals);
      int allowed =
          Q1Quota.allowed(Q1Quota.base(finals, policies.quotaBase()), policies.quotaRounding());
      if (excellent <= allowed) {
        return;
      }
      for (Map.Entry<EntityId, Level> entry : finals.entrySet()) {
        Level decided = facts.decisions().get(entry.getKey());
        if (decided == Level.HTXSNV) {
          decisionFindings.add(
              new DecisionFinding(
                  entry.getKey(),
                  decided,
                  proposedOf(entry.getKey()),
                  DecisionFinding.Code.OVER_QUOTA,
                  Optional.of(RatingRule.Q1),
                  Message.of(
                          "rating.decision.overQuota",
                          entry.getKey().value(),
                          scope.value(),
                          excellent,
                          allowed)
                      .text()));
        }
      }
    }

    Optional<Level> proposedOf(EntityId id) {
      if (id instanceof MemberId) {
        int position = table().position(id);
        if (position >= 0) {
          return MemberLevels.proposedLevel(levels[position]);
        }
      }
      OrgLevels rated = organisations.levels(id);
      return rated == null ? Optional.empty() : Optional.ofNullable(rated.proposed());
    }

    Optional<Level> finalLevel(EntityId id) {
      Level decided = facts.decisions().get(id);
      return decided != null ? Words.some(decided) : proposedOf(id);
    }

    RootRating result(Root root) {
      // By the organisations' positions, in the order they were rated (children before their
      // parents): a cell's members are counted in its range of positions; a sub-committee's and a
      // base committee's counts are the sums of their sub-organisations' (the members partition
      // into cells), and the root's the sum of its base organisations'.
      OrgTable orgs = organisations;
      int n = orgs.size();
      Map<OrganisationId, LevelCounts> memberCounts = new LinkedHashMap<>(2 * n);
      Map<OrganisationId, LevelCounts> subCounts = new LinkedHashMap<>();
      Counter[] counters = new Counter[n];
      for (int k = 0; k < n; k++) {
        int[] children = orgs.children(k);
        Counter counter = new Counter();
        if (children == null) {
          for (int p = orgs.from(k); p < orgs.to(k); p++) {
            int packed = levels[p];
            counter.add(
                MemberLevels.rated(packed), MemberLevels.proposed(packed), decided(members, p));
          }
        } else {
          Counter sub = new Counter();
          for (int child : children) {
            counter.addAll(counters[child]);
            OrgLevels rated = orgs.levelsAt(child);
            sub.add(rated.rated(), rated.proposed(), decided(orgs.id(child)));
          }
          subCounts.put(orgs.id(k), sub.counts());
        }
        counters[k] = counter;
        memberCounts.put(orgs.id(k), counter.counts());
      }
      Counter rootCounter = new Counter();
      Counter baseCounter = new Counter();
      for (OrganisationId base : root.baseOrganisationIds()) {
        int k = orgs.positionOf(base);
        rootCounter.addAll(counters[k]);
        OrgLevels rated = orgs.levelsAt(k);
        baseCounter.add(rated.rated(), rated.proposed(), decided(base));
      }
      organisations.done();
      return new RootRating(
          root.id(),
          facts.year(),
          regime,
          policies,
          table(),
          organisations,
          facts.decisions(),
          new Q1Quota.Findings(quotaFindings),
          decisionFindings,
          memberCounts,
          subCounts,
          rootCounter.counts(),
          baseCounter.counts());
    }

    /** The level decided for the member at a position (its id read only when some are decided). */
    @Nullable Level decided(Member[] members, int position) {
      return facts.decisions().isEmpty() ? null : facts.decisions().get(members[position].id());
    }

    @Nullable Level decided(EntityId id) {
      return facts.decisions().isEmpty() ? null : facts.decisions().get(id);
    }

    /** Counts final levels; the unrated (E1, E2) and the incomplete (missing facts) apart. */
    private static final class Counter {
      private final int[] byLevel = new int[LEVELS.length];
      private int notRated;
      private int incomplete;

      void add(boolean rated, @Nullable Level proposed, @Nullable Level decided) {
        Level level = decided != null ? decided : proposed;
        if (!rated) {
          notRated++;
        } else if (level != null) {
          for (int i = 0; i < LEVELS.length; i++) {
            if (LEVELS[i] == level) {
              byLevel[i]++;
            }
          }
        } else {
          incomplete++;
        }
      }

      void addAll(Counter other) {
        for (int i = 0; i < LEVELS.length; i++) {
          byLevel[i] += other.byLevel[i];
        }
        notRated += other.notRated;
        incomplete += other.incomplete;
      }

      LevelCounts counts() {
        Map<Level, Integer> counts = new EnumMap<>(Level.class);
        for (int i = 0; i < LEVELS.length; i++) {
          if (byLevel[i] > 0) {
            counts.put(LEVELS[i], byLevel[i]);
          }
        }
        return new LevelCounts(counts, notRated, incomplete);
      }
    }
  }

  /** A strength for Q1's demotion order; a missing score or share counts as 0. */
  private static Q1Quota.Strength strength(
      Optional<BigDecimal> score, int excellentGrades, Optional<BigDecimal> exceeded) {
    return new Q1Quota.Strength(
        score.orElse(BigDecimal.ZERO), excellentGrades, exceeded.orElse(BigDecimal.ZERO));
  }

  private static final Criterion[] CRITERIA = Criterion.values();
  private static final OrganisationCriterion[] ORGANISATION_CRITERIA =
      OrganisationCriterion.values();

  /** The criteria graded Xuất sắc, by lookups (no iterator over the unmodifiable map). */
  private static <C> int excellentGrades(Map<C, Grade> grades, C[] criteria) {
    int excellent = 0;
    for (C criterion : criteria) {
      if (grades.get(criterion) == Grade.XUAT_SAC) {
        excellent++;
      }
    }
    return excellent;
  }
}
