package io.github.partyorg.json;

import io.github.partyorg.charter.DisciplineForm;
import io.github.partyorg.rating.AffiliatedBody;
import io.github.partyorg.rating.Criterion;
import io.github.partyorg.rating.Discipline;
import io.github.partyorg.rating.Grade;
import io.github.partyorg.rating.Level;
import io.github.partyorg.rating.MemberFacts;
import io.github.partyorg.rating.OrganisationCriterion;
import io.github.partyorg.rating.OrganisationFacts;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.OrganisationId;
import io.github.partyorg.structure.Share;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** The {@code partyorg.yearFacts} document: the rating facts of one year. */
final class YearFactsFormat {
  static final int MIN_YEAR = 1930;
  static final int MAX_YEAR = 9999;

  private YearFactsFormat() {}

  // ---------------------------------------------------------------------------------------------
  // Writing

  static void write(YearFacts facts, Output o) {
    o.integer("year", facts.year().getValue());
    o.date("reviewDate", facts.reviewDate());
    o.array("members", facts.members().values(), false, m -> o.object(() -> memberFacts(m, o)));
    o.array(
        "organisations",
        facts.organisations().values(),
        false,
        f -> o.object(() -> organisationFacts(f, o)));
    o.array(
        "decisions",
        facts.decisions().entrySet(),
        false,
        e ->
            o.object(
                () -> {
                  o.entity("entity", e.getKey());
                  o.enumValue("level", e.getValue());
                }));
  }

  private static void memberFacts(MemberFacts f, Output o) {
    o.string("memberId", f.memberId().value());
    grades(f.grades(), o);
    o.decimal("score", f.score());
    o.decimal("targetsCompletedPercent", f.targetsCompletedPercent());
    o.decimal("tasksOnTimePercent", f.tasksOnTimePercent());
    o.decimal("tasksExceededPercent", f.tasksExceededPercent());
    o.decimal("tasksLatePercent", f.tasksLatePercent());
    o.enumValue("civilServantLevel", f.civilServantLevel());
    o.integer("sickLeaveMonths", f.sickLeaveMonths());
    o.bool("maternityLeave", f.maternityLeave());
    o.array("disciplines", f.disciplines(), true, d -> o.object(() -> discipline(d, o)));
    o.bool("degradationConcluded", f.degradationConcluded());
    o.bool("forbiddenActsConcluded", f.forbiddenActsConcluded());
    o.bool("exampleDutyFailed", f.exampleDutyFailed());
    o.decimal("shortcomingsRemediedPercent", f.shortcomingsRemediedPercent());
    o.bool("leadershipPost", f.leadershipPost());
    o.bool("disciplinedForDutyViolation", f.disciplinedForDutyViolation());
    f.confidenceVoteLow()
        .ifPresent(
            v ->
                o.object(
                    "confidenceVoteLow",
                    () -> {
                      o.longInteger("low", v.part());
                      o.longInteger("votes", v.whole());
                    }));
    o.decimal("ledUnitTasksDonePercent", f.ledUnitTasksDonePercent());
  }

  private static void organisationFacts(OrganisationFacts f, Output o) {
    o.entity("organisation", f.organisationId());
    grades(f.grades(), o);
    o.decimal("score", f.score());
    o.decimal("targetsMetPercent", f.targetsMetPercent());
    o.bool("keyTargetsUnmet", f.keyTargetsUnmet());
    o.bool("forceMajeure", f.forceMajeure());
    o.decimal("tasksDonePercent", f.tasksDonePercent());
    o.decimal("tasksExceededPercent", f.tasksExceededPercent());
    o.decimal("tasksOnTimePercent", f.tasksOnTimePercent());
    o.decimal("tasksLatePercent", f.tasksLatePercent());
    o.decimal("shortcomingsRemediedPercent", f.shortcomingsRemediedPercent());
    f.discipline().ifPresent(d -> o.object("discipline", () -> discipline(d, o)));
    f.violationCase().ifPresent(d -> o.object("violationCase", () -> discipline(d, o)));
    o.bool("leadershipCollectiveDisciplined", f.leadershipCollectiveDisciplined());
    o.bool("leadershipDisunited", f.leadershipDisunited());
    f.affiliatedBodies()
        .ifPresent(
            bodies ->
                o.object(
                    "affiliatedBodies",
                    () ->
                        bodies.entrySet().stream()
                            .sorted(Map.Entry.comparingByKey())
                            .forEach(e -> o.enumValue(e.getKey().name(), e.getValue()))));
  }

