package io.github.partyorg.rating;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.structure.LocalizedText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The labels of the organisation rating's enums: present in both languages and NFC. */
class OrganisationLabelsTest {

  private static List<LocalizedText> labels() {
    List<LocalizedText> all = new ArrayList<>();
    for (AffiliatedBody b : AffiliatedBody.values()) {
      all.add(b.label());
    }
    for (OrganisationCriterion c : OrganisationCriterion.values()) {
      all.add(c.label());
    }
    for (OrganisationKind k : OrganisationKind.values()) {
      all.add(k.label());
    }
    return all;
  }

  @Test
  void everyLabel_isNfcAndNotBlank() {
    assertThat(labels())
        .allSatisfy(
            l -> {
              assertThat(l.vi()).isNotBlank();
              assertThat(l.en()).isNotBlank();
              assertThat(Normalizer.isNormalized(l.vi(), Normalizer.Form.NFC)).isTrue();
            });
  }

  @Test
  void vietnameseLabels_carryTheirDiacritics() {
    assertThat(OrganisationKind.BASE_COMMITTEE.label().vi()).isEqualTo("Đảng bộ cơ sở");
    assertThat(OrganisationKind.SUB_COMMITTEE.label().vi()).isEqualTo("Đảng bộ bộ phận");
    assertThat(OrganisationKind.CELL.label().vi()).isEqualTo("Chi bộ");
    assertThat(OrganisationKind.BASE_CELL.label().vi()).isEqualTo("Chi bộ cơ sở");
    assertThat(AffiliatedBody.FRONT.label().vi()).isEqualTo("Mặt trận Tổ quốc");
    assertThat(OrganisationCriterion.POLITICAL_TASK.label().vi())
        .isEqualTo("Lãnh đạo thực hiện nhiệm vụ chính trị");
  }

  @Test
  void onlyCells_holdMembers() {
    assertThat(OrganisationKind.CELL.holdsMembers()).isTrue();
    assertThat(OrganisationKind.BASE_CELL.holdsMembers()).isTrue();
    assertThat(OrganisationKind.SUB_COMMITTEE.holdsMembers()).isFalse();
    assertThat(OrganisationKind.BASE_COMMITTEE.holdsMembers()).isFalse();
  }
}
