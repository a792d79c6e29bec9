package io.github.partyorg.fourgood;

import io.github.partyorg.structure.MemberHolderId;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Share;
import io.github.partyorg.structure.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One meeting of a cell or base cell (buổi sinh hoạt chi bộ) as recorded in its minutes: the day,
 * the kind, the duration, who was expected, who was present, who was excused, and which exempted
 * members were left out of the count (S12, S13).
 *
 * <p>Immutable and thread-safe. Members are named by id only. Construction refuses, with an {@link
 * IllegalArgumentException} naming the cell and the day: a negative duration, a present, excused or
 * exempted member who was not expected, a member both present and excused, and a meeting that
 * expects no member once the exempted are left out.
 */
@Value.Immutable
public abstract class Meeting {

  Meeting() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Meeting}. Each setter says whether its field is required or what it is when not
   * set; {@link #build()} refuses missing fields and impossible values with one {@link
   * InvalidFourGoodException} naming the meeting by id and listing every problem.
   */
  public static final class Builder {
    /** The required fields, in the order of the bits of {@link #set}. */
    private static final List<String> REQUIRED =
        List.of("holderId", "date", "kind", "durationMinutes");

    private static final int ALL = (1 << REQUIRED.size()) - 1;
    private final ImmutableMeeting.Builder delegate = new ImmutableMeeting.Builder();

    /** One bit per required field given. */
    private int set;

    /** The entity's id (or year) as given, for the messages; null until given. */
    private @Nullable String entityId;

    Builder() {}

    /**
     * Fills this builder with every attribute of a {@link Meeting}, to build a changed copy.
     *
     * @param instance the instance to copy
     * @return this builder
     */
    public Builder from(Meeting instance) {
      delegate.from(instance);
      set = ALL;
      entityId = instance.holderId().value();
      return this;
    }

    /**
     * Sets the cell or base cell that met ({@link Meeting#holderId()}). <b>Required.</b>
     *
     * @param holderId the value
     * @return this builder
     */
    public Builder holderId(MemberHolderId holderId) {
      delegate.holderId(holderId);
      set |= 1;
      entityId = holderId.value();
      return this;
    }

    /**
     * Sets the day of the meeting ({@link Meeting#date()}). <b>Required.</b>
     *
     * @param date the value
     * @return this builder
     */
    public Builder date(LocalDate date) {
      delegate.date(date);
      set |= 2;
      return this;
    }

    /**
     * Sets the kind of meeting ({@link Meeting#kind()}). <b>Required.</b>
     *
     * @param kind the value
     * @return this builder
     */
    public Builder kind(MeetingKind kind) {
      delegate.kind(kind);
      set |= 4;
      return this;
    }

    /**
     * Sets the duration in minutes (S12) ({@link Meeting#durationMinutes()}). <b>Required.</b>
     *
     * @param durationMinutes the value
     * @return this builder
     */
    public Builder durationMinutes(int durationMinutes) {
      delegate.durationMinutes(durationMinutes);
      set |= 8;
      return this;
    }

    /**
     * Adds one element to the members expected to attend: the cell's members on the day ({@link
     * Meeting#expectedMembers()}). Optional: empty unless added.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addExpectedMembers(MemberId element) {
      delegate.addExpectedMembers(element);
      return this;
    }

    /**
     * Adds elements to the members expected to attend: the cell's members on the day ({@link
     * Meeting#expectedMembers()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addExpectedMembers(MemberId... elements) {
      delegate.addExpectedMembers(elements);
      return this;
    }

    /**
     * Sets the members expected to attend: the cell's members on the day ({@link
     * Meeting#expectedMembers()}), replacing the elements given so far. Optional: empty unless set.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder expectedMembers(Iterable<? extends MemberId> elements) {
      delegate.expectedMembers(elements);
      return this;
    }

    /**
     * Adds every element of an iterable to the members expected to attend: the cell's members on
     * the day ({@link Meeting#expectedMembers()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addAllExpectedMembers(Iterable<? extends MemberId> elements) {
      delegate.addAllExpectedMembers(elements);
      return this;
    }

    /**
     * Adds one element to the members present ({@link Meeting#presentMembers()}). Optional: empty
     * unless added.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addPresentMembers(MemberId element) {
      delegate.addPresentMembers(element);
      return this;
    }

    /**
     * Adds elements to the members present ({@link Meeting#presentMembers()}). Optional: empty
     * unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addPresentMembers(MemberId... elements) {
      delegate.addPresentMembers(elements);
      return this;
    }

    /**
     * Sets the members present ({@link Meeting#presentMembers()}), replacing the elements given so
     * far. Optional: empty unless set.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder presentMembers(Iterable<? extends MemberId> elements) {
      delegate.presentMembers(elements);
      return this;
    }

    /**
     * Adds every element of an iterable to the members present ({@link Meeting#presentMembers()}).
     * Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addAllPresentMembers(Iterable<? extends MemberId> elements) {
      delegate.addAllPresentMembers(elements);
      return this;
    }

    /**
     * Adds one element to the absent members whose absence was excused (vắng có lý do) ({@link
     * Meeting#excusedMembers()}). Optional: empty unless added.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addExcusedMembers(MemberId element) {
      delegate.addExcusedMembers(element);
      return this;
    }

    /**
     * Adds elements to the absent members whose absence was excused (vắng có lý do) ({@link
     * Meeting#excusedMembers()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addExcusedMembers(MemberId... elements) {
      delegate.addExcusedMembers(elements);
      return this;
    }

    /**
     * Sets the absent members whose absence was excused (vắng có lý do) ({@link
     * Meeting#excusedMembers()}), replacing the elements given so far. Optional: empty unless set.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder excusedMembers(Iterable<? extends MemberId> elements) {
      delegate.excusedMembers(elements);
      return this;
    }

    /**
     * Adds every element of an iterable to the absent members whose absence was excused (vắng có lý
     * do) ({@link Meeting#excusedMembers()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addAllExcusedMembers(Iterable<? extends MemberId> elements) {
      delegate.addAllExcusedMembers(elements);
      return this;
    }

    /**
     * Adds one element to the exempted members (miễn sinh hoạt) left out of the attendance count
     * (S13) ({@link Meeting#exemptedMembers()}). Optional: empty unless added.
     *
     * @param element the element to add
     * @return this builder
     */
    public Builder addExemptedMembers(MemberId element) {
      delegate.addExemptedMembers(element);
      return this;
    }

    /**
     * Adds elements to the exempted members (miễn sinh hoạt) left out of the attendance count (S13)
     * ({@link Meeting#exemptedMembers()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addExemptedMembers(MemberId... elements) {
      delegate.addExemptedMembers(elements);
      return this;
    }

    /**
     * Sets the exempted members (miễn sinh hoạt) left out of the attendance count (S13) ({@link
     * Meeting#exemptedMembers()}), replacing the elements given so far. Optional: empty unless set.
     *
     * @param elements the elements
     * @return this builder
     */
    public Builder exemptedMembers(Iterable<? extends MemberId> elements) {
      delegate.exemptedMembers(elements);
      return this;
    }

    /**
     * Adds every element of an iterable to the exempted members (miễn sinh hoạt) left out of the
     * attendance count (S13) ({@link Meeting#exemptedMembers()}). Optional: empty unless added.
     *
     * @param elements the elements to add
     * @return this builder
     */
    public Builder addAllExemptedMembers(Iterable<? extends MemberId> elements) {
      delegate.addAllExemptedMembers(elements);
      return this;
    }

    /**
     * Sets whether the minutes of the meeting are complete ({@link Meeting#minutesComplete()}).
     * Optional: when not set, the default that {@link Meeting#minutesComplete()} describes.
     *
     * @param minutesComplete the value
     * @return this builder
     */
    public Builder minutesComplete(boolean minutesComplete) {
      delegate.minutesComplete(minutesComplete);
      return this;
    }

    /**
     * Builds the meeting.
     *
     * @return the meeting
     * @throws InvalidFourGoodException if a required field is missing (every missing field is
     *     listed) or the values are impossible
     */
    public Meeting build() {
      if (set != ALL) {
        List<Violation> missing = new ArrayList<>();
        for (int i = 0; i < REQUIRED.size(); i++) {
          if ((set & (1 << i)) == 0) {
            missing.add(Violation.missingField("meeting", entityId, REQUIRED.get(i)));
          }
        }
        throw new InvalidFourGoodException(missing);
      }
      return delegate.build();
    }
  }

  /**
   * Returns the cell or base cell that met.
   *
   * @return the holder's id
   */
  public abstract MemberHolderId holderId();

  /**
   * Returns the day of the meeting.
   *
   * @return the day
   */
  public abstract LocalDate date();

  /**
   * Returns the kind of meeting.
   *
   * @return the kind
   */
  public abstract MeetingKind kind();

  /**
   * Returns the duration in minutes (S12).
   *
   * @return the duration, at least 0
   */
  public abstract int durationMinutes();

  /**
   * Returns the members expected to attend: the cell's members on the day.
   *
   * @return the expected members' ids
   */
  public abstract Set<MemberId> expectedMembers();

  /**
   * Returns the members present.
   *
   * @return the present members' ids, all expected
   */
  public abstract Set<MemberId> presentMembers();

  /**
   * Returns the absent members whose absence was excused (vắng có lý do).
   *
   * @return the excused members' ids, all expected and none present
   */
  public abstract Set<MemberId> excusedMembers();

  /**
   * Returns the exempted members (miễn sinh hoạt) left out of the attendance count (S13).
   *
   * @return the exempted members' ids, all expected
   */
  public abstract Set<MemberId> exemptedMembers();

  /**
   * Tells whether the minutes of the meeting are complete.
   *
   * @return true if the minutes are complete
   */
  @Value.Default
  public boolean minutesComplete() {
    return true;
  }

  /**
   * Returns the members counted for attendance: the expected ones, exempted ones left out.
   *
   * @return the counted members' ids, in their recorded order
   */
  public final Set<MemberId> countedMembers() {
    Set<MemberId> counted = new LinkedHashSet<>(expectedMembers());
    counted.removeAll(exemptedMembers());
    return counted;
  }

  /**
   * Returns the counted members who were absent, excused or not.
   *
   * @return the absent members' ids, in their recorded order
   */
  public final Set<MemberId> absentMembers() {
    Set<MemberId> absent = countedMembers();
    absent.removeAll(presentMembers());
    return absent;
  }

  /**
   * Returns the counted members absent without an excuse.
   *
   * @return the ids, in their recorded order
   */
  public final Set<MemberId> unexcusedAbsentMembers() {
    Set<MemberId> absent = absentMembers();
    absent.removeAll(excusedMembers());
    return absent;
  }

  /**
   * Returns the attendance: counted members present over counted members (S13).
   *
   * @return the attendance share
   */
  public final Share attendance() {
    Set<MemberId> counted = countedMembers();
    long present = counted.stream().filter(presentMembers()::contains).count();
    return Share.of(present, counted.size());
  }

  /**
   * Returns the minimum duration of this meeting in minutes (S12): 90, or 120 for a combined
   * meeting held on or after 28 October 2025 ({@link MeetingKind#minimumMinutes(LocalDate)}).
   *
   * @return the minimum duration in minutes
   */
  public final int minimumMinutes() {
    return kind().minimumMinutes(date());
  }

  /**
   * Tells whether the meeting lasted long enough (S12).
   *
   * @return true if the duration is at least {@link #minimumMinutes()}
   */
  public final boolean isLongEnough() {
    return durationMinutes() >= minimumMinutes();
  }

  @Value.Check
  final void check() {
    String where = Words.meetingEn(holderId(), date());
    if (durationMinutes() < 0) {
      throw new IllegalArgumentException(
          "The " + where + " has a negative duration of " + durationMinutes() + " minutes.");
    }
    requireExpected(presentMembers(), "present", where);
    requireExpected(excusedMembers(), "excused", where);
    requireExpected(exemptedMembers(), "exempted", where);
    for (MemberId id : excusedMembers()) {
      if (presentMembers().contains(id)) {
        throw new IllegalArgumentException(
            "Member " + id.value() + " is both present and excused at the " + where + ".");
      }
    }
    if (countedMembers().isEmpty()) {
      throw new IllegalArgumentException(
          "The " + where + " expects no member once the exempted are left out.");
    }
  }

  private void requireExpected(Set<MemberId> ids, String role, String where) {
    for (MemberId id : ids) {
      if (!expectedMembers().contains(id)) {
        throw new IllegalArgumentException(
            "Member "
                + id.value()
                + " is recorded as "
                + role
                + " at the "
                + where
                + " but is not among the expected members.");
      }
    }
  }
}
