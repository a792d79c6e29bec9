package io.github.partyorg.sample;

import io.github.partyorg.charter.DisciplineForm;
import io.github.partyorg.document.DocumentDetails;
import io.github.partyorg.history.HistoryYear;
import io.github.partyorg.history.RootHistory;
import io.github.partyorg.history.TermResolution;
import io.github.partyorg.rating.AffiliatedBody;
import io.github.partyorg.rating.Criterion;
import io.github.partyorg.rating.Discipline;
import io.github.partyorg.rating.Grade;
import io.github.partyorg.rating.Level;
import io.github.partyorg.rating.MemberFacts;
import io.github.partyorg.rating.OrganisationCriterion;
import io.github.partyorg.rating.OrganisationFacts;
import io.github.partyorg.rating.RootRater;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.report.Commendation;
import io.github.partyorg.report.CommendationLevel;
import io.github.partyorg.report.DanVanKheoField;
import io.github.partyorg.report.DanVanKheoModel;
import io.github.partyorg.report.RecognitionLevel;
import io.github.partyorg.report.ReportInputs;
import io.github.partyorg.report.WorkField;
import io.github.partyorg.report.WorkItem;
import io.github.partyorg.report.WorkStatus;
import io.github.partyorg.report.YearEndReport;
import io.github.partyorg.report.YearRecord;
import io.github.partyorg.report.YearReportData;
import io.github.partyorg.report.YearTheme;
import io.github.partyorg.report.YouthUnionIntroductions;
import io.github.partyorg.structure.BaseOrganisation;
import io.github.partyorg.structure.BaseOrganisationId;
import io.github.partyorg.structure.BaseOrganisationKind;
import io.github.partyorg.structure.Cell;
import io.github.partyorg.structure.CellId;
import io.github.partyorg.structure.Consent;
import io.github.partyorg.structure.ConsentKind;
import io.github.partyorg.structure.Gender;
import io.github.partyorg.structure.HostSector;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Member;
import io.github.partyorg.structure.MemberId;
import io.github.partyorg.structure.OrganisationId;
import io.github.partyorg.structure.Post;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.RootId;
import io.github.partyorg.structure.RootKind;
import io.github.partyorg.structure.SubCommittee;
import io.github.partyorg.structure.SubCommitteeId;
import io.github.partyorg.targets.ComputedMetric;
import io.github.partyorg.targets.Goal;
import io.github.partyorg.targets.MetricSource;
import io.github.partyorg.targets.MetricValue;
import io.github.partyorg.targets.MetricValues;
import io.github.partyorg.targets.ReportedMetric;
import io.github.partyorg.targets.Resolution;
import io.github.partyorg.targets.ResolutionEvaluation;
import io.github.partyorg.targets.Target;
import io.github.partyorg.targets.TargetEvaluator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A synthetic bloc committee shaped like the Bến Tre provincial bloc of agencies and enterprises,
 * for 2021, 2022 and 2023, consistent with every figure of the seed's 2022 report (REFERENCE
 * section 8): 165 members admitted in 2022 against a target of 160; 9 members disciplined in 2022
 * and 15 in 2021; 23/23 work items in 5 fields; the commendation counts; 13 "Dân vận khéo" models
 * with 10 recognised at provincial level; 77 Youth Union members introduced and 27 admitted; the
 * 2022 theme; and the 2023 resolution's twelve targets ({@link #resolution(Year)}).
 *
 * <p>Shape (REFERENCE section 9): 100 base organisations in 2021 and 2022 (48 base committees with
 * 2 to 6 cells, three of them with a sub-committee, and 52 base cells) in a mix of host sectors,
 * about 5,000 members; two base cells are founded in private and foreign-invested enterprises in
 * 2023. Every year-end tree is a snapshot of 31 December. Members do not leave: a tree holds the
 * members admitted up to its snapshot, so the members admitted in a year are those whose admission
 * date is in it. Rating facts put most members at HTTNV, about 17% at HTXSNV, and a few at HTNV or
 * KHTNV (every disciplined member at HTNV).
 *
 * <p>Invented, not the seed's: every name, id and date; the 2021 and 2023 records, admissions
 * (2021: 158 against 150; 2023: 172 against the range 180-200) and disciplines (2023: 8); the 2021
 * resolution and the 2022 resolution's target on disciplines; the 2023 reported values ({@link
 * #reported(Year)}), chosen so that some 2023 targets are met, some exceeded and some not met.
 * Names are generated from common Vietnamese family, middle and given names and belong to no real
 * person.
 *
 * <p>Data path: the tree and facts give the rating ({@link #rating(Year)}); with the reported
 * figures they give the year's metrics, against which the targets package evaluates the year's
 * resolution ({@link #evaluation(Year)}); the report ({@link #report(Year)}) takes that evaluation
 * and next year's resolution.
 *
 * <p>Deterministic (a seeded {@link Random}): every build is equal. {@link #get()} builds once and
 * caches; ratings, evaluations and reports are computed on first use and cached. Immutable and
 * thread-safe.
 */
public final class BenTreSample {
  /** The years covered: 2021, 2022 and 2023. */
  public static final List<Year> YEARS = List.of(Year.of(2021), Year.of(2022), Year.of(2023));

  /** The id of the sample's root. */
  public static final RootId ROOT_ID = RootId.of("DUK-BT");

  /** The years before {@link #YEARS} that only the {@link #history()} holds: 2019 and 2020. */
  public static final List<Year> EARLIER_YEARS = List.of(Year.of(2019), Year.of(2020));

  private static final long SEED = 20221215L;
  private static final Year Y2021 = Year.of(2021);
  private static final Year Y2022 = Year.of(2022);
  private static final Year Y2023 = Year.of(2023);
  private static final Map<Year, Integer> ADMITTED = Map.of(Y2021, 158, Y2022, 165, Y2023, 172);
  private static final Map<Year, Integer> DISCIPLINED =
      Map.of(Year.of(2019), 12, Year.of(2020), 14, Y2021, 15, Y2022, 9, Y2023, 8);
  private static final String ISSUER = "Đảng ủy Khối";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final String[] FAMILY = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Đặng", "Bùi", "Đỗ", "Hồ",
    "Ngô", "Dương", "Lý"
  };
  private static final String[] MIDDLE = {
    "Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Quốc", "Thu", "Hoài", "Kim"
  };
  private static final String[] GIVEN = {
    "An", "Bình", "Châu", "Dũng", "Giang", "Hải", "Hạnh", "Khoa", "Lan", "Long", "Mai", "Nam",
    "Phúc", "Quyên", "Sơn", "Tâm", "Thảo", "Trung", "Vy", "Yến", "Hiếu", "Nhân", "Trinh", "Tuấn"
  };

  private final Map<Year, Root> roots;
  private final Map<Year, YearFacts> facts;
  private final Map<Year, YearRecord> records;
  private final Map<Year, RootRating> ratings = new ConcurrentHashMap<>();
  private final Map<Year, ResolutionEvaluation> evaluations = new ConcurrentHashMap<>();
  private final Map<Year, YearEndReport> reports = new ConcurrentHashMap<>();
  private final Generator generator;
  private volatile @Nullable RootHistory history;

  private BenTreSample(
      Map<Year, Root> roots,
      Map<Year, YearFacts> facts,
      Map<Year, YearRecord> records,
      Generator generator) {
    this.roots = roots;
    this.facts = facts;
    this.records = records;
    this.generator = generator;
  }

  private static final class Cached {
    static final BenTreSample INSTANCE = build();
  }

  /**
   * Returns the sample, built on first use and then shared.
   *
   * @return the sample
   */
  public static BenTreSample get() {
    return Cached.INSTANCE;
  }

  /**
   * Builds a new, uncached sample; equal to every other build.
   *
   * @return the sample
   */
  public static BenTreSample build() {
    Generator generator = new Generator();
    Map<Year, Root> roots = new LinkedHashMap<>();
    Map<Year, YearFacts> facts = new LinkedHashMap<>();
    Map<Year, YearRecord> records = new LinkedHashMap<>();
    for (Year year : YEARS) {
      Root root = generator.root(year);
      roots.put(year, root);
      facts.put(year, generator.facts(root, year));
      records.put(year, Records.of(year));
    }
    return new BenTreSample(
        Collections.unmodifiableMap(roots),
        Collections.unmodifiableMap(facts),
        Collections.unmodifiableMap(records),
        generator);
  }

  /**
   * Returns the sample as a history (Y1-Y6): 2019 and 2020 (generated: the same tree as it stood
   * then, with rating facts under which a share of the members rated HTXSNV in each of 2021-2023
   * were HTXSNV in 2019 and 2020 too, so that Y1 finds some members in 2023, and some members rated
   * KHTNV in 2021 were KHTNV in 2020 too, so that Y2 finds them in 2021), then 2021-2023 exactly as
   * {@link #root(Year)}, {@link #facts(Year)} and {@link #rating(Year)} give them, each with its
   * {@link #reportData(Year)}. Built on first use, then cached.
   *
   * @return the history, 2019-2023
   */
  public RootHistory history() {
    RootHistory h = history;
    if (h == null) {
      synchronized (this) {
        h = history;
        if (h == null) {
          h = buildHistory();
          history = h;
        }
      }
    }
    return h;
  }

  private RootHistory buildHistory() {
    Set<MemberId> excellent = new HashSet<>();
    for (MemberId id : rating(Y2021).members().keySet()) {
      boolean all = true;
      for (Year year : YEARS) {
        if (rating(year).finalLevel(id).orElse(null) != Level.HTXSNV) {
          all = false;
        }
      }
      if (all) {
        excellent.add(id);
      }
    }
    Set<MemberId> notCompleted = new HashSet<>();
    for (MemberId id : rating(Y2021).members().keySet()) {
      if (rating(Y2021).finalLevel(id).orElse(null) == Level.KHTNV) {
        notCompleted.add(id);
      }
    }
    RootHistory h = RootHistory.empty(ROOT_ID);
    for (Year year : EARLIER_YEARS) {
      // The generator's specs are complete after build(); a root is read from them only.
      Root root = generator.root(year);
      h =
          h.withYear(
              HistoryYear.rate(root, Generator.earlierFacts(root, year, excellent, notCompleted)));
    }
    for (Year year : YEARS) {
      h =
          h.withYear(
              HistoryYear.of(root(year), facts(year), rating(year))
                  .withReportData(reportData(year)));
    }
    return h;
  }

  /**
   * Returns the resolution of the bloc's congress for the term 2020-2025 (invented, in the shape of
   * REFERENCE Y4 and T6): each year admit at least 3% of the members at the start of the term (the
   * members of the 2019 tree, T6), and admit at least 800 new members over the term.
   *
   * @return the term resolution
   */
  public TermResolution termResolution() {
    long base = history().get(Year.of(2019)).root().memberCount();
    return new TermResolution(
        LocalizedText.of(ISSUER, "Bloc Party Committee"),
        Year.of(2020),
        Year.of(2025),
        LocalizedText.of(
            "Nghị quyết Đại hội Đảng bộ Khối nhiệm kỳ 2020 - 2025",
            "Resolution of the bloc's congress, term 2020-2025"),
        List.of(
            Target.of(
                "TERM-ADMISSIONS-YEARLY",
                "Hằng năm kết nạp từ 3% đảng viên trở lên so với tổng số đảng viên đầu nhiệm kỳ.",
                "Each year admit at least 3% of the membership at the start of the term.",
                ComputedMetric.MEMBERS_ADMITTED,
                new Goal.RateOfBase(BigDecimal.valueOf(3), base))),
        List.of(
            Target.of(
                "TERM-ADMISSIONS-TOTAL",
                "Cả nhiệm kỳ kết nạp 800 đảng viên mới trở lên.",
                "Admit at least 800 new members over the term.",
                ComputedMetric.MEMBERS_ADMITTED,
                new Goal.CountAtLeast(800))));
  }

  /**
   * Returns the tree as of 31 December of a year.
   *
   * @param year 2021, 2022 or 2023
   * @return the tree
   * @throws IllegalArgumentException if the sample does not cover the year
   */
  public Root root(Year year) {
    return require(roots, year);
  }

  /**
   * Returns the rating facts of a year (review on 15 December).
   *
   * @param year 2021, 2022 or 2023
   * @return the facts
   * @throws IllegalArgumentException if the sample does not cover the year
   */
  public YearFacts facts(Year year) {
    return require(facts, year);
  }

  /**
   * Returns the year's records (work items, commendations, models, Youth Union, themes).
   *
   * @param year 2021, 2022 or 2023
   * @return the record
   * @throws IllegalArgumentException if the sample does not cover the year
   */
  public YearRecord record(Year year) {
    return require(records, year);
  }

  /**
   * Returns the rating of the year's tree under the year's regime and the default policies;
   * computed on first use, then cached.
   *
   * @param year 2021, 2022 or 2023
   * @return the rating
   * @throws IllegalArgumentException if the sample does not cover the year
   */
  public RootRating rating(Year year) {
    Root root = root(year);
    return ratings.computeIfAbsent(year, y -> RootRater.forYear(y).rate(root, facts(y)));
  }

  /**
   * Returns the year's resolution: for 2021 (invented) admit at least 150 new members; for 2022
   * admit at least 160 (the seed) and cut the members disciplined by 10% from 2021 (invented); for
   * 2023 the seed's twelve targets (REFERENCE section 8), in the seed's order.
   *
   * @param year 2021, 2022 or 2023
   * @return the resolution
   * @throws IllegalArgumentException if the sample does not cover the year
   */
  public Resolution resolution(Year year) {
    require(roots, year);
    return Records.RESOLUTIONS.get(year.getValue() - Y2021.getValue());
  }

  /**
   * Returns the figures the units reported for the metrics the model cannot compute (T7): only for
   * 2023, invented: {@link ReportedMetric#AGENCIES_COMPLETING_POLITICAL_TASK} 97/100 (so "100%" is
   * not met), {@link ReportedMetric#COMMITTEES_PLANNING_HO_CHI_MINH_STUDY} 102/102, {@link
   * ReportedMetric#MEMBERS_REGISTERED_FOR_EMULATION} every member, {@link
   * ReportedMetric#INSPECTION_PLAN} 24/24 items, {@link
   * ReportedMetric#UNIONS_AND_YOUTH_AT_LEAST_HTTNV} 185/196 (above 90%), {@link
   * ReportedMetric#UNIONS_AND_YOUTH_AT_KHTNV} 0.
   *
   * @param year the year
   * @return the reported figures; none for 2021 and 2022
   * @throws IllegalArgumentException if the sample does not cover the year
   */
  public MetricValues reported(Year year) {
    Root root = root(year);
    if (!year.equals(Y2023)) {
      return MetricValues.empty(year);
    }
    return MetricValues.builder(year)
        .reported(ReportedMetric.AGENCIES_COMPLETING_POLITICAL_TASK, MetricValue.share(97, 100))
        .reported(ReportedMetric.COMMITTEES_PLANNING_HO_CHI_MINH_STUDY, MetricValue.share(102, 102))
        .reported(
            ReportedMetric.MEMBERS_REGISTERED_FOR_EMULATION,
            MetricValue.share(root.memberCount(), root.memberCount()))
        .reported(ReportedMetric.INSPECTION_PLAN, MetricValue.completion(24, 24))
        .reported(ReportedMetric.UNIONS_AND_YOUTH_AT_LEAST_HTTNV, MetricValue.share(185, 196))
        .reported(ReportedMetric.UNIONS_AND_YOUTH_AT_KHTNV, MetricValue.count(0))
        .build();
  }

  /**
   * Returns the year's figures: the metrics computed from the year's tree, rating and facts, and
   * the reported ones.
   *
   * @param year 2021, 2022 or 2023
   * @return the figures
   * @throws IllegalArgumentException if the sample does not cover the year
   */
  public MetricValues figures(Year year) {
    return MetricSource.of(root(year), rating(year), facts(year)).valuesWith(reported(year));
  }

  /**
   * Returns the evaluation of the year's resolution under the default policies, against the year's
   * figures and, when the sample has the previous year, that year's figures (for reductions and
   * changes); computed on first use, then cached.
   *
   * @param year 2021, 2022 or 2023
   * @return the evaluation
   * @throws IllegalArgumentException if the sample does not cover the year
   */
  public ResolutionEvaluation evaluation(Year year) {
    require(roots, year);
    ResolutionEvaluation cached = evaluations.get(year);
    if (cached != null) {
      return cached;
    }
    Year previous = year.minusYears(1);
    TargetEvaluator evaluator = TargetEvaluator.withDefaults();
    ResolutionEvaluation evaluation =
        roots.containsKey(previous)
            ? evaluator.evaluate(resolution(year), figures(year), figures(previous))
            : evaluator.evaluate(resolution(year), figures(year));
    ResolutionEvaluation raced = evaluations.putIfAbsent(year, evaluation);
    return raced == null ? evaluation : raced;
  }

  /**
   * Returns what the year-end report of a year needs beyond the tree and the facts, as files give
   * it ({@code partyorg.yearReport}): the year's records, resolution and reported figures, the
   * previous year's figures and disciplined count (for 2022 and 2023) and next year's resolution
   * (for 2021 and 2022). {@code reportData(year).report(root(year), facts(year))} gives the same
   * report as {@link #report(Year)}.
   *
   * @param year 2021, 2022 or 2023
   * @return the data
   * @throws IllegalArgumentException if the sample does not cover the year
   */
  public YearReportData reportData(Year year) {
    require(roots, year);
    Year previous = year.minusYears(1);
    Year next = year.plusYears(1);
    boolean hasPrevious = roots.containsKey(previous);
    return new YearReportData(
        record(year),
        resolution(year),
        reported(year),
        hasPrevious ? Optional.of(figures(previous)) : Optional.empty(),
        hasPrevious
            ? OptionalLong.of(YearEndReport.disciplinedIn(facts(previous)))
            : OptionalLong.empty(),
        roots.containsKey(next) ? Optional.of(resolution(next)) : Optional.empty());
  }

  /**
   * Returns the year-end report of a year, with the evaluation of the year's resolution, the
   * previous year's disciplined count (for 2022 and 2023) and next year's resolution (for 2021 and
   * 2022); computed on first use, then cached.
   *
   * @param year 2021, 2022 or 2023
   * @return the report
   * @throws IllegalArgumentException if the sample does not cover the year
   */
  public YearEndReport report(Year year) {
    Root root = root(year);
    YearEndReport cached = reports.get(year);
    if (cached != null) {
      return cached;
    }
    Year previous = year.minusYears(1);
    Year next = year.plusYears(1);
    OptionalLong previousDisciplined =
        facts.containsKey(previous)
            ? OptionalLong.of(YearEndReport.disciplinedIn(facts(previous)))
            : OptionalLong.empty();
    Optional<Resolution> nextYear =
        roots.containsKey(next) ? Optional.of(resolution(next)) : Optional.empty();
    YearEndReport report =
        YearEndReport.of(
            root,
            rating(year),
            facts(year),
            record(year),
            new ReportInputs(Optional.of(evaluation(year)), previousDisciplined, nextYear));
    YearEndReport raced = reports.putIfAbsent(year, report);
    return raced == null ? report : raced;
  }

  /**
   * Returns the details the year's report needs as a Party document (number, place, date, bodies,
   * signer, recipients): invented for the sample, dated 15 December of the year like the seed's
   * report, numbered 12-BC/ĐUK, signed for the standing committee by a secretary whose name is
   * visibly a placeholder.
   *
   * @param year 2021, 2022 or 2023
   * @return the details
   * @throws IllegalArgumentException if the sample does not cover the year
   */
  public DocumentDetails documentDetails(Year year) {
    require(roots, year);
    return DocumentDetails.builder()
        .number(12)
        .symbol("BC/ĐUK")
        .place("Bến Tre")
        .date(LocalDate.of(year.getValue(), 12, 15))
        .superiorBody("Đảng bộ tỉnh Bến Tre")
        .issuingBody("Đảng ủy Khối Cơ quan - Doanh nghiệp")
        .authority("T/M Ban Thường vụ")
        .signerPost("Bí thư")
        .signer("(Họ và tên người ký)")
        .addRecipient("Ban Thường vụ Tỉnh ủy (b/c)")
        .addRecipient("Các ban xây dựng Đảng Tỉnh ủy")
        .addRecipient("Các đảng ủy, chi bộ cơ sở trực thuộc")
        .build();
  }

  @Override
  public String toString() {
    return "BenTreSample" + YEARS;
  }

  private static <T> T require(Map<Year, T> map, Year year) {
    T value = map.get(Objects.requireNonNull(year, "year"));
    if (value == null) {
      throw new IllegalArgumentException(
          "The sample covers " + YEARS + ", not " + year + "; ask for one of those years.");
    }
    return value;
  }

  /** A member as generated: the dates that decide in which trees it appears and how. */
  private record MemberSpec(
      int number, LocalDate born, LocalDate admitted, Gender gender, int postRank) {

    Member at(LocalDate snapshot) {
      Member.Builder builder =
          Member.builder()
              .id(MemberId.of(String.format(Locale.ROOT, "BT%05d", number)))
              .fullName(
                  FAMILY[number % FAMILY.length]
                      + " "
                      + MIDDLE[(number / 7) % MIDDLE.length]
                      + " "
                      + GIVEN[(number * 11 / 3) % GIVEN.length])
              .gender(gender)
              .dateOfBirth(born)
              .admissionDate(admitted);
      LocalDate official = admitted.plusYears(1);
      if (!official.isAfter(snapshot)) {
        builder.officialDate(official);
      }
      if (postRank == 0) {
        builder.addPosts(Post.CELL_SECRETARY);
      } else if (postRank == 1) {
        builder.addPosts(Post.CELL_DEPUTY_SECRETARY);
      }
      return builder.build();
    }
  }

  /** A holder of members (a cell or a base cell) as generated. */
  private static final class HolderSpec {
    final String id;
    final String name;
    final List<MemberSpec> members = new ArrayList<>();

    HolderSpec(String id, String name) {
      this.id = id;
      this.name = name;
    }

    List<Member> membersAt(LocalDate snapshot) {
      List<Member> list = new ArrayList<>();
      for (MemberSpec spec : members) {
        if (!spec.admitted().isAfter(snapshot)) {
          list.add(spec.at(snapshot));
        }
      }
      return list;
    }
  }

  /** A base organisation as generated. */
  private record BaseSpec(
      String id,
      String name,
      HostSector sector,
      boolean committee,
      LocalDate founded,
      LocalDate congress,
      List<HolderSpec> cells,
      List<HolderSpec> subCells,
      @Nullable HolderSpec own) {}

  /** Generates the tree and the facts; one seeded random stream per purpose. */
  private static final class Generator {
    private final List<BaseSpec> bases = new ArrayList<>();
    private final List<HolderSpec> holders = new ArrayList<>();
    private int nextMember = 1;

    Generator() {
      Random random = new Random(SEED);
      List<HostSector> sectors = new ArrayList<>();
      addSectors(sectors, HostSector.PARTY_OR_STATE_AGENCY, 30);
      addSectors(sectors, HostSector.FRONT_OR_MASS_ORGANISATION, 6);
      addSectors(sectors, HostSector.PUBLIC_SERVICE_UNIT, 24);
      addSectors(sectors, HostSector.STATE_OWNED_ENTERPRISE, 8);
      addSectors(sectors, HostSector.JOINT_STOCK_STATE_CONTROLLED, 10);
      addSectors(sectors, HostSector.JOINT_STOCK_STATE_MINORITY, 6);
      addSectors(sectors, HostSector.PRIVATE_ENTERPRISE, 12);
      addSectors(sectors, HostSector.FOREIGN_INVESTED_ENTERPRISE, 3);
      addSectors(sectors, HostSector.OTHER, 1);
      Collections.shuffle(sectors, random);
      int subCommittees = 0;
      for (int i = 0; i < sectors.size(); i++) {
        boolean committee = i % 2 == 0 && i < 96;
        boolean withSub = committee && subCommittees < 3 && i % 10 == 0;
        if (withSub) {
          subCommittees++;
        }
        bases.add(base(random, i + 1, sectors.get(i), committee, withSub, null));
      }
      for (Year year : YEARS) {
        admit(random, year);
      }
      // Founded in 2023 (target "1-2 organisations in private or foreign-invested enterprises"),
      // with members transferred in: they appear only in the 2023 tree.
      bases.add(
          base(
              random, 101, HostSector.PRIVATE_ENTERPRISE, false, false, LocalDate.of(2023, 3, 15)));
      bases.add(
          base(
              random,
              102,
              HostSector.FOREIGN_INVESTED_ENTERPRISE,
              false,
              false,
              LocalDate.of(2023, 9, 20)));
    }

    private static void addSectors(List<HostSector> list, HostSector sector, int n) {
      for (int i = 0; i < n; i++) {
        list.add(sector);
      }
    }

    private BaseSpec base(
        Random random,
        int n,
        HostSector sector,
        boolean committee,
        boolean withSub,
        @Nullable LocalDate foundedIn2023) {
      String id = String.format(Locale.ROOT, "BT-B%03d", n);
      String host = hostName(sector, n);
      LocalDate founded =
          foundedIn2023 != null
              ? foundedIn2023
              : LocalDate.of(
                  1976 + random.nextInt(43), 1 + random.nextInt(12), 1 + random.nextInt(28));
      LocalDate congress = LocalDate.of(2020, 5 + random.nextInt(3), 1 + random.nextInt(28));
      List<HolderSpec> cells = new ArrayList<>();
      List<HolderSpec> subCells = new ArrayList<>();
      HolderSpec own = null;
      if (committee) {
        int count = 2 + random.nextInt(5);
        for (int c = 1; c <= count; c++) {
          cells.add(holder(random, id + "-C" + c, "Chi bộ " + unitName(c), 9 + random.nextInt(21)));
        }
        if (withSub) {
          int count2 = 2 + random.nextInt(2);
          for (int c = 1; c <= count2; c++) {
            subCells.add(
                holder(random, id + "-P1-C" + c, "Chi bộ Chi nhánh " + c, 9 + random.nextInt(21)));
          }
        }
      } else {
        int size = foundedIn2023 != null ? 3 + random.nextInt(3) : 6 + random.nextInt(22);
        own = holder(random, id, "Chi bộ " + host, size);
      }
      return new BaseSpec(
          id,
          (committee ? "Đảng bộ " : "Chi bộ ") + host,
          sector,
          committee,
          founded,
          congress,
          cells,
          subCells,
          own);
    }

    private HolderSpec holder(Random random, String id, String name, int size) {
      HolderSpec holder = new HolderSpec(id, name);
      for (int i = 0; i < size; i++) {
        LocalDate born =
            LocalDate.of(1962 + random.nextInt(34), 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate admitted = born.plusYears(20 + random.nextInt(15)).plusDays(random.nextInt(365));
        LocalDate latest = LocalDate.of(2020, 6, 30);
        if (admitted.isAfter(latest)) {
          admitted = latest.minusDays(random.nextInt(900));
        }
        holder.members.add(member(random, born, admitted, i));
      }
      holders.add(holder);
      return holder;
    }

    private MemberSpec member(Random random, LocalDate born, LocalDate admitted, int rank) {
      Gender gender = random.nextInt(5) < 2 ? Gender.FEMALE : Gender.MALE;
      return new MemberSpec(nextMember++, born, admitted, gender, rank);
    }

    /** Admits exactly the year's count, spread over the holders present in every year. */
    private void admit(Random random, Year year) {
      int count = Objects.requireNonNull(ADMITTED.get(year));
      int size = holders.size();
      for (int k = 0; k < count; k++) {
        HolderSpec holder = holders.get((k * 37 + year.getValue()) % size);
        LocalDate born =
            LocalDate.of(1990 + random.nextInt(12), 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate admitted = year.atMonth(1 + random.nextInt(12)).atDay(1 + random.nextInt(28));
        holder.members.add(member(random, born, admitted, 9));
      }
    }

    Root root(Year year) {
      LocalDate snapshot = year.atMonth(12).atEndOfMonth();
      Root.Builder root =
          Root.builder()
              .id(ROOT_ID)
              .kind(RootKind.PROVINCIAL_BLOC)
              .name("Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh (mẫu Bến Tre, tổng hợp)")
              .snapshotDate(snapshot);
      LocalDate cellCongress =
          year.getValue() >= 2022
              ? LocalDate.of(2022, 4, 20)
              : year.getValue() >= 2020 ? LocalDate.of(2020, 4, 20) : LocalDate.of(2017, 4, 20);
      for (BaseSpec spec : bases) {
        if (spec.founded().isAfter(snapshot)) {
          continue;
        }
        BaseOrganisation.Builder base = BaseOrganisation.builder();
        base.id(BaseOrganisationId.of(spec.id()))
            .name(spec.name())
            .kind(
                spec.committee()
                    ? BaseOrganisationKind.BASE_COMMITTEE
                    : BaseOrganisationKind.BASE_CELL)
            .sector(spec.sector())
            .foundedOn(spec.founded());
        if (spec.founded().getYear() < 2020) {
          // Before the 2020 congresses a tree shows the previous term's (2015).
          base.lastCongressOn(
              year.getValue() >= 2020 ? spec.congress() : spec.congress().minusYears(5));
        }
        for (HolderSpec cell : spec.cells()) {
          base.addCells(cell(cell, snapshot, cellCongress));
        }
        if (!spec.subCells().isEmpty()) {
          SubCommittee.Builder sub = SubCommittee.builder();
          sub.id(SubCommitteeId.of(spec.id() + "-P1"))
              .name("Đảng bộ bộ phận Chi nhánh")
              .addConsents(
                  Consent.of(ConsentKind.S4_SUB_COMMITTEE, LocalDate.of(2019, 9, 9), "08-QĐ/ĐUK"));
          for (HolderSpec cell : spec.subCells()) {
            sub.addCells(cell(cell, snapshot, cellCongress));
          }
          base.addSubCommittees(sub.build());
        }
        HolderSpec own = spec.own();
        if (own != null) {
          base.addAllMembers(own.membersAt(snapshot));
        }
        root.addBaseOrganisation(base.build());
      }
      return root.build();
    }

    private static Cell cell(HolderSpec spec, LocalDate snapshot, LocalDate congress) {
      return Cell.builder()
          .id(CellId.of(spec.id))
          .name(spec.name)
          .addAllMembers(spec.membersAt(snapshot))
          .lastCongressOn(congress)
          .build();
    }

    YearFacts facts(Root root, Year year) {
      Random random = new Random(SEED + year.getValue());
      LocalDate review = year.atMonth(12).atDay(15);
      List<Member> members = root.allMembers().toList();
      Set<Integer> disciplined = pickDisciplined(random, members, year);
      YearFacts.Builder facts = YearFacts.builder().year(year).reviewDate(review);
      for (int i = 0; i < members.size(); i++) {
        Member member = members.get(i);
        double u = random.nextDouble();
        MemberFacts.Builder b = MemberFacts.builder();
        b.memberId(member.id()).year(year);
        Grade others;
        Grade task;
        if (disciplined.contains(i)) {
          // Task results Trung bình as well: HTNV under either reading of C0 (MemberGradeReading).
          others = Grade.TRUNG_BINH;
          task = Grade.TRUNG_BINH;
          b.addDisciplines(
              Discipline.of(
                  i % 4 == 0 ? DisciplineForm.WARNING : DisciplineForm.REPRIMAND,
                  year.atMonth(3 + random.nextInt(8)).atDay(1 + random.nextInt(28))));
        } else if (u < 0.17) {
          others = Grade.TOT;
          task = Grade.XUAT_SAC;
        } else if (u < 0.985) {
          others = Grade.TOT;
          task = Grade.TOT;
        } else if (u < 0.997) {
          others = Grade.TRUNG_BINH;
          task = Grade.TRUNG_BINH;
        } else {
          others = Grade.KEM;
          task = Grade.TRUNG_BINH;
        }
        b.putGrades(Criterion.POLITICS_IDEOLOGY, others)
            .putGrades(Criterion.ETHICS_LIFESTYLE, others)
            .putGrades(Criterion.DISCIPLINE_WORKSTYLE, others)
            .putGrades(Criterion.TASK_RESULTS, task)
            .targetsCompletedPercent(HUNDRED)
            .tasksOnTimePercent(HUNDRED)
            .tasksExceededPercent(BigDecimal.valueOf(task == Grade.XUAT_SAC ? 50 : 10));
        facts.addMember(b.build());
      }
      int weakBases = 0;
      for (BaseOrganisation base : root.baseOrganisations()) {
        for (Cell cell : base.allCells()) {
          facts.addOrganisation(organisation(random, cell.id(), year, Grade.TOT));
        }
        for (SubCommittee sub : base.subCommittees()) {
          facts.addOrganisation(organisation(random, sub.id(), year, Grade.TOT));
        }
        Grade floor = Grade.TOT;
        if (random.nextInt(100) < 5) {
          floor = Grade.TRUNG_BINH;
          weakBases++;
        }
        // 2021 and 2022 each have one base cell not completing its duties; 2023 has none.
        if (year.getValue() < 2023 && !base.isBaseCommittee() && weakBases == 1) {
          floor = Grade.KEM;
          weakBases++;
        }
        facts.addOrganisation(organisation(random, base.id(), year, floor));
      }
      return facts.build();
    }

    /**
     * The facts of a year before 2021: the shape of {@link #facts}, except that the members in
     * {@code excellent} (HTXSNV in each of 2021-2023) picked by their number are graded for HTXSNV,
     * and in 2020 the members in {@code notCompleted} (KHTNV in 2021) picked likewise are graded
     * KHTNV.
     */
    static YearFacts earlierFacts(
        Root root, Year year, Set<MemberId> excellent, Set<MemberId> notCompleted) {
      Random random = new Random(SEED + year.getValue());
      LocalDate review = year.atMonth(12).atDay(15);
      List<Member> members = root.allMembers().toList();
      Set<Integer> disciplined = pickDisciplined(random, members, year);
      YearFacts.Builder facts = YearFacts.builder().year(year).reviewDate(review);
      for (int i = 0; i < members.size(); i++) {
        Member member = members.get(i);
        double u = random.nextDouble();
        int number = Integer.parseInt(member.id().value().substring(2));
        boolean picked = (number * 7) % 10 < 6;
        MemberFacts.Builder b = MemberFacts.builder();
        b.memberId(member.id()).year(year);
        Grade others;
        Grade task;
        if (excellent.contains(member.id()) && picked) {
          others = Grade.TOT;
          task = Grade.XUAT_SAC;
        } else if (year.getValue() == 2020 && notCompleted.contains(member.id()) && picked) {
          others = Grade.KEM;
          task = Grade.TRUNG_BINH;
        } else if (disciplined.contains(i)) {
          others = Grade.TRUNG_BINH;
          task = Grade.TOT;
          b.addDisciplines(
              Discipline.of(
                  DisciplineForm.REPRIMAND,
                  year.atMonth(3 + random.nextInt(8)).atDay(1 + random.nextInt(28))));
        } else if (u < 0.17) {
          others = Grade.TOT;
          task = Grade.XUAT_SAC;
        } else if (u < 0.99) {
          others = Grade.TOT;
          task = Grade.TOT;
        } else {
          others = Grade.TRUNG_BINH;
          task = Grade.TOT;
        }
        b.putGrades(Criterion.POLITICS_IDEOLOGY, others)
            .putGrades(Criterion.ETHICS_LIFESTYLE, others)
            .putGrades(Criterion.DISCIPLINE_WORKSTYLE, others)
            .putGrades(Criterion.TASK_RESULTS, task)
            .targetsCompletedPercent(HUNDRED)
            .tasksOnTimePercent(HUNDRED)
            .tasksExceededPercent(BigDecimal.valueOf(task == Grade.XUAT_SAC ? 50 : 10));
        facts.addMember(b.build());
      }
      for (BaseOrganisation base : root.baseOrganisations()) {
        for (Cell cell : base.allCells()) {
          facts.addOrganisation(organisation(random, cell.id(), year, Grade.TOT));
        }
        for (SubCommittee sub : base.subCommittees()) {
          facts.addOrganisation(organisation(random, sub.id(), year, Grade.TOT));
        }
        facts.addOrganisation(organisation(random, base.id(), year, Grade.TOT));
      }
      return facts.build();
    }

    private static Set<Integer> pickDisciplined(Random random, List<Member> members, Year year) {
      int count = Objects.requireNonNull(DISCIPLINED.get(year));
      Set<Integer> picked = new HashSet<>();
      while (picked.size() < count) {
        int i = random.nextInt(members.size());
        if (members.get(i).admissionDate().getYear() < year.getValue() - 1) {
          picked.add(i);
        }
      }
      return picked;
    }

    private static OrganisationFacts organisation(
        Random random, OrganisationId id, Year year, Grade floor) {
      Grade task =
          floor != Grade.TOT ? floor : random.nextInt(100) < 20 ? Grade.XUAT_SAC : Grade.TOT;
      Map<AffiliatedBody, Level> bodies = new EnumMap<>(AffiliatedBody.class);
      bodies.put(AffiliatedBody.GOVERNMENT_OR_UNIT, Level.HTTNV);
      bodies.put(AffiliatedBody.TRADE_UNION, Level.HTTNV);
      bodies.put(AffiliatedBody.YOUTH_UNION, Level.HTTNV);
      OrganisationFacts.Builder b = OrganisationFacts.builder();
      b.organisationId(id)
          .year(year)
          .putGrades(OrganisationCriterion.POLITICAL_TASK, task)
          .putGrades(OrganisationCriterion.POLITICS_IDEOLOGY, floor)
          .putGrades(OrganisationCriterion.INSPECTION_SUPERVISION, floor)
          .putGrades(OrganisationCriterion.MASS_MOBILISATION, floor)
          .putGrades(OrganisationCriterion.ORGANISATION_CADRES, floor)
          .targetsMetPercent(floor == Grade.KEM ? BigDecimal.valueOf(40) : HUNDRED)
          .affiliatedBodies(bodies);
      return b.build();
    }

    private static String hostName(HostSector sector, int n) {
      String number = String.format(Locale.ROOT, "số %02d", n);
      return switch (sector) {
        case PARTY_OR_STATE_AGENCY -> "Cơ quan hành chính " + number;
        case FRONT_OR_MASS_ORGANISATION -> "Cơ quan đoàn thể " + number;
        case PUBLIC_SERVICE_UNIT -> "Đơn vị sự nghiệp " + number;
        case STATE_OWNED_ENTERPRISE -> "Công ty TNHH Một thành viên " + number;
        case JOINT_STOCK_STATE_CONTROLLED, JOINT_STOCK_STATE_MINORITY ->
            "Công ty cổ phần " + number;
        case PRIVATE_ENTERPRISE -> "Công ty TNHH tư nhân " + number;
        case FOREIGN_INVESTED_ENTERPRISE -> "Công ty vốn đầu tư nước ngoài " + number;
        case OTHER -> "Đơn vị " + number;
      };
    }

    private static String unitName(int c) {
      String[] units = {
        "Văn phòng", "Nghiệp vụ", "Kỹ thuật", "Kinh doanh", "Tổng hợp", "Hành chính"
      };
      return units[(c - 1) % units.length];
    }
  }

  /** The year records and the 2023 resolution, as the seed gives them (2022) or invented. */
  private static final class Records {
    static final WorkField POLITICS =
        WorkField.of("POLITICS", "Chính trị, tư tưởng", "Politics and ideology");
    static final WorkField ORGANISATION =
        WorkField.of(
            "ORGANISATION",
            "Tổ chức, cán bộ, đảng viên và bảo vệ chính trị nội bộ",
            "Organisation, cadres, members and internal political security");
    static final WorkField INSPECTION =
        WorkField.of(
            "INSPECTION",
            "Kiểm tra, giám sát và thi hành kỷ luật trong Đảng",
            "Inspection, supervision and party discipline");
    static final WorkField YOUTH =
        WorkField.of("YOUTH", "Hoạt động Đoàn Thanh niên", "Youth Union activities");
    static final WorkField LEADERSHIP =
        WorkField.of(
            "LEADERSHIP",
            "Công tác lãnh đạo, chỉ đạo, điều hành của Ban Thường vụ Đảng ủy Khối",
            "Leadership and direction by the bloc's standing committee");

    static final LocalizedText DONG_KHOI =
        LocalizedText.of(
            "Phong trào thi đua “Đồng Khởi mới”", "The “Đồng Khởi mới” emulation movement");

    static final List<Resolution> RESOLUTIONS =
        List.of(resolution2021(), resolution2022(), resolution2023());

    private Records() {}

    static YearRecord of(Year year) {
      return switch (year.getValue()) {
        case 2021 -> year(year, 21, 21, List.of(35, 140, 6, 8, 2, 1), 9, 6, 70, 25, "");
        case 2022 -> year(year, 23, 23, List.of(39, 161, 7, 6, 2, 2), 13, 10, 77, 27, "");
        default ->
            year(
                year,
                24,
                22,
                List.of(42, 170, 8, 7, 2, 3),
                11,
                7,
                80,
                31,
                "Dân chủ - Kỷ cương - Đồng thuận - Sáng tạo - Phát triển");
      };
    }

    private static YearRecord year(
        Year year,
        int items,
        int done,
        List<Integer> dongKhoi,
        int models,
        int recognised,
        int introduced,
        int admitted,
        String theme) {
      List<WorkItem> work = new ArrayList<>();
      WorkField[] fields = {POLITICS, ORGANISATION, INSPECTION, YOUTH, LEADERSHIP};
      // 2022: 6 + 6 + 4 + 3 + 4 = 23 items in the seed's five fields.
      int[] perField = {6, 6, 4, 3, items - 19};
      for (int f = 0; f < fields.length; f++) {
        for (int k = 1; k <= perField[f]; k++) {
          int index = work.size();
          WorkStatus status =
              index < done
                  ? WorkStatus.DONE
                  : index == done ? WorkStatus.IN_PROGRESS : WorkStatus.NOT_STARTED;
          work.add(
              new WorkItem(
                  fields[f],
                  LocalizedText.of(
                      "Đầu việc " + (index + 1) + ": " + fields[f].name().vi(),
                      "Work item " + (index + 1) + ": " + fields[f].name().en()),
                  status));
        }
      }
      List<Commendation> commendations = new ArrayList<>();
      commendations.add(
          new Commendation(DONG_KHOI, CommendationLevel.BASE, dongKhoi.get(0), dongKhoi.get(1)));
      commendations.add(
          new Commendation(DONG_KHOI, CommendationLevel.BLOC, dongKhoi.get(2), dongKhoi.get(3)));
      commendations.add(
          new Commendation(
              DONG_KHOI, CommendationLevel.PROPOSED_TO_PROVINCE, dongKhoi.get(4), dongKhoi.get(5)));
      if (year.getValue() == 2022) {
        LocalizedText study =
            LocalizedText.of(
                "Chuyên đề năm 2022 học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                "The 2022 theme of the study of Hồ Chí Minh's thought, ethics and style");
        commendations.add(new Commendation(study, CommendationLevel.BASE, 64, 291));
        commendations.add(new Commendation(study, CommendationLevel.BLOC, 10, 16));
        commendations.add(new Commendation(study, CommendationLevel.PROPOSED_TO_PROVINCE, 1, 1));
      }
      List<DanVanKheoModel> list = new ArrayList<>();
      DanVanKheoField[] modelFields = DanVanKheoField.values();
      for (int m = 0; m < models; m++) {
        DanVanKheoField field = modelFields[m % modelFields.length];
        RecognitionLevel level =
            m < recognised
                ? RecognitionLevel.PROVINCE
                : m == recognised + 1 && year.getValue() == 2023 ? RecognitionLevel.DISTRICT : null;
        list.add(
            DanVanKheoModel.registered(
                LocalizedText.of(
                    String.format(
                        Locale.ROOT,
                        "Mô hình “Dân vận khéo” số %02d (%s)",
                        m + 1,
                        field.label().vi()),
                    String.format(
                        Locale.ROOT, "“Dân vận khéo” model %d (%s)", m + 1, field.label().en())),
                field,
                level));
      }
      List<YearTheme> themes = new ArrayList<>();
      if (year.getValue() == 2022) {
        themes.add(new YearTheme(year, "Tỉnh ủy", "Đồng thuận - Sáng tạo - Phát triển"));
      } else if (!theme.isEmpty()) {
        themes.add(new YearTheme(year, "Tỉnh ủy", theme));
      }
      return YearRecord.empty(year)
          .withWorkItems(work)
          .withCommendations(commendations)
          .withModels(list)
          .withYouth(new YouthUnionIntroductions(introduced, admitted))
          .withThemes(themes);
    }

    private static Resolution resolution2021() {
      return new Resolution(
          LocalizedText.of(ISSUER, "Bloc Party Committee"),
          Y2021,
          LocalizedText.of("", ""),
          List.of(
              Target.of(
                  "T2021-ADMISSIONS",
                  "Kết nạp 150 đảng viên mới trở lên.",
                  "Admit at least 150 new members.",
                  ComputedMetric.MEMBERS_ADMITTED,
                  new Goal.CountAtLeast(150))));
    }

    private static Resolution resolution2022() {
      return new Resolution(
          LocalizedText.of(ISSUER, "Bloc Party Committee"),
          Y2022,
          LocalizedText.of(
              "Đồng thuận - Sáng tạo - Phát triển", "Consensus - Creativity - Development"),
          List.of(
              Target.of(
                  "T2022-ADMISSIONS",
                  "Kết nạp 160 đảng viên mới trở lên.",
                  "Admit at least 160 new members.",
                  ComputedMetric.MEMBERS_ADMITTED,
                  new Goal.CountAtLeast(160)),
              Target.of(
                  "T2022-DISCIPLINE",
                  "Kéo giảm 10% số đảng viên vi phạm bị xử lý kỷ luật so với năm 2021.",
                  "Cut the members disciplined by 10% from 2021.",
                  ComputedMetric.MEMBERS_DISCIPLINED,
                  new Goal.Reduction(BigDecimal.TEN))));
    }

    private static Resolution resolution2023() {
      List<Target> list = new ArrayList<>();
      list.add(
          Target.of(
              "T2023-AGENCIES",
              "100% cơ quan, đơn vị, doanh nghiệp hoàn thành tốt nhiệm vụ chính trị được giao.",
              "100% of agencies, units and enterprises complete their political task well.",
              ReportedMetric.AGENCIES_COMPLETING_POLITICAL_TASK,
              new Goal.ShareExactly100()));
      list.add(
          Target.of(
              "T2023-HCM-STUDY",
              "100% chi ủy, đảng ủy cơ sở xây dựng kế hoạch và tổ chức triển khai thực hiện có hiệu"
                  + " quả việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
              "100% of cell and base committees plan and carry out the Hồ Chí Minh study.",
              ReportedMetric.COMMITTEES_PLANNING_HO_CHI_MINH_STUDY,
              new Goal.ShareExactly100()));
      list.add(
          Target.of(
              "T2023-DONG-KHOI",
              "100% cán bộ, đảng viên đăng ký thực hiện thi đua “Đồng khởi mới”.",
              "100% of members register for the “Đồng Khởi mới” movement.",
              ReportedMetric.MEMBERS_REGISTERED_FOR_EMULATION,
              new Goal.ShareExactly100()));
      list.add(
          Target.of(
              "T2023-BASES-HTTNV",
              "80% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.",
              "80% of base organisations rated HTTNV or better.",
              ComputedMetric.BASE_ORGANISATIONS_AT_LEAST_HTTNV,
              new Goal.ShareAtLeast(BigDecimal.valueOf(80))));
      list.add(
          Target.of(
              "T2023-BASES-KHTNV",
              "Không có tổ chức cơ sở đảng không hoàn thành nhiệm vụ.",
              "No base organisation rated KHTNV.",
              ComputedMetric.BASE_ORGANISATIONS_AT_KHTNV,
              new Goal.None()));
      list.add(
          Target.of(
              "T2023-MEMBERS-HTTNV",
              "80% đảng viên hoàn thành tốt nhiệm vụ trở lên.",
              "80% of members rated HTTNV or better.",
              ComputedMetric.MEMBERS_AT_LEAST_HTTNV,
              new Goal.ShareAtLeast(BigDecimal.valueOf(80))));
      list.add(
          Target.of(
              "T2023-ADMISSIONS",
              "Kết nạp từ 180 - 200 đảng viên mới.",
              "Admit 180-200 new members.",
              ComputedMetric.MEMBERS_ADMITTED,
              new Goal.CountRange(180, 200)));
      list.add(
          Target.of(
              "T2023-FOUNDED",
              "Thành lập từ 1 - 2 tổ chức đảng trong doanh nghiệp tư nhân, doanh nghiệp có vốn đầu"
                  + " tư nước ngoài.",
              "Found 1-2 party organisations in private or foreign-invested enterprises.",
              ComputedMetric.ORGANISATIONS_FOUNDED_IN_PRIVATE_OR_FOREIGN_ENTERPRISES,
              new Goal.CountRange(1, 2)));
      list.add(
          Target.of(
              "T2023-INSPECTION",
              "Hoàn thành 100% chương trình, kế hoạch kiểm tra, giám sát.",
              "Complete 100% of the inspection and supervision plan.",
              ReportedMetric.INSPECTION_PLAN,
              new Goal.PlanCompletion()));
      list.add(
          Target.of(
              "T2023-DISCIPLINE",
              "Kéo giảm 5% số đảng viên vi phạm bị xử lý kỷ luật so với năm 2022.",
              "Cut the members disciplined by 5% from 2022.",
              ComputedMetric.MEMBERS_DISCIPLINED,
              new Goal.Reduction(BigDecimal.valueOf(5))));
      list.add(
          Target.of(
              "T2023-UNIONS-HTTNV",
              "Trên 90% tổ chức Công đoàn, Đoàn Thanh niên ở cơ sở hoàn thành tốt nhiệm vụ trở lên.",
              "Over 90% of base trade union and Youth Union organisations rated HTTNV or better.",
              ReportedMetric.UNIONS_AND_YOUTH_AT_LEAST_HTTNV,
              new Goal.ShareAbove(BigDecimal.valueOf(90))));
      list.add(
          Target.of(
              "T2023-UNIONS-KHTNV",
              "Không có tổ chức đoàn thể không hoàn thành nhiệm vụ.",
              "No union or youth organisation rated KHTNV.",
              ReportedMetric.UNIONS_AND_YOUTH_AT_KHTNV,
              new Goal.None()));
      return new Resolution(
          LocalizedText.of(ISSUER, "Bloc Party Committee"),
          Y2023,
          LocalizedText.of(
              "Dân chủ - Kỷ cương - Đồng thuận - Sáng tạo - Phát triển",
              "Democracy - Discipline - Consensus - Creativity - Development"),
          list);
    }
  }
}
