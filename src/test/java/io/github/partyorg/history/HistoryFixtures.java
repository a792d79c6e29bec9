package io.github.partyorg.history;

import io.github.partyorg.rating.Level;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.BaseOrganisationKind;
import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.Gender;
import io.github.partyorg.structure.HostSector;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Post;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.RootId;
import io.github.partyorg.structure.RootKind;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small trees for history tests: base committee B1 (cells B1-C1, B1-C2), base committee B3 (cell
 * B3-C1) and base cell B2; members M1-M6 admitted in 2010; levels are decided, so each year's final
 * level is exactly the one the test gives.
 */
final class HistoryFixtures {
  static final RootId ROOT = RootId.of("DUK-T");

  private HistoryFixtures() {}

  static Member member(String id, LocalDate admitted, Post... posts) {
    Member.Builder b =
        Member.builder()
            .id(MemberId.of(id))
            .fullName("Nguyễn Văn Thử")
            .gender(Gender.MALE)
            .dateOfBirth(LocalDate.of(1980, 1, 1))
            .admissionDate(admitted)
            .addPosts(posts);
    if (admitted.getYear() < 2017) {
      b.officialDate(admitted.plusYears(1));
    }
    return b.build();
  }

  static Member member(String id) {
    return member(id, LocalDate.of(2010, 5, 5));
  }

  /** A layout: which holder holds which members, and which committee holds which cells. */
  static final class Layout {
    final Map<String, List<Member>> cells = new LinkedHashMap<>();
    final Map<String, List<String>> committees = new LinkedHashMap<>();
    final Map<String, List<Member>> baseCells = new LinkedHashMap<>();

    static Layout standard() {
      Layout l = new Layout();
      l.committees.put("B1", List.of("B1-C1", "B1-C2"));
      l.committees.put("B3", List.of("B3-C1"));
      l.cells.put("B1-C1", List.of(member("M1"), member("M2")));
      l.cells.put("B1-C2", List.of(member("M3")));
      l.cells.put("B3-C1", List.of(member("M4")));
      l.baseCells.put("B2", List.of(member("M5"), member("M6")));
      return l;
    }

    Root root(int year) {
      Root.Builder root =
          Root.builder()
              .id(ROOT)
              .kind(RootKind.PROVINCIAL_BLOC)
              .name("Đảng ủy Khối thử")
              .snapshotDate(LocalDate.of(year, 12, 31));
      committees.forEach(
          (id, cellIds) -> {
            BaseOrganisation.Builder b =
                BaseOrganisation.builder()
                    .id(BaseOrganisationId.of(id))
                    .name("Đảng bộ " + id)
                    .kind(BaseOrganisationKind.BASE_COMMITTEE)
                    .sector(HostSector.PARTY_OR_STATE_AGENCY);
            for (String cellId : cellIds) {
              b.addCells(
                  Cell.builder()
                      .id(CellId.of(cellId))
                      .name("Chi bộ " + cellId)
                      .addAllMembers(cells.getOrDefault(cellId, List.of()))
                      .build());
            }
            root.addBaseOrganisation(b.build());
          });
      baseCells.forEach(
          (id, members) ->
              root.addBaseOrganisation(
                  BaseOrganisation.builder()
                      .id(BaseOrganisationId.of(id))
                      .name("Chi bộ " + id)
                      .kind(BaseOrganisationKind.BASE_CELL)
                      .sector(HostSector.PUBLIC_SERVICE_UNIT)
                      .addAllMembers(members)
                      .build()));
      return root.build();
    }
  }

  /** Facts deciding each listed entity's level; review on 15 December. */
  static YearFacts decided(int year, Map<? extends EntityId, Level> levels) {
    YearFacts.Builder facts =
        YearFacts.builder().year(Year.of(year)).reviewDate(LocalDate.of(year, 12, 15));
    levels.forEach(facts::decide);
    return facts.build();
  }

  /** A year of the standard layout with the given decided levels. */
  static HistoryYear year(int year, Map<? extends EntityId, Level> levels) {
    return HistoryYear.rate(Layout.standard().root(year), decided(year, levels));
  }

  /** A history of the standard layout, one year per entry of {@code levelsByYear}. */
  static RootHistory history(Map<Integer, Map<? extends EntityId, Level>> levelsByYear) {
    RootHistory history = RootHistory.empty(ROOT);
    for (Map.Entry<Integer, Map<? extends EntityId, Level>> e : levelsByYear.entrySet()) {
      history = history.withYear(year(e.getKey(), e.getValue()));
    }
    return history;
  }

  static MemberId m(String id) {
    return MemberId.of(id);
  }
}
