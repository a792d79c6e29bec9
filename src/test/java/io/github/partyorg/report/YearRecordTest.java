package io.github.partyorg.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.structure.LocalizedText;
import java.text.Normalizer;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YearRecordTest {
  private static final Year Y2022 = Year.of(2022);
  private static final WorkField POLITICS =
      WorkField.of("POLITICS", "Chính trị, tư tưởng", "Politics and ideology");
  private static final WorkField YOUTH =
      WorkField.of("YOUTH", "Hoạt động Đoàn Thanh niên", "Youth Union activities");

  private static WorkItem item(WorkField field, WorkStatus status) {
    return new WorkItem(field, LocalizedText.of("Đầu việc", "Item"), status);
  }

  @Test
  void workItems_areCountedByFieldInOrderOfAppearance() {
    YearRecord record =
        YearRecord.empty(Y2022)
            .withWorkItems(
                List.of(
                    item(YOUTH, WorkStatus.DONE),
                    item(POLITICS, WorkStatus.IN_PROGRESS),
                    item(YOUTH, WorkStatus.NOT_STARTED),
                    item(POLITICS, WorkStatus.DONE)));
    assertThat(record.workFields()).containsExactly(YOUTH, POLITICS);
    assertThat(record.workItemsDone()).isEqualTo(2);
    assertThat(record.workItems()).hasSize(4);
  }

  @Test
  void lists_areCopied() {
    List<WorkItem> items = new ArrayList<>(List.of(item(YOUTH, WorkStatus.DONE)));
    YearRecord record = YearRecord.empty(Y2022).withWorkItems(items);
    items.clear();
    assertThat(record.workItems()).hasSize(1);
  }

  @Test
  void models_areCountedByRecognitionLevel() {
    LocalizedText name = LocalizedText.of("Mô hình", "Model");
    YearRecord record =
        YearRecord.empty(Y2022)
            .withModels(
                List.of(
                    DanVanKheoModel.registered(
                        name, DanVanKheoField.ECONOMY, RecognitionLevel.PROVINCE),
                    DanVanKheoModel.registered(
                        name, DanVanKheoField.CULTURE_SOCIETY, RecognitionLevel.PROVINCE),
                    DanVanKheoModel.registered(
                        name, DanVanKheoField.DEFENCE_SECURITY, RecognitionLevel.UNIT),
                    DanVanKheoModel.registered(name, DanVanKheoField.POLITICAL_SYSTEM, null),
                    new DanVanKheoModel(name, DanVanKheoField.ECONOMY, false, Optional.empty())));
    assertThat(record.modelsRegistered()).isEqualTo(4);
    assertThat(record.modelsRecognised())
        .containsExactly(
            Map.entry(RecognitionLevel.UNIT, 1), Map.entry(RecognitionLevel.PROVINCE, 2));
  }

  @Test
  void themeOfAnotherYear_isRefusedNamingTheField() {
    YearTheme theme = new YearTheme(Year.of(2023), "Tỉnh ủy", "Dân chủ - Kỷ cương");
    assertThatThrownBy(() -> YearRecord.empty(Y2022).withThemes(List.of(theme)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("themes");
  }

  @Test
  void youthAndCommendations_areKept() {
    Commendation c =
        new Commendation(
            LocalizedText.of("Phong trào thi đua “Đồng Khởi mới”", "Đồng Khởi mới"),
            CommendationLevel.BLOC,
            7,
            6);
    YearRecord record =
        YearRecord.empty(Y2022)
            .withCommendations(List.of(c))
            .withYouth(new YouthUnionIntroductions(77, 27));
    assertThat(record.commendations()).containsExactly(c);
    assertThat(record.youth()).contains(new YouthUnionIntroductions(77, 27));
    assertThat(record.year()).isEqualTo(Y2022);
  }

  @Test
  void nullParts_areRefusedNamingTheField() {
    assertThatThrownBy(
            () ->
                new YearRecord(null, List.of(), List.of(), List.of(), Optional.empty(), List.of()))
        .hasMessage("year");
    assertThatThrownBy(
            () -> new YearRecord(Y2022, null, List.of(), List.of(), Optional.empty(), List.of()))
        .hasMessage("workItems");
    assertThatThrownBy(
            () -> new YearRecord(Y2022, List.of(), List.of(), List.of(), null, List.of()))
        .hasMessage("youth");
  }

  @Test
  void youthUnion_admittedAboveIntroduced_isRefused() {
    assertThat(new YouthUnionIntroductions(27, 27).admitted()).isEqualTo(27);
    assertThat(new YouthUnionIntroductions(0, 0).introduced()).isZero();
    assertThatThrownBy(() -> new YouthUnionIntroductions(27, 28))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("admitted");
    assertThatThrownBy(() -> new YouthUnionIntroductions(-1, 0)).hasMessageContaining("introduced");
    assertThatThrownBy(() -> new YouthUnionIntroductions(5, -1)).hasMessageContaining("admitted");
  }

  @Test
  void commendation_negativeCountsAndBlankMovement_areRefused() {
    LocalizedText movement = LocalizedText.of("Phong trào", "Movement");
    assertThat(new Commendation(movement, CommendationLevel.BASE, 0, 0).collectives()).isZero();
    assertThatThrownBy(() -> new Commendation(movement, CommendationLevel.BASE, -1, 0))
        .hasMessageContaining("collectives");
    assertThatThrownBy(() -> new Commendation(movement, CommendationLevel.BASE, 0, -1))
        .hasMessageContaining("individuals");
    assertThatThrownBy(
            () -> new Commendation(LocalizedText.of(" ", "x"), CommendationLevel.BASE, 1, 1))
        .hasMessageContaining("movement.vi");
    assertThatThrownBy(() -> new Commendation(movement, null, 1, 1)).hasMessage("level");
  }

  @Test
  void commendationLevels_carryTheSeedsPhrases() {
    assertThat(CommendationLevel.BASE.label().vi())
        .isEqualTo("cấp ủy cơ sở biểu dương, khen thưởng");
    assertThat(CommendationLevel.BLOC.label().vi()).isEqualTo("Đảng ủy Khối khen thưởng");
    assertThat(CommendationLevel.PROPOSED_TO_PROVINCE.label().vi())
        .isEqualTo("đề nghị về tỉnh khen thưởng");
    assertThat(CommendationLevel.PROPOSED_TO_PROVINCE.joinerVi()).isEqualTo(" và ");
    assertThat(CommendationLevel.BASE.joinerVi()).isEqualTo(", ");
  }

  @Test
  void model_recognisedWithoutRegistration_isRefused() {
    LocalizedText name = LocalizedText.of("Mô hình", "Model");
    assertThatThrownBy(
            () ->
                new DanVanKheoModel(
                    name, DanVanKheoField.ECONOMY, false, Optional.of(RecognitionLevel.PROVINCE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recognised");
    assertThatThrownBy(
            () ->
                DanVanKheoModel.registered(
                    LocalizedText.of("", "x"), DanVanKheoField.ECONOMY, null))
        .hasMessageContaining("name.vi");
    assertThatThrownBy(() -> DanVanKheoModel.registered(name, null, null)).hasMessage("field");
  }

  @Test
  void theme_isNfcAndStripped_andBlankIsRefused() {
    String decomposed = Normalizer.normalize("Đồng thuận - Sáng tạo", Normalizer.Form.NFD);
    YearTheme theme = new YearTheme(Y2022, " Tỉnh ủy ", decomposed);
    assertThat(theme.text()).isEqualTo("Đồng thuận - Sáng tạo");
    assertThat(Normalizer.isNormalized(theme.text(), Normalizer.Form.NFC)).isTrue();
    assertThat(theme.issuer()).isEqualTo("Tỉnh ủy");
    assertThatThrownBy(() -> new YearTheme(Y2022, "Tỉnh ủy", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text");
    assertThatThrownBy(() -> new YearTheme(Y2022, "", "x")).hasMessageContaining("issuer");
    assertThatThrownBy(() -> new YearTheme(null, "a", "x")).hasMessage("year");
  }

  @Test
  void workFieldAndItem_refuseBlankTexts() {
    assertThat(POLITICS.id()).isEqualTo("POLITICS");
    assertThatThrownBy(() -> WorkField.of(" ", "a", "b")).hasMessageContaining("id");
    assertThatThrownBy(() -> WorkField.of("X", " ", "b")).hasMessageContaining("name.vi");
    assertThatThrownBy(() -> WorkField.of("X", "a", " ")).hasMessageContaining("name.en");
    assertThatThrownBy(() -> new WorkItem(POLITICS, LocalizedText.of(" ", "x"), WorkStatus.DONE))
        .hasMessageContaining("title.vi");
    assertThatThrownBy(() -> new WorkItem(POLITICS, LocalizedText.of("a", "x"), null))
        .hasMessage("status");
    assertThat(item(POLITICS, WorkStatus.DONE).isDone()).isTrue();
    assertThat(item(POLITICS, WorkStatus.IN_PROGRESS).isDone()).isFalse();
  }

  @Test
  void enumLabels_areNfcVietnameseWithEnglish() {
    List<io.github.partyorg.structure.Labelled> all = new ArrayList<>();
    all.addAll(List.of(WorkStatus.values()));
    all.addAll(List.of(CommendationLevel.values()));
    all.addAll(List.of(DanVanKheoField.values()));
    all.addAll(List.of(RecognitionLevel.values()));
    for (io.github.partyorg.structure.Labelled l : all) {
      assertThat(Normalizer.isNormalized(l.label().vi(), Normalizer.Form.NFC)).isTrue();
      assertThat(l.label().en()).isNotBlank();
    }
  }
}
