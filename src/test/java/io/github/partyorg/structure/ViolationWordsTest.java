package io.github.partyorg.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A violation says what is wrong in Vietnamese and English, from the catalogue (keys {@code
 * structure.*}, REFERENCE 6a: dates dd/MM/yyyy in Vietnamese); its English text stays the
 * developer's message of the exception; it holds its sentence as data.
 */
class ViolationWordsTest {

  private static InvalidStructureException refused(Runnable build) {
    try {
      build.run();
    } catch (InvalidStructureException e) {
      return e;
    }
    throw new AssertionError("not refused");
  }

  @Test
  void aMembersViolation_readsInVietnameseAndEnglish_withTheDateAsDdMmYyyy() {
    InvalidStructureException e =
        refused(
            () ->
                TreeFixtures.member("m1")
                    .dateOfBirth(LocalDate.of(1905, 1, 1))
                    .admissionDate(LocalDate.of(1929, 5, 1))
                    .build());
    Violation v = e.violations().get(0);
    assertThat(v.code()).isEqualTo(ViolationCode.ADMISSION_BEFORE_PARTY_FOUNDING);
    assertThat(v.text().vi())
        .isEqualTo("Ngày kết nạp trước ngày thành lập Đảng (03/02/1930); cần sửa lại.");
    assertThat(v.text().en())
        .isEqualTo(
            "The member's admission date is before the Party's founding on 1930-02-03; correct"
                + " it.");
    assertThat(v.message()).isEqualTo(v.text().en());
    assertThat(e.getMessage()).contains(v.text().en()).doesNotContain("Ngày");
    assertThat(v.sentence())
        .contains(Message.of("structure.admissionBeforeFounding", Dates.PARTY_FOUNDING));
  }

  @Test
  void aMissingField_namesTheEntityInEachLanguage() {
    Violation v = Violation.missingField(Message.of("structure.entity.cell"), "c1", "name");
    assertThat(v.text())
        .isEqualTo(
            LocalizedText.of(
                "Thiếu thông tin bắt buộc name của chi bộ; cần khai báo bằng name(...).",
                "The cell has no name, which is required; give it with name(...)."));
    assertThat(Violation.missingField("year facts", null, "year").message())
        .isEqualTo("The year facts has no year, which is required; give it with year(...).");
  }

  @Test
  void anUnknownId_andABlankName_inVietnamese() {
    Root root = TreeFixtures.root().build();
    assertThatThrownBy(() -> root.withMember(CellId.of("c404"), TreeFixtures.official("m1")))
        .isInstanceOfSatisfying(
            InvalidStructureException.class,
            e ->
                assertThat(e.violations().get(0).text().vi())
                    .isEqualTo("Không có chi bộ nào mang mã này; cần kiểm tra lại mã."));
    InvalidStructureException blank =
        refused(() -> Cell.builder().id(CellId.of("c1")).name(" ").build());
    assertThat(blank.violations().get(0).text())
        .isEqualTo(
            LocalizedText.of(
                "Tên chi bộ để trống; cần ghi tên.", "The cell's name is blank; give it."));
  }

  @Test
  void violations_areValues_andAPlainSentenceReadsTheSameInBothLanguages() {
    Message cell = Message.of("structure.blankName", Message.of("structure.entity.cell"));
    Violation a = Violation.of(ViolationCode.BLANK_NAME, "c1", cell);
    Violation same = Violation.of(ViolationCode.BLANK_NAME, "c1", cell);
    assertThat(a)
        .isEqualTo(same)
        .hasSameHashCodeAs(same)
        .hasToString("BLANK_NAME [c1]: The cell's name is blank; give it.")
        .isNotEqualTo(
            Violation.of(
                ViolationCode.BLANK_NAME,
                "c1",
                Message.of("structure.blankName", Message.of("structure.entity.root"))));
    Violation plain =
        Violation.of(ViolationCode.BLANK_NAME, "c1", "The cell's name is blank; give it.");
    assertThat(plain.text()).isEqualTo(LocalizedText.of(plain.message(), plain.message()));
    assertThat(plain.sentence()).isEmpty();
    assertThat(plain.message()).isEqualTo(a.message());
    assertThat(plain)
        .isNotEqualTo(a)
        .isEqualTo(new Violation(ViolationCode.BLANK_NAME, "c1", plain.message()));
  }

  @Test
  void aCallersCatalogue_changesTheWordsOfAViolation() {
    Violation v = Violation.of(ViolationCode.DUPLICATE_ID, "m1", Message.of("structure.sharedId"));
    Catalogue own =
        Catalogue.standard()
            .withOverrides(Language.VI, Map.of("structure.sharedId", "Mã đảng viên bị trùng."));
    assertThat(v.text(own).vi()).isEqualTo("Mã đảng viên bị trùng.");
    assertThat(v.text(own).en()).isEqualTo(v.message());
  }

  @Test
  void anIdWithAControlCharacter_isEscapedInBothLanguages() {
    Violation v =
        Violation.of(
            ViolationCode.MEMBER_IN_TWO_PLACES,
            "m1",
            Message.of("structure.memberInTwoPlaces", "c\u001b1"));
    assertThat(v.text().vi()).contains("c\\u001B1").doesNotContain("\u001b");
    assertThat(v.text().en()).contains("c\\u001B1").doesNotContain("\u001b");
  }
}
