package io.github.partyorg.report;

import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.Message;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The numbers and change phrases of a year-end report, written as the seed report writes them, with
 * their English equivalents (T4).
 *
 * <ul>
 *   <li>Decimals use a decimal comma and a dot between thousands in Vietnamese ("103,13", "5.356"),
 *       a decimal point and a comma in English ("103.13", "5,356"). They are rounded to {@link
 *       #scale()} places with {@link #rounding()} (by default 2 places, half up: 103.125 gives
 *       "103,13"), then trailing zeros are dropped (40.00 gives "40").
 *   <li>Small counts are zero-padded in Vietnamese as the seed pads them: 1 to 9 give "01" to "09",
 *       10 and more are unpadded. Zero gives "0": the seed pads one-digit counts it reports but
 *       never reports a zero, and "00" would read as a blank to fill in; a report says "không có"
 *       in words where it can. English counts are never padded.
 *   <li>A change against the previous year: "giảm 06 trường hợp, tương đương giảm 40%" and "6
 *       fewer, a 40% fall"; the percentage is of the previous year's count, so a previous count of
 *       zero gives the difference alone ("tăng 05 trường hợp", "5 more").
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class VietnameseNumbers {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final VietnameseNumbers DEFAULTS = new VietnameseNumbers(2, RoundingMode.HALF_UP);

  private final int scale;
  private final RoundingMode rounding;

  private VietnameseNumbers(int scale, RoundingMode rounding) {
    this.scale = scale;
    this.rounding = rounding;
  }

  /**
   * Returns the seed's formatting: 2 places, rounded half up.
   *
   * @return the default formatting
   */
  public static VietnameseNumbers defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a formatting with another precision or rounding (T4: "23,387" may be printed "23,39"
   * or, as another source did, "23,3").
   *
   * @param scale the places after the decimal comma, 0 to 10
   * @param rounding how to round
   * @return the formatting
   * @throws IllegalArgumentException if {@code scale} is outside 0-10
   * @throws NullPointerException if {@code rounding} is null
   */
  public static VietnameseNumbers of(int scale, RoundingMode rounding) {
    if (scale < 0 || scale > 10) {
      throw new IllegalArgumentException(
          "The field scale is " + scale + "; give 0 to 10 places after the decimal comma.");
    }
    return new VietnameseNumbers(scale, Objects.requireNonNull(rounding, "rounding"));
  }

  /**
   * Returns the places after the decimal comma.
   *
   * @return the scale
   */
  public int scale() {
    return scale;
  }

  /**
   * Returns the rounding.
   *
   * @return the rounding mode
   */
  public RoundingMode rounding() {
    return rounding;
  }

  /**
   * Formats a decimal in Vietnamese: "103,13", "5.356", "-1,5".
   *
   * @param value the value
   * @return the text
   */
  public String decimal(BigDecimal value) {
    return write(round(value), '.', ',');
  }

  /**
   * Formats a decimal in English: "103.13", "5,356".
   *
   * @param value the value
   * @return the text
   */
  public String decimalEn(BigDecimal value) {
    return write(round(value), ',', '.');
  }

  /**
   * Formats a percentage in Vietnamese: "103,13%".
   *
   * @param percent the percentage
   * @return the text
   */
  public String percent(BigDecimal percent) {
    return decimal(percent) + "%";
  }

  /**
   * Formats a percentage in English: "103.13%".
   *
   * @param percent the percentage
   * @return the text
   */
  public String percentEn(BigDecimal percent) {
    return decimalEn(percent) + "%";
  }

  /**
   * Formats in Vietnamese a percentage already rounded elsewhere (for example by the T4 policy of
   * the targets package), without rounding it again: trailing zeros dropped, decimal comma
   * ("103,13%", "40%").
   *
   * @param percent the rounded percentage
   * @return the text
   */
  public static String roundedPercent(BigDecimal percent) {
    return write(strip(percent), '.', ',') + "%";
  }

  /**
   * Formats in English a percentage already rounded elsewhere, without rounding it again
   * ("103.13%").
   *
   * @param percent the rounded percentage
   * @return the text
   */
  public static String roundedPercentEn(BigDecimal percent) {
    return write(strip(percent), ',', '.') + "%";
  }

  /**
   * Returns {@code part / whole × 100}, rounded to this formatting's precision, without trailing
   * zeros.
   *
   * @param part the part
   * @param whole the whole, above zero
   * @return the percentage
   * @throws IllegalArgumentException if {@code whole} is not above zero
   */
  public BigDecimal percentOf(long part, long whole) {
    if (whole <= 0) {
      throw new IllegalArgumentException(
          "The field whole is " + whole + "; a percentage needs a whole above zero.");
    }
    return round(
        BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 12, rounding));
  }

  /**
   * Formats a count in Vietnamese as the seed does: "09", "10", "0", "5.356".
   *
   * @param count the count, 0 or more
   * @return the text
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public static String count(long count) {
    requireCount(count, "count");
    if (count >= 1 && count <= 9) {
      return "0" + count;
    }
    return write(BigDecimal.valueOf(count), '.', ',');
  }

  /**
   * Formats a count in English: "9", "10", "5,356".
   *
   * @param count the count, 0 or more
   * @return the text
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public static String countEn(long count) {
    requireCount(count, "count");
    return write(BigDecimal.valueOf(count), ',', '.');
  }

  /**
   * Phrases the change from the previous year's count in Vietnamese: "giảm 06 trường hợp, tương
   * đương giảm 40%", "tăng 03 trường hợp, tương đương tăng 20%", "không tăng, không giảm"; with a
   * previous count of zero, the difference alone ("tăng 05 trường hợp").
   *
   * @param previous the previous year's count, 0 or more
   * @param current this year's count, 0 or more
   * @return the phrase
   * @throws IllegalArgumentException if a count is negative
   */
  public String changeVi(long previous, long current) {
    return change(previous, current).in(Language.VI);
  }

  /**
   * Phrases the change from the previous year's count in English: "6 fewer, a 40% fall", "3 more, a
   * 20% rise", "unchanged"; with a previous count of zero, the difference alone ("5 more").
   *
   * @param previous the previous year's count, 0 or more
   * @param current this year's count, 0 or more
   * @return the phrase
   * @throws IllegalArgumentException if a count is negative
   */
  public String changeEn(long previous, long current) {
    return change(previous, current).in(Language.EN);
  }

  /** The change from the previous year's count as a message of the catalogue. */
  Message change(long previous, long current) {
    requireCount(previous, "previous");
    requireCount(current, "current");
    if (previous == current) {
      return Message.of("report.change.none");
    }
    boolean fall = current < previous;
    long difference = Math.abs(current - previous);
    if (previous == 0) {
      return Message.of(fall ? "report.change.fewer" : "report.change.more", difference);
    }
    return Message.of(
        fall ? "report.change.fall" : "report.change.rise",
        difference,
        percentOf(difference, previous));
  }

  /** A percentage rounded by this formatting, without trailing zeros. */
  BigDecimal rounded(BigDecimal value) {
    return round(value);
  }

  private BigDecimal round(BigDecimal value) {
    return strip(Objects.requireNonNull(value, "value").setScale(scale, rounding));
  }

  private static BigDecimal strip(BigDecimal value) {
    BigDecimal stripped = Objects.requireNonNull(value, "value").stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static void requireCount(long count, String field) {
    if (count < 0) {
      throw new IllegalArgumentException(
          "The field " + field + " is negative (" + count + "); give a count of 0 or more.");
    }
  }

  private static String write(BigDecimal value, char grouping, char decimalMark) {
    String plain = value.abs().toPlainString();
    int dot = plain.indexOf('.');
    String integer = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder text = new StringBuilder();
    if (value.signum() < 0) {
      text.append('-');
    }
    for (int i = 0; i < integer.length(); i++) {
      if (i > 0 && (integer.length() - i) % 3 == 0) {
        text.append(grouping);
      }
      text.append(integer.charAt(i));
    }
    if (dot >= 0) {
      text.append(decimalMark).append(plain, dot + 1, plain.length());
    }
    return text.toString();
  }

  /**
   * Tells whether another formatting has the same scale and rounding.
   *
   * @param other the object to compare
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof VietnameseNumbers that
        && scale == that.scale
        && rounding == that.rounding;
  }

  @Override
  public int hashCode() {
    return Objects.hash(scale, rounding);
  }

  @Override
  public String toString() {
    return "VietnameseNumbers[scale=" + scale + ", rounding=" + rounding + "]";
  }
}
