package io.github.partyorg.sample;

import io.github.partyorg.structure.LocalizedText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One target of a year's resolution (chỉ tiêu của nghị quyết), as plain data: what it says, its
 * kind, the metric it binds to and its parameters. The targets package maps these to its own target
 * kinds; this record only carries the resolution's words and numbers.
 *
 * <p>Kinds used: {@code SHARE_AT_LEAST}, {@code SHARE_EXACTLY_100}, {@code SHARE_ABOVE}, {@code
 * COUNT_RANGE}, {@code REDUCTION}, {@code NONE}, {@code PLAN_COMPLETION} (REFERENCE section 6).
 * Parameters: {@code percent}, {@code min}, {@code max}, {@code previousYear}, as decimal strings.
 *
 * @param id a stable id, for example {@code "T2023-ADMISSIONS"}
 * @param label the target as the resolution words it, in Vietnamese (NFC) and English
 * @param kind the kind of target
 * @param metric the metric it binds to, for example {@code "MEMBERS_ADMITTED"}
 * @param parameters the parameters by name, in a stable order
 */
public record ResolutionTarget(
    String id, LocalizedText label, String kind, String metric, Map<String, String> parameters) {

  /**
   * Creates the target; the parameters are copied, in the order given.
   *
   * @param id the id
   * @param label the wording
   * @param kind the kind
   * @param metric the metric
   * @param parameters the parameters
   * @throws NullPointerException if an argument, a key or a value is null
   */
  public ResolutionTarget {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(metric, "metric");
    Map<String, String> copy = new LinkedHashMap<>();
    Objects.requireNonNull(parameters, "parameters")
        .forEach(
            (k, v) ->
                copy.put(
                    Objects.requireNonNull(k, "parameters key"),
                    Objects.requireNonNull(v, "parameters value")));
    parameters = Collections.unmodifiableMap(copy);
  }
}
