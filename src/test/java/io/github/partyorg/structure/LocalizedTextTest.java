package io.github.partyorg.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

  @Test
  void vietnamese_isStoredInNfc() {
    String nfd = Normalizer.normalize("Chi bộ Đảng", Normalizer.Form.NFD);
    LocalizedText text = LocalizedText.of(nfd, "Party cell");

    assertThat(text.vi()).isEqualTo(Normalizer.normalize(nfd, Normalizer.Form.NFC));
    assertThat(text).isEqualTo(LocalizedText.of("Chi bộ Đảng", "Party cell"));
  }

  @Test
  void decomposedVietnamese_isStillNormalised_byTheFastPathToo() {
    // Only ASCII and combining marks (U+0300 and up): "Hồ Chí Minh", "Chi bộ".
    assertThat(LocalizedText.of("Ho\u0302\u0300 Chi\u0301 Minh", "x").vi())
        .isEqualTo("Hồ Chí Minh");
    assertThat(LocalizedText.of("Chi bo\u0323\u0302", "x").vi()).isEqualTo("Chi bộ");
    // Precomposed letters below U+0300 followed by a combining mark: "ườ" from ư + ơ + grave.
    assertThat(LocalizedText.of("tr\u01b0\u01a1\u0300ng", "x").vi()).isEqualTo("trường");
    String mixed = "Đảng bộ " + Normalizer.normalize("xã Tân Phú", Normalizer.Form.NFD);
    assertThat(LocalizedText.of(mixed, "x").vi())
        .isEqualTo("Đảng bộ xã Tân Phú")
        .isEqualTo(Normalizer.normalize(mixed, Normalizer.Form.NFC));
  }

  @Test
  void textAlreadyInNfc_isKeptAsGiven() {
    String ascii = "C1: no discipline in 2025: no cap";
    String latin = "đảng viên từ HTNV trở lên 15/15";
    String belowU0300 = "đư ơ ă â ê ô";
    assertThat(LocalizedText.of(ascii, ascii).vi()).isSameAs(ascii);
    assertThat(LocalizedText.of(latin, "x").vi()).isSameAs(latin);
    assertThat(LocalizedText.of(belowU0300, "x").vi()).isSameAs(belowU0300);
    assertThat(LocalizedText.of("", "").vi()).isEmpty();
  }

  @Test
  void in_picksTheLanguage() {
    LocalizedText text = LocalizedText.of("Nữ", "Female");

    assertThat(text.in(Language.VI)).isEqualTo("Nữ");
    assertThat(text.in(Language.EN)).isEqualTo("Female");
  }

  @Test
  void nullTexts_areRefusedByName() {
    assertThatNullPointerException()
        .isThrownBy(() -> LocalizedText.of(null, "x"))
        .withMessage("vi");
    assertThatNullPointerException()
        .isThrownBy(() -> LocalizedText.of("x", null))
        .withMessage("en");
  }

  @Test
  void everyLabelOfTheEnums_isNonBlankInBothLanguages() {
    java.util.List<Labelled> all = new java.util.ArrayList<>();
    all.addAll(java.util.List.of(Gender.values()));
    all.addAll(java.util.List.of(MembershipStatus.values()));
    all.addAll(java.util.List.of(BaseOrganisationKind.values()));
    all.addAll(java.util.List.of(HostSector.values()));
    all.addAll(java.util.List.of(Post.values()));
    all.addAll(java.util.List.of(ConsentKind.values()));
    all.addAll(java.util.List.of(RootKind.values()));
    for (Labelled labelled : all) {
      for (Language language : Language.values()) {
        assertThat(labelled.label().in(language)).as("%s in %s", labelled, language).isNotBlank();
      }
      assertThat(Normalizer.isNormalized(labelled.label().vi(), Normalizer.Form.NFC)).isTrue();
    }
  }
}
