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
import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.BaseOrganisationKind;
import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.Consent;
import io.github.partyorg.structure.ConsentKind;
import io.github.partyorg.structure.DateRange;
import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.Gender;
import io.github.partyorg.structure.HostSector;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.OrganisationId;
import io.github.partyorg.structure.Post;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.RootId;
import io.github.partyorg.structure.RootKind;
import io.github.partyorg.structure.SubCommittee;
import io.github.partyorg.structure.SubCommitteeId;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** Seeded generators of valid roots and year facts, with every optional field exercised. */
final class JsonSamples {
  private static final String[] NAMES = {
    "Nguyễn Văn An", "Trần Thị Bích", "Lê \"Quote\" Cường", "Phạm\\Backslash", "Đỗ Thị\nHà", "Ω 😀"
  };

  final Random random;
  private int next;
  final List<MemberId> memberIds = new ArrayList<>();
  final List<OrganisationId> organisationIds = new ArrayList<>();

  JsonSamples(long seed) {
    this.random = new Random(seed);
  }

  static String write(Root root) {
    StringWriter out = new StringWriter();
    PartyorgJson.standard().writeRoot(root, out);
    return out.toString();
  }

  static String write(YearFacts facts) {
    StringWriter out = new StringWriter();
    PartyorgJson.standard().writeYearFacts(facts, out);
    return out.toString();
  }

  static Root readRoot(String json) {
    return PartyorgJson.standard().readRoot(new StringReader(json));
  }

  static YearFacts readYearFacts(String json) {
    return PartyorgJson.standard().readYearFacts(new StringReader(json));
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private LocalDate date(int fromYear, int years) {
    return LocalDate.of(fromYear + random.nextInt(years), 1, 1).plusDays(random.nextInt(365));
  }

  private List<Consent> consents() {
    List<Consent> consents = new ArrayList<>();
    int n = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
    for (int i = 0; i < n; i++) {
      consents.add(Consent.of(pick(ConsentKind.values()), date(2000, 20), "QĐ " + next++ + "/ĐU"));
    }
    return consents;
  }

  Member member() {
    String id = "m" + next++;
    memberIds.add(MemberId.of(id));
    LocalDate admitted = date(1960, 60);
    Member.Builder b =
        Member.builder()
            .id(MemberId.of(id))
            .fullName(pick(NAMES) + " " + id)
            .gender(pick(Gender.values()))
            .dateOfBirth(
                admitted.minusYears(18 + random.nextInt(40)).minusDays(random.nextInt(300)))
            .admissionDate(admitted);
    if (random.nextInt(5) > 0) {
      b.officialDate(admitted.plusYears(1));
    }
    if (random.nextInt(8) == 0) {
      b.exemptedSince(admitted.plusYears(2));
    }
    if (random.nextInt(8) == 0) {
      LocalDate start = admitted.plusMonths(3);
      b.suspension(random.nextBoolean() ? DateRange.from(start) : DateRange.of(start, start));
    }
    if (random.nextInt(8) == 0) {
      b.addMembershipGaps(DateRange.of(admitted.plusDays(10), admitted.plusDays(40)));
      if (random.nextBoolean()) {
        b.addMembershipGaps(DateRange.of(admitted.plusDays(100), admitted.plusDays(200)));
      }
    }
    for (Post post : Post.values()) {
      if (random.nextInt(6) == 0) {
        b.addPosts(post);
      }
    }
    return b.build();
  }

  private List<Member> members(int max) {
    List<Member> members = new ArrayList<>();
    int n = random.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      members.add(member());
    }
    return members;
  }

  private Optional<LocalDate> maybeDate() {
    return random.nextBoolean() ? Optional.of(date(1990, 30)) : Optional.empty();
  }

  private Cell cell() {
    String id = "c" + next++;
    organisationIds.add(CellId.of(id));
    return Cell.builder()
        .id(CellId.of(id))
        .name("Chi bộ " + id)
        .foundedOn(maybeDate())
        .lastCongressOn(maybeDate())
        .addAllConsents(consents())
        .addAllMembers(members(5))
        .build();
  }

  Root root() {
    Root.Builder root =
        Root.builder()
            .id(RootId.of("R" + next++))
            .kind(pick(RootKind.values()))
            .name(pick(NAMES) + " root")
            .snapshotDate(date(2026, 1)); // not before any facts' year (2018-2026)
    int bases = random.nextInt(5);
    for (int i = 0; i < bases; i++) {
      String id = "b" + next++;
      organisationIds.add(BaseOrganisationId.of(id));
      BaseOrganisation.Builder base =
          BaseOrganisation.builder()
              .id(BaseOrganisationId.of(id))
              .sector(pick(HostSector.values()))
              .foundedOn(maybeDate())
              .lastCongressOn(maybeDate())
              .addAllConsents(consents());
      if (random.nextBoolean()) {
        base.name("Chi bộ cơ sở " + id)
            .kind(BaseOrganisationKind.BASE_CELL)
            .addAllMembers(members(6));
      } else {
        base.name("Đảng bộ " + id).kind(BaseOrganisationKind.BASE_COMMITTEE);
        int cells = random.nextInt(3);
        for (int c = 0; c < cells; c++) {
          base.addCells(cell());
        }
        int subs = random.nextInt(3);
        for (int s = 0; s < subs; s++) {
          String subId = "s" + next++;
          organisationIds.add(SubCommitteeId.of(subId));
          SubCommittee.Builder sub =
              SubCommittee.builder()
                  .id(SubCommitteeId.of(subId))
                  .name("Đảng bộ bộ phận " + subId)
                  .foundedOn(maybeDate())
                  .addAllConsents(consents());
          int subCells = random.nextInt(3);
          for (int c = 0; c < subCells; c++) {
            sub.addCells(cell());
          }
          base.addSubCommittees(sub.build());
        }
      }
      root.addBaseOrganisation(base.build());
    }
    return root.build();
  }

