package io.github.partyorg.bench;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Deterministic synthetic data for the benchmarks (REFERENCE section 9): a bloc of {@value
 * #BLOC_MEMBERS} members, a province-sized root of {@value #PROVINCE_MEMBERS} members and a
 * national set of {@value #NATIONAL_ROOTS} roots (about 5.7 million members).
 *
 * <p>Shape: base organisations are half base committees (2 to 6 cells of 9 to 29 members in a bloc,
 * 2 to 7 cells of 12 to 40 in a province; one committee in twenty has a sub-committee with 2 cells)
 * and half base cells (6 to 27 members), in a mix of host sectors; so a bloc has about 110 base
 * organisations and 210 cells (Vĩnh Long 2022: 95 and 266 for 5,293 members) and the province about
 * 1,460 base organisations and 3,350 cells (Đồng Nai 2024: 944 and 3,069 for 88,695). Each cell has
 * a secretary and a deputy secretary; about 2.5% of members were admitted in the year
 * (probationary).
 *
 * <p>Rating facts (for R2023 and R2025 alike: grades, a score and the task percentages): about 17%
 * excellent, 81% good, 1.5% average, 0.3% poor (Hải Dương 2019: 90.33% HTTNV or better); 0.2% of
 * members disciplined; one base organisation in twenty weak (Trà Vinh 2022).
 *
 * <p>Same seed, same data: each root uses its own {@link Random} seeded from the seed and the root
 * number, so roots of the national set can be generated one by one, in any order.
 */
public final class Synthetic {
  /** Members of the bloc. */
  public static final int BLOC_MEMBERS = 5_000;

  /** Members of the province-sized root. */
  public static final int PROVINCE_MEMBERS = 100_000;

  /** Roots of the national set. */
  public static final int NATIONAL_ROOTS = 1_100;

  /** Members of the national set (about 5.7 million): 5,182 per root on average. */
  public static final int NATIONAL_MEMBERS = 5_700_000;

  /** The year of the facts. */
  public static final Year YEAR = Year.of(2025);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final HostSector[] SECTORS = HostSector.values();

  private Synthetic() {}

  /** A root with its year's facts. */
  public record Dataset(Root root, YearFacts facts) {}

  /**
   * The bloc: {@value #BLOC_MEMBERS} members.
   *
   * @return the dataset
   */
  public static Dataset bloc() {
    return root(0, RootKind.PROVINCIAL_BLOC, BLOC_MEMBERS, false);
  }

  /**
   * The province-sized root: {@value #PROVINCE_MEMBERS} members.
   *
   * @return the dataset
   */
  public static Dataset province() {
    return root(1, RootKind.OTHER, PROVINCE_MEMBERS, true);
  }

  /**
   * The members of root {@code n} of the national set: sizes vary from about 1,300 to 9,100 and the
   * {@value #NATIONAL_ROOTS} roots sum to {@value #NATIONAL_MEMBERS}.
   *
   * @param n 0 to {@value #NATIONAL_ROOTS} - 1
   * @return the member count
   */
  public static int nationalRootSize(int n) {
    int average = NATIONAL_MEMBERS / NATIONAL_ROOTS; // 5,181
    // Pairs (2k, 2k + 1) lie symmetric around the average, so the sizes sum to the total.
    int size = n % 2 == 0 ? average + spread(n) : average - spread(n - 1);
    if (n == NATIONAL_ROOTS - 1) {
      size += NATIONAL_MEMBERS - average * NATIONAL_ROOTS;
    }
    return size;
  }

  private static int spread(int n) {
    return (int) ((n * 7_919L) % 7_801) - 3_900;
  }

  /**
   * Root {@code n} of the national set, generated on demand.
   *
   * @param n 0 to {@value #NATIONAL_ROOTS} - 1
   * @return the dataset
   */
  public static Dataset nationalRoot(int n) {
    return root(100 + n, RootKind.OTHER, nationalRootSize(n), n % 3 == 0);
  }

  /**
   * Generates a root of exactly {@code members} members, with its facts.
   *
   * @param number the root number (seed and ids)
   * @param kind the kind
   * @param members the member count
   * @param large larger cells (province shape) rather than bloc-sized ones
   * @return the dataset
   */
  public static Dataset root(int number, RootKind kind, int members, boolean large) {
    return new Generator(number, kind, members, large, null, null).generate();
  }

  /**
   * Generates the root of {@link #root} with other ids: member {@code m} (from 1) gets {@code
   * memberIds.apply(m)} and cell {@code c} of the root (from 1, in order) {@code cellIds.apply(c)}.
   * For the hostile ids of issue 17, see {@link #collidingId(int)}.
   *
   * @param number the root number (seed)
   * @param members the member count
   * @param memberIds the id of each member, by number from 1; distinct
   * @param cellIds the id of each cell, by number from 1; distinct, and distinct from other
   *     organisation ids
   * @return the dataset
   */
  public static Dataset root(
      int number, int members, IntFunction<String> memberIds, IntFunction<String> cellIds) {
    return new Generator(number, RootKind.OTHER, members, false, memberIds, cellIds).generate();
  }

  /**
   * The {@code n}-th of 2^16 distinct ids of 32 characters that share one {@link String#hashCode}
   * ("Aa" and "BB" have the same hash code, so do all strings of 16 such pairs): the hash-flooding
   * ids of issue 17. Ids whose {@code n} differ by a multiple of 2^16 are equal.
   *
   * @param n the number
   * @return the id
   */
  public static String collidingId(int n) {
    StringBuilder id = new StringBuilder(32);
    for (int bit = 15; bit >= 0; bit--) {
      id.append(((n >>> bit) & 1) == 0 ? "Aa" : "BB");
    }
    return id.toString();
  }

  private static final class Generator {
    final int number;
    final RootKind kind;
    final int target;
    final boolean large;
    final Random random;
    final String prefix;
    final IntFunction<String> memberIds;
    final IntFunction<String> cellIds;
    int cellsMade;
    final LocalDate snapshot = YEAR.atMonth(12).atEndOfMonth();
    final LocalDate review = YEAR.atMonth(12).atDay(15);
    final YearFacts.Builder facts = YearFacts.builder().year(YEAR).reviewDate(review);
    int made;

    /** Member and cell ids are generated from the root's prefix when their functions are null. */
    Generator(
        int number,
        RootKind kind,
        int target,
        boolean large,
        IntFunction<String> memberIds,
        IntFunction<String> cellIds) {
      this.number = number;
      this.kind = kind;
      this.target = target;
      this.large = large;
      this.random = new Random(0x5EED_0000L + number);
      this.prefix = "R" + number;
      this.memberIds = memberIds == null ? m -> prefix + "-M" + m : memberIds;
      this.cellIds = cellIds;
    }

    Dataset generate() {
      Root.Builder root =
          Root.builder()
              .id(RootId.of(prefix))
              .kind(kind)
              .name("Đảng ủy tổng hợp số " + number)
              .snapshotDate(snapshot);
      int b = 0;
      while (made < target) {
        b++;
        root.addBaseOrganisation(base(prefix + "-B" + b, b));
      }
      return new Dataset(root.build(), facts.build());
    }

    int remaining() {
      return target - made;
    }

    BaseOrganisation base(String id, int b) {
      HostSector sector = SECTORS[random.nextInt(SECTORS.length)];
      boolean committee = random.nextBoolean() && remaining() >= 30;
      BaseOrganisation.Builder base = BaseOrganisation.builder();
      base.id(BaseOrganisationId.of(id))
          .sector(sector)
          .foundedOn(LocalDate.of(1976 + random.nextInt(43), 1 + random.nextInt(12), 1))
          .lastCongressOn(LocalDate.of(2025, 5 + random.nextInt(3), 1 + random.nextInt(28)));
      if (committee) {
        base.name("Đảng bộ cơ sở " + b).kind(BaseOrganisationKind.BASE_COMMITTEE);
        int cells = 2 + random.nextInt(large ? 6 : 5);
        for (int c = 1; c <= cells && remaining() > 0; c++) {
          base.addCells(cell(id + "-C" + c));
        }
        if (b % 20 == 0 && remaining() >= 20) {
          SubCommittee.Builder sub = SubCommittee.builder();
          sub.id(SubCommitteeId.of(id + "-P1"))
              .name("Đảng bộ bộ phận " + b)
              .addConsents(
                  Consent.of(ConsentKind.S4_SUB_COMMITTEE, LocalDate.of(2019, 9, 9), "08-QĐ/ĐUK"));
          for (int c = 1; c <= 2 && remaining() > 0; c++) {
            sub.addCells(cell(id + "-P1-C" + c));
          }
          facts.addOrganisation(organisation(SubCommitteeId.of(id + "-P1"), Grade.TOT));
          base.addSubCommittees(sub.build());
        }
      } else {
        base.name("Chi bộ cơ sở " + b).kind(BaseOrganisationKind.BASE_CELL);
        base.addAllMembers(members(id, 6 + random.nextInt(22)));
      }
      facts.addOrganisation(
          organisation(
              BaseOrganisationId.of(id), random.nextInt(20) == 0 ? Grade.TRUNG_BINH : null));
      return base.build();
    }

    Cell cell(String generatedId) {
      cellsMade++;
      String id = cellIds == null ? generatedId : cellIds.apply(cellsMade);
      int size = large ? 12 + random.nextInt(29) : 9 + random.nextInt(21);
      facts.addOrganisation(organisation(CellId.of(id), null));
      return Cell.builder()
          .id(CellId.of(id))
          .name("Chi bộ " + id)
          .addAllMembers(members(id, size))
          .lastCongressOn(LocalDate.of(2025, 4, 20))
          .build();
    }

    List<Member> members(String holder, int wanted) {
      int size = Math.min(wanted, remaining());
      if (remaining() - size < 6) {
        size = remaining(); // no tiny remainder: the last holder takes it
      }
      List<Member> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(member(i));
      }
      return list;
    }

    Member member(int rank) {
      made++;
      MemberId id = MemberId.of(memberIds.apply(made));
      LocalDate born =
          LocalDate.of(1962 + random.nextInt(38), 1 + random.nextInt(12), 1 + random.nextInt(28));
      LocalDate admitted;
      if (random.nextInt(40) == 0 && rank > 1) {
        admitted = YEAR.atMonth(1 + random.nextInt(5)).atDay(1 + random.nextInt(28));
      } else {
        admitted = born.plusYears(20 + random.nextInt(10)).plusDays(random.nextInt(365));
        LocalDate latest = YEAR.atDay(1).minusYears(1);
        if (admitted.isAfter(latest)) {
          admitted = latest.minusDays(random.nextInt(900));
        }
      }
      Member.Builder m =
          Member.builder()
              .id(id)
              .fullName("Đảng viên " + id.value())
              .gender(random.nextInt(5) < 2 ? Gender.FEMALE : Gender.MALE)
              .dateOfBirth(born)
              .admissionDate(admitted);
      if (!admitted.plusYears(1).isAfter(snapshot)) {
        m.officialDate(admitted.plusYears(1));
      }
      if (rank == 0) {
        m.addPosts(Post.CELL_SECRETARY);
      } else if (rank == 1) {
        m.addPosts(Post.CELL_DEPUTY_SECRETARY);
      }
      Member member = m.build();
      facts.addMember(memberFacts(id, admitted.getYear() < YEAR.getValue()));
      return member;
    }

    MemberFacts memberFacts(MemberId id, boolean canBeDisciplined) {
      double u = random.nextDouble();
      Grade others;
      Grade task;
      int score;
      boolean disciplined = canBeDisciplined && random.nextInt(500) == 0;
      if (disciplined) {
        others = Grade.TRUNG_BINH;
        task = Grade.TOT;
        score = 60;
      } else if (u < 0.17) {
        others = Grade.TOT;
        task = Grade.XUAT_SAC;
        score = 90 + random.nextInt(11);
      } else if (u < 0.982) {
        others = Grade.TOT;
        task = Grade.TOT;
        score = 70 + random.nextInt(20);
      } else if (u < 0.997) {
        others = Grade.TRUNG_BINH;
        task = Grade.TOT;
        score = 50 + random.nextInt(20);
      } else {
        others = Grade.KEM;
        task = Grade.TRUNG_BINH;
        score = 30 + random.nextInt(20);
      }
      MemberFacts.Builder b = MemberFacts.builder();
      b.memberId(id)
          .year(YEAR)
          .putGrades(Criterion.POLITICS_IDEOLOGY, others)
          .putGrades(Criterion.ETHICS_LIFESTYLE, others)
          .putGrades(Criterion.DISCIPLINE_WORKSTYLE, others)
          .putGrades(Criterion.TASK_RESULTS, task)
          .score(BigDecimal.valueOf(score))
          .targetsCompletedPercent(HUNDRED)
          .tasksOnTimePercent(HUNDRED)
          .tasksLatePercent(BigDecimal.valueOf(others == Grade.KEM ? 30 : 0))
          .shortcomingsRemediedPercent(BigDecimal.valueOf(100))
          .tasksExceededPercent(BigDecimal.valueOf(task == Grade.XUAT_SAC ? 50 : 10));
      if (disciplined) {
        b.addDisciplines(
            Discipline.of(
                random.nextBoolean() ? DisciplineForm.WARNING : DisciplineForm.REPRIMAND,
                YEAR.atMonth(3 + random.nextInt(8)).atDay(1 + random.nextInt(28))));
      }
      return b.build();
    }

    OrganisationFacts organisation(OrganisationId id, Grade floor) {
      Grade task = floor != null ? floor : random.nextInt(100) < 20 ? Grade.XUAT_SAC : Grade.TOT;
      Grade cadres = floor != null ? floor : Grade.TOT;
      int score = task == Grade.XUAT_SAC ? 92 : task == Grade.TOT ? 80 : 60;
      Map<AffiliatedBody, Level> bodies = new EnumMap<>(AffiliatedBody.class);
      bodies.put(AffiliatedBody.GOVERNMENT_OR_UNIT, Level.HTTNV);
      bodies.put(AffiliatedBody.TRADE_UNION, Level.HTTNV);
      bodies.put(AffiliatedBody.YOUTH_UNION, Level.HTTNV);
      OrganisationFacts.Builder b = OrganisationFacts.builder();
      b.organisationId(id)
          .year(YEAR)
          .putGrades(OrganisationCriterion.POLITICAL_TASK, task)
          .putGrades(OrganisationCriterion.POLITICS_IDEOLOGY, Grade.TOT)
          .putGrades(OrganisationCriterion.ORGANISATION_CADRES, Grade.TOT)
          .putGrades(OrganisationCriterion.INSPECTION_SUPERVISION, Grade.TOT)
          .putGrades(OrganisationCriterion.MASS_MOBILISATION, Grade.TOT)
          .putGrades(OrganisationCriterion.ORGANISATION_CADRES, cadres)
          .score(BigDecimal.valueOf(score))
          .targetsMetPercent(HUNDRED)
          .tasksDonePercent(HUNDRED)
          .tasksExceededPercent(BigDecimal.valueOf(task == Grade.XUAT_SAC ? 50 : 10))
          .affiliatedBodies(bodies);
      return b.build();
    }
  }
}
