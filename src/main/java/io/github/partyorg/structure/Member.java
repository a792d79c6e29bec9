package io.github.partyorg.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A party member (đảng viên): identity, admission and official dates, exemption, suspension,
 * membership gaps and party posts.
 *
 * <p>Immutable and thread-safe. The full name is NFC-normalised. Personal attributes (full name,
 * gender, date of birth) are left out of {@link #toString()}, of messages and of exceptions.
 *
 * <p>Construction refuses an impossible member with one {@link InvalidStructureException} listing
 * every problem found: a blank name, an official date before the admission date, a birth date after
 * the admission date, an admission before {@link Dates#PARTY_FOUNDING}, a birth before {@link
 * Dates#EARLIEST_BIRTH}, an open or overlapping membership gap, or a gap, exemption or suspension
 * that starts before the admission. Dates after the root's snapshot date are checked by {@link
 * Root}.
 */
@Value.Immutable
public abstract class Member {

  /**
   * The posts of a member holding none, shared (the builder's copy of an empty set is this one).
   */
  private static final Set<Post> NO_POSTS = Collections.emptySet();

  Member() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Member}. Each setter says whether its field is required or what it is when not
   * set; {@link #build()} refuses missing fields and impossible values with one {@link
   * InvalidStructureException} naming the member by id and listing every problem.
   */
  public static final class Builder {
    /** The required fields, in the order of the bits of {@link #set}. */
    private static final List<String> REQUIRED =
        List.of("id", "fullName", "gender", "dateOfBirth", "admissionDate");

    private static final int ALL = (1 << REQUIRED.size()) - 1;
    private final ImmutableMember.Builder delegate = new ImmutableMember.Builder();

    /** One bit per required field given. */
    private int set;

    /** The entity's id (or year) as given, for the messages; null until given. */
    private @Nullable String entityId;

    Builder() {}

    /**
     * Fills this builder with every attribute of a {@link Member}, to build a changed copy.
     *
     * @param instance the instance to copy
     * @return this builder
     */
    public Builder from(Member instance) {
      delegate.from(instance);
      set = ALL;
      entityId = instance.id().value();
      return this;
    }

    /**
     * Sets the member's id ({@link Member#id()}). <b>Required.</b>
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(MemberId id) {
      delegate.id(id);
      set |= 1;
      entityId = id.value();
      return this;
    }

    /**
     * Sets the full name (họ và tên), NFC-normalised ({@link Member#fullName()}). <b>Required.</b>
     *
     * @param fullName the value
     * @return this builder
     */
    public Builder fullName(String fullName) {
      delegate.fullName(fullName);
      set |= 2;
      return this;
    }

    /**
     * Sets the gender ({@link Member#gender()}). <b>Required.</b>
     *
     * @param gender the value
     * @return this builder
     */
    public Builder gender(Gender gender) {
      delegate.gender(gender);
      set |= 4;
      return this;
    }

    /**
     * Sets the date of birth ({@link Member#dateOfBirth()}). <b>Required.</b>
     *
     * @param dateOfBirth the value
     * @return this builder
     */
    public Builder dateOfBirth(LocalDate dateOfBirth) {
      delegate.dateOfBirth(dateOfBirth);
      set |= 8;
      return this;
    }

    /**
     * Sets the date of the admission decision (ngày vào Đảng), from which party age runs (M3)
     * ({@link Member#admissionDate()}). <b>Required.</b>
     *
     * @param admissionDate the value
     * @return this builder
     */
    public Builder admissionDate(LocalDate admissionDate) {
      delegate.admissionDate(admissionDate);
      set |= 16;
      return this;
    }

    /**
     * Sets the date of official membership (ngày chính thức); empty while probationary ({@link
     * Member#officialDate()}). Optional: empty unless set.
     *
     * @param officialDate the value
     * @return this builder
     */
    public Builder officialDate(LocalDate officialDate) {
      delegate.officialDate(officialDate);
      return this;
    }

    /**
     * Sets the date of official membership (ngày chính thức); empty while probationary ({@link
     * Member#officialDate()}) from an {@code Optional}. Optional: empty unless set.
     *
     * @param officialDate the value, or empty
     * @return this builder
     */
    public Builder officialDate(Optional<? extends LocalDate> officialDate) {
      delegate.officialDate(officialDate);
      return this;
    }

    /**
     * Sets since when the member is exempted from work and party activities (miễn công tác và sinh
     * hoạt đảng, M8); empty if not exempted ({@link Member#exemptedSince()}). Optional: empty
     * unless set.
     *
     * @param exemptedSince the value
     * @return this builder
     */
    public Builder exemptedSince(LocalDate exemptedSince) {
      delegate.exemptedSince(exemptedSince);
      return this;
    }

    /**
     * Sets since when the member is exempted from work and party activities (miễn công tác và sinh
     * hoạt đảng, M8); empty if not exempted ({@link Member#exemptedSince()}) from an {@code
     * Optional}. Optional: empty unless set.
     *
     * @param exemptedSince the value, or empty
     * @return this builder
     */
    public Builder exemptedSince(Optional<? extends LocalDate> exemptedSince) {
      delegate.exemptedSince(exemptedSince);
      return this;
    }

    /**
     * Sets the suspension from party activities (đình chỉ sinh hoạt đảng), if any ({@link
     * Member#suspension()}). Optional: empty unless set.
     *
     * @param suspension the value
     * @return this builder
     */
    public Builder suspension(DateRange suspension) {
      delegate.suspension(suspension);
      return this;
    }

    /**
     * Sets the suspension from party activities (đình chỉ sinh hoạt đảng), if any ({@link
     * Member#suspension()}) from an {@code Optional}. Optional: empty unless set.
     *
     * @param suspension the value, or empty
     * @return this builder
     */
    public Builder suspension(Optional<? extends DateRange> suspension) {
      delegate.suspension(suspension);
      return this;
    }

    /**
     * Adds one element to the gaps in membership (expulsion, striking off, loss of contact, gaps in
     * a transfer) that do not count towards party age (M3); each gap is closed and they do not
     * overlap ({@link Member#membershipGaps()}). Optional: empty unless added.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addMembershipGaps(DateRange element) {
      delegate.addMembershipGaps(element);
      return this;
    }

    /**
     * Adds elements to the gaps in membership (expulsion, striking off, loss of contact, gaps in a
     * transfer) that do not count towards party age (M3); each gap is closed and they do not
     * overlap ({@link Member#membershipGaps()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addMembershipGaps(DateRange... elements) {
      delegate.addMembershipGaps(elements);
      return this;
    }

    /**
     * Sets the gaps in membership (expulsion, striking off, loss of contact, gaps in a transfer)
     * that do not count towards party age (M3); each gap is closed and they do not overlap ({@link
     * Member#membershipGaps()}), replacing the elements given so far. Optional: empty unless set.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder membershipGaps(Iterable<? extends DateRange> elements) {
      delegate.membershipGaps(elements);
      return this;
    }

    /**
     * Adds every element of an iterable to the gaps in membership (expulsion, striking off, loss of
     * contact, gaps in a transfer) that do not count towards party age (M3); each gap is closed and
     * they do not overlap ({@link Member#membershipGaps()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addAllMembershipGaps(Iterable<? extends DateRange> elements) {
      delegate.addAllMembershipGaps(elements);
      return this;
    }

    /**
     * Adds one element to the party posts held ({@link Member#posts()}). Optional: empty unless
     * added.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addPosts(Post element) {
      delegate.addPosts(element);
      return this;
    }

    /**
     * Adds elements to the party posts held ({@link Member#posts()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addPosts(Post... elements) {
      delegate.addPosts(elements);
      return this;
    }

    /**
     * Sets the party posts held ({@link Member#posts()}), replacing the elements given so far.
     * Optional: empty unless set.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder posts(Iterable<Post> elements) {
      delegate.posts(elements);
      return this;
    }

    /**
     * Adds every element of an iterable to the party posts held ({@link Member#posts()}). Optional:
     * empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addAllPosts(Iterable<Post> elements) {
      delegate.addAllPosts(elements);
      return this;
    }

    /**
     * Builds the member.
     *
     * @return the member
     * @throws InvalidStructureException if a required field is missing (every missing field is
     *     listed) or the values are impossible
     */
    public Member build() {
      if (set != ALL) {
        List<Violation> missing = new ArrayList<>();
        for (int i = 0; i < REQUIRED.size(); i++) {
          if ((set & (1 << i)) == 0) {
            missing.add(
                Violation.missingField(
                    Message.of("structure.entity.member"), entityId, REQUIRED.get(i)));
          }
        }
        throw new InvalidStructureException(missing);
      }
      return delegate.build();
    }
  }

  /**
   * Returns the member's id.
   *
   * @return the id
   */
  public abstract MemberId id();

  /**
   * Returns the full name (họ và tên), NFC-normalised. Personal data.
   *
   * @return the full name
   */
  @Value.Redacted
  public abstract String fullName();

  /**
   * Returns the gender. Personal data.
   *
   * @return the gender
   */
  @Value.Redacted
  public abstract Gender gender();

  /**
   * Returns the date of birth. Personal data.
   *
   * @return the date of birth
   */
  @Value.Redacted
  public abstract LocalDate dateOfBirth();

  /**
   * Returns the date of the admission decision (ngày vào Đảng), from which party age runs (M3).
   *
   * @return the admission decision date
   */
  public abstract LocalDate admissionDate();

  /**
   * Returns the date of official membership (ngày chính thức); empty while probationary.
   *
   * @return the official date, or empty for a probationary member
   */
  public abstract Optional<LocalDate> officialDate();

  /**
   * Returns since when the member is exempted from work and party activities (miễn công tác và sinh
   * hoạt đảng, M8); empty if not exempted.
   *
   * @return the first day of the exemption, or empty
   */
  public abstract Optional<LocalDate> exemptedSince();

  /**
   * Returns the suspension from party activities (đình chỉ sinh hoạt đảng), if any.
   *
   * @return the suspension period, or empty
   */
  public abstract Optional<DateRange> suspension();

  /**
   * Returns the gaps in membership (expulsion, striking off, loss of contact, gaps in a transfer)
   * that do not count towards party age (M3); each gap is closed and they do not overlap.
   *
   * @return the gaps, in chronological order
   */
  public abstract List<DateRange> membershipGaps();

  /**
   * Returns the party posts held.
   *
   * @return the posts, in the order of {@link Post}
   */
  public abstract Set<Post> posts();

  /**
   * Returns whether the member is official or probationary, from the official date.
   *
   * @return {@link MembershipStatus#OFFICIAL} if an official date is recorded, else {@link
   *     MembershipStatus#PROBATIONARY}
   */
  public final MembershipStatus status() {
    return officialDate().isPresent() ? MembershipStatus.OFFICIAL : MembershipStatus.PROBATIONARY;
  }

  /**
   * Tells whether the member is official.
   *
   * @return true if an official date is recorded
   */
  public final boolean isOfficial() {
    return officialDate().isPresent();
  }

  /**
   * Tells whether the member is exempted from work and party activities on a day.
   *
   * @param day the day
   * @return true if an exemption started on or before {@code day}
   */
  public final boolean isExemptedOn(LocalDate day) {
    Optional<LocalDate> since = exemptedSince();
    return since.isPresent() && !since.get().isAfter(day);
  }

  /**
   * Tells whether the member is suspended from party activities on a day.
   *
   * @param day the day
   * @return true if a suspension covers {@code day}
   */
  public final boolean isSuspendedOn(LocalDate day) {
    Optional<DateRange> suspension = suspension();
    return suspension.isPresent() && suspension.get().contains(day);
  }

  /**
   * Tells whether the member holds a post.
   *
   * @param post the post
   * @return true if the member holds it
   */
  public final boolean holds(Post post) {
    return posts().contains(post);
  }

  /**
   * Returns every date recorded on this member, for the snapshot check of {@link Root}.
   *
   * @return the dates, in no particular order
   */
  final List<LocalDate> recordedDates() {
    List<LocalDate> dates = new ArrayList<>();
    dates.add(dateOfBirth());
    dates.add(admissionDate());
    officialDate().ifPresent(dates::add);
    exemptedSince().ifPresent(dates::add);
    Optional<DateRange> suspension = suspension();
    if (suspension.isPresent()) {
      dates.add(suspension.get().start());
      suspension.get().endDate().ifPresent(dates::add);
    }
    for (DateRange gap : membershipGaps()) {
      dates.add(gap.start());
      gap.endDate().ifPresent(dates::add);
    }
    return dates;
  }

  /**
   * Tells whether any of the {@link #recordedDates()} is after a day, without making their list
   * (the root's check runs for every member it indexes).
   */
  final boolean hasDateAfter(LocalDate day) {
    if (dateOfBirth().isAfter(day) || admissionDate().isAfter(day)) {
      return true;
    }
    Optional<LocalDate> official = officialDate();
    if (official.isPresent() && official.get().isAfter(day)) {
      return true;
    }
    Optional<LocalDate> exempted = exemptedSince();
    if (exempted.isPresent() && exempted.get().isAfter(day)) {
      return true;
    }
    Optional<DateRange> suspension = suspension();
    if (suspension.isPresent() && isAfter(suspension.get(), day)) {
      return true;
    }
    for (DateRange gap : membershipGaps()) {
      if (isAfter(gap, day)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAfter(DateRange range, LocalDate day) {
    LocalDate end = range.end();
    return range.start().isAfter(day) || (end != null && end.isAfter(day));
  }

  @Value.Check
  final Member normalizeAndCheck() {
    if (posts().isEmpty() && posts() != NO_POSTS) {
      // Most members hold no post: one shared empty set instead of an empty EnumSet and its
      // wrapper per member (48 bytes each). The copy, the same member but for that set, runs
      // this check and is returned; checked first, so that the checks below run once, on it.
      return ((ImmutableMember) this).withPosts(NO_POSTS);
    }
    Violations violations = new Violations();
    if (Texts.isBlank(fullName())) {
      violations.add(ViolationCode.BLANK_NAME, id(), "structure.blankFullName");
    }
    // Plain ifs rather than Optional.filter/ifPresent lambdas: this runs for every member built,
    // and each lambda costs a generated class on the first build (issue 7, cold start).
    Optional<LocalDate> official = officialDate();
    if (official.isPresent() && official.get().isBefore(admissionDate())) {
      violations.add(
          ViolationCode.OFFICIAL_BEFORE_ADMISSION, id(), "structure.officialBeforeAdmission");
    }
    if (dateOfBirth().isAfter(admissionDate())) {
      violations.add(ViolationCode.BIRTH_AFTER_ADMISSION, id(), "structure.birthAfterAdmission");
    }
    if (admissionDate().isBefore(Dates.PARTY_FOUNDING)) {
      violations.add(
          ViolationCode.ADMISSION_BEFORE_PARTY_FOUNDING,
          id(),
          "structure.admissionBeforeFounding",
          Dates.PARTY_FOUNDING);
    }
    if (dateOfBirth().isBefore(Dates.EARLIEST_BIRTH)) {
      violations.add(
          ViolationCode.BIRTH_BEFORE_1900, id(), "structure.birthBefore1900", Dates.EARLIEST_BIRTH);
    }
    if (hasDateAfter(Dates.LATEST_RECORD)) {
      violations.add(
          ViolationCode.DATE_AFTER_2100, id(), "structure.dateAfter2100", Dates.LATEST_RECORD);
    }
    checkPeriods(violations);
    violations.throwIfAny();
    String name = Texts.nfc(fullName());
    if (!name.equals(fullName())) {
      return ((ImmutableMember) this).withFullName(name);
    }
    return this;
  }

  private void checkPeriods(Violations violations) {
    Optional<LocalDate> exempted = exemptedSince();
    if (exempted.isPresent() && exempted.get().isBefore(admissionDate())) {
      violations.add(ViolationCode.INVALID_PERIOD, id(), "structure.exemptionBeforeAdmission");
    }
    Optional<DateRange> suspension = suspension();
    if (suspension.isPresent() && suspension.get().start().isBefore(admissionDate())) {
      violations.add(ViolationCode.INVALID_PERIOD, id(), "structure.suspensionBeforeAdmission");
    }
    List<DateRange> gaps = membershipGaps();
    if (gaps.size() > 1) {
      gaps = new ArrayList<>(gaps);
      gaps.sort(Comparator.comparing(DateRange::start));
    }
    // The latest end seen so far, not the end of the previous gap: a gap nested in an earlier,
    // longer one must not hide a later overlap. An open gap runs to the end of time.
    LocalDate latestEnd = null;
    for (DateRange gap : gaps) {
      if (gap.end() == null) {
        violations.add(ViolationCode.INVALID_PERIOD, id(), "structure.gapWithoutEnd");
      }
      if (gap.start().isBefore(admissionDate())) {
        violations.add(ViolationCode.INVALID_PERIOD, id(), "structure.gapBeforeAdmission");
      }
      if (latestEnd != null && !gap.start().isAfter(latestEnd)) {
        violations.add(ViolationCode.INVALID_PERIOD, id(), "structure.gapsOverlap");
      }
      LocalDate end = gap.end() == null ? LocalDate.MAX : gap.end();
      if (latestEnd == null || end.isAfter(latestEnd)) {
        latestEnd = end;
      }
    }
  }
}
