package io.github.partyorg.rating;

import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.OrganisationId;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.Violation;
import io.github.partyorg.structure.ViolationCode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Everything known about one year's rating of a root: the year, the review date, the facts of each
 * member and organisation, and the levels the superior committee decided (which may differ from the
 * proposed ones). An entity without facts is rated on empty facts, so the regime reports what is
 * missing instead of guessing.
 *
 * <p>Immutable. Construction refuses facts filed under another id or another year, and the facts of
 * one member or organisation given twice, with one {@link InvalidFactsException} naming every id.
 * Facts are checked against the root they are used with by {@link #problemsWith(Root)}, which
 * {@link RootRater#rate} applies: nothing given is ignored.
 */
@Value.Immutable
public abstract class YearFacts {

  YearFacts() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link YearFacts}. Each setter says whether its field is required or what it is when
   * not set; {@link #build()} refuses missing fields and impossible values with one {@link
   * InvalidFactsException} naming the year facts by year and listing every problem.
   */
  public static final class Builder {
    /** The required fields, in the order of the bits of {@link #set}. */
    private static final List<String> REQUIRED = List.of("year", "reviewDate");

    private static final int ALL = (1 << REQUIRED.size()) - 1;
    private final ImmutableYearFacts.Builder delegate = new ImmutableYearFacts.Builder();

    /** One bit per required field given. */
    private int set;

    /** The entity's id (or year) as given, for the messages; null until given. */
    private @Nullable String entityId;

    /** The keys given one by one, to refuse a second entry for the same key. */
    private final Set<MemberId> memberIds = new HashSet<>();

    private final Set<OrganisationId> organisationIds = new HashSet<>();
    private final Set<EntityId> decided = new HashSet<>();
    private final List<Violation> problems = new ArrayList<>();

    Builder() {}

    /**
     * Fills this builder with every attribute of a {@link YearFacts}, to build a changed copy.
     *
     * @param instance the instance to copy
     * @return this builder
     */
    public Builder from(YearFacts instance) {
      delegate.from(instance);
      set = ALL;
      entityId = instance.year().toString();
      return this;
    }

    /**
     * Sets the year assessed; it chooses the regime unless the caller asks for another ({@link
     * YearFacts#year()}). <b>Required.</b>
     *
     * @param year the value
     * @return this builder
     */
    public Builder year(Year year) {
      delegate.year(year);
      set |= 1;
      entityId = year.toString();
      return this;
    }

    /**
     * Sets the day of the review (kiểm điểm), from which E1 and E2 are counted ({@link
     * YearFacts#reviewDate()}). <b>Required.</b>
     *
     * @param reviewDate the value
     * @return this builder
     */
    public Builder reviewDate(LocalDate reviewDate) {
      delegate.reviewDate(reviewDate);
      set |= 2;
      return this;
    }

    /**
     * Puts one entry into the members' facts by member id ({@link YearFacts#members()}). Optional:
     * empty unless put.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putMembers(MemberId key, MemberFacts value) {
      if (!memberIds.add(key)) {
        problems.add(
            Violation.of(
                ViolationCode.DUPLICATE_ENTRY,
                key.value(),
                "The facts of this member are given twice; give them once."));
      }
      delegate.putMembers(key, value);
      return this;
    }

    /**
     * Puts one entry into the members' facts by member id ({@link YearFacts#members()}). Optional:
     * empty unless put.
     *
     * @param entry the entry
     * @return this builder
     */
    public Builder putMembers(Map.Entry<? extends MemberId, ? extends MemberFacts> entry) {
      delegate.putMembers(entry);
      return this;
    }

    /**
     * Sets the members' facts by member id ({@link YearFacts#members()}), replacing the entries
     * given so far. Optional: empty unless set.
     *
     * @param entries the entries
     * @return this builder
     */
    public Builder members(Map<? extends MemberId, ? extends MemberFacts> entries) {
      delegate.members(entries);
      return this;
    }

    /**
     * Puts every entry of a map into the members' facts by member id ({@link YearFacts#members()}).
     * Optional: empty unless put.
     *
     * @param entries the entries to put
     * @return this builder
     */
    public Builder putAllMembers(Map<? extends MemberId, ? extends MemberFacts> entries) {
      delegate.putAllMembers(entries);
      return this;
    }

    /**
     * Puts one entry into the organisations' facts by organisation id ({@link
     * YearFacts#organisations()}). Optional: empty unless put.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putOrganisations(OrganisationId key, OrganisationFacts value) {
      if (!organisationIds.add(key)) {
        problems.add(
            Violation.of(
                ViolationCode.DUPLICATE_ENTRY,
                key.value(),
                "The facts of this organisation are given twice; give them once."));
      }
      delegate.putOrganisations(key, value);
      return this;
    }

    /**
     * Puts one entry into the organisations' facts by organisation id ({@link
     * YearFacts#organisations()}). Optional: empty unless put.
     *
     * @param entry the entry
     * @return this builder
     */
    public Builder putOrganisations(
        Map.Entry<? extends OrganisationId, ? extends OrganisationFacts> entry) {
      delegate.putOrganisations(entry);
      return this;
    }

    /**
     * Sets the organisations' facts by organisation id ({@link YearFacts#organisations()}),
     * replacing the entries given so far. Optional: empty unless set.
     *
     * @param entries the entries
     * @return this builder
     */
    public Builder organisations(
        Map<? extends OrganisationId, ? extends OrganisationFacts> entries) {
      delegate.organisations(entries);
      return this;
    }

    /**
     * Puts every entry of a map into the organisations' facts by organisation id ({@link
     * YearFacts#organisations()}). Optional: empty unless put.
     *
     * @param entries the entries to put
     * @return this builder
     */
    public Builder putAllOrganisations(
        Map<? extends OrganisationId, ? extends OrganisationFacts> entries) {
      delegate.putAllOrganisations(entries);
      return this;
    }

    /**
     * Puts one entry into the levels decided by the superior committee, by member or organisation
     * id ({@link YearFacts#decisions()}). Optional: empty unless put.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder putDecisions(EntityId key, Level value) {
      if (!decided.add(key)) {
        problems.add(
            Violation.of(
                ViolationCode.DUPLICATE_ENTRY,
                key.value(),
                "A level is decided twice for this entity; give one decision."));
      }
      delegate.putDecisions(key, value);
      return this;
    }

    /**
     * Puts one entry into the levels decided by the superior committee, by member or organisation
     * id ({@link YearFacts#decisions()}). Optional: empty unless put.
     *
     * @param entry the entry
     * @return this builder
     */
    public Builder putDecisions(Map.Entry<? extends EntityId, ? extends Level> entry) {
      delegate.putDecisions(entry);
      return this;
    }

    /**
     * Sets the levels decided by the superior committee, by member or organisation id ({@link
     * YearFacts#decisions()}), replacing the entries given so far. Optional: empty unless set.
     *
     * @param entries the entries
     * @return this builder
     */
    public Builder decisions(Map<? extends EntityId, ? extends Level> entries) {
      delegate.decisions(entries);
      return this;
    }

    /**
     * Puts every entry of a map into the levels decided by the superior committee, by member or
     * organisation id ({@link YearFacts#decisions()}). Optional: empty unless put.
     *
     * @param entries the entries to put
     * @return this builder
     */
    public Builder putAllDecisions(Map<? extends EntityId, ? extends Level> entries) {
      delegate.putAllDecisions(entries);
      return this;
    }

    /**
     * Adds a member's facts under the member's id. Giving a second set of facts for the same member
     * is refused by {@link #build()} (it would otherwise replace the first without a word).
     *
     * @param facts the facts
     * @return this builder
     */
    public Builder addMember(MemberFacts facts) {
      return putMembers(facts.memberId(), facts);
    }

    /**
     * Adds an organisation's facts under the organisation's id. Giving a second set of facts for
     * the same organisation is refused by {@link #build()}.
     *
     * @param facts the facts
     * @return this builder
     */
    public Builder addOrganisation(OrganisationFacts facts) {
      return putOrganisations(facts.organisationId(), facts);
    }

    /**
     * Records the level decided by the superior committee for a member or an organisation. A second
     * decision for the same entity is refused by {@link #build()}.
     *
     * @param entityId the member or organisation
     * @param level the decided level
     * @return this builder
     */
    public Builder decide(EntityId entityId, Level level) {
      return putDecisions(entityId, level);
    }

    /**
     * Builds the facts.
     *
     * @return the facts
     * @throws InvalidFactsException if an entry was given twice, a required field is missing, or
     *     facts are filed under another id or year
     */
    public YearFacts build() {
      if (!problems.isEmpty()) {
        throw new InvalidFactsException(problems);
      }
      return buildChecked();
    }

    /**
     * Builds the year facts.
     *
     * @return the year facts
     * @throws InvalidFactsException if a required field is missing (every missing field is listed)
     *     or the values are impossible
     */
    private YearFacts buildChecked() {
      if (set != ALL) {
        List<Violation> missing = new ArrayList<>();
        for (int i = 0; i < REQUIRED.size(); i++) {
          if ((set & (1 << i)) == 0) {
            missing.add(Violation.missingField("year facts", entityId, REQUIRED.get(i)));
          }
        }
        throw new InvalidFactsException(missing);
      }
      return delegate.build();
    }
  }

  /**
   * Returns the year assessed; it chooses the regime unless the caller asks for another.
   *
   * @return the year
   */
  public abstract Year year();

  /**
   * Returns the day of the review (kiểm điểm), from which E1 and E2 are counted.
   *
   * @return the review date
   */
  public abstract LocalDate reviewDate();

  /**
   * Returns the members' facts by member id.
   *
   * @return the facts
   */
  public abstract Map<MemberId, MemberFacts> members();

  /**
   * Returns the organisations' facts by organisation id.
   *
   * @return the facts
   */
  public abstract Map<OrganisationId, OrganisationFacts> organisations();

  /**
   * Returns the levels decided by the superior committee, by member or organisation id.
   *
   * @return the decided levels
   */
  public abstract Map<EntityId, Level> decisions();

  /**
   * Returns what makes these facts unusable with a root, each problem naming the entity by id:
   * facts of a member or an organisation that the root does not contain ({@link
   * ViolationCode#NOT_IN_ROOT}), and a root whose snapshot is in an earlier year than the facts
   * ({@link ViolationCode#YEAR_MISMATCH}: a tree of 31/12/2023 cannot show the members of 2024).
   *
   * <p>These are refused rather than reported, by {@link RootRater#rate}: facts under an id the
   * tree does not hold are a mistyped id or a member of another tree, and rating on would give the
   * real entity empty facts while dropping the given ones. A level decided for an id that is not in
   * the tree is not refused: it is the superior committee's act, reported as a {@link
   * DecisionFinding} (E5) beside the rating.
   *
   * @param root the root the facts are to be used with
   * @return the problems, in the order of the facts; empty if none
   * @throws NullPointerException if {@code root} is null
   */
  public final List<Violation> problemsWith(Root root) {
    return problemsWith(root, false);
  }

  /**
   * {@link #problemsWith(Root)}, skipping the members' facts when the caller already knows that
   * each of them is a member of the root ({@link RootRater} finds them in the tree's order).
   */
  final List<Violation> problemsWith(Root root, boolean membersKnownInRoot) {
    Objects.requireNonNull(root, "root");
    List<Violation> problems = new ArrayList<>();
    if (root.snapshotDate().getYear() < year().getValue()) {
      problems.add(
          Violation.of(
              ViolationCode.YEAR_MISMATCH,
              root.id().value(),
              "The facts are for "
                  + year()
                  + " but the root is a snapshot of "
                  + root.snapshotDate()
                  + "; give the tree at the end of "
                  + year()
                  + "."));
    }
    for (MemberId id : membersKnownInRoot ? List.<MemberId>of() : members().keySet()) {
      if (!root.contains(id)) {
        problems.add(
            Violation.of(
                ViolationCode.NOT_IN_ROOT,
                id.value(),
                "Facts are given for this member, who is not in root "
                    + root.id().value()
                    + "; correct the id or remove the facts."));
      }
    }
    for (OrganisationId id : organisations().keySet()) {
      if (!root.contains(id)) {
        problems.add(
            Violation.of(
                ViolationCode.NOT_IN_ROOT,
                id.value(),
                "Facts are given for this organisation, which is not in root "
                    + root.id().value()
                    + "; correct the id or remove the facts."));
      }
    }
    return problems;
  }

  @Value.Check
  final void check() {
    List<Violation> problems = new ArrayList<>();
    members()
        .forEach(
            (id, facts) -> {
              if (!id.equals(facts.memberId()) || !facts.year().equals(year())) {
                problems.add(
                    Violation.of(
                        ViolationCode.YEAR_MISMATCH,
                        id.value(),
                        "The facts filed under member "
                            + id.value()
                            + " are for member "
                            + facts.memberId().value()
                            + " in "
                            + facts.year()
                            + ", not for this member in "
                            + year()
                            + "."));
              }
            });
    organisations()
        .forEach(
            (id, facts) -> {
              if (!id.equals(facts.organisationId()) || !facts.year().equals(year())) {
                problems.add(
                    Violation.of(
                        ViolationCode.YEAR_MISMATCH,
                        id.value(),
                        "The facts filed under organisation "
                            + id.value()
                            + " are for organisation "
                            + facts.organisationId().value()
                            + " in "
                            + facts.year()
                            + ", not for this organisation in "
                            + year()
                            + "."));
              }
            });
    if (!problems.isEmpty()) {
      throw new InvalidFactsException(problems);
    }
  }
}
