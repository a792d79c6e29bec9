package io.github.partyorg.sample;

import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.BaseOrganisationKind;
import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.Consent;
import io.github.partyorg.structure.ConsentKind;
import io.github.partyorg.structure.Gender;
import io.github.partyorg.structure.HostSector;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.Post;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.RootId;
import io.github.partyorg.structure.RootKind;
import io.github.partyorg.structure.SubCommittee;
import io.github.partyorg.structure.SubCommitteeId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small synthetic bloc committee as of 31 December 2022: seven base organisations (base cells and
 * base committees, one with a sub-committee), about 250 invented members, and a few deliberate
 * departures from the Charter (a cell with two official members, a base cell of 30 members, two
 * deputy secretaries, a late congress, a cell's congress due) so that the charter check has
 * something to report; and, for the membership check, a probation ended without a vote and a few
 * members due a badge in 2022.
 *
 * <p>Deterministic: every call returns an equal tree. Names are generated from common Vietnamese
 * family, middle and given names and belong to no real person.
 */
public final class ExampleBloc {

  /** The snapshot date of the example: 31 December 2022. */
  public static final LocalDate SNAPSHOT = LocalDate.of(2022, 12, 31);

  private static final String[] FAMILY = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Đặng", "Bùi", "Đỗ", "Hồ"
  };
  private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Quốc"};
  private static final String[] GIVEN = {
    "An", "Bình", "Châu", "Dũng", "Giang", "Hải", "Hạnh", "Khoa", "Lan", "Long", "Mai", "Nam",
    "Phúc", "Quyên", "Sơn", "Tâm", "Thảo", "Trung", "Vy", "Yến"
  };

  private ExampleBloc() {}

  /**
   * Builds the example bloc.
   *
   * @return the bloc, as of {@link #SNAPSHOT}
   */
  public static Root create() {
    Members members = new Members();
    return Root.builder()
        .id(RootId.of("DUK-VD"))
        .kind(RootKind.PROVINCIAL_BLOC)
        .name("Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh (ví dụ)")
        .snapshotDate(SNAPSHOT)
        // A compliant base cell of 12 members with a cell committee.
        .addBaseOrganisation(
            baseCell("CB-TC", "Chi bộ Sở Tài chính", HostSector.PARTY_OR_STATE_AGENCY)
                .addAllMembers(members.cellOf(12, 0))
                .lastCongressOn(LocalDate.of(2020, 6, 15))
                .build())
        // A base cell of 30 members without the superior's consent (S2).
        .addBaseOrganisation(
            baseCell("CB-XD", "Chi bộ Sở Xây dựng", HostSector.PARTY_OR_STATE_AGENCY)
                .addAllMembers(members.cellOf(28, 2))
                .lastCongressOn(LocalDate.of(2020, 5, 20))
                .build())
        // A base committee with a sub-committee, one large cell with consent (whose last congress,
        // in March 2020, is due again: S9) and one with two official members (S1).
        .addBaseOrganisation(
            BaseOrganisation.builder()
                .id(BaseOrganisationId.of("DB-DL"))
                .name("Đảng bộ Công ty Điện lực")
                .kind(BaseOrganisationKind.BASE_COMMITTEE)
                .sector(HostSector.STATE_OWNED_ENTERPRISE)
                .foundedOn(LocalDate.of(1976, 7, 2))
                .lastCongressOn(LocalDate.of(2020, 7, 10))
                // Its probationary member's 12 months ended in October 2022 without a vote (M2).
                .addCells(
                    cell(
                        "DL-VP",
                        "Chi bộ Văn phòng",
                        admittedOn(members.cellOf(10, 1), 10, LocalDate.of(2021, 10, 4))))
                .addCells(
                    Cell.builder()
                        .id(CellId.of("DL-KT"))
                        .name("Chi bộ Kỹ thuật")
                        .lastCongressOn(LocalDate.of(2020, 3, 10))
                        .addAllMembers(members.cellOf(31, 0))
                        .addConsents(
                            Consent.of(
                                ConsentKind.S3_LARGE_CELL, LocalDate.of(2021, 3, 1), "15-QĐ/ĐUK"))
                        .build())
                .addCells(cell("DL-BV", "Chi bộ Bảo vệ", members.cellOf(2, 1)))
                .addSubCommittees(
                    SubCommittee.builder()
                        .id(SubCommitteeId.of("DL-BP1"))
                        .name("Đảng bộ bộ phận Điện lực huyện")
                        .addConsents(
                            Consent.of(
                                ConsentKind.S4_SUB_COMMITTEE,
                                LocalDate.of(2019, 9, 9),
                                "08-QĐ/ĐUK"))
                        .addCells(cell("DL-BP1-A", "Chi bộ Chi nhánh A", members.cellOf(9, 0)))
                        .addCells(cell("DL-BP1-B", "Chi bộ Chi nhánh B", members.cellOf(7, 1)))
                        .build())
                .build())
        // A base committee whose last congress is more than six years old (S8), and one cell with
        // two deputy secretaries (S6).
        .addBaseOrganisation(
            BaseOrganisation.builder()
                .id(BaseOrganisationId.of("DB-CN"))
                .name("Đảng bộ Công ty Cấp nước")
                .kind(BaseOrganisationKind.BASE_COMMITTEE)
                .sector(HostSector.JOINT_STOCK_STATE_CONTROLLED)
                .lastCongressOn(LocalDate.of(2015, 9, 30))
                .addCells(cell("CN-SX", "Chi bộ Sản xuất", members.cellOf(15, 1)))
                .addCells(cell("CN-KD", "Chi bộ Kinh doanh", members.twoDeputies(12)))
                .addCells(cell("CN-VP", "Chi bộ Văn phòng", members.cellOf(6, 0)))
                .build())
        .addBaseOrganisation(
            baseCell("CB-TH", "Chi bộ Công ty TNHH Thực phẩm", HostSector.PRIVATE_ENTERPRISE)
                .addAllMembers(members.cellOf(5, 1))
                .lastCongressOn(LocalDate.of(2020, 4, 1))
                .build())
        .addBaseOrganisation(
            baseCell("CB-DT", "Chi bộ Công ty Điện tử", HostSector.FOREIGN_INVESTED_ENTERPRISE)
                .addAllMembers(members.cellOf(4, 0))
                .foundedOn(LocalDate.of(2021, 11, 20))
                .build())
        .addBaseOrganisation(
            baseCell("CB-HPN", "Chi bộ Hội Liên hiệp Phụ nữ", HostSector.FRONT_OR_MASS_ORGANISATION)
                .addAllMembers(members.cellOf(8, 0))
                .lastCongressOn(LocalDate.of(2020, 5, 5))
                .build())
        .build();
  }

  private static BaseOrganisation.Builder baseCell(String id, String name, HostSector sector) {
    BaseOrganisation.Builder builder = BaseOrganisation.builder();
    builder.id(BaseOrganisationId.of(id)).name(name).kind(BaseOrganisationKind.BASE_CELL);
    builder.sector(sector);
    return builder;
  }

  /** The members with the one at {@code index} admitted (on probation) on {@code day} instead. */
  private static List<Member> admittedOn(List<Member> members, int index, LocalDate day) {
    List<Member> list = new ArrayList<>(members);
    list.set(index, Member.builder().from(list.get(index)).admissionDate(day).build());
    return list;
  }

  private static Cell cell(String id, String name, List<Member> members) {
    return Cell.builder()
        .id(CellId.of(id))
        .name(name)
        .addAllMembers(members)
        .lastCongressOn(LocalDate.of(2022, 4, 20))
        .build();
  }

  /** Generates invented members with deterministic ids, names and dates. */
  private static final class Members {
    private int next = 1;

    /**
     * A cell's members: {@code official} official members then {@code probationary} ones; the first
     * is secretary, the second deputy; with 9 or more official members, two more sit on the cell
     * committee.
     */
    List<Member> cellOf(int official, int probationary) {
      List<Member> list = new ArrayList<>();
      for (int i = 0; i < official + probationary; i++) {
        Member.Builder member = nextMember(i < official);
        if (i == 0) {
          member.addPosts(Post.CELL_SECRETARY);
        } else if (i == 1) {
          member.addPosts(Post.CELL_DEPUTY_SECRETARY);
        } else if (official >= 9 && i < 4) {
          member.addPosts(Post.CELL_COMMITTEE_MEMBER);
        }
        list.add(member.build());
      }
      return list;
    }

    List<Member> twoDeputies(int official) {
      List<Member> list = new ArrayList<>(cellOf(official, 0));
      Member third = list.get(2);
      list.set(
          2,
          Member.builder()
              .from(third)
              .posts(List.of(Post.CELL_DEPUTY_SECRETARY, Post.CELL_COMMITTEE_MEMBER))
              .build());
      return list;
    }

    private Member.Builder nextMember(boolean official) {
      int n = next++;
      LocalDate born = LocalDate.of(1960 + (n * 7) % 40, 1 + (n * 5) % 12, 1 + (n * 3) % 28);
      LocalDate admitted =
          official
              ? born.plusYears(22 + (n % 15)).plusMonths(n % 11)
              : LocalDate.of(2022, 1 + (n % 9), 1 + (n % 27));
      if (official && admitted.isAfter(LocalDate.of(2021, 6, 30))) {
        admitted = LocalDate.of(2021, 6, 30);
      }
      Member.Builder builder =
          Member.builder()
              .id(MemberId.of(String.format("DV%05d", n)))
              .fullName(
                  FAMILY[n % FAMILY.length]
                      + " "
                      + MIDDLE[(n / 3) % MIDDLE.length]
                      + " "
                      + GIVEN[(n * 7) % GIVEN.length])
              .gender(n % 3 == 0 ? Gender.FEMALE : Gender.MALE)
              .dateOfBirth(born)
              .admissionDate(admitted);
      if (official) {
        builder.officialDate(admitted.plusYears(1));
      }
      return builder;
    }
  }
}
