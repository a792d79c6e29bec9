package io.github.partyorg.targets;

import io.github.partyorg.structure.Catalogue;
import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Message;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why a target could not be decided: its figure is missing, of the wrong kind, empty, or the
 * previous year's figure a reduction needs is missing. Names the target and the metric.
 *
 * <p>The sentence is data (a key of the library's {@link Catalogue} and its arguments), rendered
 * when {@link #message()} is read. A value: equal when the target, metric, rule and sentence are
 * equal (a sentence given as text, for example read back from JSON, is compared by its text).
 *
 * @param targetId the target's id
 * @param metric the metric concerned
 * @param rule the rule that could not be applied
 * @param sentence what is wrong and what to supply, as a message of the catalogue
 */
public record TargetFinding(String targetId, Metric metric, TargetRule rule, Message sentence) {

  /**
   * Creates a finding.
   *
   * @param targetId the target's id
   * @param metric the metric
   * @param rule the rule
   * @param sentence the message
   * @throws NullPointerException if an argument is null
   */
  public TargetFinding {
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(sentence, "sentence");
  }

  /**
   * Creates a finding whose sentence is given as text (for example read back from JSON).
   *
   * @param targetId the target's id
   * @param metric the metric
   * @param rule the rule
   * @param message the sentence in Vietnamese and English
   * @throws NullPointerException if an argument is null
   */
  public TargetFinding(String targetId, Metric metric, TargetRule rule, LocalizedText message) {
    this(targetId, metric, rule, Verbatim.of(Objects.requireNonNull(message, "message")));
  }

  /**
   * Returns what is wrong and what to supply, rendered with the library's catalogue.
   *
   * @return the sentence in Vietnamese and English
   */
  public LocalizedText message() {
    return sentence.text();
  }

  /**
   * Returns the sentence rendered with a catalogue, for example one with an application's own
   * words.
   *
   * @param catalogue the catalogue
   * @return the sentence in Vietnamese and English
   */
  public LocalizedText message(Catalogue catalogue) {
    return catalogue.text(sentence);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TargetFinding f
        && targetId.equals(f.targetId)
        && metric.equals(f.metric)
        && rule == f.rule
        && Verbatim.same(sentence, f.sentence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(targetId, metric, rule);
  }

  @Override
  public String toString() {
    return rule + " [" + targetId + ", " + metric.key() + "]: " + message().en();
  }
}
