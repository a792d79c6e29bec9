package io.github.partyorg.history;

import static io.github.partyorg.history.HistoryFixtures.decided;
import static io.github.partyorg.history.HistoryFixtures.m;
import static io.github.partyorg.history.HistoryFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.partyorg.rating.Level;
import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.Post;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Y6: what changed between two years, by stable ids. */
class YearDifferenceTest {

  @Test
  void aMoveADissolutionAnAdmissionAPostAndALevel_Y6() {
    HistoryFixtures.Layout before = HistoryFixtures.Layout.standard();
    HistoryYear y2022 =
        HistoryYear.rate(before.root(2022), decided(2022, Map.of(m("M4"), Level.HTTNV)));

    HistoryFixtures.Layout after = HistoryFixtures.Layout.standard();
    // M1 moves from B1-C1 to B3-C1; M2 becomes secretary; M7 is admitted in 2023; M8 transferred in
    after.cells.put("B1-C1", List.of(member("M2", LocalDate.of(2010, 5, 5), Post.CELL_SECRETARY)));
    after.cells.put(
        "B3-C1",
        List.of(
            member("M4"),
            member("M1"),
            member("M7", LocalDate.of(2023, 3, 1)),
            member("M8", LocalDate.of(2015, 3, 1))));
    // cell B1-C2 moves under B3; base cell B2 is dissolved (its members leave the list)
    after.committees.put("B1", List.of("B1-C1"));
    after.committees.put("B3", List.of("B3-C1", "B1-C2"));
    after.baseCells.clear();
    HistoryYear y2023 =
        HistoryYear.rate(after.root(2023), decided(2023, Map.of(m("M4"), Level.HTXSNV)));

    RootHistory h = RootHistory.of(HistoryFixtures.ROOT, List.of(y2022, y2023));
    YearDifference d = h.difference(Year.of(2022), Year.of(2023));

    assertThat(d.from()).isEqualTo(Year.of(2022));
    assertThat(d.membersAdmitted()).containsExactly(m("M7"));
    assertThat(d.membersJoined()).containsExactly(m("M8"));
    assertThat(d.membersLeft()).containsExactly(m("M5"), m("M6"));
    assertThat(d.membersMoved())
        .containsExactly(new YearDifference.Move(m("M1"), CellId.of("B1-C1"), CellId.of("B3-C1")));
    assertThat(d.postChanges())
        .containsExactly(
            new YearDifference.PostChange(m("M2"), Set.of(), Set.of(Post.CELL_SECRETARY)));
    assertThat(d.organisationsDissolved()).containsExactly(BaseOrganisationId.of("B2"));
    assertThat(d.organisationsFounded()).isEmpty();
    assertThat(d.organisationsMoved())
        .containsExactly(
            new YearDifference.Move(
                CellId.of("B1-C2"), BaseOrganisationId.of("B1"), BaseOrganisationId.of("B3")));
    assertThat(d.levelChanges())
        .containsExactly(new YearDifference.LevelChange(m("M4"), Level.HTTNV, Level.HTXSNV));
    assertThat(d.levelChanges().get(0).isRise()).isTrue();
    assertThat(d.isEmpty()).isFalse();

    assertThat(d.summary().text().vi())
        .isEqualTo(
            "Từ năm 2022 đến năm 2023: kết nạp 01 đảng viên; tiếp nhận 01 đảng viên chuyển đến;"
                + " 02 đảng viên ra khỏi danh sách (chuyển đi, xóa tên, khai trừ hoặc từ trần);"
                + " 01 đảng viên chuyển sinh hoạt trong Đảng bộ; 01 đảng viên thay đổi chức vụ"
                + " trong Đảng; giải thể hoặc chuyển đi 01 tổ chức đảng; 01 chi bộ chuyển trực"
                + " thuộc; 01 trường hợp xếp loại cao hơn năm trước.");
    assertThat(d.summary().text().en())
        .startsWith("From 2022 to 2023: 1 member admitted")
        .contains("1 cell moved to another parent");
    assertThat(d.moveLines())
        .extracting(t -> t.text().vi())
        .containsExactly(
            "Đảng viên M1 chuyển từ B1-C1 sang B3-C1",
            "Chi bộ B1-C2 chuyển từ trực thuộc B1 sang trực thuộc B3");
  }

  @Test
  void aFoundedOrganisationAndALevelFall_Y6() {
    HistoryFixtures.Layout after = HistoryFixtures.Layout.standard();
    after.baseCells.put("B9", List.of(member("M9", LocalDate.of(2012, 1, 1))));
    HistoryYear y2022 =
        HistoryYear.rate(
            HistoryFixtures.Layout.standard().root(2022),
            decided(2022, Map.of(m("M5"), Level.HTTNV)));
    HistoryYear y2023 =
        HistoryYear.rate(after.root(2023), decided(2023, Map.of(m("M5"), Level.KHTNV)));

    YearDifference d = YearDifference.between(y2022, y2023);

    assertThat(d.organisationsFounded()).containsExactly(BaseOrganisationId.of("B9"));
    assertThat(d.membersJoined()).containsExactly(m("M9"));
    assertThat(d.levelChanges().get(0).isRise()).isFalse();
    assertThat(d.summary().text().vi())
        .contains("thành lập mới 01 tổ chức đảng", "01 trường hợp xếp loại thấp hơn");
  }

  @Test
  void nothingChanged_saysSo_Y6() {
    HistoryYear y2022 = HistoryFixtures.year(2022, Map.of());
    HistoryYear y2023 = HistoryFixtures.year(2023, Map.of());

    YearDifference d = YearDifference.between(y2022, y2023);

    assertThat(d.isEmpty()).isTrue();
    assertThat(d.summary().text().vi()).isEqualTo("Từ năm 2022 đến năm 2023: không có thay đổi.");
    assertThat(d.summary().text().en()).isEqualTo("From 2022 to 2023: no change.");
    assertThatThrownBy(() -> YearDifference.between(y2023, y2022))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                RootHistory.of(HistoryFixtures.ROOT, List.of(y2022, y2023))
                    .difference(Year.of(2023), Year.of(2023)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new YearDifference.Move(m("M1"), CellId.of("C"), CellId.of("C")))
        .hasMessageContaining("M1");
  }
}
