package io.github.partyorg.targets;

import io.github.partyorg.structure.LocalizedText;
import io.github.partyorg.structure.Message;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A metric whose value the caller reports (T7): agencies completing their political task, the
 * inspection plan, union and youth ratings, work items done. Two reported metrics are equal when
 * their keys are equal, whatever their labels.
 *
 * @param key the stable key, unique among metrics
 * @param label the metric's name in Vietnamese and English
 */
public record ReportedMetric(String key, LocalizedText label) implements Metric {

  /** Agencies, units and enterprises that completed their political task well (a share). */
  public static final ReportedMetric AGENCIES_COMPLETING_POLITICAL_TASK =
      standard("AGENCIES_COMPLETING_POLITICAL_TASK");

  /** Cell and base committees that plan and carry out the Hồ Chí Minh study (a share). */
  public static final ReportedMetric COMMITTEES_PLANNING_HO_CHI_MINH_STUDY =
      standard("COMMITTEES_PLANNING_HO_CHI_MINH_STUDY");

  /** Cadres and members registered for the "Đồng Khởi mới" emulation movement (a share). */
  public static final ReportedMetric MEMBERS_REGISTERED_FOR_EMULATION =
      standard("MEMBERS_REGISTERED_FOR_EMULATION");

  /** The inspection and supervision plan (done out of planned). */
  public static final ReportedMetric INSPECTION_PLAN = standard("INSPECTION_PLAN");

  /** The year's work items (đầu việc), done out of planned. */
  public static final ReportedMetric WORK_ITEMS = standard("WORK_ITEMS");

  /** Union and youth organisations at HTTNV or better (a share). */
  public static final ReportedMetric UNIONS_AND_YOUTH_AT_LEAST_HTTNV =
      standard("UNIONS_AND_YOUTH_AT_LEAST_HTTNV");

  /** Union and youth organisations that did not complete their duties (a count). */
  public static final ReportedMetric UNIONS_AND_YOUTH_AT_KHTNV =
      standard("UNIONS_AND_YOUTH_AT_KHTNV");

  /**
   * A metric of the library's own list, named by the catalogue's {@code targets.metric.<key>} (the
   * words an officer reads live in the catalogue, REFERENCE 6a).
   */
  private static ReportedMetric standard(String key) {
    return new ReportedMetric(key, Message.of("targets.metric." + key).text());
  }

  /**
   * Creates a reported metric.
   *
   * @param key the key; not blank, and not the key of a {@link ComputedMetric}
   * @param label the name
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the key is blank or names a computed metric
   */
  public ReportedMetric {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    if (key.isBlank()) {
      throw new IllegalArgumentException("A reported metric needs a key that is not blank.");
    }
    for (ComputedMetric computed : ComputedMetric.values()) {
      if (computed.key().equals(key)) {
        throw new IllegalArgumentException(
            "The key " + key + " names a computed metric; use ComputedMetric." + key + ".");
      }
    }
  }

  /**
   * Returns a reported metric.
   *
   * @param key the key
   * @param vi the Vietnamese name
   * @param en the English name
   * @return the metric
   * @throws IllegalArgumentException if the key is blank or names a computed metric
   */
  public static ReportedMetric of(String key, String vi, String en) {
    return new ReportedMetric(key, LocalizedText.of(vi, en));
  }

  @Override
  public Provenance source() {
    return Provenance.REPORTED;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ReportedMetric that && key.equals(that.key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return key;
  }
}
