package io.github.partyorg.charter;

import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The structure (S) and membership (M) rules of the Party Charter and its implementing regulations,
 * with their ids as in the project's domain reference, a short title and the regulation cited on a
 * day.
 */
public enum CharterRule {
  /** S1: a cell needs at least 3 official members. */
  S1(
      "Chi bộ có ít nhất 3 đảng viên chính thức",
      "A cell has at least 3 official members",
      21,
      Source.REGULATION),
  /** S2: fewer than 30 members is a base cell, 30 or more a base committee, unless consented. */
  S2(
      "Dưới 30 đảng viên lập chi bộ cơ sở, từ 30 đảng viên trở lên lập đảng bộ cơ sở",
      "Under 30 members a base cell, 30 or more a base committee",
      21,
      Source.REGULATION),
  /** S3: a cell under a committee with more than 30 members needs the superior's consent. */
  S3(
      "Chi bộ trực thuộc trên 30 đảng viên phải được cấp ủy cấp trên đồng ý",
      "A cell of more than 30 members needs the superior committee's consent",
      0,
      Source.REGULATION),
  /** S4: a sub-committee exists only inside a base committee, with the superior's consent. */
  S4(
      "Đảng bộ bộ phận chỉ lập trong đảng bộ cơ sở khi được cấp ủy cấp trên đồng ý",
      "A sub-committee exists only inside a base committee, with the superior committee's consent",
      21,
      Source.REGULATION),
  /** S5: a cell with 9 or more official members elects a cell committee of at most 7. */
  S5(
      "Chi bộ có từ 9 đảng viên chính thức trở lên bầu chi ủy (không quá 7 chi ủy viên)",
      "A cell with 9 or more official members elects a cell committee (at most 7)",
      24,
      Source.REGULATION),
  /** S6: a cell has at most one deputy secretary (point 24 of the regulation in force). */
  S6(
      "Chi bộ có không quá một phó bí thư",
      "A cell has at most one deputy secretary",
      0,
      Source.REGULATION_POINT_24),
  /**
   * S7: a base committee's executive with 9 or more members has a standing committee; it has one
   * secretary.
   */
  S7(
      "Đảng ủy cơ sở có từ 9 ủy viên trở lên bầu ban thường vụ; đảng ủy có một bí thư",
      "A base committee of 9 or more executive members has a standing committee; it has one"
          + " secretary",
      22,
      Source.REGULATION),
  /** S8: a base organisation holds its congress every 5 years, within one year either way. */
  S8(
      "Tổ chức cơ sở đảng đại hội 5 năm một lần (có thể sớm hoặc muộn không quá 1 năm)",
      "A base organisation holds its congress every 5 years (at most one year early or late)",
      22,
      Source.REGULATION),
  /** S9: a cell under a committee holds its congress twice in 5 years, within six months. */
  S9(
      "Chi bộ trực thuộc đại hội 5 năm hai lần (có thể sớm hoặc muộn không quá 6 tháng)",
      "A cell under a committee holds its congress twice in 5 years (at most six months early or"
          + " late)",
      24,
      Source.REGULATION),
  /** M1: admission age from 18 to 60, counted in months. */
  M1(
      "Tuổi đời khi kết nạp từ đủ 18 đến đủ 60 tuổi (tính theo tháng)",
      "Age at admission from 18 to 60 (counted in months)",
      1,
      Source.REGULATION),
  /** M2: probation lasts 12 months. */
  M2("Thời kỳ dự bị 12 tháng", "Probation lasts 12 months", 5, Source.REGULATION),
  /** M3: party age runs from the admission decision, minus gaps. */
  M3(
      "Tuổi đảng tính từ ngày quyết định kết nạp, trừ thời gian gián đoạn",
      "Party age runs from the admission decision, minus gaps",
      0,
      Source.REGULATION_AND_GUIDANCE),
  /** M4: party membership badges. */
  M4("Tặng Huy hiệu Đảng", "Party membership badges", 0, Source.REGULATION_AND_GUIDANCE),
  /** M5: the allowed discipline forms. */
  M5("Hình thức kỷ luật", "Discipline forms", 35, Source.DISCIPLINE_REGULATION),
  /** M6: striking off after 3 months without meetings or fee. */
  M6(
      "Xóa tên đảng viên bỏ sinh hoạt hoặc không đóng đảng phí 3 tháng trong năm",
      "Striking off after 3 months in a year without meetings or fee",
      8,
      Source.REGULATION);

  /** Which instruments besides the Charter a rule cites. */
  private enum Source {
    /** The regulation in force. */
    REGULATION,
    /** Point 24 of the regulation in force. */
    REGULATION_POINT_24,
    /** The regulation and the guidance in force. */
    REGULATION_AND_GUIDANCE,
    /** Regulation 69-QĐ/TW (2022) on discipline, art. 7 (not dated by the table). */
    DISCIPLINE_REGULATION
  }

  private final LocalizedText title;
  private final int charterArticle;
  private final Source source;

  CharterRule(String titleVi, String titleEn, int charterArticle, Source source) {
    this.title = LocalizedText.of(titleVi, titleEn);
    this.charterArticle = charterArticle;
    this.source = source;
  }

  /**
   * Returns the rule's short title.
   *
   * @return the title in Vietnamese and English
   */
  public LocalizedText title() {
    return title;
  }

  /**
   * Returns the regulation cited on a day: the Charter article where the rule is one, and the
   * implementing instruments in force on that day ({@link Instruments}), for example "Điều lệ Đảng
   * (2011), Điều 21; Quy định 294-QĐ/TW (2025)" on 1 July 2025. S6 cites point 24 of the regulation
   * in force; M4 cites point 18 of Guidance 01-HD/TW (2021) while it is in force; M5 cites the
   * discipline regulation 69-QĐ/TW (2022), which the table does not date.
   *
   * @param day the day checked
   * @return the citation in Vietnamese and English
   * @throws NullPointerException if {@code day} is null
   */
  public LocalizedText citation(LocalDate day) {
    Objects.requireNonNull(day, "day");
    List<Object> parts = new ArrayList<>(3);
    if (charterArticle > 0) {
      parts.add(Message.of("charter.citation.article", String.valueOf(charterArticle)));
    }
    if (source == Source.DISCIPLINE_REGULATION) {
      parts.add(Message.of("charter.citation.discipline"));
      return cite(parts);
    }
    Instrument regulation = Instruments.regulationOn(day);
    if (source == Source.REGULATION_POINT_24 && regulation != Instrument.QD_45_2011) {
      parts.add(Message.of("charter.citation.point", regulation, "24"));
    } else {
      parts.add(regulation);
    }
    if (source == Source.REGULATION_AND_GUIDANCE) {
      Instrument guidance = Instruments.guidanceOn(day);
      if (this == M4 && guidance == Instrument.HD_01_2021) {
        parts.add(Message.of("charter.citation.point", guidance, "18"));
      } else {
        parts.add(guidance);
      }
    }
    return cite(parts);
  }

  private static LocalizedText cite(List<Object> parts) {
    return Message.of("charter.citation", new Message.Joined("; ", parts)).text();
  }
}
