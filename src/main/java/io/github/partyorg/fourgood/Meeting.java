package io.github.partyorg.fourgood;

import io.github.partyorg.structure.MemberHolderId;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Share;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.immutables.value.Value;

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

  /** Builds a {@link Meeting}; {@code build()} throws {@link IllegalArgumentException}. */
  public static final class Builder extends ImmutableMeeting.Builder {
    Builder() {}
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
