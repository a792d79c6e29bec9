package io.github.partyorg.report;

import io.github.partyorg.structure.LocalizedText;

/**
 * The collectives and individuals commended in a year for one emulation movement or study theme
 * (phong trào thi đua, chuyên đề), at one level: "cấp ủy cơ sở biểu dương, khen thưởng 39 tập thể,
 * 161 cá nhân".
 *
 * @param movement the movement or theme, for example "Phong trào thi đua “Đồng Khởi mới”"
 * @param level who commends
 * @param collectives the collectives (tập thể) commended
 * @param individuals the individuals (cá nhân) commended
 */
public record Commendation(
    LocalizedText movement, CommendationLevel level, int collectives, int individuals) {

  /**
   * Creates the counts.
   *
   * @param movement the movement or theme
   * @param level who commends
   * @param collectives the collectives commended, 0 or more
   * @param individuals the individuals commended, 0 or more
   * @throws NullPointerException if {@code movement} or {@code level} is null
   * @throws IllegalArgumentException if the movement is blank or a count is negative
   */
  public Commendation {
    Checks.notNull(movement, "movement");
    Checks.text(movement.vi(), "movement.vi");
    Checks.notNull(level, "level");
    Checks.count(collectives, "collectives");
    Checks.count(individuals, "individuals");
  }
}
