package io.github.partyorg.report;

import io.github.partyorg.rating.Level;
import io.github.partyorg.rating.LevelCounts;
import io.github.partyorg.rating.MemberFacts;
import io.github.partyorg.rating.RootRating;
import io.github.partyorg.rating.YearFacts;
import io.github.partyorg.structure.Catalogue;
import io.github.partyorg.structure.Language;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Message;
import io.github.partyorg.structure.Root;
import io.github.partyorg.structure.RootId;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
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
  private final List<QuotaSurplus> quotaSurpluses;
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
      List<QuotaSurplus> quotaSurpluses,
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
    this.quotaSurpluses = quotaSurpluses;
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
        QuotaSurplus.of(rating.quotaFindings()),
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
    return from(
        year,
        rootId,
        rootName,
        record,
        admitted,
        disciplined,
        previousYearDisciplined,
        memberCounts,
        baseOrganisationCounts,
        List.of(),
        evaluation,
        nextYear,
        numbers);
  }

  /**
   * Builds a report from the values it holds, with the quota surpluses the rating found (Q1), for
   * example a report read back from a {@code partyorg.yearEndReport} document. See {@link
   * #from(Year, RootId, String, YearRecord, long, long, OptionalLong, LevelCounts, LevelCounts,
   * Optional, Optional, VietnameseNumbers)}.
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
   * @param quotaSurpluses the quota surpluses, at most one per subject ({@link
   *     QuotaSurplus#of(List)})
   * @param evaluation the evaluation of the year's resolution, or empty
   * @param nextYear next year's resolution, or empty
   * @param numbers the number formatting
   * @return the report
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as the other {@code from}, or if two quota surpluses are of
   *     one subject
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
      List<QuotaSurplus> quotaSurpluses,
      Optional<ResolutionEvaluation> evaluation,
      Optional<Resolution> nextYear,
      VietnameseNumbers numbers) {
    List<QuotaSurplus> surpluses = List.copyOf(quotaSurpluses);
    if (surpluses.stream().map(QuotaSurplus::subject).distinct().count() < surpluses.size()) {
      throw new IllegalArgumentException(
          "The report on root "
              + Objects.requireNonNull(rootId, "rootId").value()
              + " has two quota surpluses of one subject; give at most one per subject.");
    }
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
        surpluses.stream().sorted(Comparator.comparing(QuotaSurplus::subject)).toList(),
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
   * Returns the quota surpluses the rating found (Q1), members first: said in the report when
   * present (REFERENCE section 6a).
   *
   * @return the surpluses, at most one per subject; empty when every scope kept to the quota
   */
  public List<QuotaSurplus> quotaSurpluses() {
    return quotaSurpluses;
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
    return sections(language, Catalogue.standard());
  }

  /**
   * Returns the sections of the report in a language, worded by a catalogue (for example one with
   * an application's own words, {@link Catalogue#withOverrides}).
   *
   * @param language the language
   * @param catalogue the catalogue
   * @return the sections, in the order of the report
   */
  public List<Section> sections(Language language, Catalogue catalogue) {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(catalogue, "catalogue");
    List<Section> sections = new ArrayList<>();
    for (Map.Entry<Message, List<Message>> section : messages().entrySet()) {
      List<String> lines = new ArrayList<>();
      for (Message line : section.getValue()) {
        lines.add(catalogue.format(language, line));
      }
      sections.add(new Section(catalogue.format(language, section.getKey()), lines));
    }
    return List.copyOf(sections);
  }

  /**
   * Renders the report as plain text in a language, worded by a catalogue.
   *
   * @param language the language
   * @param catalogue the catalogue
   * @return the text
   */
  public String toText(Language language, Catalogue catalogue) {
    StringBuilder text = new StringBuilder();
    text.append(catalogue.format(language, title())).append('\n');
    int n = 1;
    for (Section section : sections(language, catalogue)) {
      text.append('\n').append(n++).append(". ").append(section.heading()).append('\n');
      for (String line : section.lines()) {
        text.append(line).append('\n');
      }
    }
    return text.toString();
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
    md.append("# ").append(title().in(language)).append("\n");
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
   * quota surpluses, evaluation, next year's resolution and number formatting. The sections follow
   * from these.
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
        && quotaSurpluses.equals(that.quotaSurpluses)
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
    return toText(language, Catalogue.standard());
  }

  private Message title() {
    return Message.of("report.title", rootName, year);
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

  /**
   * The report as messages, section heading to lines, in order: the words come from the catalogue
   * (REFERENCE 6a), the figures from the record, the counts and the evaluation.
   */
  private Map<Message, List<Message>> messages() {
    Map<Message, List<Message>> sections = new LinkedHashMap<>();
    List<Message> general = new ArrayList<>();
    for (YearTheme theme : record.themes()) {
      general.add(Message.of("report.theme", theme.year(), theme.issuer(), theme.text()));
    }
    List<WorkField> fields = record.workFields();
    if (!record.workItems().isEmpty()) {
      List<Object> names = new ArrayList<>();
      fields.forEach(f -> names.add(f.name()));
      general.add(
          Message.of(
              "report.workItems",
              record.workItemsDone(),
              record.workItems().size(),
              fields.size(),
              new Message.Joined("; ", names)));
      for (WorkField field : fields) {
        int[] doneTotal = doneTotal(field);
        general.add(Message.of("report.workField", field.name(), doneTotal[0], doneTotal[1]));
      }
    }
    addIfAny(sections, "report.heading.work", general);

    List<Message> party = new ArrayList<>();
    party.add(admissionsLine());
    party.add(rating(MEMBERS, memberCounts));
    party.add(rating(BASE_ORGANISATIONS, baseOrganisationCounts));
    for (QuotaSurplus q : quotaSurpluses) {
      party.add(
          Message.of(
              "report.quota." + q.subject().name() + (q.demoted() > 0 ? ".demoted" : ""),
              q.scopes(),
              q.surplus(),
              q.demoted()));
    }
    sections.put(Message.of("report.heading.party"), party);

    Message discipline;
    if (previousDisciplined.isPresent()) {
      discipline =
          Message.of(
              disciplined == 0 ? "report.discipline.noneSince" : "report.discipline.since",
              disciplined,
              numbers.change(previousDisciplined.getAsLong(), disciplined),
              year.minusYears(1));
    } else {
      discipline =
          disciplined == 0
              ? Message.of("report.discipline.none")
              : Message.of("report.discipline", disciplined);
    }
    sections.put(Message.of("report.heading.discipline"), List.of(discipline));

    List<Message> awards = new ArrayList<>();
    for (Map.Entry<LocalizedText, List<Commendation>> movement : byMovement().entrySet()) {
      List<Object> parts = new ArrayList<>();
      for (Commendation c : movement.getValue()) {
        parts.add(
            Message.of(
                "report.award." + c.level().name(),
                c.level(),
                counted("report.collectives", c.collectives()),
                counted("report.individuals", c.individuals())));
      }
      awards.add(Message.of("report.awards", movement.getKey(), new Message.Joined("; ", parts)));
    }
    addIfAny(sections, "report.heading.awards", awards);

    List<Message> models = new ArrayList<>();
    if (!record.models().isEmpty()) {
      List<Object> recognised = new ArrayList<>();
      record
          .modelsRecognised()
          .forEach((level, n) -> recognised.add(Message.of("report.models.recognised", n, level)));
      models.add(
          Message.of(
              "report.models",
              counted("report.models.count", record.modelsRegistered()),
              year,
              new Message.Joined("", recognised)));
    }
    addIfAny(sections, "report.heading.massMobilisation", models);

    record
        .youth()
        .ifPresent(
            y ->
                sections.put(
                    Message.of("report.heading.youth"),
                    List.of(
                        Message.of(
                            "report.youth",
                            counted("report.youth.introduced", y.introduced()),
                            counted("report.youth.admitted", y.admitted())))));

    evaluation.ifPresent(
        e -> {
          List<Message> lines = new ArrayList<>();
          e.outcomes().forEach(o -> lines.add(outcome(o)));
          if (!lines.isEmpty()) {
            sections.put(Message.of("report.heading.evaluation", year), lines);
          }
        });

    List<Message> targets = new ArrayList<>();
    nextYearTargets().forEach(t -> targets.add(Message.of("report.nextYearTarget", t)));
    if (!targets.isEmpty()) {
      sections.put(Message.of("report.heading.nextYear", year.plusYears(1)), targets);
    }
    return sections;
  }

  private static final Message MEMBERS = Message.of("rating.subUnits.members");
  private static final Message BASE_ORGANISATIONS = Message.of("rating.baseOrganisations");

  /** A count with its noun, or "none" in words for zero (REFERENCE 6a). */
  private static Message counted(String key, long n) {
    return n == 0 ? Message.of(key + ".none") : Message.of(key, n);
  }

  /** The admissions sentence, with the admission target when the resolution has one. */
  private Message admissionsLine() {
    Optional<TargetOutcome> decided =
        admissionOutcome().filter(o -> o.status() != TargetStatus.UNKNOWN);
    if (decided.isPresent()) {
      TargetOutcome o = decided.get();
      Goal goal = o.target().goal();
      // The figure the evaluation compared (a reported figure may differ from the tree's count).
      long actual =
          o.actual()
              .map(Measurement::value)
              .filter(MetricValue.Count.class::isInstance)
              .map(v -> ((MetricValue.Count) v).value())
              .orElse(admitted);
      if (actual == 0 && o.status() == TargetStatus.NOT_MET) {
        // Zero in words (REFERENCE 6a), never a count of 0 against the target and 0%.
        if (goal instanceof Goal.CountRange range) {
          return Message.of("report.admissions.rangeNone", range.min(), range.max());
        }
        if (o.targetValue().isPresent()) {
          return Message.of(
              "report.admissions.targetNone", o.targetValue().get().longValue(), year);
        }
      }
      if (goal instanceof Goal.CountRange range) {
        return Message.of(
            "report.admissions.range." + o.status().name(),
            actual,
            o.percentOfTarget().orElse(BigDecimal.ZERO),
            range.min(),
            range.max());
      }
      if (o.targetValue().isPresent() && o.percentOfTarget().isPresent()) {
        return Message.of(
            o.status() == TargetStatus.NOT_MET
                ? "report.admissions.targetNotMet"
                : "report.admissions.target",
            actual,
            o.targetValue().get().longValue(),
            o.percentOfTarget().get(),
            year);
      }
    }
    return admitted == 0
        ? Message.of("report.admissions.none")
        : Message.of("report.admissions", admitted);
  }

  /** "Xếp loại chất lượng đảng viên năm 2022: ..." with zero counts in words. */
  private Message rating(Message who, LevelCounts counts) {
    List<Object> parts = new ArrayList<>();
    for (Level level : Level.values()) {
      long n = counts.count(level);
      LocalizedText label = level.label();
      // Vietnamese names the level in words, English by its abbreviation.
      LocalizedText lower = LocalizedText.of(label.vi().toLowerCase(Locale.ROOT), level.name());
      parts.add(
          n == 0
              ? Message.of("report.rating.levelNone", who, lower)
              : Message.of(
                  "report.rating.level", n, lower, numbers.rounded(counts.share(level).percent())));
    }
    List<Object> extra = new ArrayList<>();
    if (counts.notRated() > 0) {
      extra.add(Message.of("report.rating.notRated", counts.notRated(), who));
    }
    if (counts.incomplete() > 0) {
      extra.add(Message.of("report.rating.incomplete", counts.incomplete(), who));
    }
    return Message.of(
        "report.rating",
        who,
        year,
        parts,
        numbers.rounded(counts.shareAtLeast(Level.HTTNV).percent()),
        new Message.Joined("", extra));
  }

  /**
   * One target's outcome, phrased by its kind of goal (REFERENCE 6a). The evaluation's percentage
   * of target is printed as given: it was rounded by the T4 policy and is not rounded again.
   */
  private Message outcome(TargetOutcome o) {
    LocalizedText label = sentence(o.target().label());
    Optional<Measurement> decided = o.actual().filter(m -> o.status() != TargetStatus.UNKNOWN);
    if (decided.isEmpty()) {
      List<Object> why = new ArrayList<>();
      for (TargetFinding finding : o.findings()) {
        why.add(sentence(finding.message()));
      }
      return Message.of("report.outcome.unknown", label, new Message.Joined("; ", why));
    }
    Message status = Message.of("report.status." + o.status().name());
    MetricValue value = decided.get().value();
    Goal goal = o.target().goal();
    if (goal instanceof Goal.None) {
      long n = value instanceof MetricValue.Count c ? c.value() : 0;
      return n == 0
          ? Message.of("report.outcome.noneMet", label, status)
          : Message.of("report.outcome.noneNotMet", label, n, status);
    }
    if (goal instanceof Goal.CountRange range) {
      long n = value instanceof MetricValue.Count c ? c.value() : 0;
      String key =
          n < range.min()
              ? "report.outcome.rangeBelow"
              : n > range.max() ? "report.outcome.rangeAbove" : "report.outcome.rangeWithin";
      return Message.of(
          key,
          label,
          n,
          o.percentOfTarget().orElse(BigDecimal.ZERO),
          range.min(),
          range.max(),
          status);
    }
    if (goal instanceof Goal.Reduction reduction) {
      long n = value instanceof MetricValue.Count c ? c.value() : 0;
      Optional<BigDecimal> percent = o.change().flatMap(c -> c.percent());
      int direction = o.change().map(c -> c.direction()).orElse(0);
      Object change =
          percent.isPresent()
              ? Message.of(
                  direction < 0
                      ? "report.outcome.fell"
                      : direction > 0 ? "report.outcome.rose" : "report.outcome.unchanged",
                  numbers.rounded(percent.get().abs()),
                  year.minusYears(1))
              : "";
      return Message.of("report.outcome.reduction", label, n, change, reduction.percent(), status);
    }
    if (value instanceof MetricValue.Proportion p) {
      return Message.of(
          "report.outcome.share",
          label,
          numbers.rounded(p.share().percent()),
          p.share(),
          threshold(goal, o),
          status);
    }
    if (value instanceof MetricValue.Completion c) {
      return Message.of(
          "report.outcome.plan",
          label,
          c.done(),
          c.total(),
          numbers.rounded(c.share().percent()),
          status);
    }
    long n = ((MetricValue.Count) value).value();
    return o.targetValue().isPresent() && o.percentOfTarget().isPresent()
        ? Message.of(
            "report.outcome.count",
            label,
            n,
            o.targetValue().get().longValue(),
            o.percentOfTarget().get(),
            status)
        : Message.of("report.outcome.countOnly", label, n, status);
  }

  /** The threshold of a share goal in words: "từ 80%", "trên 90%", "100%". */
  private static Message threshold(Goal goal, TargetOutcome o) {
    if (goal instanceof Goal.ShareAtLeast g) {
      return Message.of("report.threshold.atLeast", g.percent());
    } else if (goal instanceof Goal.ShareAbove g) {
      return Message.of("report.threshold.above", g.percent());
    }
    return Message.of("report.threshold.exactly", o.targetValue().orElse(BigDecimal.valueOf(100)));
  }

  /** A label or message without its closing full stop, to be set inside a sentence. */
  private static LocalizedText sentence(LocalizedText text) {
    return LocalizedText.of(sentence(text.vi()), sentence(text.en()));
  }

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
    Map<LocalizedText, List<Commendation>> map = new LinkedHashMap<>();
    for (Commendation c : record.commendations()) {
      map.computeIfAbsent(c.movement(), k -> new ArrayList<>()).add(c);
    }
    return map;
  }

  private static void addIfAny(
      Map<Message, List<Message>> sections, String heading, List<Message> lines) {
    if (!lines.isEmpty()) {
      sections.put(Message.of(heading), lines);
    }
  }
}
