package io.github.partyorg.charter;

import static io.github.partyorg.charter.DisciplineForm.DISMISSAL_FROM_POST;
import static io.github.partyorg.charter.DisciplineForm.DISSOLUTION;
import static io.github.partyorg.charter.DisciplineForm.EXPULSION;
import static io.github.partyorg.charter.DisciplineForm.REPRIMAND;
import static io.github.partyorg.charter.DisciplineForm.WARNING;
import static io.github.partyorg.structure.TreeFixtures.official;
import static io.github.partyorg.structure.TreeFixtures.probationary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DisciplineFormsTest {

  private static final Member SECRETARY =
      Member.builder().from(official("m1")).addPosts(Post.CELL_SECRETARY).build();

  @Test
  void officialMemberWithoutPost_reprimandWarningExpulsion_M5() {
    assertThat(DisciplineForms.allowedFor(official("m1")))
        .containsExactly(REPRIMAND, WARNING, EXPULSION);
  }

  @Test
  void officialMemberWithAPost_mayAlsoBeDismissedFromPost_M5() {
    assertThat(DisciplineForms.allowedFor(SECRETARY))
        .containsExactly(REPRIMAND, WARNING, DISMISSAL_FROM_POST, EXPULSION);
  }

  @Test
  void probationaryMember_reprimandOrWarningOnly_M5() {
    assertThat(DisciplineForms.allowedFor(probationary("p1"))).containsExactly(REPRIMAND, WARNING);
  }

  @Test
  void probationaryMemberWithAPost_stillReprimandOrWarningOnly_M5() {
    Member member =
        Member.builder().from(probationary("p1")).addPosts(Post.CELL_COMMITTEE_MEMBER).build();

    assertThat(DisciplineForms.allowedFor(member)).containsExactly(REPRIMAND, WARNING);
  }

  @Test
  void organisation_reprimandWarningDissolution_M5() {
    assertThat(DisciplineForms.allowedForOrganisation())
        .containsExactly(REPRIMAND, WARNING, DISSOLUTION);
  }

  @Test
  void allowedSets_areUnmodifiable_M5() {
    assertThatThrownBy(() -> DisciplineForms.allowedFor(official("m1")).add(DISSOLUTION))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> DisciplineForms.allowedForOrganisation().remove(REPRIMAND))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void checkAllowedForm_isAllowedWithTheReason_M5() {
    DisciplineCheck check = DisciplineForms.check(official("m1"), EXPULSION);

    assertThat(check.allowed()).isTrue();
    assertThat(check.memberId()).isEqualTo(MemberId.of("m1"));
    assertThat(check.form()).isEqualTo(EXPULSION);
    assertThat(check.rule()).isEqualTo(CharterRule.M5);
    assertThat(check.reason().vi())
        .isEqualTo(
            "Hình thức Khai trừ được áp dụng với đảng viên chính thức (M5, Điều lệ Đảng (2011),"
                + " Điều 35; Quy định 69-QĐ/TW (2022), Điều 7).");
    assertThat(check.reason().en()).startsWith("Expulsion may be applied to an official member");
    assertThat(check.toString()).startsWith("M5 EXPULSION allowed [m1]: ");
  }

  @Test
  void checkReprimandOfProbationaryMember_isAllowed_M5() {
    DisciplineCheck check = DisciplineForms.check(probationary("p1"), REPRIMAND);

    assertThat(check.allowed()).isTrue();
    assertThat(check.reason().en()).startsWith("Reprimand may be applied to a probationary member");
  }

  @Test
  void checkDismissalWithoutPost_isRefused_M5() {
    DisciplineCheck check = DisciplineForms.check(official("m1"), DISMISSAL_FROM_POST);

    assertThat(check.allowed()).isFalse();
    assertThat(check.reason().vi()).contains("không giữ chức vụ");
    assertThat(check.toString()).startsWith("M5 DISMISSAL_FROM_POST not allowed [m1]: ");
  }

  @Test
  void checkDismissalWithAPost_isAllowed_M5() {
    assertThat(DisciplineForms.check(SECRETARY, DISMISSAL_FROM_POST).allowed()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(
      value = DisciplineForm.class,
      names = {"DISMISSAL_FROM_POST", "EXPULSION"})
  void checkHeavyFormOnProbationaryMember_isRefused_M5(DisciplineForm form) {
    DisciplineCheck check = DisciplineForms.check(probationary("p1"), form);

    assertThat(check.allowed()).isFalse();
    assertThat(check.reason().vi()).contains("Đảng viên dự bị chỉ bị kỷ luật");
    assertThat(check.reason().en()).contains("probationary member may only be reprimanded");
  }

  @Test
  void checkDissolutionOfAMember_isRefused_M5() {
    DisciplineCheck check = DisciplineForms.check(SECRETARY, DISSOLUTION);

    assertThat(check.allowed()).isFalse();
    assertThat(check.reason().en()).contains("party organisations only");
  }

  @ParameterizedTest
  @EnumSource(DisciplineForm.class)
  void checkAgreesWithAllowedFor_M5(DisciplineForm form) {
    for (Member member : new Member[] {official("m1"), SECRETARY, probationary("p1")}) {
      assertThat(DisciplineForms.check(member, form).allowed())
          .isEqualTo(DisciplineForms.allowedFor(member).contains(form));
    }
  }

  @Test
  void labels_areVietnameseWithDiacritics_M5() {
    assertThat(DisciplineForm.values())
        .extracting(f -> f.label().vi())
        .containsExactly("Khiển trách", "Cảnh cáo", "Cách chức", "Khai trừ", "Giải tán");
  }

  @Test
  void nullArguments_areRefused_M5() {
    assertThatThrownBy(() -> DisciplineForms.allowedFor(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("member");
    assertThatThrownBy(() -> DisciplineForms.check(null, REPRIMAND))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("member");
    assertThatThrownBy(() -> DisciplineForms.check(official("m1"), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("form");
  }
}
