package io.github.partyorg.report;

import io.github.partyorg.structure.LocalizedText;

/**
 * A work item (đầu việc) of the year's programme that gives effect to the resolution, in one field.
 *
 * @param field the field it belongs to
 * @param title the title in Vietnamese (NFC) and English
 * @param status its status at the end of the year
 */
public record WorkItem(WorkField field, LocalizedText title, WorkStatus status) {

  /**
   * Creates the work item.
   *
   * @param field the field
   * @param title the title
   * @param status the status
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the Vietnamese title is blank
   */
  public WorkItem {
    Checks.notNull(field, "field");
    Checks.notNull(title, "title");
    Checks.text(title.vi(), "title.vi");
    Checks.notNull(status, "status");
  }

  /**
   * Tells whether the item is done.
   *
   * @return true if its status is {@link WorkStatus#DONE}
   */
  public boolean isDone() {
    return status == WorkStatus.DONE;
  }
}
