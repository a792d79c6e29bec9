package io.github.partyorg.report;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The records of one year that a bloc's year-end report gives and the organisation tree does not
 * hold (REFERENCE section 7): the work items by field, the commendations, the "Dân vận khéo"
 * models, the Youth Union's introductions and the year's themes.
 *
 * <p>Immutable: the lists are copied. Construction refuses a theme of another year with an {@link
 * IllegalArgumentException} naming the field.
 *
 * @param year the year
 * @param workItems the work items, in the order of the programme
 * @param commendations the commendations, by movement then level, in the order reported
 * @param models the "Dân vận khéo" models of the year
 * @param youth the Youth Union's introductions, or empty if not reported
 * @param themes the year's themes
 */
public record YearRecord(
    Year year,
    List<WorkItem> workItems,
    List<Commendation> commendations,
    List<DanVanKheoModel> models,
    Optional<YouthUnionIntroductions> youth,
    List<YearTheme> themes) {

  /**
   * Creates the record.
   *
   * @param year the year
   * @param workItems the work items
   * @param commendations the commendations
   * @param models the models
   * @param youth the Youth Union's introductions, or empty
   * @param themes the themes, each of {@code year}
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if a theme is of another year
   */
  public YearRecord {
    Checks.notNull(year, "year");
    workItems = List.copyOf(Checks.notNull(workItems, "workItems"));
    commendations = List.copyOf(Checks.notNull(commendations, "commendations"));
    models = List.copyOf(Checks.notNull(models, "models"));
    Checks.notNull(youth, "youth");
    themes = List.copyOf(Checks.notNull(themes, "themes"));
    for (YearTheme theme : themes) {
      if (!theme.year().equals(year)) {
        throw new IllegalArgumentException(
            "The field themes holds a theme of "
                + theme.year()
                + " in the record of "
                + year
                + ".");
      }
    }
  }

  /**
   * Returns a record with nothing reported yet, to fill with the {@code with*} copies.
   *
   * @param year the year
   * @return the empty record
   */
  public static YearRecord empty(Year year) {
    return new YearRecord(year, List.of(), List.of(), List.of(), Optional.empty(), List.of());
  }

  /**
   * Returns a copy with other work items.
   *
   * @param items the work items
   * @return the copy
   */
  public YearRecord withWorkItems(List<WorkItem> items) {
    return new YearRecord(year, items, commendations, models, youth, themes);
  }

  /**
   * Returns a copy with other commendations.
   *
   * @param list the commendations
   * @return the copy
   */
  public YearRecord withCommendations(List<Commendation> list) {
    return new YearRecord(year, workItems, list, models, youth, themes);
  }

  /**
   * Returns a copy with other models.
   *
   * @param list the models
   * @return the copy
   */
  public YearRecord withModels(List<DanVanKheoModel> list) {
    return new YearRecord(year, workItems, commendations, list, youth, themes);
  }

  /**
   * Returns a copy with the Youth Union's introductions.
   *
   * @param introductions the introductions
   * @return the copy
   */
  public YearRecord withYouth(YouthUnionIntroductions introductions) {
    return new YearRecord(
        year, workItems, commendations, models, Optional.of(introductions), themes);
  }

  /**
   * Returns a copy with other themes.
   *
   * @param list the themes, each of this record's year
   * @return the copy
   * @throws IllegalArgumentException if a theme is of another year
   */
  public YearRecord withThemes(List<YearTheme> list) {
    return new YearRecord(year, workItems, commendations, models, youth, list);
  }

  /**
   * Returns the fields of the work items, in the order they first appear.
   *
   * @return the fields
   */
  public List<WorkField> workFields() {
    List<WorkField> fields = new ArrayList<>();
    for (WorkItem item : workItems) {
      if (!fields.contains(item.field())) {
        fields.add(item.field());
      }
    }
    return List.copyOf(fields);
  }

  /**
   * Counts the work items done.
   *
   * @return the count of items with status {@link WorkStatus#DONE}
   */
  public int workItemsDone() {
    return (int) workItems.stream().filter(WorkItem::isDone).count();
  }

  /**
   * Counts the models registered for the year.
   *
   * @return the count
   */
  public int modelsRegistered() {
    return (int) models.stream().filter(DanVanKheoModel::registered).count();
  }

  /**
   * Counts the models recognised at each level, in the order of {@link RecognitionLevel}; levels
   * with none are left out.
   *
   * @return the counts by level
   */
  public Map<RecognitionLevel, Integer> modelsRecognised() {
    Map<RecognitionLevel, Integer> counts = new LinkedHashMap<>();
    for (RecognitionLevel level : RecognitionLevel.values()) {
      int n = (int) models.stream().filter(m -> m.recognised().equals(Optional.of(level))).count();
      if (n > 0) {
        counts.put(level, n);
      }
    }
    return java.util.Collections.unmodifiableMap(counts);
  }
}
