package io.github.partyorg.structure;

import java.time.LocalDate;

/** Small builders for test trees; every personal attribute is invented. */
public final class TreeFixtures {
  public static final LocalDate SNAPSHOT = LocalDate.of(2022, 12, 31);

  private TreeFixtures() {}

  public static Member.Builder member(String id) {
    return Member.builder()
        .id(MemberId.of(id))
        .fullName("Nguyễn Văn " + id)
        .gender(Gender.MALE)
        .dateOfBirth(LocalDate.of(1980, 1, 1))
        .admissionDate(LocalDate.of(2010, 1, 1))
        .officialDate(LocalDate.of(2011, 1, 1));
  }

  public static Member official(String id) {
    return member(id).build();
  }

  public static Member probationary(String id) {
    return Member.builder()
        .from(official(id))
        .officialDate(java.util.Optional.empty())
        .admissionDate(LocalDate.of(2022, 6, 1))
        .build();
  }

  public static Cell cell(String id, Member... members) {
    return Cell.builder().id(CellId.of(id)).name("Chi bộ " + id).addMembers(members).build();
  }

  public static BaseOrganisation baseCell(String id, Member... members) {
    return BaseOrganisation.builder()
        .id(BaseOrganisationId.of(id))
        .name("Chi bộ cơ sở " + id)
        .kind(BaseOrganisationKind.BASE_CELL)
        .sector(HostSector.PARTY_OR_STATE_AGENCY)
        .addMembers(members)
        .build();
  }

  public static BaseOrganisation baseCommittee(String id, Cell... cells) {
    return BaseOrganisation.builder()
        .id(BaseOrganisationId.of(id))
        .name("Đảng bộ " + id)
        .kind(BaseOrganisationKind.BASE_COMMITTEE)
        .sector(HostSector.STATE_OWNED_ENTERPRISE)
        .addCells(cells)
        .build();
  }

  public static Root.Builder root() {
    return Root.builder()
        .id(RootId.of("khoi"))
        .kind(RootKind.PROVINCIAL_BLOC)
        .name("Đảng ủy Khối thử nghiệm")
        .snapshotDate(SNAPSHOT);
  }
}