  /** A percentage with a random scale: 100, 87.5, 12.25, 0.000, 1E+1. */
  private BigDecimal percent() {
    return switch (random.nextInt(5)) {
      case 0 -> BigDecimal.valueOf(100);
      case 1 -> BigDecimal.valueOf(random.nextInt(1001), 1);
      case 2 -> BigDecimal.valueOf(random.nextInt(10001), 2);
      case 3 -> BigDecimal.ZERO.setScale(3);
      default -> new BigDecimal("1E+1");
    };
  }

  private Optional<BigDecimal> maybePercent() {
    return random.nextInt(3) == 0 ? Optional.empty() : Optional.of(percent());
  }

  private <E extends Enum<E>> Map<E, Grade> grades(Class<E> type) {
    Map<E, Grade> grades = new EnumMap<>(type);
    for (E key : type.getEnumConstants()) {
      if (random.nextInt(3) > 0) {
        grades.put(key, pick(Grade.values()));
      }
    }
    return grades;
  }

  private Discipline discipline(int year) {
    return new Discipline(
        pick(DisciplineForm.values()),
        LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)),
        random.nextBoolean());
  }

  /** Facts for some of the members and organisations generated so far, with decisions. */
  YearFacts yearFacts() {
    int year = 2018 + random.nextInt(9);
    YearFacts.Builder b =
        YearFacts.builder()
            .year(Year.of(year))
            .reviewDate(LocalDate.of(year, 12, 1 + random.nextInt(31)));
    for (MemberId id : memberIds) {
      if (random.nextInt(4) == 0) {
        continue;
      }
      MemberFacts.Builder m =
          MemberFacts.builder()
              .memberId(id)
              .year(Year.of(year))
              .grades(grades(Criterion.class))
              .score(maybePercent())
              .targetsCompletedPercent(maybePercent())
              .tasksLatePercent(maybePercent())
              .sickLeaveMonths(random.nextInt(13))
              .maternityLeave(random.nextInt(10) == 0)
              .degradationConcluded(random.nextInt(20) == 0);
      if (random.nextBoolean()) {
        BigDecimal onTime = percent();
        m.tasksOnTimePercent(onTime);
        if (random.nextBoolean()) {
          m.tasksExceededPercent(onTime.divide(BigDecimal.valueOf(2)));
        }
      }
      if (random.nextInt(4) == 0) {
        m.civilServantLevel(pick(Level.values()));
      }
      if (random.nextInt(6) == 0) {
        m.addDisciplines(discipline(year));
      }
      b.addMember(m.build());
    }
    for (OrganisationId id : organisationIds) {
      if (random.nextInt(4) == 0) {
        continue;
      }
      OrganisationFacts.Builder o =
          OrganisationFacts.builder()
              .organisationId(id)
              .year(Year.of(year))
              .grades(grades(OrganisationCriterion.class))
              .score(maybePercent())
              .targetsMetPercent(maybePercent())
              .keyTargetsUnmet(random.nextInt(5) == 0)
              .forceMajeure(random.nextInt(7) == 0)
              .leadershipCollectiveDisciplined(random.nextInt(9) == 0);
      if (random.nextBoolean()) {
        BigDecimal done = percent();
        o.tasksDonePercent(done);
        if (random.nextBoolean()) {
          o.tasksExceededPercent(done);
        }
      }
      if (random.nextInt(5) == 0) {
        o.discipline(discipline(year));
      }
      if (random.nextBoolean()) {
        Map<AffiliatedBody, Level> bodies = new EnumMap<>(AffiliatedBody.class);
        for (AffiliatedBody body : AffiliatedBody.values()) {
          if (random.nextInt(3) == 0) {
            bodies.put(body, pick(Level.values()));
          }
        }
        o.affiliatedBodies(bodies);
      }
      b.addOrganisation(o.build());
    }
    List<EntityId> decidable = new ArrayList<>(memberIds);
    decidable.addAll(organisationIds);
    decidable.add(RootId.of("R"));
    for (EntityId id : decidable) {
      if (random.nextInt(10) == 0) {
        b.decide(id, pick(Level.values()));
      }
    }
    return b.build();
  }
}
