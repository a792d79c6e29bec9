package io.github.partyorg.report;

import io.github.partyorg.structure.LocalizedText;

/**
 * A field of work (lĩnh vực công tác) in which a year's work items are grouped, such as "Chính trị,
 * tư tưởng" (politics and ideology).
 *
 * @param id a short stable id, for example {@code "POLITICS"}
 * @param name the field's name in Vietnamese (NFC) and English
 */
public record WorkField(String id, LocalizedText name) {

  /**
   * Creates the field.
   *
   * @param id a short stable id
   * @param name the name
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code id} or a name is blank
   */
  public WorkField {
    id = Checks.text(id, "id");
    Checks.notNull(name, "name");
    Checks.text(name.vi(), "name.vi");
    Checks.text(name.en(), "name.en");
  }

  /**
   * Returns a field.
   *
   * @param id a short stable id
   * @param vi the Vietnamese name
   * @param en the English name
   * @return the field
   * @throws IllegalArgumentException if a text is blank
   */
  public static WorkField of(String id, String vi, String en) {
    return new WorkField(id, LocalizedText.of(vi, en));
  }
}
