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
