package io.github.partyorg.json;

import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.BaseOrganisationKind;
import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.Consent;
import io.github.partyorg.structure.ConsentKind;
import io.github.partyorg.structure.DateRange;
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
import org.jspecify.annotations.Nullable;

/** The {@code partyorg.root} document: a root's structure. */
final class RootFormat {
  private RootFormat() {}

  // ---------------------------------------------------------------------------------------------
  // Writing

  static void write(Root root, Output o) {
    o.string("id", root.id().value());
    o.enumValue("kind", root.kind());
    o.string("name", root.name());
    o.date("snapshotDate", root.snapshotDate());
    o.array("baseOrganisations", root.baseOrganisations(), false, b -> o.object(() -> base(b, o)));
  }

  private static void base(BaseOrganisation base, Output o) {
    o.string("id", base.id().value());
    o.string("name", base.name());
    o.enumValue("kind", base.kind());
    o.enumValue("sector", base.sector());
    o.date("foundedOn", base.foundedOn());
    o.date("lastCongressOn", base.lastCongressOn());
    consents(base.consents(), o);
    o.array("subCommittees", base.subCommittees(), true, s -> o.object(() -> sub(s, o)));
    o.array("cells", base.cells(), true, c -> o.object(() -> cell(c, o)));
    members(base.members(), o);
  }

  private static void sub(SubCommittee sub, Output o) {
    o.string("id", sub.id().value());
    o.string("name", sub.name());
    o.date("foundedOn", sub.foundedOn());
    consents(sub.consents(), o);
    o.array("cells", sub.cells(), true, c -> o.object(() -> cell(c, o)));
  }

  private static void cell(Cell cell, Output o) {
    o.string("id", cell.id().value());
    o.string("name", cell.name());
    o.date("foundedOn", cell.foundedOn());
    o.date("lastCongressOn", cell.lastCongressOn());
    consents(cell.consents(), o);
    members(cell.members(), o);
  }

  private static void consents(List<Consent> consents, Output o) {
    o.array(
        "consents",
        consents,
        true,
        c ->
            o.object(
                () -> {
                  o.enumValue("kind", c.kind());
                  o.date("date", c.date());
                  o.string("reference", c.reference());
                }));
  }

  private static void members(List<Member> members, Output o) {
    o.array("members", members, true, m -> o.object(() -> member(m, o)));
  }

  private static void member(Member m, Output o) {
    o.string("id", m.id().value());
    o.string("fullName", m.fullName());
    o.enumValue("gender", m.gender());
    o.date("dateOfBirth", m.dateOfBirth());
    o.date("admissionDate", m.admissionDate());
    o.date("officialDate", m.officialDate());
    o.date("exemptedSince", m.exemptedSince());
    m.suspension().ifPresent(s -> o.object("suspension", () -> range(s, o)));
    o.array("membershipGaps", m.membershipGaps(), true, g -> o.object(() -> range(g, o)));
    List<Post> posts = new ArrayList<>();
    for (Post post : Post.values()) {
      if (m.holds(post)) {
        posts.add(post);
      }
    }
    o.array("posts", posts, true, p -> o.stringItem(p.name()));
  }

