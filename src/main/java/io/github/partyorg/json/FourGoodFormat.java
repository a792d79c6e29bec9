package io.github.partyorg.json;

import io.github.partyorg.fourgood.ComputedCriterion;
import io.github.partyorg.fourgood.CriteriaProfile;
import io.github.partyorg.fourgood.CriterionResult;
import io.github.partyorg.fourgood.Fact;
import io.github.partyorg.fourgood.FourGoodResult;
import io.github.partyorg.fourgood.FourGoodRule;
import io.github.partyorg.fourgood.FourGoodYear;
import io.github.partyorg.fourgood.Heading;
import io.github.partyorg.fourgood.HeadingResult;
import io.github.partyorg.fourgood.Meeting;
import io.github.partyorg.fourgood.MeetingKind;
import io.github.partyorg.fourgood.MonthlyCriterion;
import io.github.partyorg.fourgood.MonthlySheet;
import io.github.partyorg.fourgood.OrganisationResult;
import io.github.partyorg.fourgood.ProfileLevel;
import io.github.partyorg.fourgood.ReportedAnswer;
import io.github.partyorg.fourgood.ReportedCriterion;
import io.github.partyorg.fourgood.SubCriterion;
import io.github.partyorg.rating.Level;
import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.MemberHolderId;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.OrganisationId;
import io.github.partyorg.structure.Share;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The four-good documents: {@code partyorg.fourGoodProfile} and {@code partyorg.fourGoodYear} (read
 * and written) and {@code partyorg.fourGoodResult} (written, and read back equal).
 */
final class FourGoodFormat {
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  /** The {@code type} of a sub-criterion. */
  enum CriterionType {
    COMPUTED,
    MONTHLY,
    REPORTED
  }

  private FourGoodFormat() {}

  // ---------------------------------------------------------------------------------------------
  // Profile

  static void writeProfile(CriteriaProfile p, Output o) {
    o.text("issuer", p.issuer());
    o.text("instrument", p.instrument());
    o.date("instrumentDate", p.instrumentDate());
    p.firstYear().ifPresent(y -> o.integer("firstYear", y.getValue()));
    p.lastYear().ifPresent(y -> o.integer("lastYear", y.getValue()));
    o.enumValue("level", p.level());
    o.text("titleName", p.titleName());
    o.array(
        "headings",
        p.headings(),
        false,
        h ->
            o.object(
                () -> {
                  o.text("title", h.title());
                  o.array("criteria", h.criteria(), false, c -> o.object(() -> criterion(c, o)));
                }));
    o.array("gates", p.gates(), false, c -> o.object(() -> criterion(c, o)));
  }

  private static void criterion(SubCriterion c, Output o) {
    o.enumValue("type", type(c));
    o.string("id", c.id());
    o.text("title", c.title());
    parameters(c, o);
  }

  /** The fields of a sub-criterion beyond its type, id and title. */
  private static void parameters(SubCriterion c, Output o) {
    if (c instanceof ComputedCriterion computed) {
      o.enumValue("fact", computed.fact());
      o.decimal("thresholdPercent", computed.thresholdPercent());
    } else if (c instanceof MonthlyCriterion monthly) {
      o.decimal("requiredPercentOfMonths", monthly.requiredPercentOfMonths());
    }
  }

  private static CriterionType type(SubCriterion c) {
    if (c instanceof ComputedCriterion) {
      return CriterionType.COMPUTED;
    }
    if (c instanceof MonthlyCriterion) {
      return CriterionType.MONTHLY;
    }
    return CriterionType.REPORTED;
  }

