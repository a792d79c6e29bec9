package io.github.partyorg.rating;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.partyorg.charter.DisciplineForm;
import org.junit.jupiter.api.Test;

class LevelTest {

  @Test
  void isAtLeast_ordersBestFirst() {
    assertThat(Level.HTXSNV.isAtLeast(Level.HTTNV)).isTrue();
    assertThat(Level.HTTNV.isAtLeast(Level.HTTNV)).isTrue();
    assertThat(Level.HTNV.isAtLeast(Level.HTTNV)).isFalse();
    assertThat(Level.KHTNV.isAtLeast(Level.HTNV)).isFalse();
  }

  @Test
  void lower_isTheWorseOfTwo_inEitherOrder() {
    assertThat(Level.lower(Level.HTXSNV, Level.HTNV)).isEqualTo(Level.HTNV);
    assertThat(Level.lower(Level.HTNV, Level.HTXSNV)).isEqualTo(Level.HTNV);
    assertThat(Level.lower(Level.KHTNV, Level.KHTNV)).isEqualTo(Level.KHTNV);
  }

  @Test
  void below_stepsDownAndStopsAtKHTNV() {
    assertThat(Level.HTXSNV.below()).isEqualTo(Level.HTTNV);
    assertThat(Level.HTTNV.below()).isEqualTo(Level.HTNV);
    assertThat(Level.HTNV.below()).isEqualTo(Level.KHTNV);
    assertThat(Level.KHTNV.below()).isEqualTo(Level.KHTNV);
  }

  @Test
  void labels_areBilingual() {
    assertThat(Level.HTXSNV.label().vi()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
    assertThat(Level.KHTNV.label().en()).isEqualTo("Did not complete duties");
    assertThat(Grade.TRUNG_BINH.label().vi()).isEqualTo("Trung bình");
    assertThat(Criterion.TASK_RESULTS.label().en()).isEqualTo("Task results");
    assertThat(DisciplineForm.WARNING.label().vi()).isEqualTo("Cảnh cáo");
    assertThat(DisciplineEffect.BARS_EXCELLENCE_ONLY.label().en()).contains("at most HTTNV");
  }

  @Test
  void gradeIsAtLeast_ordersBestFirst() {
    assertThat(Grade.XUAT_SAC.isAtLeast(Grade.TOT)).isTrue();
    assertThat(Grade.TOT.isAtLeast(Grade.TOT)).isTrue();
    assertThat(Grade.TRUNG_BINH.isAtLeast(Grade.TOT)).isFalse();
    assertThat(Grade.KEM.isAtLeast(Grade.TRUNG_BINH)).isFalse();
  }
}
