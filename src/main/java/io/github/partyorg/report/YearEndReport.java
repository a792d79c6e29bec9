package io.github.partyorg.report;

import io.github.partyorg.rating.Level;
import io.github.partyorg.rating.LevelCounts;
import io.github.partyorg.rating.MemberFacts;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.RootId;
import io.github.partyorg.structure.Share;
import io.github.partyorg.targets.ComputedMetric;
import io.github.partyorg.targets.Goal;
import io.github.partyorg.targets.Measurement;
import io.github.partyorg.targets.MetricValue;
import io.github.partyorg.targets.Resolution;
import io.github.partyorg.targets.ResolutionEvaluation;
import io.github.partyorg.targets.Target;
import io.github.partyorg.targets.TargetFinding;
import io.github.partyorg.targets.TargetOutcome;
import io.github.partyorg.targets.TargetStatus;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The year-end report (báo cáo tổng kết năm) of a root committee, as a structured value for apps
 * and rendered as Vietnamese text, Markdown and English text, each figure phrased as the seed
 * report phrases it ("Đã thực hiện xong 23/23 đầu việc", "Kết nạp 165/160 đảng viên mới, đạt
 * 103,13% chỉ tiêu năm 2022", "Quyết định kỷ luật 09 đảng viên (giảm 06 trường hợp, tương đương
 * giảm 40% so với cùng kỳ năm 2021)").
 *
 * <p>Computed by {@link #of}: the members admitted in the year are the members of the tree whose
 * admission date falls in the year (members who left before the snapshot are not counted); the
 * members disciplined are those whose facts of the year record a discipline; the rating counts are
 * the final levels of the {@link RootRating}. The rest comes from the {@link YearRecord} and the
 * {@link ReportInputs}: the admissions against the year's target and the section on the year's
 * resolution are the outcomes of the given {@link ResolutionEvaluation} as the targets package
 * computed them (T1-T7, percentages already rounded by its T4 policy), and next year's targets are
 * the labels of next year's {@link Resolution}.
 *
 * <p>Immutable and thread-safe. Holds counts and ids only, no personal data.
 */
public final class YearEndReport {
  private final Year year;
  private final RootId rootId;
  private final String rootName;
  private final YearRecord record;
  private final long admitted;
  private final Optional<ResolutionEvaluation> evaluation;
  private final long disciplined;
  private final OptionalLong previousDisciplined;
  private final LevelCounts memberCounts;
  private final LevelCounts baseOrganisationCounts;
  private final Optional<Resolution> nextYear;
  private final VietnameseNumbers numbers;

  private YearEndReport(
      Year year,
      RootId rootId,
      String rootName,
      YearRecord record,
      long admitted,
      Optional<ResolutionEvaluation> evaluation,
      long disciplined,
      OptionalLong previousDisciplined,
      LevelCounts memberCounts,
      LevelCounts baseOrganisationCounts,
      Optional<Resolution> nextYear,
      VietnameseNumbers numbers) {
    this.year = year;
    this.rootId = rootId;
    this.rootName = rootName;
    this.record = record;
    this.admitted = admitted;
    this.evaluation = evaluation;
    this.disciplined = disciplined;
    this.previousDisciplined = previousDisciplined;
    this.memberCounts = memberCounts;
    this.baseOrganisationCounts = baseOrganisationCounts;
    this.nextYear = nextYear;
    this.numbers = numbers;
  }

  /**
   * Builds the report of a year with the default number formatting.
   *
   * @param root the tree at the end of the year
   * @param rating the rating of that tree for the year
   * @param facts the year's facts (for the disciplines)
   * @param record the year's other records
   * @param inputs the figures to compare with
   * @return the report
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the rating is of another root, or the rating, the facts and
   *     the record are not all of one year, or the tree's snapshot is before the end of that year's
   *     review, or the evaluation is of another year's resolution, or next year's resolution is not
   *     for the year after
   */
  public static YearEndReport of(
      Root root, RootRating rating, YearFacts facts, YearRecord record, ReportInputs inputs) {
    return of(root, rating, facts, record, inputs, VietnameseNumbers.defaults());
  }

  /**
   * Builds the report of a year.
   *
   * @param root the tree at the end of the year
   * @param rating the rating of that tree for the year
   * @param facts the year's facts (for the disciplines)
   * @param record the year's other records
   * @param inputs the figures to compare with
   * @param numbers the number formatting (precision and rounding of percentages, T4)
   * @return the report
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the rating is of another root, or the rating, the facts and
   *     the record are not all of one year, or the tree's snapshot is in an earlier year, or the
   *     evaluation is of another year's resolution, or next year's resolution is not for the year
   *     after
   */
  public static YearEndReport of(
      Root root,
      RootRating rating,
      YearFacts facts,
      YearRecord record,
      ReportInputs inputs,
      VietnameseNumbers numbers) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(numbers, "numbers");
    Year year = record.year();
    if (!rating.rootId().equals(root.id())) {
      throw new IllegalArgumentException(
          "The field rating is of root "
              + rating.rootId().value()
              + ", not of root "
              + root.id().value()
              + ".");
    }
    if (!rating.year().equals(year) || !facts.year().equals(year)) {
      throw new IllegalArgumentException(
          "The fields rating ("
              + rating.year()
              + "), facts ("
              + facts.year()
              + ") and record ("
              + year
              + ") must be of one year.");
    }
    if (root.snapshotDate().getYear() < year.getValue()) {
      throw new IllegalArgumentException(
          "The field root is a snapshot of "
              + root.snapshotDate()
              + ", before the end of "
              + year
              + "; give the tree at the end of the year.");
    }
    inputs
        .evaluation()
        .map(e -> e.resolution().year())
        .filter(y -> !y.equals(year))
        .ifPresent(
            y -> {
              throw new IllegalArgumentException(
                  "The field evaluation is of the resolution for "
                      + y
                      + ", not for "
                      + year
                      + "; give the evaluation of the report year's resolution.");
            });
    inputs
        .nextYear()
        .map(Resolution::year)
        .filter(y -> !y.equals(year.plusYears(1)))
        .ifPresent(
            y -> {
              throw new IllegalArgumentException(
                  "The field nextYear is the resolution for "
                      + y
                      + ", not for "
                      + year.plusYears(1)
                      + ".");
            });
    return new YearEndReport(
        year,
        root.id(),
        root.name(),
        record,
        admittedIn(root, year),
        inputs.evaluation(),
        disciplinedIn(facts),
        inputs.previousYearDisciplined(),
        rating.memberCounts(),
        rating.baseOrganisationCounts(),
        inputs.nextYear(),
        numbers);
  }

  /**
   * Builds a report from the values it holds, for example a report read back from a {@code
   * partyorg.yearEndReport} document. {@link #of} computes these values from a tree, its rating and
   * the year's facts; this factory rebuilds a report computed before. The sections are rendered
   * from these values, so a report rebuilt from the values of another has the same sections.
   *
   * @param year the year reported
   * @param rootId the root reported on
   * @param rootName the root's name
   * @param record the year's other records, of {@code year}
   * @param admitted the count of members admitted in the year
   * @param disciplined the count of members disciplined in the year
   * @param previousYearDisciplined the count disciplined in the previous year, or empty
   * @param memberCounts the members' counts per final level
   * @param baseOrganisationCounts the base organisations' counts per final level
   * @param evaluation the evaluation of the year's resolution, or empty
   * @param nextYear next year's resolution, or empty
   * @param numbers the number formatting
   * @return the report
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank, a count is negative, the record is of
   *     another year, the evaluation is of another year's resolution, or next year's resolution is
   *     not for the year after
   */
  public static YearEndReport from(
      Year year,
      RootId rootId,
      String rootName,
      YearRecord record,
      long admitted,
      long disciplined,
      OptionalLong previousYearDisciplined,
      LevelCounts memberCounts,
      LevelCounts baseOrganisationCounts,
      Optional<ResolutionEvaluation> evaluation,
      Optional<Resolution> nextYear,
      VietnameseNumbers numbers) {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(rootId, "rootId");
    Objects.requireNonNull(rootName, "rootName");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(previousYearDisciplined, "previousYearDisciplined");
    Objects.requireNonNull(memberCounts, "memberCounts");
    Objects.requireNonNull(baseOrganisationCounts, "baseOrganisationCounts");
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(nextYear, "nextYear");
    Objects.requireNonNull(numbers, "numbers");
    if (rootName.isBlank()) {
      throw new IllegalArgumentException(
          "The field rootName of the report on root " + rootId.value() + " is blank.");
    }
    if (admitted < 0
        || disciplined < 0
        || (previousYearDisciplined.isPresent() && previousYearDisciplined.getAsLong() < 0)) {
      throw new IllegalArgumentException(
          "The report on root " + rootId.value() + " has a negative count.");
    }
    if (!record.year().equals(year)) {
      throw new IllegalArgumentException(
          "The field record is of " + record.year() + ", not of " + year + ".");
    }
    evaluation
        .map(e -> e.resolution().year())
        .filter(y -> !y.equals(year))
        .ifPresent(
            y -> {
              throw new IllegalArgumentException(
                  "The field evaluation is of the resolution for " + y + ", not for " + year + ".");
            });
    nextYear
        .map(Resolution::year)
        .filter(y -> !y.equals(year.plusYears(1)))
        .ifPresent(
            y -> {
              throw new IllegalArgumentException(
                  "The field nextYear is the resolution for "
                      + y
                      + ", not for "
                      + year.plusYears(1)
                      + ".");
            });
    return new YearEndReport(
        year,
        rootId,
        rootName,
        record,
        admitted,
        evaluation,
        disciplined,
        previousYearDisciplined,
        memberCounts,
        baseOrganisationCounts,
        nextYear,
        numbers);
  }

  /**
   * Counts the members of a tree admitted in a year: those whose admission date falls in it.
   *
   * @param root the tree
   * @param year the year
   * @return the count
   */
  public static long admittedIn(Root root, Year year) {
    Objects.requireNonNull(year, "year");
    return root.allMembers().filter(m -> m.admissionDate().getYear() == year.getValue()).count();
  }

  /**
   * Counts the members whose facts of the year record at least one discipline.
   *
   * @param facts the year's facts
   * @return the count of members disciplined
   */
  public static long disciplinedIn(YearFacts facts) {
    long count = 0;
    for (MemberFacts member : facts.members().values()) {
      if (!member.disciplines().isEmpty()) {
        count++;
      }
    }
    return count;
  }

  /**
   * Returns the year reported.
   *
   * @return the year
   */
  public Year year() {
    return year;
  }

  /**
   * Returns the id of the root reported on.
   *
   * @return the root's id
   */
  public RootId rootId() {
    return rootId;
  }

  /**
   * Returns the name of the root reported on.
   *
   * @return the name
   */
  public String rootName() {
    return rootName;
  }

  /**
   * Returns the year's records (work items, commendations, models, Youth Union, themes).
   *
   * @return the record
   */
  public YearRecord record() {
    return record;
  }

  /**
   * Returns the count of members admitted in the year.
   *
   * @return the count
   */
  public long admitted() {
    return admitted;
  }

  /**
   * Returns the evaluation of the year's resolution, if one was given.
   *
   * @return the evaluation, or empty
   */
  public Optional<ResolutionEvaluation> evaluation() {
    return evaluation;
  }

  /**
   * Returns the outcome of the year's admission target: the first outcome of the evaluation whose
   * target measures {@link ComputedMetric#MEMBERS_ADMITTED}.
   *
   * @return the outcome, or empty if no evaluation was given or its resolution has no such target
   */
  public Optional<TargetOutcome> admissionOutcome() {
    return evaluation.flatMap(
        e ->
            e.outcomes().stream()
                .filter(o -> o.target().metric() == ComputedMetric.MEMBERS_ADMITTED)
                .findFirst());
  }

  /**
   * Returns the count of members disciplined in the year.
   *
   * @return the count
   */
  public long disciplined() {
    return disciplined;
  }

  /**
   * Returns the count of members disciplined in the previous year, if given.
   *
   * @return the count, or empty
   */
  public OptionalLong previousYearDisciplined() {
    return previousDisciplined;
  }

  /**
   * Returns the members' counts per final level.
   *
   * @return the counts
   */
  public LevelCounts memberCounts() {
    return memberCounts;
  }

  /**
   * Returns the base organisations' counts per final level.
   *
   * @return the counts
   */
  public LevelCounts baseOrganisationCounts() {
    return baseOrganisationCounts;
  }

  /**
   * Returns the number formatting the sections are rendered with.
   *
   * @return the formatting
   */
  public VietnameseNumbers numbers() {
    return numbers;
  }

  /**
   * Returns next year's resolution, if one was given.
   *
   * @return the resolution, or empty
   */
  public Optional<Resolution> nextYear() {
    return nextYear;
  }

  /**
   * Returns next year's targets as the resolution words them, in its order.
   *
   * @return the labels; empty without next year's resolution
   */
  public List<LocalizedText> nextYearTargets() {
    return nextYear.map(r -> r.targets().stream().map(Target::label).toList()).orElse(List.of());
  }

  /**
   * Returns the sections of the report in a language: each a heading and its sentences.
   *
   * @param language the language
   * @return the sections, in the order of the report
   */
  public List<Section> sections(Language language) {
    Objects.requireNonNull(language, "language");
    return language == Language.VI ? new Vietnamese().sections() : new English().sections();
  }

  /**
   * Renders the report as Vietnamese plain text.
   *
   * @return the text
   */
  public String toVietnameseText() {
    return text(Language.VI);
  }

  /**
   * Renders the report as English plain text.
   *
   * @return the text
   */
  public String toEnglishText() {
    return text(Language.EN);
  }

  /**
   * Renders the report as Markdown in Vietnamese.
   *
   * @return the Markdown
   */
  public String toMarkdown() {
    return toMarkdown(Language.VI);
  }

  /**
   * Renders the report as Markdown in a language.
   *
   * @param language the language
   * @return the Markdown
   */
  public String toMarkdown(Language language) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(title(language)).append("\n");
    for (Section section : sections(language)) {
      md.append("\n## ").append(section.heading()).append("\n\n");
      for (String line : section.lines()) {
        md.append("- ").append(line).append('\n');
      }
    }
    return md.toString();
  }

  /**
   * Tells whether another object is a report with equal values: year, root, name, record, counts,
   * evaluation, next year's resolution and number formatting. The sections follow from these.
   *
   * @param other the object to compare
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof YearEndReport that)) {
      return false;
    }
    return year.equals(that.year)
        && rootId.equals(that.rootId)
        && rootName.equals(that.rootName)
        && record.equals(that.record)
        && admitted == that.admitted
        && evaluation.equals(that.evaluation)
        && disciplined == that.disciplined
        && previousDisciplined.equals(that.previousDisciplined)
        && memberCounts.equals(that.memberCounts)
        && baseOrganisationCounts.equals(that.baseOrganisationCounts)
        && nextYear.equals(that.nextYear)
        && numbers.equals(that.numbers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, rootId, rootName, admitted, disciplined, memberCounts);
  }

  @Override
  public String toString() {
    return "YearEndReport[" + rootId.value() + " " + year + "]";
  }

  private String text(Language language) {
    StringBuilder text = new StringBuilder();
    text.append(title(language)).append('\n');
    int n = 1;
    for (Section section : sections(language)) {
      text.append('\n').append(n++).append(". ").append(section.heading()).append('\n');
      for (String line : section.lines()) {
        text.append(line).append('\n');
      }
    }
    return text.toString();
  }

  private String title(Language language) {
    return language == Language.VI
        ? rootName + " - Báo cáo tổng kết năm " + year
        : rootName + " - year-end report " + year;
  }

  /**
   * One section of the report: a heading and its sentences, in one language.
   *
   * @param heading the heading
   * @param lines the sentences, each a full sentence
   */
  public record Section(String heading, List<String> lines) {

    /**
     * Creates the section.
     *
     * @param heading the heading
     * @param lines the sentences
     * @throws NullPointerException if an argument is null
     */
    public Section {
      Objects.requireNonNull(heading, "heading");
      lines = List.copyOf(lines);
    }
  }

  /** The Vietnamese sentences, phrased as the seed phrases them. */
  private final class Vietnamese {
    List<Section> sections() {
      List<Section> sections = new ArrayList<>();
      List<String> general = new ArrayList<>();
      for (YearTheme theme : record.themes()) {
        general.add(
            "Chủ đề năm " + theme.year() + " (" + theme.issuer() + "): “" + theme.text() + "”.");
      }
      List<WorkField> fields = record.workFields();
      if (!record.workItems().isEmpty()) {
        StringJoiner names = new StringJoiner("; ");
        fields.forEach(f -> names.add(f.name().vi()));
        general.add(
            "Đã thực hiện xong "
                + VietnameseNumbers.count(record.workItemsDone())
                + "/"
                + VietnameseNumbers.count(record.workItems().size())
                + " đầu việc trên "
                + VietnameseNumbers.count(fields.size())
                + " lĩnh vực công tác: "
                + names
                + ".");
        for (WorkField field : fields) {
          int[] doneTotal = doneTotal(field);
          general.add(
              field.name().vi()
                  + ": "
                  + VietnameseNumbers.count(doneTotal[0])
                  + "/"
                  + VietnameseNumbers.count(doneTotal[1])
                  + " đầu việc đã thực hiện xong.");
        }
      }
      addIfAny(sections, "Kết quả thực hiện nhiệm vụ", general);

      List<String> party = new ArrayList<>();
      party.add(
          admissions()
              .map(
                  a ->
                      "Kết nạp "
                          + VietnameseNumbers.count(a.actual())
                          + "/"
                          + VietnameseNumbers.count(a.target())
                          + " đảng viên mới, đạt "
                          + VietnameseNumbers.roundedPercent(a.percent())
                          + " chỉ tiêu năm "
                          + year
                          + ".")
              .orElse("Kết nạp " + VietnameseNumbers.count(admitted) + " đảng viên mới."));
      party.add(rating("đảng viên", memberCounts));
      party.add(rating("tổ chức cơ sở đảng", baseOrganisationCounts));
      sections.add(new Section("Công tác tổ chức xây dựng Đảng", party));

      String discipline =
          "Quyết định kỷ luật " + VietnameseNumbers.count(disciplined) + " đảng viên";
      if (previousDisciplined.isPresent()) {
        discipline +=
            " ("
                + numbers.changeVi(previousDisciplined.getAsLong(), disciplined)
                + " so với cùng kỳ năm "
                + year.minusYears(1)
                + ")";
      }
      sections.add(
          new Section(
              "Công tác kiểm tra, giám sát và thi hành kỷ luật trong Đảng",
              List.of(discipline + ".")));

      List<String> awards = new ArrayList<>();
      for (Map.Entry<LocalizedText, List<Commendation>> movement : byMovement().entrySet()) {
        StringJoiner parts = new StringJoiner("; ");
        for (Commendation c : movement.getValue()) {
          parts.add(
              c.level().label().vi()
                  + " "
                  + VietnameseNumbers.count(c.collectives())
                  + " tập thể"
                  + c.level().joinerVi()
                  + VietnameseNumbers.count(c.individuals())
                  + " cá nhân");
        }
        awards.add(movement.getKey().vi() + ": " + parts + ".");
      }
      addIfAny(sections, "Thi đua, khen thưởng", awards);

      List<String> models = new ArrayList<>();
      if (!record.models().isEmpty()) {
        StringBuilder line =
            new StringBuilder("Phong trào thi đua “Dân vận khéo”: có ")
                .append(VietnameseNumbers.count(record.modelsRegistered()))
                .append(" mô hình đăng ký thực hiện trong năm ")
                .append(year);
        record
            .modelsRecognised()
            .forEach(
                (level, n) ->
                    line.append("; công nhận ")
                        .append(VietnameseNumbers.count(n))
                        .append(" mô hình ")
                        .append(level.label().vi()));
        models.add(line.append('.').toString());
      }
      addIfAny(sections, "Công tác dân vận", models);

      record
          .youth()
          .ifPresent(
              y ->
                  sections.add(
                      new Section(
                          "Hoạt động Đoàn Thanh niên",
                          List.of(
                              "Đoàn đã giới thiệu "
                                  + VietnameseNumbers.count(y.introduced())
                                  + " đoàn viên ưu tú cho Đảng, có "
                                  + VietnameseNumbers.count(y.admitted())
                                  + " đoàn viên ưu tú được kết nạp vào Đảng."))));

      evaluation.ifPresent(
          e -> {
            List<String> lines = new ArrayList<>();
            e.outcomes().forEach(o -> lines.add(outcomeVi(o)));
            addIfAny(sections, "Kết quả thực hiện chỉ tiêu Nghị quyết năm " + year, lines);
          });

      List<String> targets = new ArrayList<>();
      nextYearTargets().forEach(t -> targets.add(t.vi()));
      addIfAny(sections, "Chỉ tiêu năm " + year.plusYears(1), targets);
      return List.copyOf(sections);
    }

    private String rating(String who, LevelCounts counts) {
      StringJoiner parts = new StringJoiner(", ");
      for (Level level : Level.values()) {
        parts.add(
            VietnameseNumbers.count(counts.count(level))
                + " "
                + level.label().vi().toLowerCase(java.util.Locale.ROOT)
                + " ("
                + numbers.percent(counts.share(level).percent())
                + ")");
      }
      Share good = counts.shareAtLeast(Level.HTTNV);
      StringBuilder line =
          new StringBuilder("Xếp loại chất lượng ")
              .append(who)
              .append(" năm ")
              .append(year)
              .append(": ")
              .append(parts)
              .append("; hoàn thành tốt nhiệm vụ trở lên ")
              .append(numbers.percent(good.percent()));
      if (counts.notRated() > 0) {
        line.append("; ")
            .append(VietnameseNumbers.count(counts.notRated()))
            .append(" chưa xếp loại");
      }
      if (counts.incomplete() > 0) {
        line.append("; ")
            .append(VietnameseNumbers.count(counts.incomplete()))
            .append(" thiếu dữ liệu để xếp loại");
      }
      return line.append('.').toString();
    }
  }

  /** The English sentences, with the same figures. */
  private final class English {
    List<Section> sections() {
      List<Section> sections = new ArrayList<>();
      List<String> general = new ArrayList<>();
      for (YearTheme theme : record.themes()) {
        general.add(
            "Theme of " + theme.year() + " (" + theme.issuer() + "): “" + theme.text() + "”.");
      }
      List<WorkField> fields = record.workFields();
      if (!record.workItems().isEmpty()) {
        StringJoiner names = new StringJoiner("; ");
        fields.forEach(f -> names.add(f.name().en()));
        general.add(
            record.workItemsDone()
                + "/"
                + record.workItems().size()
                + " work items done in "
                + fields.size()
                + " fields: "
                + names
                + ".");
        for (WorkField field : fields) {
          int[] doneTotal = doneTotal(field);
          general.add(
              field.name().en() + ": " + doneTotal[0] + "/" + doneTotal[1] + " work items done.");
        }
      }
      addIfAny(sections, "Work programme", general);

      List<String> party = new ArrayList<>();
      party.add(
          admissions()
              .map(
                  a ->
                      "Admitted "
                          + VietnameseNumbers.countEn(a.actual())
                          + "/"
                          + VietnameseNumbers.countEn(a.target())
                          + " new members, "
                          + VietnameseNumbers.roundedPercentEn(a.percent())
                          + " of the "
                          + year
                          + " target.")
              .orElse("Admitted " + VietnameseNumbers.countEn(admitted) + " new members."));
      party.add(rating("members", memberCounts));
      party.add(rating("base organisations", baseOrganisationCounts));
      sections.add(new Section("Party building", party));

      String discipline = "Disciplined " + plural(disciplined, "member");
      if (previousDisciplined.isPresent()) {
        discipline +=
            " ("
                + numbers.changeEn(previousDisciplined.getAsLong(), disciplined)
                + " from "
                + year.minusYears(1)
                + ")";
      }
      sections.add(
          new Section("Inspection, supervision and discipline", List.of(discipline + ".")));

      List<String> awards = new ArrayList<>();
      for (Map.Entry<LocalizedText, List<Commendation>> movement : byMovement().entrySet()) {
        StringJoiner parts = new StringJoiner("; ");
        for (Commendation c : movement.getValue()) {
          parts.add(
              c.level().label().en()
                  + ": "
                  + plural(c.collectives(), "collective")
                  + " and "
                  + plural(c.individuals(), "individual"));
        }
        awards.add(movement.getKey().en() + ": " + parts + ".");
      }
      addIfAny(sections, "Emulation and awards", awards);

      List<String> models = new ArrayList<>();
      if (!record.models().isEmpty()) {
        StringBuilder line =
            new StringBuilder("“Dân vận khéo” (skilful mass mobilisation) movement: ")
                .append(record.modelsRegistered())
                .append(
                    record.modelsRegistered() == 1
                        ? " model registered in "
                        : " models registered in ")
                .append(year);
        record
            .modelsRecognised()
            .forEach(
                (level, n) ->
                    line.append("; ")
                        .append(n)
                        .append(" recognised at ")
                        .append(level.label().en()));
        models.add(line.append('.').toString());
      }
      addIfAny(sections, "Mass mobilisation", models);

      record
          .youth()
          .ifPresent(
              y ->
                  sections.add(
                      new Section(
                          "Youth Union",
                          List.of(
                              "The Youth Union introduced "
                                  + y.introduced()
                                  + " outstanding members to the Party; "
                                  + y.admitted()
                                  + " of them were admitted."))));

      evaluation.ifPresent(
          e -> {
            List<String> lines = new ArrayList<>();
            e.outcomes().forEach(o -> lines.add(outcomeEn(o)));
            addIfAny(sections, "Targets of the " + year + " resolution: results", lines);
          });

      List<String> targets = new ArrayList<>();
      nextYearTargets().forEach(t -> targets.add(t.en()));
      addIfAny(sections, "Targets for " + year.plusYears(1), targets);
      return List.copyOf(sections);
    }

    private String rating(String who, LevelCounts counts) {
      StringJoiner parts = new StringJoiner(", ");
      for (Level level : Level.values()) {
        parts.add(
            VietnameseNumbers.countEn(counts.count(level))
                + " "
                + level.name()
                + " ("
                + numbers.percentEn(counts.share(level).percent())
                + ")");
      }
      StringBuilder line =
          new StringBuilder("Quality rating of ")
              .append(who)
              .append(" in ")
              .append(year)
              .append(": ")
              .append(parts)
              .append("; HTTNV or better ")
              .append(numbers.percentEn(counts.shareAtLeast(Level.HTTNV).percent()));
      if (counts.notRated() > 0) {
        line.append("; ").append(VietnameseNumbers.countEn(counts.notRated())).append(" not rated");
      }
      if (counts.incomplete() > 0) {
        line.append("; ")
            .append(VietnameseNumbers.countEn(counts.incomplete()))
            .append(" lacking facts");
      }
      return line.append('.').toString();
    }
  }

  /** The admissions figures of a decided admission outcome with a percentage of target. */
  private record Admissions(long actual, long target, BigDecimal percent) {}

  private Optional<Admissions> admissions() {
    return admissionOutcome()
        .flatMap(
            o -> {
              Optional<Long> actual =
                  o.actual()
                      .map(Measurement::value)
                      .filter(MetricValue.Count.class::isInstance)
                      .map(v -> ((MetricValue.Count) v).value());
              if (actual.isEmpty() || o.targetValue().isEmpty() || o.percentOfTarget().isEmpty()) {
                return Optional.empty();
              }
              return Optional.of(
                  new Admissions(
                      actual.get(), o.targetValue().get().longValue(), o.percentOfTarget().get()));
            });
  }

  private String outcomeVi(TargetOutcome o) {
    StringBuilder line =
        new StringBuilder(sentence(o.target().label().vi()))
            .append(": ")
            .append(o.status().label().vi());
    Optional<Measurement> decided = o.actual().filter(m -> o.status() != TargetStatus.UNKNOWN);
    if (decided.isPresent()) {
      Measurement actual = decided.get();
      line.append(" (kết quả ")
          .append(valueVi(actual.value()))
          .append(", chỉ tiêu ")
          .append(goalVi(o));
      o.percentOfTarget()
          .ifPresent(p -> line.append(", đạt ").append(VietnameseNumbers.roundedPercent(p)));
      line.append("; ")
          .append(actual.provenance().label().vi().toLowerCase(Locale.ROOT))
          .append(')');
    } else {
      line.append(" (").append(findings(o, true)).append(')');
    }
    return line.append('.').toString();
  }

  private String outcomeEn(TargetOutcome o) {
    StringBuilder line =
        new StringBuilder(sentence(o.target().label().en()))
            .append(": ")
            .append(o.status().label().en());
    Optional<Measurement> decided = o.actual().filter(m -> o.status() != TargetStatus.UNKNOWN);
    if (decided.isPresent()) {
      Measurement actual = decided.get();
      line.append(" (")
          .append(valueEn(actual.value()))
          .append(" against a target of ")
          .append(goalEn(o));
      o.percentOfTarget()
          .ifPresent(
              p ->
                  line.append(", ")
                      .append(VietnameseNumbers.roundedPercentEn(p))
                      .append(" of target"));
      line.append("; ")
          .append(actual.provenance().label().en().toLowerCase(Locale.ROOT))
          .append(')');
    } else {
      line.append(" (").append(findings(o, false)).append(')');
    }
    return line.append('.').toString();
  }

  private String valueVi(MetricValue value) {
    if (value instanceof MetricValue.Count c) {
      return VietnameseNumbers.count(c.value());
    } else if (value instanceof MetricValue.Proportion p) {
      return numbers.percent(p.share().percent());
    }
    MetricValue.Completion c = (MetricValue.Completion) value;
    return VietnameseNumbers.count(c.done()) + "/" + VietnameseNumbers.count(c.total());
  }

  private String valueEn(MetricValue value) {
    if (value instanceof MetricValue.Count c) {
      return VietnameseNumbers.countEn(c.value());
    } else if (value instanceof MetricValue.Proportion p) {
      return numbers.percentEn(p.share().percent());
    }
    MetricValue.Completion c = (MetricValue.Completion) value;
    return VietnameseNumbers.countEn(c.done()) + "/" + VietnameseNumbers.countEn(c.total());
  }

  private static String goalVi(TargetOutcome o) {
    Goal goal = o.target().goal();
    if (goal instanceof Goal.ShareAtLeast g) {
      return "từ " + VietnameseNumbers.roundedPercent(g.percent()) + " trở lên";
    } else if (goal instanceof Goal.ShareAbove g) {
      return "trên " + VietnameseNumbers.roundedPercent(g.percent());
    } else if (goal instanceof Goal.CountRange g) {
      return "từ " + VietnameseNumbers.count(g.min()) + " - " + VietnameseNumbers.count(g.max());
    } else if (goal instanceof Goal.None) {
      // "chỉ tiêu không có" would read as "there is no target": the target is a count of zero.
      return "0";
    } else if (goal instanceof Goal.Reduction) {
      return "không quá " + countOrPercent(o, true);
    }
    return countOrPercent(o, true);
  }

  private static String goalEn(TargetOutcome o) {
    Goal goal = o.target().goal();
    if (goal instanceof Goal.ShareAtLeast g) {
      return "at least " + VietnameseNumbers.roundedPercentEn(g.percent());
    } else if (goal instanceof Goal.ShareAbove g) {
      return "above " + VietnameseNumbers.roundedPercentEn(g.percent());
    } else if (goal instanceof Goal.CountRange g) {
      return VietnameseNumbers.countEn(g.min()) + "-" + VietnameseNumbers.countEn(g.max());
    } else if (goal instanceof Goal.None) {
      return "0";
    } else if (goal instanceof Goal.Reduction) {
      return "at most " + countOrPercent(o, false);
    }
    return countOrPercent(o, false);
  }

  /** The outcome's target value: a count for count goals, a percentage for share and plan goals. */
  private static String countOrPercent(TargetOutcome o, boolean vi) {
    BigDecimal value = o.targetValue().orElse(BigDecimal.ZERO);
    Goal goal = o.target().goal();
    boolean share =
        goal instanceof Goal.ShareExactly100
            || goal instanceof Goal.PlanCompletion
            || goal instanceof Goal.ShareAtLeast
            || goal instanceof Goal.ShareAbove;
    if (share) {
      return vi
          ? VietnameseNumbers.roundedPercent(value)
          : VietnameseNumbers.roundedPercentEn(value);
    }
    long count = value.longValue();
    return vi ? VietnameseNumbers.count(count) : VietnameseNumbers.countEn(count);
  }

  private static String findings(TargetOutcome o, boolean vi) {
    StringJoiner joiner = new StringJoiner("; ");
    for (TargetFinding finding : o.findings()) {
      joiner.add(sentence(vi ? finding.message().vi() : finding.message().en()));
    }
    return joiner.toString();
  }

  /** A label or message without its closing full stop, to be set inside a sentence. */
  private static String sentence(String text) {
    String trimmed = text.strip();
    return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }

  private int[] doneTotal(WorkField field) {
    int done = 0;
    int total = 0;
    for (WorkItem item : record.workItems()) {
      if (item.field().equals(field)) {
        total++;
        if (item.isDone()) {
          done++;
        }
      }
    }
    return new int[] {done, total};
  }

  private Map<LocalizedText, List<Commendation>> byMovement() {
    Map<LocalizedText, List<Commendation>> map = new java.util.LinkedHashMap<>();
    for (Commendation c : record.commendations()) {
      map.computeIfAbsent(c.movement(), k -> new ArrayList<>()).add(c);
    }
    return map;
  }

  private static String plural(long n, String noun) {
    return VietnameseNumbers.countEn(n) + " " + noun + (n == 1 ? "" : "s");
  }

  private static void addIfAny(List<Section> sections, String heading, List<String> lines) {
    if (!lines.isEmpty()) {
      sections.add(new Section(heading, lines));
    }
  }
}
