package io.github.partyorg.charter;

import static io.github.partyorg.charter.CharterFixtures.baseCell;
import static io.github.partyorg.charter.CharterFixtures.cell;
import static io.github.partyorg.charter.CharterFixtures.findings;
import static io.github.partyorg.charter.CharterFixtures.led;
import static io.github.partyorg.charter.CharterFixtures.ledCell;
import static io.github.partyorg.charter.CharterFixtures.rootOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.Catalogue;
import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Message;
import io.github.partyorg.structure.Root;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The words of the Charter checks come from the catalogue (keys {@code charter.*}) in the register
 * of the bloc's reports (REFERENCE 6a): "chưa đúng quy định", never "vi phạm"; counts under 10 with
 * a leading zero and zero counts in words; dates dd/MM/yyyy in Vietnamese, ISO in English. A
 * finding holds its sentence as data and renders it when read, with the library's words or a
 * caller's.
 */
class CharterWordsTest {

  private static Root bloc(BaseOrganisation... bases) {
    return rootOf(bases);
  }

  private static BaseOrganisation baseWith(io.github.partyorg.structure.Cell... cells) {
    return CharterFixtures.baseCommittee("b1", cells).build();
  }

  @Test
  void severityError_isChuaDungQuyDinh_andNoFindingSaysViPham_S1toS9() {
    assertThat(Severity.ERROR.label())
        .isEqualTo(LocalizedText.of("Chưa đúng quy định", "Non-compliant"));
    Root root =
        bloc(
            baseWith(ledCell("c1", 2), cell("c2", led("c2", 0, 2))),
            baseCell("b2", led("b2", 3, 0)).lastCongressOn(LocalDate.of(2015, 1, 1)).build());
    List<Finding> all = CharterCheck.check(root, CharterFixtures.AS_OF);
    assertThat(all).isNotEmpty();
    assertThat(all)
        .allSatisfy(
            f -> {
              assertThat(f.message().vi()).doesNotContainIgnoringCase("vi phạm");
              assertThat(f.sentence()).isPresent();
              assertThat(f.sentence().get().key()).startsWith("charter." + f.rule() + ".");
            });
  }

  @Test
  void S1_countUnderTen_hasALeadingZero_inVietnamese_andAPlural_inEnglish() {
    Finding two = findings(bloc(baseWith(ledCell("c1", 2))), CharterRule.S1).get(0);
    assertThat(two.message().vi())
        .startsWith("Chi bộ c1 chỉ có 02 đảng viên chính thức, dưới mức tối thiểu 03");
    assertThat(two.message().en()).startsWith("Cell c1 has only 2 official members, below");
    Finding one = findings(bloc(baseWith(ledCell("c1", 1))), CharterRule.S1).get(0);
    assertThat(one.message().vi()).contains("chỉ có 01 đảng viên chính thức");
    assertThat(one.message().en()).contains("has only 1 official member,");
  }

  @Test
  void S1_zeroOfficialMembers_isSaidInWords() {
    Finding none = findings(bloc(baseWith(cell("c2", led("c2", 0, 2)))), CharterRule.S1).get(0);
    assertThat(none.message().vi())
        .startsWith("Chi bộ c2 không có đảng viên chính thức nào, dưới mức tối thiểu 03")
        .doesNotContain(" 0 ")
        .doesNotContain(" 00 ");
    assertThat(none.message().en()).startsWith("Cell c2 has no official members, below");
    assertThat(none.sentence())
        .contains(Message.of("charter.S1.noOfficial", Message.of("charter.holder.cell", "c2")));
  }

