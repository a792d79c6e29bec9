package io.github.partyorg.charter;

import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Message;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

/**
 * Rule M1, the age at admission (tuổi đời khi kết nạp): from 18 to 60 years, counted in months, on
 * the day the cell considers the admission; over 60 only with the approval of a committee directly
 * under the Centre (cấp ủy trực thuộc Trung ương); under 18 never. Cited as {@code
 * CharterRule.M1.citation(considerationDate)}: Party Charter (2011), art. 1, and the regulation in
 * force on the day the cell considers the admission.
 *
 * <p>How the bounds are read at their edges is an [INF] reading, chosen by an {@link
 * AdmissionAgePolicy} (default {@link AdmissionAgePolicy#DEFAULT}). A birthday that a month lacks
 * (29 February) falls on that month's last day.
 *
 * <p>Stateless and thread-safe.
 */
public final class AdmissionAge {

  /** The lower bound of the admission age, in years. */
  public static final int MINIMUM_YEARS = 18;

  /** The upper bound of the admission age without special approval, in years. */
  public static final int MAXIMUM_YEARS = 60;

  private AdmissionAge() {}

  /**
   * Checks whether a person may be admitted, by age, on the day the cell considers the admission.
   *
   * @param dateOfBirth the person's date of birth; used for the computation only, never shown
   * @param considerationDate the day the cell considers the admission
   * @param policy how the bounds are read at their edges
   * @param approvedOver60 whether a committee directly under the Centre approved admission over 60
   * @return the result, eligible or not, with the age in completed months and the reason
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if {@code considerationDate} is before {@code dateOfBirth}
   */
  public static AdmissionAgeResult check(
      LocalDate dateOfBirth,
      LocalDate considerationDate,
      AdmissionAgePolicy policy,
      boolean approvedOver60) {
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(considerationDate, "considerationDate");
    Objects.requireNonNull(policy, "policy");
    if (considerationDate.isBefore(dateOfBirth)) {
      throw new IllegalArgumentException("The consideration date is before the date of birth");
    }
    long ageInMonths = CalendarMonths.completedMonths(dateOfBirth, considerationDate);
    LocalDate birthday18 = dateOfBirth.plusYears(MINIMUM_YEARS);
    LocalDate birthday60 = dateOfBirth.plusYears(MAXIMUM_YEARS);
    boolean under18;
    boolean over60;
    if (policy == AdmissionAgePolicy.CALENDAR_MONTH) {
      YearMonth month = YearMonth.from(considerationDate);
      under18 = month.isBefore(YearMonth.from(birthday18));
      over60 = month.isAfter(YearMonth.from(birthday60));
    } else {
      under18 = considerationDate.isBefore(birthday18);
      over60 = considerationDate.isAfter(birthday60);
    }
    LocalizedText reading =
        LocalizedText.of(
            policy.label().vi().toLowerCase(Locale.ROOT),
            policy.label().en().toLowerCase(Locale.ROOT));
    if (under18) {
      return new AdmissionAgeResult(
          false,
          ageInMonths,
          policy,
          reason(considerationDate, Message.of("charter.M1.reason.under18", reading)));
    }
    if (over60 && !approvedOver60) {
      return new AdmissionAgeResult(
          false,
          ageInMonths,
          policy,
          reason(considerationDate, Message.of("charter.M1.reason.over60", reading)));
    }
    if (over60) {
      return new AdmissionAgeResult(
          true,
          ageInMonths,
          policy,
          reason(considerationDate, Message.of("charter.M1.reason.approved", reading)));
    }
    return new AdmissionAgeResult(
        true,
        ageInMonths,
        policy,
        reason(considerationDate, Message.of("charter.M1.reason.eligible", reading)));
  }

  /**
   * Checks with the {@linkplain AdmissionAgePolicy#DEFAULT default policy}.
   *
   * @param dateOfBirth the person's date of birth; used for the computation only, never shown
   * @param considerationDate the day the cell considers the admission
   * @param approvedOver60 whether a committee directly under the Centre approved admission over 60
   * @return the result
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if {@code considerationDate} is before {@code dateOfBirth}
   */
  public static AdmissionAgeResult check(
      LocalDate dateOfBirth, LocalDate considerationDate, boolean approvedOver60) {
    return check(dateOfBirth, considerationDate, AdmissionAgePolicy.DEFAULT, approvedOver60);
  }

  private static LocalizedText reason(LocalDate day, Message sentence) {
    return MembershipReasons.of(CharterRule.M1, day, sentence);
  }
}