  private static void range(DateRange range, Output o) {
    o.date("start", range.start());
    o.date("end", range.endDate());
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  static Root read(Input in) {
    Root.Builder b = Root.builder();
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "id" -> {
                    String value = in.string();
                    b.id(in.value("root id", () -> RootId.of(value)));
                    yield true;
                  }
                  case "kind" -> {
                    b.kind(in.enumValue(RootKind.class));
                    yield true;
                  }
                  case "name" -> {
                    b.name(in.string());
                    yield true;
                  }
                  case "snapshotDate" -> {
                    b.snapshotDate(in.date());
                    yield true;
                  }
                  case "baseOrganisations" -> {
                    in.array(() -> b.addBaseOrganisation(base(in)));
                    yield true;
                  }
                  default -> Header.read(in, name, DocumentKind.ROOT);
                });
    obj.require("format", "version", "id", "kind", "name", "snapshotDate");
    return obj.build("root", b::build);
  }

  private static BaseOrganisation base(Input in) {
    BaseOrganisation.Builder b = BaseOrganisation.builder();
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "id" -> {
                    String value = in.string();
                    b.id(in.value("base organisation id", () -> BaseOrganisationId.of(value)));
                    yield true;
                  }
                  case "name" -> {
                    b.name(in.string());
                    yield true;
                  }
                  case "kind" -> {
                    b.kind(in.enumValue(BaseOrganisationKind.class));
                    yield true;
                  }
                  case "sector" -> {
                    b.sector(in.enumValue(HostSector.class));
                    yield true;
                  }
                  case "foundedOn" -> {
                    b.foundedOn(in.date());
                    yield true;
                  }
                  case "lastCongressOn" -> {
                    b.lastCongressOn(in.date());
                    yield true;
                  }
                  case "consents" -> {
                    in.array(() -> b.addConsents(consent(in)));
                    yield true;
                  }
                  case "subCommittees" -> {
                    in.array(() -> b.addSubCommittees(sub(in)));
                    yield true;
                  }
                  case "cells" -> {
                    in.array(() -> b.addCells(cell(in)));
                    yield true;
                  }
                  case "members" -> {
                    in.array(() -> b.addMembers(member(in)));
                    yield true;
                  }
                  default -> false;
                });
    obj.require("id", "name", "kind", "sector");
    return obj.build("base organisation", b::build);
  }

  private static SubCommittee sub(Input in) {
    SubCommittee.Builder b = SubCommittee.builder();
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "id" -> {
                    String value = in.string();
                    b.id(in.value("sub-committee id", () -> SubCommitteeId.of(value)));
                    yield true;
                  }
                  case "name" -> {
                    b.name(in.string());
                    yield true;
                  }
                  case "foundedOn" -> {
                    b.foundedOn(in.date());
                    yield true;
                  }
                  case "consents" -> {
                    in.array(() -> b.addConsents(consent(in)));
                    yield true;
                  }
                  case "cells" -> {
                    in.array(() -> b.addCells(cell(in)));
                    yield true;
                  }
                  default -> false;
                });
    obj.require("id", "name");
    return obj.build("sub-committee", b::build);
  }

  private static Cell cell(Input in) {
    Cell.Builder b = Cell.builder();
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "id" -> {
                    String value = in.string();
                    b.id(in.value("cell id", () -> CellId.of(value)));
                    yield true;
                  }
                  case "name" -> {
                    b.name(in.string());
                    yield true;
                  }
                  case "foundedOn" -> {
                    b.foundedOn(in.date());
                    yield true;
                  }
                  case "lastCongressOn" -> {
                    b.lastCongressOn(in.date());
                    yield true;
                  }
                  case "consents" -> {
                    in.array(() -> b.addConsents(consent(in)));
                    yield true;
                  }
                  case "members" -> {
                    in.array(() -> b.addMembers(member(in)));
                    yield true;
                  }
                  default -> false;
                });
    obj.require("id", "name");
    return obj.build("cell", b::build);
  }

  private static Consent consent(Input in) {
    ConsentKind[] kind = new ConsentKind[1];
    LocalDate[] date = new LocalDate[1];
    String[] reference = new String[1];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "kind" -> {
                    kind[0] = in.enumValue(ConsentKind.class);
                    yield true;
                  }
                  case "date" -> {
                    date[0] = in.date();
                    yield true;
                  }
                  case "reference" -> {
                    reference[0] = in.string();
                    yield true;
                  }
                  default -> false;
                });
    obj.require("kind", "date", "reference");
    return obj.build("consent", () -> Consent.of(kind[0], date[0], reference[0]));
  }

  private static Member member(Input in) {
    Member.Builder b = Member.builder();
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "id" -> {
                    String value = in.string();
                    b.id(in.value("member id", () -> MemberId.of(value)));
                    yield true;
                  }
                  case "fullName" -> {
                    b.fullName(in.string());
                    yield true;
                  }
                  case "gender" -> {
                    b.gender(in.enumValue(Gender.class));
                    yield true;
                  }
                  case "dateOfBirth" -> {
                    b.dateOfBirth(in.date());
                    yield true;
                  }
                  case "admissionDate" -> {
                    b.admissionDate(in.date());
                    yield true;
                  }
                  case "officialDate" -> {
                    b.officialDate(in.date());
                    yield true;
                  }
                  case "exemptedSince" -> {
                    b.exemptedSince(in.date());
                    yield true;
                  }
                  case "suspension" -> {
                    b.suspension(range(in));
                    yield true;
                  }
                  case "membershipGaps" -> {
                    in.array(() -> b.addMembershipGaps(range(in)));
                    yield true;
                  }
                  case "posts" -> {
                    in.array(() -> b.addPosts(in.enumValue(Post.class)));
                    yield true;
                  }
                  default -> false;
                });
    obj.require("id", "fullName", "gender", "dateOfBirth", "admissionDate");
    return obj.build("member", b::build);
  }

  private static DateRange range(Input in) {
    LocalDate[] start = new LocalDate[1];
    @Nullable LocalDate[] end = new LocalDate[1];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "start" -> {
                    start[0] = in.date();
                    yield true;
                  }
                  case "end" -> {
                    end[0] = in.date();
                    yield true;
                  }
                  default -> false;
                });
    obj.require("start");
    return obj.build("date range", () -> new DateRange(start[0], end[0]));
  }
}
