package io.github.partyorg.fourgood;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class PresetsTest {

  @Test
  void nationalFrameHasTheFourHeadingsOfF1_andSaysItIsAPreset() {
    CriteriaProfile frame = Presets.nationalFrame();
    assertThat(frame.headings())
        .extracting(h -> h.title().vi())
        .containsExactly(
            "Tốt về thực hiện nhiệm vụ chính trị",
            "Tốt về chất lượng sinh hoạt",
            "Tốt về đoàn kết, kỷ luật",
            "Tốt về cán bộ, đảng viên");
    assertThat(frame.instrument().en()).contains("preset, not an official text");
    assertThat(frame.level()).isEqualTo(ProfileLevel.CELL);
    assertThat(frame.gates()).isEmpty();
    assertThat(frame.appliesTo(Year.of(1990))).isTrue();
    assertThat(frame.headings().get(1).criteria())
        .extracting(SubCriterion::rule)
        .containsExactly(FourGoodRule.S10, FourGoodRule.S11, FourGoodRule.S12, FourGoodRule.S13);
  }

  @Test
  void baseCommitteeFrameUsesTheShareOfCells_F6() {
    CriteriaProfile frame = Presets.nationalFrameBaseCommittee();
    assertThat(frame.level()).isEqualTo(ProfileLevel.BASE_COMMITTEE);
    assertThat(frame.allCriteria())
        .filteredOn(c -> c instanceof ComputedCriterion cc && cc.fact().rule() == FourGoodRule.F6)
        .hasSize(1);
  }

  @Test
  void benTreGatesAreLabelledAsTheGuidanceNotAsTheProvinceRule_F2() {
    CriteriaProfile benTre = Presets.benTre10HdBtctu2018Gates();
    assertThat(benTre.instrument().vi()).contains("10-HD/BTCTU (2018)").contains("mẫu");
    assertThat(benTre.instrumentDate()).contains(LocalDate.of(2018, 2, 22));
    assertThat(benTre.appliesTo(Year.of(2017))).isFalse();
    assertThat(benTre.appliesTo(Year.of(2018))).isTrue();
    assertThat(benTre.gates())
        .extracting(SubCriterion::id)
        .containsExactly("G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8");
    assertThat(benTre.headings()).isEqualTo(Presets.nationalFrame().headings());
    assertThat(benTre.titleName().en()).isEqualTo("comprehensively clean and strong cell");
  }
}