  private static <E extends Enum<E>> void grades(Map<E, Grade> grades, Output o) {
    if (grades.isEmpty()) {
      return;
    }
    o.object(
        "grades",
        () -> {
          // Enum order, so that the output does not depend on the order of the input.
          grades.entrySet().stream()
              .sorted(Map.Entry.comparingByKey())
              .forEach(e -> o.enumValue(e.getKey().name(), e.getValue()));
        });
  }

  private static void discipline(Discipline d, Output o) {
    o.enumValue("form", d.form());
    o.date("date", d.date());
    o.bool("selfDetectedAndRemedied", d.selfDetectedAndRemedied());
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /** A facts entry read before the document's year is known: built at the end. */
  private record Pending<B>(Input.Obj obj, B builder) {}

  /**
   * The entries of one array of facts. When the year is known before the array, each entry is built
   * as soon as it is read, so that only the built facts are held; the first refusal is kept and
   * thrown at the end, where it would have been thrown had the entries been built there (after the
   * whole document is read and its required fields are checked; members before organisations).
   * Entries read before the year are kept and built at the end.
   */
  private static final class Entries<B, T> {
    private final String what;
    private final BiFunction<B, Year, T> build;
    private final Consumer<T> add;
    private final List<Pending<B>> pending = new ArrayList<>();
    private @Nullable JsonFormatException refusal;

    Entries(String what, BiFunction<B, Year, T> build, Consumer<T> add) {
      this.what = what;
      this.build = build;
      this.add = add;
    }

    void read(Pending<B> entry, @Nullable Year year) {
      if (year == null) {
        pending.add(entry);
      } else if (refusal == null) {
        try {
          add.accept(entry.obj().build(what, () -> build.apply(entry.builder(), year)));
        } catch (JsonFormatException e) {
          refusal = e;
        }
      }
    }

    void finish(Year year) {
      if (refusal != null) {
        throw refusal;
      }
      for (Pending<B> p : pending) {
        add.accept(p.obj().build(what, () -> build.apply(p.builder(), year)));
      }
    }
  }

  static YearFacts read(Input in) {
    YearFacts.Builder b = YearFacts.builder();
    Year[] year = new Year[1];
    Entries<MemberFacts.Builder, MemberFacts> members =
        new Entries<>("member facts", (f, y) -> f.year(y).build(), b::addMember);
    Entries<OrganisationFacts.Builder, OrganisationFacts> organisations =
        new Entries<>("organisation facts", (f, y) -> f.year(y).build(), b::addOrganisation);
    Set<EntityId> seen = new HashSet<>();
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "year" -> {
                    year[0] = Year.of(in.integer(MIN_YEAR, MAX_YEAR));
                    yield true;
                  }
                  case "reviewDate" -> {
                    b.reviewDate(in.date());
                    yield true;
                  }
                  case "members" -> {
                    in.array(() -> members.read(memberFacts(in, seen), year[0]));
                    yield true;
                  }
                  case "organisations" -> {
                    in.array(() -> organisations.read(organisationFacts(in, seen), year[0]));
                    yield true;
                  }
                  case "decisions" -> {
                    Set<EntityId> decided = new HashSet<>();
                    in.array(() -> decision(in, b, decided));
                    yield true;
                  }
                  default -> Header.read(in, name, DocumentKind.YEAR_FACTS);
                });
    obj.require("format", "version", "year", "reviewDate");
    b.year(year[0]);
    members.finish(year[0]);
    organisations.finish(year[0]);
    return obj.build("year facts", b::build);
  }

  private static Pending<MemberFacts.Builder> memberFacts(Input in, Set<EntityId> seen) {
    MemberFacts.Builder b = MemberFacts.builder();
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "memberId" -> {
                    String value = in.string();
                    MemberId id = in.value("member id", () -> MemberId.of(value));
                    if (!seen.add(id)) {
                      throw in.fail("Duplicate entry: this member already has facts.");
                    }
                    b.memberId(id);
                    yield true;
                  }
                  case "grades" -> {
                    grades(in, Criterion.class, b::putGrades);
                    yield true;
                  }
                  case "score" -> {
                    b.score(in.decimal());
                    yield true;
                  }
                  case "targetsCompletedPercent" -> {
                    b.targetsCompletedPercent(in.decimal());
                    yield true;
                  }
                  case "tasksOnTimePercent" -> {
                    b.tasksOnTimePercent(in.decimal());
                    yield true;
                  }
                  case "tasksExceededPercent" -> {
                    b.tasksExceededPercent(in.decimal());
                    yield true;
                  }
                  case "tasksLatePercent" -> {
                    b.tasksLatePercent(in.decimal());
                    yield true;
                  }
                  case "civilServantLevel" -> {
                    b.civilServantLevel(in.enumValue(Level.class));
                    yield true;
                  }
                  case "sickLeaveMonths" -> {
                    b.sickLeaveMonths(in.integer(0, 12));
                    yield true;
                  }
                  case "maternityLeave" -> {
                    b.maternityLeave(in.bool());
                    yield true;
                  }
                  case "disciplines" -> {
                    in.array(() -> b.addDisciplines(discipline(in)));
                    yield true;
                  }
                  case "degradationConcluded" -> {
                    b.degradationConcluded(in.bool());
                    yield true;
                  }
                  case "forbiddenActsConcluded" -> {
                    b.forbiddenActsConcluded(in.bool());
                    yield true;
                  }
                  case "exampleDutyFailed" -> {
                    b.exampleDutyFailed(in.bool());
                    yield true;
                  }
                  case "shortcomingsRemediedPercent" -> {
                    b.shortcomingsRemediedPercent(in.decimal());
                    yield true;
                  }
                  case "leadershipPost" -> {
                    b.leadershipPost(in.bool());
                    yield true;
                  }
                  case "disciplinedForDutyViolation" -> {
                    b.disciplinedForDutyViolation(in.bool());
                    yield true;
                  }
                  case "confidenceVoteLow" -> {
                    b.confidenceVoteLow(votes(in));
                    yield true;
                  }
                  case "ledUnitTasksDonePercent" -> {
                    b.ledUnitTasksDonePercent(in.decimal());
                    yield true;
                  }
                  default -> false;
                });
    obj.require("memberId");
    return new Pending<>(obj, b);
  }

  private static Pending<OrganisationFacts.Builder> organisationFacts(
      Input in, Set<EntityId> seen) {
    OrganisationFacts.Builder b = OrganisationFacts.builder();
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "organisation" -> {
                    EntityId id = entity(in, true);
                    if (!seen.add(id)) {
                      throw in.fail("Duplicate entry: this organisation already has facts.");
                    }
                    b.organisationId((OrganisationId) id);
                    yield true;
                  }
                  case "grades" -> {
                    grades(in, OrganisationCriterion.class, b::putGrades);
                    yield true;
                  }
                  case "score" -> {
                    b.score(in.decimal());
                    yield true;
                  }
                  case "targetsMetPercent" -> {
                    b.targetsMetPercent(in.decimal());
                    yield true;
                  }
                  case "keyTargetsUnmet" -> {
                    b.keyTargetsUnmet(in.bool());
                    yield true;
                  }
                  case "forceMajeure" -> {
                    b.forceMajeure(in.bool());
                    yield true;
                  }
                  case "tasksDonePercent" -> {
                    b.tasksDonePercent(in.decimal());
                    yield true;
                  }
                  case "tasksExceededPercent" -> {
                    b.tasksExceededPercent(in.decimal());
                    yield true;
                  }
                  case "tasksOnTimePercent" -> {
                    b.tasksOnTimePercent(in.decimal());
                    yield true;
                  }
                  case "tasksLatePercent" -> {
                    b.tasksLatePercent(in.decimal());
                    yield true;
                  }
                  case "shortcomingsRemediedPercent" -> {
                    b.shortcomingsRemediedPercent(in.decimal());
                    yield true;
                  }
                  case "discipline" -> {
                    b.discipline(discipline(in));
                    yield true;
                  }
                  case "violationCase" -> {
                    b.violationCase(discipline(in));
                    yield true;
                  }
                  case "leadershipCollectiveDisciplined" -> {
                    b.leadershipCollectiveDisciplined(in.bool());
                    yield true;
                  }
                  case "leadershipDisunited" -> {
                    b.leadershipDisunited(in.bool());
                    yield true;
                  }
                  case "affiliatedBodies" -> {
                    Map<AffiliatedBody, Level> bodies = new EnumMap<>(AffiliatedBody.class);
                    in.object(
                        key -> {
                          bodies.put(
                              in.enumKey(key, AffiliatedBody.class), in.enumValue(Level.class));
                          return true;
                        });
                    b.affiliatedBodies(bodies);
                    yield true;
                  }
                  default -> false;
                });
    obj.require("organisation");
    return new Pending<>(obj, b);
  }

  private static <E extends Enum<E>> void grades(
      Input in, Class<E> type, BiConsumer<E, Grade> put) {
    in.object(
        key -> {
          put.accept(in.enumKey(key, type), in.enumValue(Grade.class));
          return true;
        });
  }

  private static void decision(Input in, YearFacts.Builder b, Set<EntityId> decided) {
    EntityId[] entity = new EntityId[1];
    Level[] level = new Level[1];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "entity" -> {
                    entity[0] = entity(in, false);
                    if (!decided.add(entity[0])) {
                      throw in.fail("Duplicate entry: this entity already has a decided level.");
                    }
                    yield true;
                  }
                  case "level" -> {
                    level[0] = in.enumValue(Level.class);
                    yield true;
                  }
                  default -> false;
                });
    obj.require("entity", "level");
    b.decide(entity[0], level[0]);
  }

  /** An entity reference {@code {"kind": "CELL", "id": "C1"}}. */
  static EntityId entity(Input in, boolean organisationOnly) {
    EntityKind[] kind = new EntityKind[1];
    String[] id = new String[1];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "kind" -> {
                    kind[0] = in.enumValue(EntityKind.class);
                    if (organisationOnly && !kind[0].isOrganisation()) {
                      throw in.fail(
                          "Invalid value: expected BASE_ORGANISATION, SUB_COMMITTEE or CELL.");
                    }
                    yield true;
                  }
                  case "id" -> {
                    id[0] = in.string();
                    yield true;
                  }
                  default -> false;
                });
    obj.require("kind", "id");
    return obj.build("entity reference", () -> kind[0].id(id[0]));
  }

  /** The low votes of a confidence vote: {@code {"low": 3, "votes": 10}}. */
  private static Share votes(Input in) {
    long[] counts = new long[2];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "low" -> {
                    counts[0] = in.longInteger(0, Long.MAX_VALUE);
                    yield true;
                  }
                  case "votes" -> {
                    counts[1] = in.longInteger(1, Long.MAX_VALUE);
                    yield true;
                  }
                  default -> false;
                });
    obj.require("low", "votes");
    return obj.build("confidence vote", () -> Share.of(counts[0], counts[1]));
  }

  private static Discipline discipline(Input in) {
    DisciplineForm[] form = new DisciplineForm[1];
    LocalDate[] date = new LocalDate[1];
    boolean[] self = new boolean[1];
    Input.Obj obj =
        in.object(
            name ->
                switch (name) {
                  case "form" -> {
                    form[0] = in.enumValue(DisciplineForm.class);
                    yield true;
                  }
                  case "date" -> {
                    date[0] = in.date();
                    yield true;
                  }
                  case "selfDetectedAndRemedied" -> {
                    self[0] = in.bool();
                    yield true;
                  }
                  default -> false;
                });
    obj.require("form", "date");
    return obj.build("discipline", () -> new Discipline(form[0], date[0], self[0]));
  }
}
