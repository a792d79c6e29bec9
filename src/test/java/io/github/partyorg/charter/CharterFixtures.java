package io.github.partyorg.charter;

import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.BaseOrganisationKind;
import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.Consent;
import io.github.partyorg.structure.ConsentKind;
import io.github.partyorg.structure.HostSector;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.Post;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.SubCommittee;
import io.github.partyorg.structure.SubCommitteeId;
import io.github.partyorg.structure.TreeFixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Test trees for the charter rules; every personal attribute is invented. */
final class CharterFixtures {
  /** The day of the checks, unless a test says otherwise: the snapshot date of the fixtures. */
  static final LocalDate AS_OF = TreeFixtures.SNAPSHOT;

  /** A last congress recent enough for S8 on {@link #AS_OF}. */
  static final LocalDate RECENT_CONGRESS = LocalDate.of(2020, 6, 1);

  /** A cell's last congress recent enough for S9 on {@link #AS_OF}. */
  static final LocalDate RECENT_CELL_CONGRESS = AS_OF.minusYears(1);

  private CharterFixtures() {}

  /** The findings of one rule on {@link #AS_OF}. */
  static List<Finding> findings(Root root, CharterRule rule) {
    return CharterCheck.check(root, AS_OF, Set.of(rule));
  }

  /** The findings of one rule on a given day. */
  static List<Finding> findings(Root root, CharterRule rule, LocalDate asOf) {
    return CharterCheck.check(root, asOf, Set.of(rule));
  }

  static Member withPosts(Member member, Post... posts) {
    return Member.builder().from(member).addPosts(posts).build();
  }

  static Member exempted(Member member) {
    return Member.builder().from(member).exemptedSince(LocalDate.of(2020, 1, 1)).build();
  }

  /**
   * Members {@code prefix-1..}: {@code official} official then {@code probationary} probationary
   * ones, with the first holding {@link Post#CELL_SECRETARY}; when {@code official >= 9} the second
   * is deputy secretary and the third a cell committee member, so S1 aside the holder complies with
   * S5 and S6.
   */
  static List<Member> led(String prefix, int official, int probationary) {
    List<Member> members = new ArrayList<>();
    for (int i = 1; i <= official + probationary; i++) {
      String id = prefix + "-" + i;
      Member member = i <= official ? TreeFixtures.official(id) : TreeFixtures.probationary(id);
      if (i == 1) {
        member = withPosts(member, Post.CELL_SECRETARY);
      } else if (i == 2 && official >= 9) {
        member = withPosts(member, Post.CELL_DEPUTY_SECRETARY);
      } else if (i == 3 && official >= 9) {
        member = withPosts(member, Post.CELL_COMMITTEE_MEMBER);
      }
      members.add(member);
    }
    return members;
  }

  /** A cell with a recent last congress. */
  static Cell cell(String id, List<Member> members) {
    return Cell.builder()
        .id(CellId.of(id))
        .name("Chi bộ " + id)
        .lastCongressOn(RECENT_CELL_CONGRESS)
        .addAllMembers(members)
        .build();
  }

  /** A cell of {@code official} official members led as by {@link #led}. */
  static Cell ledCell(String id, int official) {
    return cell(id, led(id, official, 0));
  }

  static Cell withConsent(Cell cell, ConsentKind kind, LocalDate date) {
    return Cell.builder().from(cell).addConsents(Consent.of(kind, date, "1-QĐ/ĐUK")).build();
  }

  /** A base cell with a recent last congress. */
  static BaseOrganisation.Builder baseCell(String id, List<Member> members) {
    return BaseOrganisation.builder()
        .id(BaseOrganisationId.of(id))
        .name("Chi bộ cơ sở " + id)
        .kind(BaseOrganisationKind.BASE_CELL)
        .sector(HostSector.PARTY_OR_STATE_AGENCY)
        .lastCongressOn(RECENT_CONGRESS)
        .addAllMembers(members);
  }

  /** A base committee with a recent last congress. */
  static BaseOrganisation.Builder baseCommittee(String id, Cell... cells) {
    return BaseOrganisation.builder()
        .id(BaseOrganisationId.of(id))
        .name("Đảng bộ " + id)
        .kind(BaseOrganisationKind.BASE_COMMITTEE)
        .sector(HostSector.STATE_OWNED_ENTERPRISE)
        .lastCongressOn(RECENT_CONGRESS)
        .addCells(cells);
  }

  static SubCommittee.Builder subCommittee(String id, Cell... cells) {
    return SubCommittee.builder()
        .id(SubCommitteeId.of(id))
        .name("Đảng bộ bộ phận " + id)
        .addCells(cells);
  }

  static Consent consent(ConsentKind kind, LocalDate date) {
    return Consent.of(kind, date, "1-QĐ/ĐUK");
  }

  static Root rootOf(BaseOrganisation... bases) {
    return TreeFixtures.root().addAllBaseOrganisations(List.of(bases)).build();
  }
}