  @Test
  void S8_datesAreDdMmYyyy_inVietnamese_andIso_inEnglish() {
    Root root =
        bloc(baseCell("b2", led("b2", 3, 0)).lastCongressOn(LocalDate.of(2015, 1, 5)).build());
    Finding f = findings(root, CharterRule.S8, LocalDate.of(2022, 2, 3)).get(0);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message().vi())
        .isEqualTo(
            "Tổ chức cơ sở đảng b2 (đại hội gần nhất ngày 05/01/2015) đến ngày 03/02/2022 đã quá"
                + " hạn đại hội: hạn là ngày 05/01/2020, muộn nhất ngày 05/01/2021 (S8). Cần tổ"
                + " chức đại hội ngay.");
    assertThat(f.message().en())
        .contains("last congress on 2015-01-05", "as of 2022-02-03", "due on 2020-01-05");
  }

  @Test
  void findings_areValues_ofTheirMessage_S6() {
    Root root =
        bloc(
            baseWith(
                cell(
                    "c1",
                    List.of(
                        CharterFixtures.withPosts(
                            io.github.partyorg.structure.TreeFixtures.official("c1-1"),
                            io.github.partyorg.structure.Post.CELL_SECRETARY),
                        CharterFixtures.withPosts(
                            io.github.partyorg.structure.TreeFixtures.official("c1-2"),
                            io.github.partyorg.structure.Post.CELL_DEPUTY_SECRETARY),
                        CharterFixtures.withPosts(
                            io.github.partyorg.structure.TreeFixtures.official("c1-3"),
                            io.github.partyorg.structure.Post.CELL_DEPUTY_SECRETARY)))));
    Finding first = findings(root, CharterRule.S6).get(0);
    Finding again = findings(root, CharterRule.S6).get(0);
    assertThat(first).isEqualTo(again).hasSameHashCodeAs(again);
    assertThat(first.sentence())
        .contains(
            Message.of(
                "charter.S6.deputies",
                Message.of("charter.holder.cell", "c1"),
                2,
                List.of("c1-2", "c1-3")));
    assertThat(first.message().vi())
        .isEqualTo(
            "Chi bộ c1 có 02 phó bí thư (đảng viên c1-2, c1-3), vượt quá một (S6). Cần giữ không"
                + " quá một phó bí thư.");
    Finding asText =
        new Finding(
            first.rule(), first.severity(), first.entityId(), first.message(), first.citation());
    assertThat(asText).isEqualTo(first);
    assertThat(asText.sentence()).isEmpty();
    assertThat(first.toString()).startsWith("S6 ERROR [c1]: Cell c1 has 2 deputy secretaries");
  }

  @Test
  void aCallersCatalogue_changesTheWordsOfAFinding_only_S1() {
    Finding f = findings(bloc(baseWith(ledCell("c1", 2))), CharterRule.S1).get(0);
    Catalogue own =
        Catalogue.standard()
            .withOverrides(
                Language.VI,
                Map.of("charter.S1.tooFew", "{0}: {1} đảng viên chính thức, chưa đủ 03 (S1)."));
    assertThat(f.message(own).vi())
        .isEqualTo("Chi bộ c1: 02 đảng viên chính thức, chưa đủ 03 (S1).");
    assertThat(f.message(own).en()).isEqualTo(f.message().en());
    assertThat(f.message(Catalogue.standard())).isEqualTo(f.message());
  }

  @Test
  void M6_zeroMonths_areSaidInWords() {
    StrikingOffResult none =
        StrikingOff.evaluate(Year.of(2022), Set.of(), Set.of(), StrikingOffPolicy.DEFAULT);
    assertThat(none.reason().vi())
        .startsWith(
            "Trong năm 2022 không có tháng bỏ sinh hoạt hoặc không đóng đảng phí không có lý do"
                + " chính đáng: chưa đến mức xóa tên (cách tính: ")
        .contains("(M6, Điều lệ Đảng (2011), Điều 8;");
    assertThat(none.reason().en()).startsWith("In 2022, no month of missed meetings or unpaid fee");
    StrikingOffResult two =
        StrikingOff.evaluate(
            Year.of(2022),
            Set.of(YearMonth.of(2022, 3), YearMonth.of(2022, 7)),
            Set.of(),
            StrikingOffPolicy.DEFAULT);
    assertThat(two.reason().vi())
        .contains(
            "có 02 tháng",
            "dưới 03 tháng",
            "bỏ sinh hoạt 02 tháng, không có tháng không đóng đảng phí");
    assertThat(two.reason().en()).contains("missed meetings 2 months, no month of unpaid fee");
  }

  @Test
  void M2_daysOverdue_leadingZero_andDate_inVietnamese() {
    OverdueProbation overdue = new OverdueProbation(MemberId.of("p1"), LocalDate.of(2022, 1, 1), 1);
    assertThat(overdue.toFinding().message().vi()).contains("ngày 01/01/2022, đã quá 01 ngày");
    assertThat(overdue.toFinding().message().en()).contains("ended on 2022-01-01, 1 day ago");
  }

  @Test
  void citations_comeFromTheCatalogue_S6_M4_M5() {
    assertThat(CharterRule.S6.citation(LocalDate.of(2022, 1, 1)))
        .isEqualTo(
            LocalizedText.of(
                "Quy định 24-QĐ/TW (2021), điểm 24", "Regulation 24-QĐ/TW (2021), point 24"));
    assertThat(CharterRule.M5.citation(LocalDate.of(2022, 1, 1)).vi())
        .isEqualTo("Điều lệ Đảng (2011), Điều 35; Quy định 69-QĐ/TW (2022), Điều 7");
    assertThat(CharterRule.M1.citation(LocalDate.of(2022, 1, 1)).vi())
        .isEqualTo("Điều lệ Đảng (2011), Điều 1; Quy định 24-QĐ/TW (2021)");
    assertThat(CharterRule.M4.citation(LocalDate.of(2022, 1, 1)).en())
        .isEqualTo("Regulation 24-QĐ/TW (2021); Guidance 01-HD/TW (2021), point 18");
  }
}