  static CriteriaProfile readProfile(Input in) {
    CriteriaProfile.Builder b = CriteriaProfile.builder();
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "issuer" -> {
                    b.issuer(YearReportFormat.text(in));
                    yield true;
                  }
                  case "instrument" -> {
                    b.instrument(YearReportFormat.text(in));
                    yield true;
                  }
                  case "instrumentDate" -> {
                    b.instrumentDate(in.date());
                    yield true;
                  }
                  case "firstYear" -> {
                    b.firstYear(year(in));
                    yield true;
                  }
                  case "lastYear" -> {
                    b.lastYear(year(in));
                    yield true;
                  }
                  case "level" -> {
                    b.level(in.enumValue(ProfileLevel.class));
                    yield true;
                  }
                  case "titleName" -> {
                    b.titleName(YearReportFormat.text(in));
                    yield true;
                  }
                  case "headings" -> {
                    in.array(() -> b.addHeadings(heading(in)));
                    yield true;
                  }
                  case "gates" -> {
                    in.array(() -> b.addGates(criterion(in)));
                    yield true;
                  }
                  default -> Header.read(in, name, DocumentKind.FOUR_GOOD_PROFILE);
                });
    obj.require("format", "version", "issuer", "instrument", "level", "titleName", "headings");
    return obj.build("criteria profile", b::build);
  }

  private static Year year(Input in) {
    return Year.of(in.integer(YearFactsFormat.MIN_YEAR, YearFactsFormat.MAX_YEAR));
  }

  private static Heading heading(Input in) {
    LocalizedText[] title = new LocalizedText[1];
    List<SubCriterion> criteria = new ArrayList<>();
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "title" -> {
                    title[0] = YearReportFormat.text(in);
                    yield true;
                  }
                  case "criteria" -> {
                    in.array(() -> criteria.add(criterion(in)));
                    yield true;
                  }
                  default -> false;
                });
    obj.require("title", "criteria");
    return obj.build("heading", () -> new Heading(title[0], criteria));
  }

  private static SubCriterion criterion(Input in) {
    CriterionParts parts = new CriterionParts();
    Input.Obj obj = in.object(name -> parts.field(in, name));
    return parts.build(obj);
  }

  /** The fields of a sub-criterion, in a profile or in a result. */
  private static final class CriterionParts {
    @Nullable CriterionType type;
    @Nullable String id;
    @Nullable LocalizedText title;
    @Nullable Fact fact;
    @Nullable BigDecimal threshold;
    @Nullable BigDecimal months;

    boolean field(Input in, String name) {
      switch (name) {
        case "type" -> type = in.enumValue(CriterionType.class);
        case "id" -> id = in.string();
        case "title" -> title = YearReportFormat.text(in);
        case "fact" -> fact = in.enumValue(Fact.class);
        case "thresholdPercent" -> threshold = in.decimal();
        case "requiredPercentOfMonths" -> months = in.decimal();
        default -> {
          return false;
        }
      }
      return true;
    }

    SubCriterion build(Input.Obj obj) {
      obj.require("type", "id", "title");
      // Present: required above.
      CriterionType t = Objects.requireNonNull(type);
      String i = Objects.requireNonNull(id);
      LocalizedText tt = Objects.requireNonNull(title);
      if (t == CriterionType.COMPUTED) {
        obj.require("fact");
        refuse(obj, t, "requiredPercentOfMonths");
        Fact f = Objects.requireNonNull(fact);
        BigDecimal p = threshold;
        return obj.build(
            "sub-criterion", () -> new ComputedCriterion(i, tt, f, Optional.ofNullable(p)));
      }
      refuse(obj, t, "fact");
      refuse(obj, t, "thresholdPercent");
      if (t == CriterionType.MONTHLY) {
        obj.require("requiredPercentOfMonths");
        BigDecimal m = Objects.requireNonNull(months);
        return obj.build("sub-criterion", () -> new MonthlyCriterion(i, tt, m));
      }
      refuse(obj, t, "requiredPercentOfMonths");
      return obj.build("sub-criterion", () -> new ReportedCriterion(i, tt));
    }
  }

  private static void refuse(Input.Obj obj, CriterionType type, String field) {
    if (obj.has(field)) {
      throw obj.fail("The field " + field + " is not allowed for a " + type + " sub-criterion.");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Year

  static void writeYear(FourGoodYear y, Output o) {
    o.integer("year", y.year().getValue());
    o.array("registered", y.registered(), false, id -> entityItem(id, o));
    o.array("meetings", y.meetings(), false, m -> o.object(() -> meeting(m, o)));
    o.array(
        "monthlySheets",
        y.monthlySheets(),
        false,
        s ->
            o.object(
                () -> {
                  o.entity("organisation", s.organisationId());
                  o.string("month", s.month().toString());
                  o.array(
                      "criteriaMet",
                      s.criteriaMet().stream().sorted().toList(),
                      false,
                      o::stringItem);
                }));
    o.array(
        "reportedAnswers",
        y.reportedAnswers(),
        false,
        a ->
            o.object(
                () -> {
                  o.entity("organisation", a.organisationId());
                  o.string("criterionId", a.criterionId());
                  o.bool("met", a.met());
                  o.string("evidence", a.evidence());
                }));
    members("membersAssignedDuties", y.membersAssignedDuties(), o);
    o.array(
        "organisationLevels",
        y.organisationLevels().entrySet(),
        false,
        e ->
            o.object(
                () -> {
                  o.entity("organisation", e.getKey());
                  o.enumValue("level", e.getValue());
                }));
    o.array(
        "memberLevels",
        y.memberLevels().entrySet(),
        false,
        e ->
            o.object(
                () -> {
                  o.string("memberId", e.getKey().value());
                  o.enumValue("level", e.getValue());
                }));
    members("disciplinedMembers", y.disciplinedMembers(), o);
  }

  private static void entityItem(EntityId id, Output o) {
    o.object(
        () -> {
          o.string("kind", EntityKind.of(id).name());
          o.string("id", id.value());
        });
  }

  private static void members(String name, Set<MemberId> ids, Output o) {
    o.array(name, ids, false, id -> o.stringItem(id.value()));
  }

  private static void meeting(Meeting m, Output o) {
    o.entity("holder", m.holderId());
    o.date("date", m.date());
    o.enumValue("kind", m.kind());
    o.integer("durationMinutes", m.durationMinutes());
    members("expectedMembers", m.expectedMembers(), o);
    members("presentMembers", m.presentMembers(), o);
    members("excusedMembers", m.excusedMembers(), o);
    members("exemptedMembers", m.exemptedMembers(), o);
    o.bool("minutesComplete", m.minutesComplete());
  }

  static FourGoodYear readYear(Input in) {
    FourGoodYear.Builder b = FourGoodYear.builder();
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "year" -> {
                    b.year(year(in));
                    yield true;
                  }
                  case "registered" -> {
                    Set<EntityId> seen = new HashSet<>();
                    in.array(() -> b.addRegistered(organisation(in, seen)));
                    yield true;
                  }
                  case "meetings" -> {
                    in.array(() -> b.addMeetings(meeting(in)));
                    yield true;
                  }
                  case "monthlySheets" -> {
                    in.array(() -> b.addMonthlySheets(sheet(in)));
                    yield true;
                  }
                  case "reportedAnswers" -> {
                    in.array(() -> b.addReportedAnswers(answer(in)));
                    yield true;
                  }
                  case "membersAssignedDuties" -> {
                    members(in, b::addMembersAssignedDuties);
                    yield true;
                  }
                  case "organisationLevels" -> {
                    Set<EntityId> seen = new HashSet<>();
                    in.array(() -> organisationLevel(in, seen, b));
                    yield true;
                  }
                  case "memberLevels" -> {
                    Set<EntityId> seen = new HashSet<>();
                    in.array(() -> memberLevel(in, seen, b));
                    yield true;
                  }
                  case "disciplinedMembers" -> {
                    members(in, b::addDisciplinedMembers);
                    yield true;
                  }
                  default -> Header.read(in, name, DocumentKind.FOUR_GOOD_YEAR);
                });
    obj.require("format", "version", "year");
    return obj.build("four-good year", b::build);
  }

  private static OrganisationId organisation(Input in, Set<EntityId> seen) {
    EntityId id = YearFactsFormat.entity(in, true);
    if (!seen.add(id)) {
      throw in.fail("Duplicate entry: this organisation is listed twice.");
    }
    return (OrganisationId) id;
  }

  private static void members(Input in, Consumer<MemberId> add) {
    Set<MemberId> seen = new HashSet<>();
    in.array(
        () -> {
          String value = in.string();
          MemberId id = in.value("member id", () -> MemberId.of(value));
          if (!seen.add(id)) {
            throw in.fail("Duplicate entry: this member is listed twice.");
          }
          add.accept(id);
        });
  }

  private static Meeting meeting(Input in) {
    Meeting.Builder b = Meeting.builder();
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "holder" -> {
                    EntityId id = YearFactsFormat.entity(in, true);
                    if (!(id instanceof MemberHolderId holder)) {
                      throw in.fail(
                          "Invalid value: a meeting is held by a CELL or a BASE_ORGANISATION.");
                    }
                    b.holderId(holder);
                    yield true;
                  }
                  case "date" -> {
                    b.date(in.date());
                    yield true;
                  }
                  case "kind" -> {
                    b.kind(in.enumValue(MeetingKind.class));
                    yield true;
                  }
                  case "durationMinutes" -> {
                    b.durationMinutes(in.integer(0, 24 * 60));
                    yield true;
                  }
                  case "expectedMembers" -> {
                    members(in, b::addExpectedMembers);
                    yield true;
                  }
                  case "presentMembers" -> {
                    members(in, b::addPresentMembers);
                    yield true;
                  }
                  case "excusedMembers" -> {
                    members(in, b::addExcusedMembers);
                    yield true;
                  }
                  case "exemptedMembers" -> {
                    members(in, b::addExemptedMembers);
                    yield true;
                  }
                  case "minutesComplete" -> {
                    b.minutesComplete(in.bool());
                    yield true;
                  }
                  default -> false;
                });
    obj.require("holder", "date", "kind", "durationMinutes", "expectedMembers");
    return obj.build("meeting", b::build);
  }

  private static MonthlySheet sheet(Input in) {
    OrganisationId[] org = new OrganisationId[1];
    YearMonth[] month = new YearMonth[1];
    List<String> met = new ArrayList<>();
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "organisation" -> {
                    org[0] = (OrganisationId) YearFactsFormat.entity(in, true);
                    yield true;
                  }
                  case "month" -> {
                    month[0] = month(in);
                    yield true;
                  }
                  case "criteriaMet" -> {
                    Set<String> seen = new HashSet<>();
                    in.array(
                        () -> {
                          String id = in.string();
                          if (!seen.add(id)) {
                            throw in.fail("Duplicate entry: this sub-criterion is listed twice.");
                          }
                          met.add(id);
                        });
                    yield true;
                  }
                  default -> false;
                });
    obj.require("organisation", "month", "criteriaMet");
    return obj.build("monthly sheet", () -> new MonthlySheet(org[0], month[0], Set.copyOf(met)));
  }

  private static YearMonth month(Input in) {
    String text = in.string();
    if (MONTH.matcher(text).matches()) {
      try {
        return YearMonth.parse(text);
      } catch (DateTimeException e) {
        // falls through to the error below
      }
    }
    throw in.fail("Invalid month: expected an existing month written YYYY-MM.");
  }

  private static ReportedAnswer answer(Input in) {
    OrganisationId[] org = new OrganisationId[1];
    String[] text = new String[2];
    boolean[] met = new boolean[1];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "organisation" -> {
                    org[0] = (OrganisationId) YearFactsFormat.entity(in, true);
                    yield true;
                  }
                  case "criterionId" -> {
                    text[0] = in.string();
                    yield true;
                  }
                  case "met" -> {
                    met[0] = in.bool();
                    yield true;
                  }
                  case "evidence" -> {
                    text[1] = in.string();
                    yield true;
                  }
                  default -> false;
                });
    obj.require("organisation", "criterionId", "met", "evidence");
    return obj.build("reported answer", () -> new ReportedAnswer(org[0], text[0], met[0], text[1]));
  }

  private static void organisationLevel(Input in, Set<EntityId> seen, FourGoodYear.Builder b) {
    OrganisationId[] org = new OrganisationId[1];
    Level[] level = new Level[1];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "organisation" -> {
                    org[0] = organisation(in, seen);
                    yield true;
                  }
                  case "level" -> {
                    level[0] = in.enumValue(Level.class);
                    yield true;
                  }
                  default -> false;
                });
    obj.require("organisation", "level");
    b.putOrganisationLevels(org[0], level[0]);
  }

  private static void memberLevel(Input in, Set<EntityId> seen, FourGoodYear.Builder b) {
    MemberId[] member = new MemberId[1];
    Level[] level = new Level[1];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "memberId" -> {
                    String value = in.string();
                    member[0] = in.value("member id", () -> MemberId.of(value));
                    if (!seen.add(member[0])) {
                      throw in.fail("Duplicate entry: this member already has a level.");
                    }
                    yield true;
                  }
                  case "level" -> {
                    level[0] = in.enumValue(Level.class);
                    yield true;
                  }
                  default -> false;
                });
    obj.require("memberId", "level");
    b.putMemberLevels(member[0], level[0]);
  }

  // ---------------------------------------------------------------------------------------------
  // Result

  static void writeResult(FourGoodResult r, Output o) {
    o.integer("year", r.year().getValue());
    o.array("cells", r.cells(), false, x -> o.object(() -> organisationResult(x, o)));
    o.array(
        "baseCommittees", r.baseCommittees(), false, x -> o.object(() -> organisationResult(x, o)));
    o.array("fourGoodCells", r.fourGoodCells(), false, id -> entityItem(id, o));
    o.array("fourGoodBaseCommittees", r.fourGoodBaseCommittees(), false, id -> entityItem(id, o));
    r.cellShare().ifPresent(s -> share("cellShare", s, o));
    r.baseCommitteeShare().ifPresent(s -> share("baseCommitteeShare", s, o));
  }

  private static void share(String name, Share s, Output o) {
    o.object(
        name,
        () -> {
          o.integer("granted", Math.toIntExact(s.part()));
          o.integer("assessed", Math.toIntExact(s.whole()));
          if (!s.isEmpty()) {
            o.decimal("percent", s.percent());
          }
        });
  }

  private static void organisationResult(OrganisationResult r, Output o) {
    o.entity("organisation", r.organisationId());
    o.bool("baseCommittee", r.baseCommittee());
    o.text("titleName", r.titleName());
    o.bool("registered", r.registered());
    o.bool("granted", r.granted());
    o.array("gates", r.gates(), false, c -> o.object(() -> criterionResult(c, o)));
    o.array("headings", r.headings(), false, h -> o.object(() -> headingResult(h, o)));
    o.array("failures", r.failures(), false, t -> o.object(() -> localized(t, o)));
    o.text("explanation", r.explanation());
  }

  private static void headingResult(HeadingResult h, Output o) {
    o.text("title", h.heading().title());
    o.bool("met", h.met());
    o.array("criteria", h.results(), false, c -> o.object(() -> criterionResult(c, o)));
  }

  private static void criterionResult(CriterionResult c, Output o) {
    o.string("id", c.criterion().id());
    o.enumValue("type", type(c.criterion()));
    o.enumValue("rule", c.criterion().rule());
    o.text("title", c.criterion().title());
    parameters(c.criterion(), o);
    o.bool("met", c.met());
    o.text("facts", c.facts());
  }

  private static void localized(LocalizedText t, Output o) {
    o.string("vi", t.vi());
    o.string("en", t.en());
  }

  static FourGoodResult readResult(Input in) {
    Year[] year = new Year[1];
    List<OrganisationResult> cells = new ArrayList<>();
    List<OrganisationResult> committees = new ArrayList<>();
    List<List<OrganisationId>> claimed = new ArrayList<>(List.of(List.of(), List.of()));
    List<Optional<long[]>> shares = new ArrayList<>(List.of(Optional.empty(), Optional.empty()));
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "year" -> {
                    year[0] = year(in);
                    yield true;
                  }
                  case "cells" -> {
                    in.array(() -> cells.add(organisationResult(in)));
                    yield true;
                  }
                  case "baseCommittees" -> {
                    in.array(() -> committees.add(organisationResult(in)));
                    yield true;
                  }
                  case "fourGoodCells", "fourGoodBaseCommittees" -> {
                    List<OrganisationId> ids = new ArrayList<>();
                    Set<EntityId> seen = new HashSet<>();
                    in.array(() -> ids.add(organisation(in, seen)));
                    claimed.set(name.equals("fourGoodCells") ? 0 : 1, ids);
                    yield true;
                  }
                  case "cellShare", "baseCommitteeShare" -> {
                    shares.set(name.equals("cellShare") ? 0 : 1, Optional.of(share(in)));
                    yield true;
                  }
                  default -> Header.read(in, name, DocumentKind.FOUR_GOOD_RESULT);
                });
    obj.require("format", "version", "year");
    // The organisations' results carry the year of the document, which may come after them.
    Year y = year[0];
    FourGoodResult result =
        obj.build(
            "four-good result",
            () -> new FourGoodResult(y, withYear(cells, y), withYear(committees, y)));
    derived(obj, "fourGoodCells", claimed.get(0).equals(result.fourGoodCells()));
    derived(obj, "fourGoodBaseCommittees", claimed.get(1).equals(result.fourGoodBaseCommittees()));
    derived(obj, "cellShare", sameShare(shares.get(0), result.cellShare()));
    derived(obj, "baseCommitteeShare", sameShare(shares.get(1), result.baseCommitteeShare()));
    return result;
  }

  /** A derived field that is written must agree with what the parts give. */
  private static void derived(Input.Obj obj, String field, boolean agrees) {
    if (!agrees) {
      throw obj.fail("The field " + field + " does not agree with the results it derives from.");
    }
  }

  private static boolean sameShare(Optional<long[]> claimed, Optional<Share> actual) {
    if (claimed.isEmpty() || actual.isEmpty()) {
      return claimed.isEmpty() == actual.isEmpty();
    }
    long[] c = claimed.get();
    Share s = actual.get();
    return c[0] == s.part() && c[1] == s.whole() && (c[2] == 0 || !s.isEmpty());
  }

  /** {@code granted}, {@code assessed}, and 1 in the third slot if {@code percent} is present. */
  private static long[] share(Input in) {
    long[] share = new long[3];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "granted" -> {
                    share[0] = in.integer(0, Integer.MAX_VALUE);
                    yield true;
                  }
                  case "assessed" -> {
                    share[1] = in.integer(0, Integer.MAX_VALUE);
                    yield true;
                  }
                  case "percent" -> {
                    in.decimal();
                    share[2] = 1;
                    yield true;
                  }
                  default -> false;
                });
    obj.require("granted", "assessed");
    return share;
  }

  private static List<OrganisationResult> withYear(List<OrganisationResult> results, Year year) {
    return results.stream()
        .map(
            r ->
                new OrganisationResult(
                    r.organisationId(),
                    r.baseCommittee(),
                    year,
                    r.titleName(),
                    r.registered(),
                    r.gates(),
                    r.headings()))
        .toList();
  }

  /** Read with a placeholder year, replaced by the document's once it is known. */
  private static OrganisationResult organisationResult(Input in) {
    OrganisationId[] id = new OrganisationId[1];
    boolean[] flags = new boolean[3];
    LocalizedText[] title = new LocalizedText[1];
    List<CriterionResult> gates = new ArrayList<>();
    List<HeadingResult> headings = new ArrayList<>();
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "organisation" -> {
                    id[0] = (OrganisationId) YearFactsFormat.entity(in, true);
                    yield true;
                  }
                  case "baseCommittee" -> {
                    flags[0] = in.bool();
                    yield true;
                  }
                  case "titleName" -> {
                    title[0] = YearReportFormat.text(in);
                    yield true;
                  }
                  case "registered" -> {
                    flags[1] = in.bool();
                    yield true;
                  }
                  case "granted" -> {
                    flags[2] = in.bool();
                    yield true;
                  }
                  case "gates" -> {
                    in.array(() -> gates.add(criterionResult(in)));
                    yield true;
                  }
                  case "headings" -> {
                    in.array(() -> headings.add(headingResult(in)));
                    yield true;
                  }
                  case "failures" -> {
                    in.array(() -> YearReportFormat.text(in));
                    yield true;
                  }
                  case "explanation" -> {
                    YearReportFormat.text(in);
                    yield true;
                  }
                  default -> false;
                });
    obj.require("organisation", "titleName");
    OrganisationResult result =
        obj.build(
            "organisation result",
            () ->
                new OrganisationResult(
                    id[0], flags[0], Year.of(2000), title[0], flags[1], gates, headings));
    if (obj.has("granted")) {
      derived(obj, "granted", flags[2] == result.granted());
    }
    return result;
  }

  private static HeadingResult headingResult(Input in) {
    LocalizedText[] title = new LocalizedText[1];
    boolean[] met = new boolean[1];
    List<CriterionResult> results = new ArrayList<>();
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "title" -> {
                    title[0] = YearReportFormat.text(in);
                    yield true;
                  }
                  case "met" -> {
                    met[0] = in.bool();
                    yield true;
                  }
                  case "criteria" -> {
                    in.array(() -> results.add(criterionResult(in)));
                    yield true;
                  }
                  default -> false;
                });
    obj.require("title", "criteria");
    HeadingResult result =
        obj.build(
            "heading result",
            () ->
                new HeadingResult(
                    new Heading(
                        title[0], results.stream().map(CriterionResult::criterion).toList()),
                    results));
    if (obj.has("met")) {
      derived(obj, "met", met[0] == result.met());
    }
    return result;
  }

  private static CriterionResult criterionResult(Input in) {
    CriterionParts parts = new CriterionParts();
    FourGoodRule[] rule = new FourGoodRule[1];
    boolean[] met = new boolean[1];
    LocalizedText[] facts = new LocalizedText[1];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "rule" -> {
                    rule[0] = in.enumValue(FourGoodRule.class);
                    yield true;
                  }
                  case "met" -> {
                    met[0] = in.bool();
                    yield true;
                  }
                  case "facts" -> {
                    facts[0] = YearReportFormat.text(in);
                    yield true;
                  }
                  default -> parts.field(in, name);
                });
    obj.require("met", "facts");
    SubCriterion criterion = parts.build(obj);
    if (obj.has("rule")) {
      derived(obj, "rule", rule[0] == criterion.rule());
    }
    return obj.build("criterion result", () -> new CriterionResult(criterion, met[0], facts[0]));
  }
}
