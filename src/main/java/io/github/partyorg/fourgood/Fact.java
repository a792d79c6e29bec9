package io.github.partyorg.fourgood;

import io.github.partyorg.structure.Labelled;
import io.github.partyorg.structure.LocalizedText;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A fact the library computes from the model and the year's records, named by a {@link
 * ComputedCriterion}. Each fact belongs to a rule, is allowed at some {@link ProfileLevel}s, and
 * some need a threshold percentage.
 */
public enum Fact implements Labelled {
  /** The organisation is rated HTTNV or better for the year (F7). */
  RATED_HTTNV_OR_BETTER(
      "Tổ chức đảng xếp loại HTTNV trở lên",
      "The organisation is rated HTTNV or better",
      FourGoodRule.F7,
      false,
      ProfileLevel.CELL,
      ProfileLevel.BASE_COMMITTEE),
  /** No member of the organisation was disciplined in the year (F7). */
  NO_MEMBER_DISCIPLINED(
      "Không có đảng viên bị kỷ luật",
      "No member disciplined",
      FourGoodRule.F7,
      false,
      ProfileLevel.CELL,
      ProfileLevel.BASE_COMMITTEE),
  /** No member of the organisation is rated KHTNV for the year (F7). */
  NO_MEMBER_KHTNV(
      "Không có đảng viên không hoàn thành nhiệm vụ",
      "No member rated KHTNV",
      FourGoodRule.F7,
      false,
      ProfileLevel.CELL,
      ProfileLevel.BASE_COMMITTEE),
  /** A regular meeting was held every month (S10). */
  EVERY_MONTH_REGULAR_MEETING(
      "Sinh hoạt thường kỳ đủ 12 tháng",
      "A regular meeting every month",
      FourGoodRule.S10,
      false,
      ProfileLevel.CELL),
  /** A thematic meeting was held every quarter (S11). */
  THEMATIC_EACH_QUARTER(
      "Sinh hoạt chuyên đề mỗi quý",
      "A thematic meeting every quarter",
      FourGoodRule.S11,
      false,
      ProfileLevel.CELL),
  /** Every meeting lasted at least its minimum of 90 or 120 minutes (S12). */
  EVERY_MEETING_LONG_ENOUGH(
      "Mọi buổi sinh hoạt đủ thời lượng",
      "Every meeting long enough",
      FourGoodRule.S12,
      false,
      ProfileLevel.CELL),
  /** The share of regular meetings of quality is at least the threshold (S13). */
  SHARE_OF_QUALITY_MEETINGS_AT_LEAST(
      "Tỷ lệ buổi sinh hoạt thường kỳ có chất lượng",
      "Share of regular meetings of quality",
      FourGoodRule.S13,
      true,
      ProfileLevel.CELL),
  /** Every member not exempted on the year's last day was assigned duties (F2). */
  ALL_MEMBERS_ASSIGNED_DUTIES(
      "100% đảng viên được phân công nhiệm vụ",
      "Every member assigned duties",
      FourGoodRule.F2,
      false,
      ProfileLevel.CELL,
      ProfileLevel.BASE_COMMITTEE),
  /** The share of the base committee's cells holding the title is at least the threshold (F6). */
  SHARE_OF_CELLS_WITH_TITLE_AT_LEAST(
      "Tỷ lệ chi bộ trực thuộc đạt chi bộ 4 tốt",
      "Share of its cells holding the title",
      FourGoodRule.F6,
      true,
      ProfileLevel.BASE_COMMITTEE);

  private final LocalizedText label;
  private final FourGoodRule rule;
  private final boolean needsThreshold;
  private final Set<ProfileLevel> levels;

  Fact(
      String vi,
      String en,
      FourGoodRule rule,
      boolean needsThreshold,
      ProfileLevel first,
      ProfileLevel... rest) {
    this.label = LocalizedText.of(vi, en);
    this.rule = rule;
    this.needsThreshold = needsThreshold;
    this.levels = EnumSet.of(first, rest);
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  /**
   * Returns the rule the fact belongs to.
   *
   * @return the rule
   */
  public FourGoodRule rule() {
    return rule;
  }

  /**
   * Tells whether a criterion naming this fact must give a threshold percentage.
   *
   * @return true for the share facts
   */
  public boolean needsThreshold() {
    return needsThreshold;
  }

  /**
   * Tells whether the fact can be computed for organisations of a level.
   *
   * @param level the profile's level
   * @return true if allowed
   */
  public boolean isAllowedAt(ProfileLevel level) {
    return levels.contains(level);
  }

  /**
   * Returns the fact with a name, ignoring case and surrounding white space.
   *
   * @param name the fact's name, for example {@code "NO_MEMBER_KHTNV"}
   * @return the fact
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if no fact has that name; the message names it and lists the
   *     known facts
   */
  public static Fact parse(String name) {
    String key = Objects.requireNonNull(name, "name").strip().toUpperCase(Locale.ROOT);
    for (Fact fact : values()) {
      if (fact.name().equals(key)) {
        return fact;
      }
    }
    throw new IllegalArgumentException(
        "Unknown fact \""
            + name
            + "\": the model computes only "
            + Arrays.stream(values()).map(Fact::name).collect(Collectors.joining(", "))
            + ".");
  }
}
