package io.github.partyorg.history;

import io.github.partyorg.structure.Catalogue;
import io.github.partyorg.structure.EntityId;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Message;
import java.time.Year;
import java.util.List;
import java.util.Objects;

/**
 * A finding of a rule over several years (Y1, Y2): the member or organisation it names (by id,
 * never by name), the years it read, and what it found as a {@link Message} (a key of the library's
 * {@link Catalogue} and its arguments, citing the regulation), rendered into Vietnamese and English
 * only when read ({@link #text()}, {@link #text(Catalogue)}). A value: equal findings have equal
 * messages.
 *
 * @param rule the rule
 * @param entityId the member or organisation concerned
 * @param years the years read, in ascending order, consecutive; never empty
 * @param message what the rule found and proposes, with its regulation
 */
public record HistoryFinding(
    HistoryRule rule, EntityId entityId, List<Year> years, Message message) {

  /**
   * Creates a finding; the list is copied.
   *
   * @param rule the rule
   * @param entityId the entity
   * @param years the years, not empty
   * @param message the message
   * @throws NullPointerException if an argument or a year is null
   * @throws IllegalArgumentException if the years are empty or not consecutive ascending
   */
  public HistoryFinding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(entityId, "entityId");
    years = List.copyOf(years);
    Objects.requireNonNull(message, "message");
    if (years.isEmpty()) {
      throw new IllegalArgumentException(
          "The finding " + rule + " on " + entityId.value() + " names no year.");
    }
    for (int i = 1; i < years.size(); i++) {
      if (!years.get(i).equals(years.get(i - 1).plusYears(1))) {
        throw new IllegalArgumentException(
            "The finding "
                + rule
                + " on "
                + entityId.value()
                + " names years that are not consecutive: "
                + years
                + ".");
      }
    }
  }

  /**
   * Returns the first year read.
   *
   * @return the first year
   */
  public Year firstYear() {
    return years.get(0);
  }

  /**
   * Returns the last year read, the year the finding is made for.
   *
   * @return the last year
   */
  public Year lastYear() {
    return years.get(years.size() - 1);
  }

  /**
   * Returns the finding's sentence, rendered with the library's catalogue.
   *
   * @return the text in Vietnamese and English
   */
  public LocalizedText text() {
    return message.text();
  }

  /**
   * Returns the finding's sentence, rendered with a caller's catalogue ({@link
   * Catalogue#withOverrides}).
   *
   * @param catalogue the catalogue
   * @return the text in Vietnamese and English
   */
  public LocalizedText text(Catalogue catalogue) {
    return catalogue.text(message);
  }

  /**
   * Returns the regulation of the rule.
   *
   * @return the citation
   */
  public LocalizedText citation() {
    return rule.citation();
  }

  @Override
  public String toString() {
    return rule + " [" + entityId.value() + "] " + firstYear() + "-" + lastYear();
  }
}
